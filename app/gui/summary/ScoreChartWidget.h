#pragma once

#include "chart/ScoreChartPainter.h"
#include "common/ChartWidget.h"

namespace Waymark {

// The section-score chart on screen: ScoreChartPainter in the widget's own palette and font. A
// painting says nothing to a screen reader, so the accessible description reads out every
// section's title, score and RAG in words.
class ScoreChartWidget : public ChartWidget
{
    Q_OBJECT

public:
    explicit ScoreChartWidget(QWidget *parent = nullptr);

    void setSections(const QList<SectionScore> &sections);
    const QList<SectionScore> &sections() const { return m_sections; }

protected:
    QSizeF preferredChartSize() const override;
    qreal chartHeight(const QRectF &area) const override;
    void paintChart(QPainter &painter, const QRectF &area) const override;
    bool event(QEvent *event) override;

private:
    void updateDescription();

    QList<SectionScore> m_sections;
};

} // namespace Waymark
