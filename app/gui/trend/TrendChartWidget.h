#pragma once

#include "chart/TrendChartPainter.h"
#include "common/ChartWidget.h"

namespace Waymark {

// The trend chart on screen: TrendChartPainter in the widget's own palette and font, the same
// chart as the printed review's Trend page. Its accessible description is the chart in words,
// a sentence per assessment.
class TrendChartWidget : public ChartWidget
{
    Q_OBJECT

public:
    explicit TrendChartWidget(QWidget *parent = nullptr);

    void setData(const TrendChartData &data);
    const TrendChartData &data() const { return m_data; }

protected:
    QSizeF preferredChartSize() const override;
    qreal chartHeight(const QRectF &area) const override;
    void paintChart(QPainter &painter, const QRectF &area) const override;

private:
    TrendChartData m_data;
};

} // namespace Waymark
