#pragma once

#include "chart/ScoreChartPainter.h"

#include <QWidget>

namespace Waymark {

// A chart from render/chart/ on screen, in the widget's own palette and font, with a focus frame:
// what the section chart and the trend chart share. A chart is a tab stop, so that a screen reader
// user lands on it and hears its accessible description, which each chart sets to the chart in
// words.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);

    // The style the widget paints with, taken from its palette and font.
    ChartStyle chartStyle() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    // The chart's own measures, for an area of the widget.
    virtual QSizeF preferredChartSize() const = 0;
    virtual qreal chartHeight(const QRectF &area) const = 0;
    virtual void paintChart(QPainter &painter, const QRectF &area) const = 0;

    QRectF chartArea() const;
    // After the data changes: new size, new painting.
    void chartChanged();

    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    qreal margin() const;
};

} // namespace Waymark
