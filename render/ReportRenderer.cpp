#include "ReportRenderer.h"

#include "ReportLayout.h"
#include "files/SafeSave.h"
#include "ScoreChartPainter.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <array>

namespace Waymark {

namespace {

// The report's margins: the running header and footer sit inside them.
const QMarginsF reportMargins(19, 14, 19, 13); // mm: left, top, right, bottom

constexpr qreal epsilon = 0.01;

// Layout units per inch. Text is measured with pixel-sized fonts in these units and painted
// through a scaled painter, never at the device's own resolution: a point size turns into a
// rounded pixel size per resolution (10.5 pt is 43.75 px at 300 dpi, drawn at 44), which would
// break lines differently on a 300 dpi printer, the preview and the PDF.
constexpr int layoutDpi = 1200;

QColor inkColour(ReportInk ink, bool monochrome)
{
    QColor colour;
    switch (ink) {
    case ReportInk::Text:
        colour = QColor(0x1a, 0x1a, 0x1a);
        break;
    case ReportInk::Muted:
        colour = QColor(0x55, 0x55, 0x55);
        break;
    case ReportInk::Accent:
        colour = QColor(0x1f, 0x3a, 0x5f);
        break;
    case ReportInk::Rule:
        colour = QColor(0x9a, 0x9a, 0x9a);
        break;
    case ReportInk::Shade:
    case ReportInk::Count:
        colour = QColor(0xe3, 0xe7, 0xec);
        break;
    case ReportInk::Heat1:
        colour = QColor(0xf2, 0xf2, 0xf2);
        break;
    case ReportInk::Heat2:
        colour = QColor(0xd9, 0xd9, 0xd9);
        break;
    case ReportInk::Heat3:
        colour = QColor(0xbf, 0xbf, 0xbf);
        break;
    case ReportInk::Heat4:
        colour = QColor(0xa6, 0xa6, 0xa6);
        break;
    }
    if (monochrome) {
        const int g = qGray(colour.rgb());
        colour = QColor(g, g, g);
    }
    return colour;
}

QList<QFont> makeFonts(const ReportStyle &style)
{
    QFont base;
    if (style.fontFamily.isEmpty()) {
        base.setFamily(QStringLiteral("Sans Serif"));
        base.setStyleHint(QFont::SansSerif);
    } else {
        base.setFamily(style.fontFamily);
    }
    // Unhinted advances are the same at every resolution, so a printer at 600 dpi, the preview
    // and the PDF break lines in the same places.
    base.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: a PDF reader copies and searches a ligature glyph as one character ("ﬃ"),
    // so "officers" could not be found in the review. Qt 6.4 has no font-feature switch, but it
    // shapes without ligatures whenever letter spacing is set, so set an invisible one.
    base.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 32); // Qt keeps it in 1/64ths
    if (style.monochrome)
        base.setStyleStrategy(
            QFont::StyleStrategy(base.styleStrategy() | QFont::NoSubpixelAntialias));
    const qreal pt = style.bodyPointSize > 0 ? style.bodyPointSize : 10.5;
    const auto make = [&](qreal scale, bool bold) {
        QFont font(base);
        font.setPixelSize(qMax(1, qRound(pt * scale * layoutDpi / 72.0)));
        font.setBold(bold);
        return font;
    };
    QList<QFont> fonts(static_cast<int>(ReportFont::Count)); // int(…) would parse as a declaration
    fonts[int(ReportFont::Body)] = make(1.0, false);
    fonts[int(ReportFont::Bold)] = make(1.0, true);
    fonts[int(ReportFont::Lead)] = make(1.2, false);
    fonts[int(ReportFont::Quote)] = make(1.0, false);
    fonts[int(ReportFont::Small)] = make(0.86, false);
    fonts[int(ReportFont::Caption)] = make(0.86, true);
    fonts[int(ReportFont::Heading1)] = make(1.9, true);
    fonts[int(ReportFont::Heading2)] = make(1.35, true);
    fonts[int(ReportFont::Heading3)] = make(1.0, true);
    fonts[int(ReportFont::Running)] = make(0.8, false);
    fonts[int(ReportFont::Kicker)] = make(1.15, true);
    fonts[int(ReportFont::CoverTitle)] = make(2.6, true);
    fonts[int(ReportFont::CoverSubtitle)] = make(1.45, false);
    fonts[int(ReportFont::TableHeader)] = make(0.9, true);
    fonts[int(ReportFont::TableCell)] = make(0.9, false);
    return fonts;
}

ChartStyle chartStyle(const QList<QFont> &fonts, const ReportStyle &style)
{
    ChartStyle chart;
    chart.font = fonts.at(int(ReportFont::Small));
    chart.monochrome = style.monochrome;
    return chart;
}

// A vertical run of a block that is never split: one line of text, a table row, the chart.
struct Slice
{
    qreal height = 0;
    QList<LaidOutItem> items; // y relative to the slice's top
    qreal textRight = 0;      // where the last line's text ends
    qreal baseline = 0;       // of the last line
    ReportFont font = ReportFont::Body;
};

// One line of text shaped once: its width and its glyphs, positioned from (0, baseline).
struct Shaped
{
    qreal width = 0;
    QList<QGlyphRun> glyphs;
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

class Layouter
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    Layouter(const ReportDocument &document, const ReportStyle &style, const QList<QFont> &fonts,
             const QPaintDevice *device, int dpi, const QRectF &paper, const QRectF &frame)
        : m_document(document)
        , m_style(style)
        , m_fonts(fonts)
        , m_device(device)
        , m_dpi(dpi)
        , m_paper(paper)
        , m_frame(frame)
    {
        m_metrics.reserve(fonts.size());
        for (const QFont &font : fonts)
            m_metrics.append(QFontMetricsF(font, device));
        m_wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_wrap.setUseDesignMetrics(true);

        const qreal running = lineHeight(ReportFont::Running);
        m_headerRule = m_frame.top() + running + mm(1.2);
        m_body = QRectF(QPointF(m_frame.left(), m_headerRule + mm(6)),
                        QPointF(m_frame.right(), m_frame.bottom() - running - mm(5)));
    }

    ReportLayoutResult run();

private:
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    const QFontMetricsF &metrics(ReportFont font) const { return m_metrics.at(int(font)); }
    qreal lineHeight(ReportFont font) const
    {
        const qreal spacing = metrics(font).lineSpacing();
        switch (font) {
        case ReportFont::Heading1:
        case ReportFont::Heading2:
        case ReportFont::CoverTitle:
        case ReportFont::CoverSubtitle:
            return spacing * 1.05;
        case ReportFont::Running:
        case ReportFont::TableCell:
        case ReportFont::TableHeader:
            return spacing * 1.08;
        default:
            return spacing * 1.16;
        }
    }
    qreal baselineIn(ReportFont font, qreal height) const
    {
        const QFontMetricsF &fm = metrics(font);
        return (height - fm.ascent() - fm.descent()) / 2 + fm.ascent();
    }

    QList<Slice> wrap(const QString &text, ReportFont font, ReportInk ink, qreal x, qreal width,
                      int block, qreal firstIndent = 0) const;
    LaidOutItem textItem(const QString &text, ReportFont font, ReportInk ink, qreal x, qreal top,
                         qreal height, int block) const;
    Shaped shape(ReportFont font, const QString &text) const;
    qreal advance(ReportFont font, const QString &text) const { return shape(font, text).width; }
    LaidOutItem line(const QPointF &from, const QPointF &to, ReportInk ink, qreal pen,
                     int block) const;
    void appendRagMark(QList<Slice> &slices, Rag rag, ReportFont font, int block) const;

    Flow flowFor(int index) const;
    Flow headingFlow(const ReportBlock &block, int index) const;
    Flow paragraphFlow(const ReportBlock &block, int index) const;
    Flow fieldFlow(const ReportBlock &block, int index) const;
    Flow tableFlow(const ReportTable &table, int index) const;
    Flow chartFlow(const ReportBlock &block, int index) const;
    Flow tickBoxFlow(const ReportBlock &block, int index) const;
    Flow ruledLinesFlow(const ReportBlock &block, int index) const;
    QList<Slice> tableRow(const QStringList &cells, const QList<qreal> &columnX,
                          const QList<qreal> &columnWidth, ReportFont font, Rag rag, int ragColumn,
                          bool header, int block, const QList<int> &shades) const;

    void layoutCover();
    void newPage();
    void place(const Slice &slice, bool repeated = false);
    qreal chainNeed(const QList<Flow> &flows, int from, qreal previousAfter) const;
    void addFooters();

    const ReportDocument &m_document;
    const ReportStyle &m_style;
    const QList<QFont> &m_fonts;
    const QPaintDevice *m_device;
    const int m_dpi;
    const QRectF m_paper;
    const QRectF m_frame;
    QList<QFontMetricsF> m_metrics;
    QTextOption m_wrap;
    // Labels such as "Answer:" and "Amber" come back hundreds of times.
    mutable std::array<QHash<QString, Shaped>, size_t(ReportFont::Count)> m_shaped;
    qreal m_headerRule = 0;
    QRectF m_body;

    QList<LaidOutPage> m_pages;
    qreal m_y = 0;
    bool m_empty = true;         // nothing of a block on this page yet
    bool m_onlyRepeated = false; // only a repeated table header so far
};

LaidOutItem Layouter::textItem(const QString &text, ReportFont font, ReportInk ink, qreal x,
                               qreal top, qreal height, int block) const
{
    LaidOutItem item;
    item.kind = LaidOutItem::Kind::Text;
    item.block = block;
    item.text = text;
    item.font = font;
    item.ink = ink;
    const Shaped shaped = shape(font, text);
    item.rect = QRectF(x, top, shaped.width, height);
    item.baseline = top + baselineIn(font, height);
    item.glyphs = shaped.glyphs;
    return item;
}

Shaped Layouter::shape(ReportFont font, const QString &text) const
{
    QHash<QString, Shaped> &cache = m_shaped[size_t(font)];
    const auto cached = cache.constFind(text);
    if (cached != cache.cend())
        return *cached;
    QTextLayout layout(text, m_fonts.at(int(font)), m_device);
    QTextOption option = m_wrap;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    Shaped shaped;
    if (line.isValid()) {
        line.setNumColumns(int(text.size()));
        layout.endLayout();
        shaped.width = line.naturalTextWidth();
        const QPointF origin(line.x(), line.y() + line.ascent());
        shaped.glyphs = line.glyphRuns();
        for (QGlyphRun &run : shaped.glyphs) {
            QList<QPointF> positions = run.positions();
            for (QPointF &position : positions)
                position -= origin;
            run.setPositions(positions);
        }
    } else {
        layout.endLayout();
    }
    if (text.size() <= 80)
        cache.insert(text, shaped);
    return shaped;
}

LaidOutItem Layouter::line(const QPointF &from, const QPointF &to, ReportInk ink, qreal pen,
                           int block) const
{
    LaidOutItem item;
    item.kind = LaidOutItem::Kind::Line;
    item.block = block;
    item.rect = QRectF(from, to);
    item.ink = ink;
    item.pen = pen;
    return item;
}

// Each line a slice of its own. The user's own line breaks are kept; a blank line keeps its
// space. Lines break at word boundaries, or anywhere in a word longer than the width. The very
// first line starts firstIndent in, after a run-in label.
QList<Slice> Layouter::wrap(const QString &text, ReportFont font, ReportInk ink, qreal x,
                            qreal width, int block, qreal firstIndent) const
{
    QList<Slice> slices;
    if (text.isEmpty())
        return slices;
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normalised.replace(QChar::LineSeparator, QLatin1Char('\n'));
    normalised.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    const qreal height = lineHeight(font);
    const qreal baseline = baselineIn(font, height);
    width = qMax(width, mm(5));

    const QStringList paragraphs = normalised.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        const qreal indent = slices.isEmpty() ? firstIndent : 0;
        if (paragraph.trimmed().isEmpty()) {
            Slice blank;
            blank.height = height;
            blank.textRight = x;
            blank.baseline = baseline;
            blank.font = font;
            slices.append(blank);
            continue;
        }
        QTextLayout layout(paragraph, m_fonts.at(int(font)), m_device);
        layout.setTextOption(m_wrap);
        layout.setCacheEnabled(true); // glyphRuns() below reuses the shaping
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(line.lineNumber() == 0 ? qMax(width - indent, mm(5)) : width);
        layout.endLayout();
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            QString part = paragraph.mid(line.textStart(), line.textLength());
            while (!part.isEmpty() && part.back().isSpace())
                part.chop(1);
            Slice slice;
            slice.height = height;
            slice.baseline = baseline;
            slice.font = font;
            LaidOutItem item;
            item.kind = LaidOutItem::Kind::Text;
            item.block = block;
            item.text = part;
            item.font = font;
            item.ink = ink;
            const qreal left = x + (i == 0 ? indent : 0);
            item.rect = QRectF(left, 0, line.naturalTextWidth(), height);
            item.baseline = baseline;
            const QPointF origin(line.x(), line.y() + line.ascent());
            item.glyphs = line.glyphRuns();
            for (QGlyphRun &run : item.glyphs) {
                QList<QPointF> positions = run.positions();
                for (QPointF &position : positions)
                    position -= origin;
                run.setPositions(positions);
            }
            slice.textRight = left + line.naturalTextWidth();
            slice.items.append(item);
            slices.append(slice);
        }
    }
    // A trailing newline is not a line of its own.
    while (!slices.isEmpty() && slices.last().items.isEmpty())
        slices.removeLast();
    return slices;
}

// The RAG's pattern and its word after the last line, or on a line of its own when they do not
// fit beside it.
void Layouter::appendRagMark(QList<Slice> &slices, Rag rag, ReportFont font, int block) const
{
    if (rag == Rag::None)
        return;
    const QFontMetricsF &fm = metrics(font);
    const QString word = ragLabel(rag);
    const qreal swatchHeight = fm.capHeight() * 1.05;
    const qreal swatchWidth = qMax(swatchHeight * 1.8, mm(4.5));
    const qreal gap = mm(2.5);
    const qreal width = swatchWidth + mm(1.2) + advance(font, word);
    if (slices.isEmpty() || slices.last().textRight + gap + width > m_body.right()) {
        Slice fresh;
        fresh.height = lineHeight(font);
        fresh.baseline = baselineIn(font, fresh.height);
        fresh.textRight = m_body.left() - gap;
        fresh.font = font;
        slices.append(fresh);
    }
    Slice &slice = slices.last();
    const qreal x = slice.textRight + gap;
    LaidOutItem swatch;
    swatch.kind = LaidOutItem::Kind::RagSwatch;
    swatch.block = block;
    swatch.rag = rag;
    swatch.rect = QRectF(x, slice.baseline - swatchHeight, swatchWidth, swatchHeight);
    slice.items.append(swatch);
    LaidOutItem text =
        textItem(word, font, ReportInk::Text, x + swatchWidth + mm(1.2), 0, slice.height, block);
    text.baseline = slice.baseline;
    slice.items.append(text);
    slice.textRight = text.rect.right();
}

Flow Layouter::headingFlow(const ReportBlock &block, int index) const
{
    Flow flow;
    ReportFont font = ReportFont::Heading3;
    ReportInk ink = ReportInk::Text;
    if (block.level <= 1) {
        font = ReportFont::Heading1;
        ink = ReportInk::Accent;
        flow.newPage = true;
        flow.after = mm(4);
    } else if (block.level == 2) {
        font = ReportFont::Heading2;
        ink = ReportInk::Accent;
        flow.before = mm(7);
        flow.after = mm(2.2);
    } else {
        flow.before = mm(5);
        flow.after = mm(1.2);
    }
    flow.slices = wrap(block.text, font, ink, m_body.left(), m_body.width(), index);
    appendRagMark(flow.slices, block.rag, font, index);
    if (block.level <= 1 && !flow.slices.isEmpty()) {
        Slice rule;
        rule.height = mm(2.5);
        rule.items.append(line(QPointF(m_body.left(), mm(1.2)), QPointF(m_body.right(), mm(1.2)),
                               ReportInk::Accent, mm(0.4), index));
        flow.slices.append(rule);
    }
    flow.keepWithNext = true;
    flow.lead = int(flow.slices.size());
    return flow;
}

Flow Layouter::paragraphFlow(const ReportBlock &block, int index) const
{
    Flow flow;
    ReportFont font = ReportFont::Body;
    ReportInk ink = ReportInk::Text;
    qreal indent = 0;
    flow.before = flow.after = mm(1.8);
    switch (block.style) {
    case TextStyle::Body:
        break;
    case TextStyle::Lead:
        font = ReportFont::Lead;
        flow.before = flow.after = mm(3);
        break;
    case TextStyle::Quote:
        font = ReportFont::Quote;
        indent = mm(5);
        flow.before = mm(1.2);
        break;
    case TextStyle::Small:
        font = ReportFont::Small;
        ink = ReportInk::Muted;
        flow.before = flow.after = mm(1.2);
        break;
    case TextStyle::Caption:
        font = ReportFont::Caption;
        flow.before = mm(3.5);
        flow.after = mm(1.2);
        break;
    }
    flow.slices =
        wrap(block.text, font, ink, m_body.left() + indent, m_body.width() - indent, index);
    if (block.style == TextStyle::Quote) {
        // One rule down the left of the member's words, drawn a line at a time so that it
        // follows them across a page break.
        const qreal x = m_body.left() + mm(1.4);
        for (Slice &slice : flow.slices)
            slice.items.prepend(
                line(QPointF(x, 0), QPointF(x, slice.height), ReportInk::Rule, mm(0.8), index));
    }
    const int n = int(flow.slices.size());
    flow.lead = n <= 3 ? n : 2;
    flow.tail = n <= 3 ? 0 : 2;
    flow.keepWithNext = block.keepWithNext;
    return flow;
}

Flow Layouter::fieldFlow(const ReportBlock &block, int index) const
{
    Flow flow;
    flow.before = flow.after = mm(1.3);
    flow.keepWithNext = block.keepWithNext;
    // "Evidence:", but "How would you know?" stays as it is.
    static const QString ownPunctuation = QStringLiteral("?:!.\u2026");
    QString label = block.label.trimmed();
    if (!label.isEmpty() && !ownPunctuation.contains(label.back()))
        label = tr("%1:").arg(label);
    const QFontMetricsF &body = metrics(ReportFont::Body);
    const qreal space = body.horizontalAdvance(QLatin1Char(' ')) * 1.5;
    const qreal labelWidth = advance(ReportFont::Bold, label);
    const bool multiline =
        block.text.contains(QLatin1Char('\n')) || block.text.contains(QLatin1Char('\r'));
    // No line holds this many characters; longer text is not worth measuring for one.
    const bool mayFit = !multiline && block.text.size() < 200;
    const qreal textWidth = mayFit ? advance(ReportFont::Body, block.text) : 0;
    const qreal ragWidth =
        block.rag == Rag::None
            ? 0
            : mm(2.5) + mm(4.5) + mm(1.2) + advance(ReportFont::Body, ragLabel(block.rag));
    if (mayFit && labelWidth + space + textWidth + ragWidth <= m_body.width()) {
        Slice slice;
        slice.height = lineHeight(ReportFont::Body);
        slice.baseline = baselineIn(ReportFont::Body, slice.height);
        slice.font = ReportFont::Body;
        slice.textRight = m_body.left();
        if (!label.isEmpty()) {
            slice.items.append(textItem(label, ReportFont::Bold, ReportInk::Text, m_body.left(), 0,
                                        slice.height, index));
            slice.textRight = m_body.left() + labelWidth;
        }
        if (!block.text.isEmpty()) {
            const qreal x = label.isEmpty() ? m_body.left() : slice.textRight + space;
            slice.items.append(
                textItem(block.text, ReportFont::Body, ReportInk::Text, x, 0, slice.height, index));
            slice.textRight = x + textWidth;
        }
        flow.slices.append(slice);
    } else if (!label.isEmpty() && labelWidth + space < m_body.width() / 2) {
        // The label runs in: the text starts beside it and wraps under it.
        flow.slices = wrap(block.text, ReportFont::Body, ReportInk::Text, m_body.left(),
                           m_body.width(), index, labelWidth + space);
        if (flow.slices.isEmpty()) {
            Slice slice;
            slice.height = lineHeight(ReportFont::Body);
            slice.baseline = baselineIn(ReportFont::Body, slice.height);
            slice.textRight = m_body.left() + labelWidth;
            flow.slices.append(slice);
        }
        Slice &first = flow.slices.first();
        first.items.prepend(textItem(label, ReportFont::Bold, ReportInk::Text, m_body.left(), 0,
                                     first.height, index));
        const int n = int(flow.slices.size());
        flow.lead = n <= 3 ? n : 2;
        flow.tail = n <= 3 ? 0 : 2;
    } else {
        flow.slices =
            wrap(label, ReportFont::Bold, ReportInk::Text, m_body.left(), m_body.width(), index);
        const int labelLines = int(flow.slices.size());
        flow.slices.append(wrap(block.text, ReportFont::Body, ReportInk::Text, m_body.left(),
                                m_body.width(), index));
        const int n = int(flow.slices.size());
        flow.lead = n <= labelLines + 3 ? n : labelLines + 2;
        flow.tail = n <= labelLines + 3 ? 0 : 2;
    }
    appendRagMark(flow.slices, block.rag, ReportFont::Body, index);
    if (flow.tail == 0)
        flow.lead = int(flow.slices.size());
    return flow;
}

QList<Slice> Layouter::tableRow(const QStringList &cells, const QList<qreal> &columnX,
                                const QList<qreal> &columnWidth, ReportFont font, Rag rag,
                                int ragColumn, bool header, int block,
                                const QList<int> &shades) const
{
    const qreal padX = mm(1.6);
    const qreal padY = mm(1.2);
    const qreal swatchWidth = mm(4.5);
    const qreal swatchGap = mm(1.5);
    const qreal height = lineHeight(font);
    const int columns = int(columnX.size());
    const bool hasSwatch = !header && ragColumn >= 0 && ragColumn < columns;

    QList<QList<Slice>> lines(columns);
    int lineCount = 1;
    for (int c = 0; c < columns; ++c) {
        qreal x = columnX.at(c) + padX;
        qreal width = columnWidth.at(c) - 2 * padX;
        if (hasSwatch && c == ragColumn) {
            x += swatchWidth + swatchGap;
            width -= swatchWidth + swatchGap;
        }
        lines[c] = wrap(c < cells.size() ? cells.at(c) : QString(), font, ReportInk::Text, x, width,
                        block);
        lineCount = qMax(lineCount, int(lines.at(c).size()));
    }
    const qreal left = columnX.first();
    const qreal right = columnX.last() + columnWidth.last();
    const qreal rowHeight = lineCount * height + 2 * padY;

    LaidOutItem swatch;
    if (hasSwatch) {
        const qreal swatchHeight = metrics(font).capHeight() * 1.15;
        swatch.kind = LaidOutItem::Kind::RagSwatch;
        swatch.block = block;
        swatch.rag = rag;
        swatch.rect =
            QRectF(columnX.at(ragColumn) + padX, padY + baselineIn(font, height) - swatchHeight,
                   swatchWidth, swatchHeight);
    }
    const auto rule = [&](qreal y) {
        return header ? line(QPointF(left, y), QPointF(right, y), ReportInk::Muted, mm(0.35), block)
                      : line(QPointF(left, y), QPointF(right, y), ReportInk::Rule, mm(0.2), block);
    };
    const auto shade = [&](qreal top, qreal h) {
        LaidOutItem fill;
        fill.kind = LaidOutItem::Kind::Fill;
        fill.block = block;
        fill.ink = ReportInk::Shade;
        fill.rect = QRectF(left, top, right - left, h);
        return fill;
    };

    // Heat map cells: a grey background per cell, under its text.
    const auto cellShades = [&](qreal top, qreal h, QList<LaidOutItem> &items) {
        for (int c = 0; c < qMin(columns, int(shades.size())); ++c) {
            const int level = shades.at(c);
            if (level < 1 || level > 4)
                continue;
            LaidOutItem fill;
            fill.kind = LaidOutItem::Kind::Fill;
            fill.block = block;
            fill.ink = ReportInk(int(ReportInk::Heat1) + level - 1);
            fill.rect = QRectF(columnX.at(c), top, columnWidth.at(c), h);
            items.append(fill);
        }
    };

    // A row that fits on a page stays whole; a taller one is cut between its lines.
    const qreal maxRow = m_body.height() * 0.8;
    QList<Slice> slices;
    if (rowHeight <= maxRow) {
        Slice slice;
        slice.height = rowHeight;
        if (header)
            slice.items.append(shade(0, rowHeight));
        cellShades(0, rowHeight, slice.items);
        if (hasSwatch)
            slice.items.append(swatch);
        for (const QList<Slice> &cell : lines) {
            for (int i = 0; i < cell.size(); ++i) {
                for (LaidOutItem item : cell.at(i).items) {
                    item.rect.translate(0, padY + i * height);
                    item.baseline += padY + i * height;
                    slice.items.append(item);
                }
            }
        }
        slice.items.append(rule(rowHeight));
        slices.append(slice);
        return slices;
    }
    for (int i = 0; i < lineCount; ++i) {
        Slice slice;
        const qreal top = i == 0 ? padY : 0;
        slice.height = height + top + (i == lineCount - 1 ? padY : 0);
        if (header)
            slice.items.append(shade(0, slice.height));
        cellShades(0, slice.height, slice.items);
        if (i == 0 && hasSwatch)
            slice.items.append(swatch);
        for (const QList<Slice> &cell : lines) {
            if (i >= cell.size())
                continue;
            for (LaidOutItem item : cell.at(i).items) {
                item.rect.translate(0, top);
                item.baseline += top;
                slice.items.append(item);
            }
        }
        if (i == lineCount - 1)
            slice.items.append(rule(slice.height));
        slices.append(slice);
    }
    return slices;
}

Flow Layouter::tableFlow(const ReportTable &table, int index) const
{
    Flow flow;
    flow.before = mm(2);
    flow.after = mm(3.5);
    int columns = int(table.header.size());
    for (const QStringList &row : table.rows)
        columns = qMax(columns, int(row.size()));
    if (columns == 0)
        return flow;
    QList<int> stretch = table.stretch;
    const bool stretchValid =
        stretch.size() == columns &&
        std::all_of(stretch.cbegin(), stretch.cend(), [](int s) { return s > 0; });
    if (!stretchValid)
        stretch = QList<int>(columns, 1);
    int sum = 0;
    for (int s : stretch)
        sum += s;
    QList<qreal> columnX;
    QList<qreal> columnWidth;
    qreal x = m_body.left();
    for (int s : stretch) {
        const qreal width = m_body.width() * s / sum;
        columnX.append(x);
        columnWidth.append(width);
        x += width;
    }
    if (!table.header.isEmpty()) {
        const QList<Slice> header = tableRow(table.header, columnX, columnWidth,
                                             ReportFont::TableHeader, Rag::None, -1, true, index,
                                             {});
        flow.slices.append(header);
        flow.repeatFirst = header.size() == 1;
    }
    const int headerSlices = int(flow.slices.size());
    for (int r = 0; r < table.rows.size(); ++r) {
        const Rag rag = r < table.rowRags.size() ? table.rowRags.at(r) : Rag::None;
        flow.slices.append(tableRow(table.rows.at(r), columnX, columnWidth, ReportFont::TableCell,
                                    rag, table.ragColumn, false, index,
                                    table.cellShades.value(r)));
    }
    flow.lead = qMin(int(flow.slices.size()), headerSlices + 1);
    return flow;
}

Flow Layouter::chartFlow(const ReportBlock &block, int index) const
{
    Flow flow;
    flow.before = mm(2);
    flow.after = mm(3);
    const ChartStyle style = chartStyle(m_fonts, m_style);
    const QFontMetricsF fm(style.font, m_device);
    const ChartLayout chart =
        ScoreChartPainter::layout(QRectF(0, 0, m_body.width(), 0), block.chart, fm);
    Slice slice;
    slice.height = chart.height + mm(2);
    LaidOutItem item;
    item.kind = LaidOutItem::Kind::Chart;
    item.block = index;
    item.rect = QRectF(m_body.left(), mm(1), m_body.width(), chart.height);
    slice.items.append(item);
    flow.slices.append(slice);
    flow.lead = 1;
    return flow;
}

Flow Layouter::tickBoxFlow(const ReportBlock &block, int index) const
{
    Flow flow;
    flow.before = mm(2.2);
    flow.after = mm(2.2);
    flow.slices = wrap(block.label, ReportFont::Caption, ReportInk::Text, m_body.left(),
                       m_body.width(), index);
    const QFontMetricsF &fm = metrics(ReportFont::Body);
    const qreal box = mm(4);
    const qreal boxGap = mm(1.8);
    const qreal choiceGap = mm(7);
    const qreal height = qMax(lineHeight(ReportFont::Body), box + mm(3));
    const qreal baseline = height / 2 + (fm.ascent() - fm.descent()) / 2;
    Slice slice;
    qreal x = m_body.left();
    for (const QString &choice : block.choices) {
        const QString text = fm.elidedText(choice, Qt::ElideRight, m_body.width() - box - boxGap);
        const qreal width = box + boxGap + advance(ReportFont::Body, text);
        if (!slice.items.isEmpty() && x + width > m_body.right()) {
            slice.height = height;
            flow.slices.append(slice);
            slice = Slice();
            x = m_body.left();
        }
        LaidOutItem square;
        square.kind = LaidOutItem::Kind::Box;
        square.block = index;
        square.ink = ReportInk::Text;
        square.pen = mm(0.3);
        square.rect = QRectF(x, (height - box) / 2, box, box);
        slice.items.append(square);
        LaidOutItem label =
            textItem(text, ReportFont::Body, ReportInk::Text, x + box + boxGap, 0, height, index);
        label.baseline = baseline;
        slice.items.append(label);
        x += width + choiceGap;
    }
    if (!slice.items.isEmpty()) {
        slice.height = height;
        flow.slices.append(slice);
    }
    flow.lead = int(flow.slices.size());
    return flow;
}

Flow Layouter::ruledLinesFlow(const ReportBlock &block, int index) const
{
    Flow flow;
    flow.before = mm(2.2);
    flow.after = mm(3);
    flow.slices = wrap(block.label, ReportFont::Caption, ReportInk::Text, m_body.left(),
                       m_body.width(), index);
    const qreal spacing = mm(8);
    for (int i = 0; i < block.lines; ++i) {
        Slice slice;
        slice.height = spacing;
        slice.items.append(line(QPointF(m_body.left(), spacing), QPointF(m_body.right(), spacing),
                                ReportInk::Rule, mm(0.2), index));
        flow.slices.append(slice);
    }
    flow.lead = int(flow.slices.size());
    return flow;
}

Flow Layouter::flowFor(int index) const
{
    const ReportBlock &block = m_document.blocks.at(index);
    Flow flow;
    switch (block.kind) {
    case ReportBlock::Kind::Heading:
        flow = headingFlow(block, index);
        break;
    case ReportBlock::Kind::Paragraph:
        flow = paragraphFlow(block, index);
        break;
    case ReportBlock::Kind::Field:
        flow = fieldFlow(block, index);
        break;
    case ReportBlock::Kind::Table:
        flow = tableFlow(block.table, index);
        break;
    case ReportBlock::Kind::Chart:
        flow = chartFlow(block, index);
        break;
    case ReportBlock::Kind::TickBoxes:
        flow = tickBoxFlow(block, index);
        break;
    case ReportBlock::Kind::RuledLines:
        flow = ruledLinesFlow(block, index);
        break;
    case ReportBlock::Kind::PageBreak:
        flow.pageBreak = true;
        break;
    }
    flow.keepWithNext = flow.keepWithNext || block.keepWithNext;
    flow.lead = qBound(0, flow.lead, int(flow.slices.size()));
    return flow;
}

void Layouter::newPage()
{
    m_pages.append(LaidOutPage());
    m_empty = true;
    m_onlyRepeated = false;
    if (m_pages.size() == 1) {
        m_y = m_frame.top();
        return;
    }
    m_y = m_body.top();
    LaidOutPage &page = m_pages.last();
    if (!m_document.runningHeader.isEmpty()) {
        const QString text =
            metrics(ReportFont::Running)
                .elidedText(m_document.runningHeader, Qt::ElideRight, m_frame.width());
        page.items.append(textItem(text, ReportFont::Running, ReportInk::Muted, m_frame.left(),
                                   m_frame.top(), lineHeight(ReportFont::Running),
                                   LaidOutItem::HeaderBlock));
    }
    page.items.append(line(QPointF(m_frame.left(), m_headerRule),
                           QPointF(m_frame.right(), m_headerRule), ReportInk::Rule, mm(0.25),
                           LaidOutItem::HeaderBlock));
}

void Layouter::place(const Slice &slice, bool repeated)
{
    LaidOutPage &page = m_pages.last();
    for (LaidOutItem item : slice.items) {
        item.rect.translate(0, m_y);
        item.baseline += m_y;
        item.repeated = repeated;
        page.items.append(item);
    }
    m_y += slice.height;
    m_empty = false;
    m_onlyRepeated = repeated;
}

// The height that must follow a keep-with-next block on its page: the blocks that keep with it
// in turn, whole, then the opening lines of the first block that does not.
qreal Layouter::chainNeed(const QList<Flow> &flows, int from, qreal previousAfter) const
{
    qreal need = 0;
    for (int j = from; j < flows.size(); ++j) {
        const Flow &flow = flows.at(j);
        if (flow.pageBreak || flow.newPage)
            return need;
        if (flow.slices.isEmpty())
            continue;
        need += qMax(previousAfter, flow.before);
        if (!flow.keepWithNext)
            return need + flow.leadHeight();
        need += flow.total();
        previousAfter = flow.after;
        if (need > m_body.height())
            return need;
    }
    return need;
}

void Layouter::layoutCover()
{
    const ReportCover &cover = m_document.cover;
    const int block = LaidOutItem::CoverBlock;
    const qreal left = m_frame.left();
    const qreal width = m_frame.width();
    const auto put = [this](const QList<Slice> &slices) {
        for (const Slice &slice : slices) {
            if (!m_empty && m_y + slice.height > m_body.bottom() + epsilon)
                newPage();
            place(slice);
        }
    };

    Slice band;
    band.height = mm(32);
    band.items.append(line(QPointF(left, mm(0.75)), QPointF(left + width, mm(0.75)),
                           ReportInk::Accent, mm(1.5), block));
    put({band});
    put(wrap(cover.kicker, ReportFont::Kicker, ReportInk::Accent, left, width, block));
    if (!cover.kicker.isEmpty())
        m_y += mm(4);
    put(wrap(cover.title, ReportFont::CoverTitle, ReportInk::Text, left, width, block));
    if (!cover.title.isEmpty())
        m_y += mm(3);
    put(wrap(cover.subtitle, ReportFont::CoverSubtitle, ReportInk::Muted, left, width, block));

    if (!cover.facts.isEmpty()) {
        m_y += mm(14);
        qreal labelWidth = 0;
        for (const auto &fact : cover.facts)
            labelWidth = qMax(labelWidth, advance(ReportFont::Bold, fact.first));
        labelWidth = qMin(labelWidth + mm(8), width * 0.4);
        Slice top;
        top.height = mm(0.3);
        top.items.append(
            line(QPointF(left, 0), QPointF(left + width, 0), ReportInk::Rule, mm(0.25), block));
        put({top});
        const qreal pad = mm(2);
        const qreal height = lineHeight(ReportFont::Body);
        for (const auto &fact : cover.facts) {
            const QList<Slice> label = wrap(fact.first, ReportFont::Bold, ReportInk::Muted, left,
                                            labelWidth - mm(3), block);
            const QList<Slice> value = wrap(fact.second, ReportFont::Body, ReportInk::Text,
                                            left + labelWidth, width - labelWidth, block);
            Slice row;
            const int lines = int(qMax(qMax(label.size(), value.size()), qsizetype(1)));
            row.height = lines * height + 2 * pad;
            for (const QList<Slice> *column : {&label, &value}) {
                for (int i = 0; i < column->size(); ++i) {
                    for (LaidOutItem item : column->at(i).items) {
                        item.rect.translate(0, pad + i * height);
                        item.baseline += pad + i * height;
                        row.items.append(item);
                    }
                }
            }
            row.items.append(line(QPointF(left, row.height), QPointF(left + width, row.height),
                                  ReportInk::Rule, mm(0.25), block));
            put({row});
        }
    }

    if (!cover.statement.isEmpty()) {
        m_y += mm(12);
        QList<Slice> statement = wrap(cover.statement, ReportFont::Lead, ReportInk::Text,
                                      left + mm(5), width - mm(5), block);
        for (Slice &slice : statement)
            slice.items.prepend(line(QPointF(left + mm(0.8), 0),
                                     QPointF(left + mm(0.8), slice.height), ReportInk::Accent,
                                     mm(1.6), block));
        put(statement);
    }

    const QList<Slice> footnote =
        wrap(cover.footnote, ReportFont::Small, ReportInk::Muted, left, width, block);
    qreal footnoteHeight = 0;
    for (const Slice &slice : footnote)
        footnoteHeight += slice.height;
    if (footnoteHeight > 0) {
        if (m_y + mm(8) + footnoteHeight > m_body.bottom())
            newPage();
        m_y = qMax(m_y, m_body.bottom() - footnoteHeight);
        put(footnote);
    }
}

void Layouter::addFooters()
{
    const int total = int(m_pages.size());
    const QFontMetricsF &fm = metrics(ReportFont::Running);
    const qreal height = lineHeight(ReportFont::Running);
    const qreal top = m_frame.bottom() - height;
    for (int i = 0; i < total; ++i) {
        LaidOutPage &page = m_pages[i];
        const QString number = tr("Page %1 of %2").arg(i + 1).arg(total);
        const qreal numberWidth = advance(ReportFont::Running, number);
        page.items.append(textItem(number, ReportFont::Running, ReportInk::Muted,
                                   m_frame.right() - numberWidth, top, height,
                                   LaidOutItem::FooterBlock));
        if (!m_document.runningFooter.isEmpty()) {
            const QString footer = fm.elidedText(m_document.runningFooter, Qt::ElideRight,
                                                 m_frame.width() - numberWidth - mm(6));
            page.items.append(textItem(footer, ReportFont::Running, ReportInk::Muted,
                                       m_frame.left(), top, height, LaidOutItem::FooterBlock));
        }
    }
}

ReportLayoutResult Layouter::run()
{
    newPage();
    layoutCover();

    const int count = int(m_document.blocks.size());
    QList<Flow> flows;
    flows.reserve(count);
    for (int i = 0; i < count; ++i)
        flows.append(flowFor(i));

    if (count > 0)
        newPage();
    qreal previousAfter = 0;
    for (int i = 0; i < count; ++i) {
        const Flow &flow = flows.at(i);
        if (flow.pageBreak) {
            if (!m_empty)
                newPage();
            continue;
        }
        if (flow.newPage && !m_empty)
            newPage();
        if (flow.slices.isEmpty()) {
            m_pages.last().blockStarts.append(i);
            continue;
        }
        qreal gap = m_empty ? 0 : qMax(previousAfter, flow.before);
        const qreal need = flow.keepWithNext ? flow.total() + chainNeed(flows, i + 1, flow.after)
                                             : flow.leadHeight();
        if (!m_empty && m_y + gap + need > m_body.bottom() + epsilon) {
            newPage();
            gap = 0;
        }
        m_y += gap;
        m_pages.last().blockStarts.append(i);
        const int n = int(flow.slices.size());
        const int tailStart = flow.tail > 0 && n - flow.tail >= flow.lead ? n - flow.tail : -1;
        for (int k = 0; k < n; ++k) {
            const Slice &slice = flow.slices.at(k);
            bool fits = m_y + slice.height <= m_body.bottom() + epsilon;
            if (fits && k == tailStart)
                fits = m_y + flow.height(k, n - k) <= m_body.bottom() + epsilon;
            if (k > 0 && !fits && !m_empty && !m_onlyRepeated) {
                newPage();
                if (flow.repeatFirst)
                    place(flow.slices.first(), true);
            }
            place(slice);
        }
        previousAfter = flow.after;
    }

    addFooters();
    ReportLayoutResult result;
    result.pages = m_pages;
    result.dpi = m_dpi;
    result.pageSize = m_paper.size();
    result.frame = m_frame;
    result.body = m_body;
    return result;
}

QByteArray utf16Hex(const QString &text)
{
    QByteArray out("<FEFF");
    out.reserve(6 + text.size() * 4);
    for (QChar c : text)
        out.append(QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper());
    out.append('>');
    return out;
}

// The text of a PDF string object, literal "(...)" or hex "<...>": UTF-16BE after a byte order
// mark, else taken as Latin-1 (near enough to PDFDocEncoding for a producer's name).
QString decodePdfString(const QByteArray &token)
{
    QByteArray bytes;
    if (token.startsWith('<')) {
        bytes = QByteArray::fromHex(token.mid(1, token.size() - 2));
    } else {
        for (qsizetype i = 1; i + 1 < token.size(); ++i) {
            char c = token.at(i);
            if (c == '\\' && i + 2 < token.size()) {
                c = token.at(++i);
                if (c >= '0' && c <= '7') {
                    int value = 0;
                    int digits = 0;
                    while (digits < 3 && i + 1 < token.size() && token.at(i) >= '0' &&
                           token.at(i) <= '7') {
                        value = value * 8 + (token.at(i) - '0');
                        ++i;
                        ++digits;
                    }
                    --i;
                    bytes.append(char(value));
                    continue;
                }
                switch (c) {
                case 'n':
                    c = '\n';
                    break;
                case 'r':
                    c = '\r';
                    break;
                case 't':
                    c = '\t';
                    break;
                case 'b':
                    c = '\b';
                    break;
                case 'f':
                    c = '\f';
                    break;
                case '\n':
                    continue; // a line continued
                default:
                    break; // ( ) \ stand for themselves
                }
            }
            bytes.append(c);
        }
    }
    if (bytes.startsWith("\xFE\xFF")) {
        QString text;
        for (qsizetype i = 2; i + 1 < bytes.size(); i += 2)
            text.append(QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1)))));
        return text;
    }
    return QString::fromLatin1(bytes);
}

} // namespace

QString LaidOutPage::text() const
{
    QStringList lines;
    for (const LaidOutItem &item : items) {
        if (item.kind == LaidOutItem::Kind::Text)
            lines.append(item.text);
    }
    return lines.join(QLatin1Char('\n'));
}

QString LaidOutPage::blockText(int block) const
{
    QStringList lines;
    for (const LaidOutItem &item : items) {
        if (item.kind == LaidOutItem::Kind::Text && item.block == block)
            lines.append(item.text);
    }
    return lines.join(QLatin1Char('\n'));
}

ReportRenderer::ReportRenderer(ReportDocument document, ReportStyle style)
    : m_document(std::move(document))
    , m_style(std::move(style))
    , m_fonts(makeFonts(m_style))
{
}

ReportRenderer::~ReportRenderer() = default;

void ReportRenderer::layout(QPagedPaintDevice &device)
{
    // A printer being painted on keeps the margins it has; the report's own frame still applies
    // within them.
    if (!device.paintingActive())
        device.setPageMargins(reportMargins, QPageLayout::Millimeter);
    const QPageLayout pageLayout = device.pageLayout();
    const qreal unitsPerMm = layoutDpi / 25.4;
    const auto toUnits = [unitsPerMm](const QRectF &mm) {
        return QRectF(mm.topLeft() * unitsPerMm, mm.size() * unitsPerMm);
    };
    const QRectF paper = toUnits(pageLayout.fullRect(QPageLayout::Millimeter));
    const QRectF paintRect = toUnits(pageLayout.paintRect(QPageLayout::Millimeter));
    QRectF frame =
        paper.adjusted(reportMargins.left() * unitsPerMm, reportMargins.top() * unitsPerMm,
                       -reportMargins.right() * unitsPerMm, -reportMargins.bottom() * unitsPerMm);
    frame = frame.intersected(paintRect);
    if (frame.isEmpty())
        frame = paintRect;

    Layouter layouter(m_document, m_style, m_fonts, nullptr, layoutDpi, paper, frame);
    m_result = std::make_unique<ReportLayoutResult>(layouter.run());
    m_result->paintOrigin = paintRect.topLeft();
    m_result->deviceDpi = device.logicalDpiY();
    m_laidOutFor = &device;
    m_laidOutPaper = pageLayout.fullRect(QPageLayout::Millimeter);
}

int ReportRenderer::pageCount() const
{
    return m_result ? int(m_result->pages.size()) : 0;
}

const ReportLayoutResult &ReportRenderer::result() const
{
    static const ReportLayoutResult empty;
    return m_result ? *m_result : empty;
}

void ReportRenderer::paint(QPainter &painter, QPagedPaintDevice &device)
{
    if (!m_result || m_laidOutFor != &device ||
        m_laidOutPaper != device.pageLayout().fullRect(QPageLayout::Millimeter))
        layout(device);
    const qreal scale = qreal(device.logicalDpiY()) / layoutDpi;
    for (int i = 0; i < m_result->pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        // The painter's origin is the corner of the device's paint rectangle, not the paper's.
        painter.translate(-m_result->paintOrigin * scale);
        paintPage(painter, i);
        painter.restore();
    }
}

void ReportRenderer::paintPage(QPainter &painter, int index) const
{
    if (!m_result || index < 0 || index >= m_result->pages.size())
        return;
    const int deviceDpi = painter.device() ? painter.device()->logicalDpiY() : layoutDpi;
    const ChartStyle chart = chartStyle(m_fonts, m_style);
    const bool mono = m_style.monochrome;

    painter.save();
    painter.scale(qreal(deviceDpi) / layoutDpi, qreal(deviceDpi) / layoutDpi);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    int currentFont = -1;
    for (const LaidOutItem &item : m_result->pages.at(index).items) {
        const QColor colour = inkColour(item.ink, mono);
        switch (item.kind) {
        case LaidOutItem::Kind::Text:
            if (int(item.font) != currentFont) {
                currentFont = int(item.font);
                painter.setFont(m_fonts.at(currentFont));
            }
            painter.setPen(colour);
            if (item.glyphs.isEmpty()) {
                painter.drawText(QPointF(item.rect.left(), item.baseline), item.text);
            } else {
                for (const QGlyphRun &run : item.glyphs)
                    painter.drawGlyphRun(QPointF(item.rect.left(), item.baseline), run);
            }
            break;
        case LaidOutItem::Kind::Line:
            painter.setPen(QPen(colour, item.pen, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(item.rect.topLeft(), item.rect.bottomRight());
            break;
        case LaidOutItem::Kind::Fill:
            painter.fillRect(item.rect, colour);
            break;
        case LaidOutItem::Kind::Box:
            painter.setPen(QPen(colour, item.pen, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(item.rect);
            break;
        case LaidOutItem::Kind::RagSwatch:
            ScoreChartPainter::paintRagSwatch(painter, item.rect, item.rag, chart);
            break;
        case LaidOutItem::Kind::Chart:
            if (item.block >= 0 && item.block < m_document.blocks.size())
                ScoreChartPainter::paint(painter, item.rect, m_document.blocks.at(item.block).chart,
                                         chart);
            currentFont = -1;
            break;
        }
    }
    painter.restore();
}

QByteArray ReportRenderer::withDocumentInfo(const QByteArray &pdf, const ReportDocument &document)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailerAt < 0)
        return {};
    const QString tail = QString::fromLatin1(pdf.mid(trailerAt));
    const QRegularExpressionMatch prev =
        QRegularExpression(QStringLiteral("startxref\\s+(\\d+)")).match(tail);
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(tail);
    const QRegularExpressionMatch root =
        QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(tail);
    const QRegularExpressionMatch id =
        QRegularExpression(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])")).match(tail);
    const QRegularExpressionMatch info =
        QRegularExpression(QStringLiteral("/Info\\s+(\\d+)\\s+(\\d+)\\s+R")).match(tail);
    if (!prev.hasMatch() || !size.hasMatch() || !root.hasMatch())
        return {};

    // The writer's producer and creation date, from its own information dictionary.
    QString producer;
    QByteArray creationDate;
    if (info.hasMatch()) {
        const QByteArray header =
            "\n" + info.captured(1).toLatin1() + ' ' + info.captured(2).toLatin1() + " obj";
        const qsizetype objectAt = pdf.indexOf(header);
        const qsizetype endAt = objectAt < 0 ? -1 : pdf.indexOf("endobj", objectAt);
        if (endAt > objectAt) {
            const QString object = QString::fromLatin1(pdf.mid(objectAt, endAt - objectAt));
            // Literal strings with balanced, unescaped brackets, or hex strings: what a writer
            // puts there; anything else is left out rather than copied wrongly.
            const QString value =
                QStringLiteral("\\s*(\\((?:[^()\\\\]|\\\\.)*\\)|<[0-9A-Fa-f\\s]*>)");
            const QRegularExpressionMatch p =
                QRegularExpression(QStringLiteral("/Producer") + value).match(object);
            const QRegularExpressionMatch d =
                QRegularExpression(QStringLiteral("/CreationDate") + value).match(object);
            if (p.hasMatch())
                producer = decodePdfString(p.captured(1).toLatin1());
            // A date is plain ASCII, so it is copied as it is, but only when it looks like one.
            if (d.hasMatch() && QRegularExpression(QStringLiteral("^\\(D:[0-9Z+\\-']+\\)$"))
                                    .match(d.captured(1))
                                    .hasMatch())
                creationDate = d.captured(1).toLatin1();
        }
    }
    if (creationDate.isEmpty()) {
        creationDate =
            "(D:" +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
            "Z)";
    }

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out.append('\n');
    const QByteArray number = size.captured(1).toLatin1();
    const qsizetype objectOffset = out.size();
    out.append(number + " 0 obj\n<<");
    const auto entry = [&out](const char *key, const QString &value) {
        if (value.isEmpty())
            return;
        out.append("\n/").append(key).append(' ').append(utf16Hex(value));
    };
    entry("Title", document.title);
    entry("Author", document.author);
    entry("Subject", document.subject);
    entry("Keywords", document.keywords);
    entry("Creator", document.creator);
    entry("Producer", producer);
    out.append("\n/CreationDate ").append(creationDate);
    out.append("\n>>\nendobj\n");

    const qsizetype xrefOffset = out.size();
    out.append("xref\n" + number + " 1\n");
    out.append(QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n\r\n");
    out.append("trailer\n<< /Size " + QByteArray::number(number.toLongLong() + 1) + " /Root " +
               root.captured(1).toLatin1() + " /Info " + number + " 0 R /Prev " +
               prev.captured(1).toLatin1());
    if (id.hasMatch())
        out.append(" /ID " + id.captured(1).toLatin1());
    out.append(" >>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n");
    return out;
}

SaveResult ReportRenderer::savePdf(const ReportDocument &document, const QString &path,
                                   const ProtectedFiles &protectedFiles, const ReportStyle &style)
{
    if (SaveResult refusal = checkSaveTarget(path, protectedFiles); !refusal.ok())
        return refusal;
    QString error;
    const QByteArray pdf = toPdf(document, &error, style);
    if (pdf.isEmpty()) {
        SaveResult result;
        result.status = SaveResult::Status::Failed;
        result.message = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), error);
        return result;
    }
    return saveFileSafely(path, pdf, protectedFiles);
}

QByteArray ReportRenderer::toPdf(const ReportDocument &document, QString *error,
                                 const ReportStyle &style)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         reportMargins, QPageLayout::Millimeter));
        writer.setTitle(document.title);
        writer.setCreator(document.creator);
        ReportRenderer renderer(document, style);
        renderer.layout(writer);
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = tr("Could not start the PDF.");
            return {};
        }
        renderer.paint(painter, writer);
        if (!painter.end()) {
            if (error)
                *error = tr("Could not finish the PDF.");
            return {};
        }
    }
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("The PDF came out empty.");
        return {};
    }
    QByteArray withInfo = withDocumentInfo(bytes, document);
    if (withInfo.isEmpty()) {
        if (error)
            *error = tr("Could not add the document information to the PDF.");
        return {};
    }
    return withInfo;
}

} // namespace Waymark
