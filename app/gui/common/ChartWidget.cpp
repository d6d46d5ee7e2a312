#include "common/ChartWidget.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <cmath>

namespace Waymark {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::TabFocus);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

ChartStyle ChartWidget::chartStyle() const
{
    ChartStyle style;
    style.font = font();
    style.text = palette().color(QPalette::Text);
    style.background = palette().color(QPalette::Base);
    style.line = palette().color(QPalette::Text);
    return style;
}

qreal ChartWidget::margin() const
{
    // Room for the focus frame around the chart.
    return fontMetrics().averageCharWidth() / 2.0 + 2;
}

QRectF ChartWidget::chartArea() const
{
    const qreal m = margin();
    return QRectF(rect()).adjusted(m, m, -m, -m);
}

void ChartWidget::chartChanged()
{
    updateGeometry();
    update();
}

QSize ChartWidget::sizeHint() const
{
    const int width = int(std::ceil(preferredChartSize().width() + 2 * margin()));
    return QSize(width, heightForWidth(width));
}

QSize ChartWidget::minimumSizeHint() const
{
    // Narrower than preferred is fine (long words are elided); the chart needs its height.
    const int width = fontMetrics().averageCharWidth() * 30;
    return QSize(width, heightForWidth(width));
}

int ChartWidget::heightForWidth(int width) const
{
    const qreal m = margin();
    return int(std::ceil(chartHeight(QRectF(m, m, qMax(width - 2 * m, 1.0), 1)) + 2 * m));
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paintChart(painter, chartArea());
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.backgroundColor = palette().color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::StyleChange)
        chartChanged();
    QWidget::changeEvent(event);
}

} // namespace Waymark
