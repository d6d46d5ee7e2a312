#pragma once

#include "chart/ScoreChartPainter.h"

class QPainter;

namespace Waymark::ChartDrawing {

// What the section chart and the trend chart share, so that both read the same on screen, in
// colour and on a greyscale printer.

// The style as painted: greys only when monochrome, and no sub-pixel colour fringes on text.
ChartStyle effectiveStyle(const ChartStyle &style);

// Starts painting a chart into area: saves the painter (the caller restores it), turns on
// smoothing, sets the font, fills the background and clips to the area. Returns the style as
// painted (effectiveStyle()).
ChartStyle beginPainting(QPainter &painter, const QRectF &area, const ChartStyle &given);

// Where the sentence shown instead of an empty chart goes: the area's width, as tall as the
// sentence wraps to.
QRectF messageRect(const QRectF &area, const QFontMetricsF &fm, const QString &message);

// Paints the sentence shown instead of an empty chart and restores the painter beginPainting()
// saved.
void paintMessageAndFinish(QPainter &painter, const QRectF &rect, const QString &message,
                           const ChartStyle &style);

// a × (1 − t) + b × t, channel by channel.
QColor mix(const QColor &a, const QColor &b, qreal t);

// A warning triangle with an exclamation mark drawn as shapes, so it needs no special glyph in
// the font the report is printed with.
void paintGateMarker(QPainter &painter, const QRectF &rect, const ChartStyle &style);

// The dashed reference lines at the RAG boundaries and the solid ones at 0 and 100, in the order
// their labels are placed: 50 and 75 first, so that a crowded scale keeps the boundaries.
struct ScaleMark
{
    int value;
    Qt::PenStyle pen;
};
inline constexpr ScaleMark scaleMarks[] = {
    {50, Qt::DashLine}, {75, Qt::DashLine}, {0, Qt::SolidLine}, {100, Qt::SolidLine}};

} // namespace Waymark::ChartDrawing
