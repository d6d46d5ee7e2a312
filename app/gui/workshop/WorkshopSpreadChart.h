#pragma once

#include "workshop/WorkshopSpread.h"

#include <QWidget>

namespace Waymark {

// One question's spread as a horizontal bar chart: a bar per answer (Fully met … Not met,
// Don't know, Not applicable, not answered), each labelled with the answer's words and the count,
// so that nothing is said by colour alone. The same painting serves the workshop window and the
// presenter view's large type; it never shows who gave which answer.
class WorkshopSpreadChart : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopSpreadChart(QWidget *parent = nullptr);

    void setSpread(const QuestionSpread &spread);
    const QuestionSpread &spread() const { return m_spread; }

    // One sentence per answer, for a screen reader and for tests: "Fully met: 2. Mostly met: 0. …"
    static QString describe(const QuestionSpread &spread);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QuestionSpread m_spread;
};

} // namespace Waymark
