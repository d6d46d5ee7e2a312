#include "common/RefreshWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace Waymark {

RefreshWhenShown::RefreshWhenShown(QWidget *view, std::function<void()> refresh)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh))
{
    view->installEventFilter(this);
}

void RefreshWhenShown::changed()
{
    if (m_view->isVisible() || m_view->isWindow()) {
        m_stale = false;
        m_refresh();
    } else {
        m_stale = true;
    }
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    // Show comes before the first paint, so the view never shows what is out of date.
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Waymark
