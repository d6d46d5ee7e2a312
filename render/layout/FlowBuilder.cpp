#include "layout/FlowBuilder.h"

#include "chart/ScoreChartPainter.h"
#include "chart/TrendChartPainter.h"
#include "layout/TextShaper.h"

#include <algorithm>

namespace Waymark {

namespace {

// A paragraph of more than three lines may break, but leaves no lone first or last line on a
// page; a shorter one, with any lines above it that must stay (a field's label), stays whole.
void keepNoLoneLines(Flow &flow, int fixedLines = 0)
{
    const int n = int(flow.slices.size());
    const bool mayBreak = n > fixedLines + 3;
    flow.lead = mayBreak ? fixedLines + 2 : n;
    flow.tail = mayBreak ? 2 : 0;
}

// A run of a RAG's pattern, the same as the chart's key.
LaidOutItem ragSwatch(Rag rag, const QRectF &rect, int block)
{
    LaidOutItem swatch;
    swatch.kind = LaidOutItem::Kind::RagSwatch;
    swatch.block = block;
    swatch.rag = rag;
    swatch.rect = rect;
    // The chart is measured in the small type: a swatch takes its pattern from the same.
    swatch.font = ReportFont::Small;
    return swatch;
}

// Says which part of the cover the text items of slices show.
void markCoverPart(QList<Slice> &slices, LaidOutItem::CoverPart part)
{
    for (Slice &slice : slices) {
        for (LaidOutItem &item : slice.items)
            item.coverPart = part;
    }
}

// Says which cell of a table (or choice of a list) the items of slices are in.
void markCell(QList<Slice> &slices, int row, int column)
{
    for (Slice &slice : slices) {
        for (LaidOutItem &item : slice.items) {
            item.row = row;
            item.column = column;
        }
    }
}

LaidOutItem fill(const QRectF &rect, ReportInk ink, int block)
{
    LaidOutItem item;
    item.kind = LaidOutItem::Kind::Fill;
    item.block = block;
    item.ink = ink;
    item.rect = rect;
    return item;
}

} // namespace

FlowBuilder::FlowBuilder(const TextShaper &shaper, const PageFrame &page)
    : m_shaper(shaper)
    , m_frame(page.frame)
    , m_body(page.body)
{
}

QList<CoverPart> FlowBuilder::cover(const ReportCover &cover) const
{
    const int block = LaidOutItem::CoverBlock;
    const qreal left = m_frame.left();
    const qreal width = m_frame.width();
    QList<CoverPart> parts;

    CoverPart band;
    Slice bandSlice;
    bandSlice.height = mm(32);
    bandSlice.items.append(ruleItem(QPointF(left, mm(0.75)), QPointF(left + width, mm(0.75)),
                                    ReportInk::Accent, mm(1.5), block));
    band.slices.append(bandSlice);
    parts.append(band);

    CoverPart kicker;
    kicker.slices =
        m_shaper.wrap(cover.kicker, ReportFont::Kicker, ReportInk::Accent, left, width, block);
    markCoverPart(kicker.slices, LaidOutItem::CoverPart::Kicker);
    kicker.gapAfter = cover.kicker.isEmpty() ? 0 : mm(4);
    parts.append(kicker);
    CoverPart title;
    title.slices =
        m_shaper.wrap(cover.title, ReportFont::CoverTitle, ReportInk::Text, left, width, block);
    markCoverPart(title.slices, LaidOutItem::CoverPart::Title);
    title.gapAfter = cover.title.isEmpty() ? 0 : mm(3);
    parts.append(title);
    CoverPart subtitle;
    subtitle.slices = m_shaper.wrap(cover.subtitle, ReportFont::CoverSubtitle, ReportInk::Muted,
                                    left, width, block);
    markCoverPart(subtitle.slices, LaidOutItem::CoverPart::Subtitle);
    parts.append(subtitle);

    if (!cover.facts.isEmpty()) {
        CoverPart facts;
        facts.gapBefore = mm(14);
        facts.slices = coverFacts(cover.facts);
        markCoverPart(facts.slices, LaidOutItem::CoverPart::Facts);
        parts.append(facts);
    }

    if (!cover.statement.isEmpty()) {
        CoverPart statement;
        statement.gapBefore = mm(12);
        statement.slices = m_shaper.wrap(cover.statement, ReportFont::Lead, ReportInk::Text,
                                         left + mm(5), width - mm(5), block);
        markCoverPart(statement.slices, LaidOutItem::CoverPart::Statement);
        for (Slice &slice : statement.slices)
            slice.items.prepend(ruleItem(QPointF(left + mm(0.8), 0),
                                         QPointF(left + mm(0.8), slice.height), ReportInk::Accent,
                                         mm(1.6), block));
        parts.append(statement);
    }

    CoverPart footnote;
    footnote.atFoot = true;
    footnote.gapBefore = mm(8);
    footnote.slices =
        m_shaper.wrap(cover.footnote, ReportFont::Small, ReportInk::Muted, left, width, block);
    markCoverPart(footnote.slices, LaidOutItem::CoverPart::Footnote);
    parts.append(footnote);
    return parts;
}

// The cover's facts as a two-column list between rules, a row each.
QList<Slice> FlowBuilder::coverFacts(const QList<QPair<QString, QString>> &facts) const
{
    const int block = LaidOutItem::CoverBlock;
    const qreal left = m_frame.left();
    const qreal width = m_frame.width();
    qreal labelWidth = 0;
    for (const auto &fact : facts)
        labelWidth = qMax(labelWidth, m_shaper.advance(ReportFont::Bold, fact.first));
    labelWidth = qMin(labelWidth + mm(8), width * 0.4);

    QList<Slice> slices;
    Slice top;
    top.height = mm(0.3);
    top.items.append(
        ruleItem(QPointF(left, 0), QPointF(left + width, 0), ReportInk::Rule, mm(0.25), block));
    slices.append(top);
    const qreal pad = mm(2);
    const qreal height = m_shaper.lineHeight(ReportFont::Body);
    for (int f = 0; f < facts.size(); ++f) {
        const auto &fact = facts.at(f);
        QList<Slice> label = m_shaper.wrap(fact.first, ReportFont::Bold, ReportInk::Muted, left,
                                           labelWidth - mm(3), block);
        QList<Slice> value = m_shaper.wrap(fact.second, ReportFont::Body, ReportInk::Text,
                                           left + labelWidth, width - labelWidth, block);
        markCell(label, f, 0);
        markCell(value, f, 1);
        Slice row;
        const int lines = int(qMax(qMax(label.size(), value.size()), qsizetype(1)));
        row.height = lines * height + 2 * pad;
        for (const QList<Slice> *column : {&label, &value}) {
            for (int i = 0; i < column->size(); ++i)
                appendShifted(row.items, column->at(i).items, pad + i * height);
        }
        row.items.append(ruleItem(QPointF(left, row.height), QPointF(left + width, row.height),
                                  ReportInk::Rule, mm(0.25), block));
        slices.append(row);
    }
    return slices;
}

void FlowBuilder::appendRagMark(QList<Slice> &slices, Rag rag, ReportFont font, int block) const
{
    if (rag == Rag::None)
        return;
    const QFontMetricsF &fm = m_shaper.metrics(font);
    const QString word = ragLabel(rag);
    const qreal swatchHeight = fm.capHeight() * 1.05;
    const qreal swatchWidth = qMax(swatchHeight * 1.8, mm(4.5));
    const qreal gap = mm(2.5);
    const qreal width = swatchWidth + mm(1.2) + m_shaper.advance(font, word);
    if (slices.isEmpty() || slices.last().textRight + gap + width > m_body.right())
        slices.append(m_shaper.emptyLine(font, m_body.left() - gap));
    Slice &slice = slices.last();
    const qreal x = slice.textRight + gap;
    slice.items.append(
        ragSwatch(rag, QRectF(x, slice.baseline - swatchHeight, swatchWidth, swatchHeight), block));
    LaidOutItem text = m_shaper.textItem(word, font, ReportInk::Text, x + swatchWidth + mm(1.2), 0,
                                         slice.height, block);
    text.baseline = slice.baseline;
    slice.items.append(text);
    slice.textRight = text.rect.right();
}

QString FlowBuilder::fieldLabel(const QString &given)
{
    // "Evidence:", but "How would you know?" stays as it is.
    static const QString ownPunctuation = QStringLiteral("?:!.\u2026");
    QString label = given.trimmed();
    if (!label.isEmpty() && !ownPunctuation.contains(label.back()))
        label = tr("%1:").arg(label);
    return label;
}

Flow FlowBuilder::headingFlow(const ReportBlock &block, int index) const
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
    flow.slices = m_shaper.wrap(block.text, font, ink, m_body.left(), m_body.width(), index);
    appendRagMark(flow.slices, block.rag, font, index);
    if (block.level <= 1 && !flow.slices.isEmpty()) {
        Slice rule;
        rule.height = mm(2.5);
        rule.items.append(ruleItem(QPointF(m_body.left(), mm(1.2)),
                                   QPointF(m_body.right(), mm(1.2)), ReportInk::Accent, mm(0.4),
                                   index));
        flow.slices.append(rule);
    }
    flow.keepWithNext = true;
    flow.lead = int(flow.slices.size());
    return flow;
}

Flow FlowBuilder::paragraphFlow(const ReportBlock &block, int index) const
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
    flow.slices = m_shaper.wrap(block.text, font, ink, m_body.left() + indent,
                                m_body.width() - indent, index);
    if (block.style == TextStyle::Quote) {
        // One rule down the left of the member's words, drawn a line at a time so that it
        // follows them across a page break.
        const qreal x = m_body.left() + mm(1.4);
        for (Slice &slice : flow.slices)
            slice.items.prepend(
                ruleItem(QPointF(x, 0), QPointF(x, slice.height), ReportInk::Rule, mm(0.8), index));
    }
    keepNoLoneLines(flow);
    flow.keepWithNext = block.keepWithNext;
    return flow;
}

Flow FlowBuilder::fieldFlow(const ReportBlock &block, int index) const
{
    Flow flow;
    flow.before = flow.after = mm(1.3);
    flow.keepWithNext = block.keepWithNext;
    const QString label = fieldLabel(block.label);
    const QFontMetricsF &body = m_shaper.metrics(ReportFont::Body);
    const qreal space = body.horizontalAdvance(QLatin1Char(' ')) * 1.5;
    const qreal labelWidth = m_shaper.advance(ReportFont::Bold, label);
    const bool multiline =
        block.text.contains(QLatin1Char('\n')) || block.text.contains(QLatin1Char('\r'));
    // No line holds this many characters; longer text is not worth measuring for one.
    const bool mayFit = !multiline && block.text.size() < 200;
    const qreal textWidth = mayFit ? m_shaper.advance(ReportFont::Body, block.text) : 0;
    const qreal ragWidth =
        block.rag == Rag::None
            ? 0
            : mm(2.5) + mm(4.5) + mm(1.2) + m_shaper.advance(ReportFont::Body, ragLabel(block.rag));
    if (mayFit && labelWidth + space + textWidth + ragWidth <= m_body.width()) {
        Slice slice = m_shaper.emptyLine(ReportFont::Body, m_body.left());
        if (!label.isEmpty()) {
            slice.items.append(m_shaper.textItem(label, ReportFont::Bold, ReportInk::Text,
                                                 m_body.left(), 0, slice.height, index));
            slice.textRight = m_body.left() + labelWidth;
        }
        if (!block.text.isEmpty()) {
            const qreal x = label.isEmpty() ? m_body.left() : slice.textRight + space;
            slice.items.append(m_shaper.textItem(block.text, ReportFont::Body, ReportInk::Text, x,
                                                 0, slice.height, index));
            slice.textRight = x + textWidth;
        }
        flow.slices.append(slice);
    } else if (!label.isEmpty() && labelWidth + space < m_body.width() / 2) {
        // The label runs in: the text starts beside it and wraps under it.
        flow.slices = m_shaper.wrap(block.text, ReportFont::Body, ReportInk::Text, m_body.left(),
                                    m_body.width(), index, labelWidth + space);
        if (flow.slices.isEmpty())
            flow.slices.append(m_shaper.emptyLine(ReportFont::Body, m_body.left() + labelWidth));
        Slice &first = flow.slices.first();
        first.items.prepend(m_shaper.textItem(label, ReportFont::Bold, ReportInk::Text,
                                              m_body.left(), 0, first.height, index));
        keepNoLoneLines(flow);
    } else {
        flow.slices = m_shaper.wrap(label, ReportFont::Bold, ReportInk::Text, m_body.left(),
                                    m_body.width(), index);
        const int labelLines = int(flow.slices.size());
        flow.slices.append(m_shaper.wrap(block.text, ReportFont::Body, ReportInk::Text,
                                         m_body.left(), m_body.width(), index));
        keepNoLoneLines(flow, labelLines);
    }
    appendRagMark(flow.slices, block.rag, ReportFont::Body, index);
    if (flow.tail == 0)
        flow.lead = int(flow.slices.size());
    return flow;
}

QList<Slice> FlowBuilder::tableRow(const QStringList &cells, const Columns &columns,
                                   ReportFont font, Rag rag, int ragColumn, int row, int block,
                                   const QList<int> &shades) const
{
    const qreal padX = mm(1.6);
    const qreal padY = mm(1.2);
    const qreal swatchWidth = mm(4.5);
    const qreal swatchGap = mm(1.5);
    const qreal height = m_shaper.lineHeight(font);
    const bool header = row < 0;
    const int columnCount = int(columns.x.size());
    const bool hasSwatch = !header && ragColumn >= 0 && ragColumn < columnCount;

    QList<QList<Slice>> lines(columnCount);
    int lineCount = 1;
    for (int c = 0; c < columnCount; ++c) {
        qreal x = columns.x.at(c) + padX;
        qreal width = columns.width.at(c) - 2 * padX;
        if (hasSwatch && c == ragColumn) {
            x += swatchWidth + swatchGap;
            width -= swatchWidth + swatchGap;
        }
        lines[c] = m_shaper.wrap(c < cells.size() ? cells.at(c) : QString(), font, ReportInk::Text,
                                 x, width, block);
        markCell(lines[c], row, c);
        lineCount = qMax(lineCount, int(lines.at(c).size()));
    }
    const qreal left = columns.x.first();
    const qreal right = columns.x.last() + columns.width.last();
    const qreal rowHeight = lineCount * height + 2 * padY;

    LaidOutItem swatch;
    if (hasSwatch) {
        const qreal swatchHeight = m_shaper.metrics(font).capHeight() * 1.15;
        swatch = ragSwatch(rag,
                           QRectF(columns.x.at(ragColumn) + padX,
                                  padY + m_shaper.baselineIn(font, height) - swatchHeight,
                                  swatchWidth, swatchHeight),
                           block);
    }
    const auto rule = [&](qreal y) {
        return header
                   ? ruleItem(QPointF(left, y), QPointF(right, y), ReportInk::Muted, mm(0.35),
                              block)
                   : ruleItem(QPointF(left, y), QPointF(right, y), ReportInk::Rule, mm(0.2), block);
    };
    // The header's shade, then a heat map's grey per cell, under the text.
    const auto backgrounds = [&](qreal h, QList<LaidOutItem> &items) {
        if (header)
            items.append(fill(QRectF(left, 0, right - left, h), ReportInk::Shade, block));
        for (int c = 0; c < qMin(columnCount, int(shades.size())); ++c) {
            const int level = shades.at(c);
            if (level < 1 || level > 4)
                continue;
            items.append(fill(QRectF(columns.x.at(c), 0, columns.width.at(c), h),
                              ReportInk(int(ReportInk::Heat1) + level - 1), block));
        }
    };

    // A row that fits on a page stays whole; a taller one is cut between its lines.
    const qreal maxRow = m_body.height() * 0.8;
    QList<Slice> slices;
    if (rowHeight <= maxRow) {
        Slice slice;
        slice.height = rowHeight;
        backgrounds(rowHeight, slice.items);
        if (hasSwatch)
            slice.items.append(swatch);
        for (const QList<Slice> &cell : lines) {
            for (int i = 0; i < cell.size(); ++i)
                appendShifted(slice.items, cell.at(i).items, padY + i * height);
        }
        slice.items.append(rule(rowHeight));
        slices.append(slice);
        return slices;
    }
    for (int i = 0; i < lineCount; ++i) {
        Slice slice;
        const qreal top = i == 0 ? padY : 0;
        slice.height = height + top + (i == lineCount - 1 ? padY : 0);
        backgrounds(slice.height, slice.items);
        if (i == 0 && hasSwatch)
            slice.items.append(swatch);
        for (const QList<Slice> &cell : lines) {
            if (i < cell.size())
                appendShifted(slice.items, cell.at(i).items, top);
        }
        if (i == lineCount - 1)
            slice.items.append(rule(slice.height));
        slices.append(slice);
    }
    return slices;
}

Flow FlowBuilder::tableFlow(const ReportTable &table, int index) const
{
    Flow flow;
    flow.before = mm(2);
    flow.after = mm(3.5);
    int columnCount = int(table.header.size());
    for (const QStringList &row : table.rows)
        columnCount = qMax(columnCount, int(row.size()));
    if (columnCount == 0)
        return flow;
    QList<int> stretch = table.stretch;
    const bool stretchValid =
        stretch.size() == columnCount &&
        std::all_of(stretch.cbegin(), stretch.cend(), [](int s) { return s > 0; });
    if (!stretchValid)
        stretch = QList<int>(columnCount, 1);
    int sum = 0;
    for (int s : stretch)
        sum += s;
    Columns columns;
    qreal x = m_body.left();
    for (int s : stretch) {
        const qreal width = m_body.width() * s / sum;
        columns.x.append(x);
        columns.width.append(width);
        x += width;
    }
    if (!table.header.isEmpty()) {
        const QList<Slice> header =
            tableRow(table.header, columns, ReportFont::TableHeader, Rag::None, -1, -1, index, {});
        flow.slices.append(header);
        flow.repeatFirst = header.size() == 1;
    }
    const int headerSlices = int(flow.slices.size());
    for (int r = 0; r < table.rows.size(); ++r) {
        const Rag rag = r < table.rowRags.size() ? table.rowRags.at(r) : Rag::None;
        flow.slices.append(tableRow(table.rows.at(r), columns, ReportFont::TableCell, rag,
                                    table.ragColumn, r, index, table.cellShades.value(r)));
    }
    flow.lead = qMin(int(flow.slices.size()), headerSlices + 1);
    return flow;
}

Flow FlowBuilder::chartFlow(const ReportBlock &block, int index) const
{
    Flow flow;
    flow.before = mm(2);
    flow.after = mm(3);
    LaidOutItem item;
    item.block = index;
    item.font = ReportFont::Small;
    qreal height = 0;
    if (block.kind == ReportBlock::Kind::TrendChart) {
        item.kind = LaidOutItem::Kind::TrendChart;
        item.trendChart = block.trendChart;
        height = TrendChartPainter::layout(QRectF(0, 0, m_body.width(), 0), block.trendChart,
                                           m_shaper.metrics(item.font))
                     .height;
    } else {
        item.kind = LaidOutItem::Kind::Chart;
        item.sections = block.chart;
        height = ScoreChartPainter::layout(QRectF(0, 0, m_body.width(), 0), block.chart,
                                           m_shaper.metrics(item.font))
                     .height;
    }
    item.rect = QRectF(m_body.left(), mm(1), m_body.width(), height);
    Slice slice;
    slice.height = height + mm(2);
    slice.items.append(item);
    flow.slices.append(slice);
    flow.lead = 1;
    return flow;
}

// The start of a space to write in: its caption.
Flow FlowBuilder::captioned(const QString &caption, qreal after, int index) const
{
    Flow flow;
    flow.before = mm(2.2);
    flow.after = after;
    flow.slices = m_shaper.wrap(caption, ReportFont::Caption, ReportInk::Text, m_body.left(),
                                m_body.width(), index);
    return flow;
}

Flow FlowBuilder::tickBoxFlow(const ReportBlock &block, int index) const
{
    Flow flow = captioned(block.label, mm(2.2), index);
    const QFontMetricsF &fm = m_shaper.metrics(ReportFont::Body);
    const qreal box = mm(4);
    const qreal boxGap = mm(1.8);
    const qreal choiceGap = mm(7);
    const qreal height = qMax(m_shaper.lineHeight(ReportFont::Body), box + mm(3));
    const qreal baseline = height / 2 + (fm.ascent() - fm.descent()) / 2;
    Slice slice;
    qreal x = m_body.left();
    for (int c = 0; c < block.choices.size(); ++c) {
        const QString &choice = block.choices.at(c);
        const QString text = fm.elidedText(choice, Qt::ElideRight, m_body.width() - box - boxGap);
        const qreal width = box + boxGap + m_shaper.advance(ReportFont::Body, text);
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
        LaidOutItem label = m_shaper.textItem(text, ReportFont::Body, ReportInk::Text,
                                              x + box + boxGap, 0, height, index);
        label.baseline = baseline;
        label.column = c;
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

Flow FlowBuilder::ruledLinesFlow(const ReportBlock &block, int index) const
{
    Flow flow = captioned(block.label, mm(3), index);
    const qreal spacing = mm(8);
    for (int i = 0; i < block.lines; ++i) {
        Slice slice;
        slice.height = spacing;
        slice.items.append(ruleItem(QPointF(m_body.left(), spacing),
                                    QPointF(m_body.right(), spacing), ReportInk::Rule, mm(0.2),
                                    index));
        flow.slices.append(slice);
    }
    flow.lead = int(flow.slices.size());
    return flow;
}

Flow FlowBuilder::flow(const ReportBlock &block, int index) const
{
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
    case ReportBlock::Kind::TrendChart:
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

} // namespace Waymark
