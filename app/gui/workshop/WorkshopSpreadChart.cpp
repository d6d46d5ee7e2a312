#include "workshop/WorkshopSpreadChart.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <algorithm>

namespace Waymark {

namespace {

// One bar: the answer's words, how many gave it, and a fill that differs by pattern as well as
// shade, so that the bars tell apart in greyscale too.
struct Bar
{
    QString label;
    int count = 0;
    Qt::BrushStyle pattern = Qt::SolidPattern;
    QColor colour;
};

QList<Bar> barsFor(const QuestionSpread &spread)
{
    // Muted colours from the app's RAG idea: rated answers from green to red, the rest grey.
    return {
        {ratingLabel(Rating::FullyMet), spread.rated[3], Qt::SolidPattern,
         QColor(0x2e, 0x7d, 0x32)},
        {ratingLabel(Rating::MostlyMet), spread.rated[2], Qt::Dense3Pattern,
         QColor(0x55, 0x8b, 0x2f)},
        {ratingLabel(Rating::PartiallyMet), spread.rated[1], Qt::BDiagPattern,
         QColor(0xbf, 0x6f, 0x00)},
        {ratingLabel(Rating::NotMet), spread.rated[0], Qt::DiagCrossPattern,
         QColor(0xc6, 0x28, 0x28)},
        {ratingLabel(Rating::DontKnow), spread.dontKnow, Qt::HorPattern, QColor(0x55, 0x55, 0x55)},
        {ratingLabel(Rating::NotApplicable), spread.notApplicable, Qt::VerPattern,
         QColor(0x55, 0x55, 0x55)},
        {WorkshopSpreadChart::tr("Not answered"), spread.unanswered, Qt::NoBrush,
         QColor(0x55, 0x55, 0x55)},
    };
}

QString countText(int count)
{
    return WorkshopSpreadChart::tr("%n member(s)", nullptr, count);
}

} // namespace

WorkshopSpreadChart::WorkshopSpreadChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("spreadChart"));
    setAccessibleName(tr("Chart of the members' answers"));
    // A tab stop, so that a screen reader lands on it and hears the counts.
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setSpread(QuestionSpread());
}

void WorkshopSpreadChart::setSpread(const QuestionSpread &spread)
{
    m_spread = spread;
    setAccessibleDescription(describe(spread));
    setToolTip(describe(spread));
    update();
}

QString WorkshopSpreadChart::describe(const QuestionSpread &spread)
{
    QStringList parts;
    for (const Bar &bar : barsFor(spread))
        parts.append(tr("%1: %2.").arg(bar.label).arg(bar.count));
    return parts.join(QLatin1Char(' '));
}

QSize WorkshopSpreadChart::sizeHint() const
{
    const QFontMetrics metrics(font());
    return QSize(metrics.averageCharWidth() * 60, metrics.lineSpacing() * 7 * 3 / 2 + 8);
}

QSize WorkshopSpreadChart::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return QSize(metrics.averageCharWidth() * 36, metrics.lineSpacing() * 7 * 5 / 4 + 8);
}

void WorkshopSpreadChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    const QFontMetricsF metrics(font());
    const QList<Bar> bars = barsFor(m_spread);

    const qreal margin = 4;
    const QRectF area = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    qreal labelWidth = 0;
    for (const Bar &bar : bars)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
    labelWidth += metrics.averageCharWidth() * 2;
    const qreal countWidth = metrics.horizontalAdvance(countText(88)) + metrics.averageCharWidth();
    const qreal rowHeight = area.height() / bars.size();
    const qreal trackWidth = std::max(area.width() - labelWidth - countWidth, 1.0);
    // The longest bar is the most members anyone could have given one answer.
    int most = std::max(m_spread.applicable, 1);
    for (const Bar &bar : bars)
        most = std::max(most, bar.count);

    painter.setFont(font());
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        const qreal top = area.top() + i * rowHeight;
        const QRectF label(area.left(), top, labelWidth, rowHeight);
        painter.setPen(text);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, bar.label);

        const qreal barHeight = rowHeight * 0.7;
        const QRectF track(label.right(), top + (rowHeight - barHeight) / 2, trackWidth, barHeight);
        const QRectF filled(track.left(), track.top(), track.width() * bar.count / most,
                            track.height());
        if (bar.count > 0) {
            painter.fillRect(filled, palette().color(QPalette::Base));
            painter.fillRect(filled, QBrush(bar.colour, bar.pattern));
            painter.setPen(QPen(text, 1));
            painter.drawRect(filled);
        } else {
            // A hairline where the bar would start, so that a zero reads as a zero.
            painter.setPen(QPen(text, 1));
            painter.drawLine(track.topLeft(), track.bottomLeft());
        }
        painter.setPen(text);
        const QRectF count(filled.right() + metrics.averageCharWidth(), top, countWidth, rowHeight);
        painter.drawText(count, Qt::AlignLeft | Qt::AlignVCenter, countText(bar.count));
    }

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.backgroundColor = palette().color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void WorkshopSpreadChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Waymark
