#pragma once

// What the layout is made of between cutting a report up (FlowBuilder) and putting it on pages
// (Paginator). Private to layout/: outputs see only ReportLayoutResult.

#include "layout/ReportLayout.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace Waymark {

// Layout units per inch. Text is measured with pixel-sized fonts in these units and painted
// through a scaled painter, never at the device's own resolution: a point size turns into a
// rounded pixel size per resolution (10.5 pt is 43.75 px at 300 dpi, drawn at 44), which would
// break lines differently on a 300 dpi printer, the preview and the PDF.
constexpr int layoutDpi = 1200;

// Millimetres in layout units.
constexpr qreal mm(qreal millimetres)
{
    return millimetres * layoutDpi / 25.4;
}

// Room left for rounding when deciding whether something fits above the foot of the body.
constexpr qreal fitTolerance = 0.01;

// Where things go on every page, in layout units on the whole paper.
struct PageFrame
{
    QRectF frame;         // the paper less the report's margins: header, body and footer
    QRectF body;          // where blocks go on every page after the cover
    qreal headerRule = 0; // the y of the rule under the running header
};

// A vertical run of a block that is never split: one line of text, a table row, the chart.
struct Slice
{
    qreal height = 0;
    QList<LaidOutItem> items; // y relative to the slice's top
    qreal textRight = 0;      // where the last line's text ends
    qreal baseline = 0;       // of the last line
};

// A block cut into slices, with what pagination needs to know about it.
struct Flow
{
    QList<Slice> slices;
    bool repeatFirst = false; // a table's header: painted again on each continuation page
    int lead = 1;             // the slices that must begin on the same page
    int tail = 0;             // the slices that must end on the same page
    qreal before = 0;
    qreal after = 0;
    bool keepWithNext = false;
    bool newPage = false;
    bool pageBreak = false;

    qreal height(int from, int count) const
    {
        qreal h = 0;
        for (int i = from; i < qMin<qsizetype>(from + count, slices.size()); ++i)
            h += slices.at(i).height;
        return h;
    }
    qreal total() const { return height(0, int(slices.size())); }
    qreal leadHeight() const { return height(0, lead); }
};

// One part of the cover, placed line by line with no rules about keeping lines together.
struct CoverPart
{
    QList<Slice> slices;
    qreal gapBefore = 0; // at the foot: the least room between it and what is above it
    qreal gapAfter = 0;
    bool atFoot = false; // pushed down to end at the foot of the page: the footnote
};

// A rule from `from` to `to`.
inline LaidOutItem ruleItem(const QPointF &from, const QPointF &to, ReportInk ink, qreal pen,
                            int block)
{
    LaidOutItem item;
    item.kind = LaidOutItem::Kind::Line;
    item.block = block;
    item.rect = QRectF(from, to);
    item.ink = ink;
    item.pen = pen;
    return item;
}

// Appends items moved down by dy: lines of a cell or a cover fact into their row.
inline void appendShifted(QList<LaidOutItem> &to, const QList<LaidOutItem> &items, qreal dy)
{
    for (LaidOutItem item : items) {
        item.rect.translate(0, dy);
        item.baseline += dy;
        to.append(item);
    }
}

} // namespace Waymark
