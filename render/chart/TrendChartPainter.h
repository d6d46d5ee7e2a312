#pragma once

#include "chart/ScoreChartPainter.h"
#include "scoring/Trend.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace Waymark {

// One point of a line: where it is and where its words go.
struct TrendChartPoint
{
    int series = 0;
    int cycle = 0;
    QPointF centre;
    QRectF label; // the score (and for the overall line its RAG word); a second line below the
                  // first says "gate failed" when one did
    bool gateFailed = false;
};

// One entry of the key: a sample of a line, its marker and dashes, and what it is.
struct TrendLegendItem
{
    int series = -1; // -1: the key to the gate-failed mark
    QRectF sample;
    QRectF text;
    QString label;
};

// The trend chart's geometry for one area, worked out once so that painting and tests agree.
struct TrendChartLayout
{
    QRectF plot;               // where scores 0..100 run from bottom to top
    QList<QRectF> scaleLabels; // 50, 75, 0, 100 at the left, as ChartDrawing::scaleMarks
    QList<QRectF> cycleLabels; // under the plot: each cycle's date and version
    QList<TrendChartPoint> points;
    QList<TrendLegendItem> legend;
    QRectF message; // the sentence shown instead of a chart when there is nothing to draw
    qreal height = 0;

    qreal yFor(qreal score) const;
    qreal xFor(int cycle, int cycleCount) const;
};

// A line chart of scores across the cycles of a trend: the overall score and, when given,
// each section's. Drawn as the section chart is (ScoreChartPainter): every point says its score
// in numbers (and the overall line its RAG in words), every line has its own marker shape and
// dash pattern as well as its colour, and a failed gate is marked with a sign and the words
// "gate failed". Pure painting onto any QPainter, so the Trend view and the printed review show
// the same chart.
class TrendChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(TrendChartPainter)

public:
    enum class Marker
    {
        Circle,
        Square,
        Triangle,
        Diamond,
        TriangleDown,
        Cross,
        Plus,
    };

    static void paint(QPainter &painter, const QRectF &area, const TrendChartData &data,
                      const ChartStyle &style);
    static TrendChartLayout layout(const QRectF &area, const TrendChartData &data,
                                   const QFontMetricsF &metrics);
    // A comfortable size for the data; the chart also paints into less width.
    static QSizeF preferredSize(const TrendChartData &data, const QFontMetricsF &metrics);

    // Each line's marker and dashes, different for each of the first seven lines and never
    // the same pair for two lines.
    static Marker markerFor(int series);
    static QList<qreal> dashesFor(int series); // empty: a solid line
    static bool markerFilled(int series);

    // "61.2 Amber" for the overall line, "61.2" for a section's; "no score".
    static QString pointText(const TrendChartData &data, int series, int cycle);
    // "12 Mar 2025" (or "no date"), then "version 2.0.0": what is written under each cycle.
    static QString dateText(const TrendChartData &data, int cycle);
    static QString versionText(const TrendChartData &data, int cycle);
    // The chart in words, one sentence per cycle, for a screen reader or a tooltip.
    static QString describe(const TrendChartData &data);
};

} // namespace Waymark
