#include "trend/TrendChartWidget.h"

namespace Waymark {

TrendChartWidget::TrendChartWidget(QWidget *parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setAccessibleName(tr("Trend chart"));
    setData({});
}

void TrendChartWidget::setData(const TrendChartData &data)
{
    m_data = data;
    setAccessibleDescription(tr("Line chart of scores from 0 to 100 in each assessment, oldest "
                                "first. %1")
                                 .arg(TrendChartPainter::describe(m_data)));
    setToolTip(TrendChartPainter::describe(m_data));
    chartChanged();
}

QSizeF TrendChartWidget::preferredChartSize() const
{
    return TrendChartPainter::preferredSize(m_data, QFontMetricsF(font(), this));
}

qreal TrendChartWidget::chartHeight(const QRectF &area) const
{
    return TrendChartPainter::layout(area, m_data, QFontMetricsF(font(), this)).height;
}

void TrendChartWidget::paintChart(QPainter &painter, const QRectF &area) const
{
    TrendChartPainter::paint(painter, area, m_data, chartStyle());
}

} // namespace Waymark
