#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace Waymark {

// Keeps a view that redraws everything it shows in step with its data without redrawing it
// while nobody can see it. Each change calls changed(): a view that can be seen refreshes at
// once; one in a tab that is not showing only notes that it is out of date, and refreshes once
// when it is shown. A view that is a window of its own (a test's, a tool's) refreshes at once,
// as there is no tab to wait for.
class RefreshWhenShown : public QObject
{
public:
    RefreshWhenShown(QWidget *view, std::function<void()> refresh);

    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace Waymark
