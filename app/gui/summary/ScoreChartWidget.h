#pragma once

#include "chart/ScoreChartPainter.h"

#include <QWidget>

namespace Waymark {

// The section-score chart on screen: ScoreChartPainter in the widget's own palette and font. A
// painting says nothing to a screen reader, so the accessible description reads out every
// section's title, score and RAG in words.
class ScoreChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreChartWidget(QWidget *parent = nullptr);

    void setSections(const QList<SectionScore> &sections);
    const QList<SectionScore> &sections() const { return m_sections; }

    // The style the widget paints with, taken from its palette and font.
    ChartStyle chartStyle() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    qreal margin() const;
    QRectF chartArea() const;
    void updateDescription();

    QList<SectionScore> m_sections;
};

} // namespace Waymark
