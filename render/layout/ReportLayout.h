#pragma once

#include "scoring/Scoring.h"
#include "scoring/Trend.h"

#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Waymark {

// The typefaces of a printed report, by role; ReportLayoutResult::fonts holds the QFont of each.
enum class ReportFont
{
    Body,
    Bold,
    Lead,
    Quote,
    Small,
    Caption,
    Heading1,
    Heading2,
    Heading3,
    Running, // running header and footer
    Kicker,
    CoverTitle,
    CoverSubtitle,
    TableHeader,
    TableCell,
    Count
};

// The inks of a printed report; all greys when the style is monochrome.
enum class ReportInk
{
    Text,
    Muted,  // secondary text, running header and footer
    Accent, // headings
    Rule,   // thin rules: under the running header, between table rows, beside a quote
    Shade,  // the table header's background
    // Cell backgrounds of a heat map (ReportTable::cellShades), light to dark grey, so that the
    // map reads the same on a greyscale printer.
    Heat1,
    Heat2,
    Heat3,
    Heat4,
    Count
};

// One thing painted on a page. Coordinates are layout units (ReportLayoutResult::dpi to the
// inch, whatever the device's resolution, so that every device gets the same lines and pages) on
// the whole paper: its top-left corner is 0,0. An output scales them to its device and shifts
// them to its paint rectangle; it needs nothing but the layout result to paint.
struct LaidOutItem
{
    enum class Kind
    {
        Text,      // one line of plain text: text painted at (rect.left(), baseline)
        Line,      // a rule from rect.topLeft() to rect.bottomRight() (rect is flat)
        Fill,      // rect filled with the ink
        Box,       // rect outlined, e.g. a tick box
        RagSwatch, // rect filled with rag's pattern, the same as the chart's
        Chart,     // ScoreChartPainter's chart of sections in rect
        TrendChart // TrendChartPainter's chart of scores across cycles in rect
    };

    // block values for what belongs to no block of the document.
    static constexpr int CoverBlock = -1;
    static constexpr int HeaderBlock = -2;
    static constexpr int FooterBlock = -3;

    Kind kind = Kind::Text;
    int block = CoverBlock; // index into ReportDocument::blocks, or one of the values above
    QRectF rect;
    qreal baseline = 0;
    QString text;
    // Text: the typeface. Chart, TrendChart and RagSwatch: the one the chart's measures come from
    // (its spacing, pens and labels), so that a swatch beside text reads as the chart's key does.
    ReportFont font = ReportFont::Body;
    ReportInk ink = ReportInk::Text;
    qreal pen = 0; // Line and Box: the pen width, in layout units like the rest
    Rag rag = Rag::None;
    // A table's header row painted again at the top of a page the table continues on.
    bool repeated = false;
    // Text: the line was broken inside a word (after a hyphen or a slash, or a word too long
    // for the line), so the next line goes on with the same word. An output that puts back the
    // spaces lines were broken at (the tagged PDF) must not put one here: "first-hand" would
    // read "first- hand".
    bool continuesWord = false;
    // Where in its block a text is, for an output that marks the document's structure (the
    // tagged PDF): a table's cell (column, and row into ReportTable::rows, -1 for the header
    // row), a tick box's choice (column), a cover fact (row, column 0 the label, 1 the value).
    // -1 where it does not apply. Rules, fills, boxes and swatches are decoration in any block.
    int row = -1;
    int column = -1;
    // The cover's text: which part of ReportCover it shows.
    enum class CoverPart
    {
        None,
        Kicker,
        Title,
        Subtitle,
        Facts,
        Statement,
        Footnote
    };
    CoverPart coverPart = CoverPart::None;
    // Text: the line as shaped when it was laid out, glyph positions relative to
    // (rect.left(), baseline), so that painting does not shape it again; when empty the text is
    // drawn as a plain string.
    QList<QGlyphRun> glyphs;
    // Chart: the sections it shows.
    QList<SectionScore> sections;
    // TrendChart: the cycles and lines it shows.
    TrendChartData trendChart;
};

struct LaidOutPage
{
    QList<LaidOutItem> items;
    // The blocks that begin on this page, in order (a block that continues from the page
    // before is not listed again).
    QList<int> blockStarts;

    // The text items, one per line, in painting order.
    QString text() const;
    // Only the text items of one block (or of the cover, header or footer).
    QString blockText(int block) const;
};

// A report laid out on pages: everything an output needs to paint it, as plain data, so that a
// QPainter on a printer, a PDF or an image paints the same lines and pages.
struct ReportLayoutResult
{
    QList<LaidOutPage> pages;
    QList<QFont> fonts;  // by ReportFont, pixel-sized in layout units
    int dpi = 0;         // layout units per inch
    int deviceDpi = 0;   // the resolution of the device it was laid out for
    QSizeF pageSize;     // the paper
    QPointF paintOrigin; // where the device's paint rectangle starts on the paper
    QRectF frame;        // the paper less the report's margins: header, body and footer
    QRectF body;         // where blocks go on every page after the cover
};

} // namespace Waymark
