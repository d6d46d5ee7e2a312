#include "layout/TextShaper.h"

#include <QTextLayout>

namespace Waymark {

namespace {

// A laid-out line's glyph runs with positions relative to the start of its baseline, so that
// they can be painted wherever the line is placed.
QList<QGlyphRun> glyphRunsFromBaseline(const QTextLine &line)
{
    const QPointF origin(line.x(), line.y() + line.ascent());
    QList<QGlyphRun> runs = line.glyphRuns();
    for (QGlyphRun &run : runs) {
        QList<QPointF> positions = run.positions();
        for (QPointF &position : positions)
            position -= origin;
        run.setPositions(positions);
    }
    return runs;
}

// One shaped line of text in its line box.
LaidOutItem textLine(const QString &text, ReportFont font, ReportInk ink, const QRectF &box,
                     qreal baseline, const QList<QGlyphRun> &glyphs, int block)
{
    LaidOutItem item;
    item.kind = LaidOutItem::Kind::Text;
    item.block = block;
    item.text = text;
    item.font = font;
    item.ink = ink;
    item.rect = box;
    item.baseline = baseline;
    item.glyphs = glyphs;
    return item;
}

} // namespace

TextShaper::TextShaper(QList<QFont> fonts)
    : m_fonts(std::move(fonts))
{
    m_metrics.reserve(m_fonts.size());
    // No device: the fonts are pixel-sized in layout units, the same whatever paints them.
    for (const QFont &font : std::as_const(m_fonts))
        m_metrics.append(QFontMetricsF(font, nullptr));
    m_wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_wrap.setUseDesignMetrics(true);
}

qreal TextShaper::lineHeight(ReportFont font) const
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

qreal TextShaper::baselineIn(ReportFont font, qreal height) const
{
    const QFontMetricsF &fm = metrics(font);
    return (height - fm.ascent() - fm.descent()) / 2 + fm.ascent();
}

LaidOutItem TextShaper::textItem(const QString &text, ReportFont font, ReportInk ink, qreal x,
                                 qreal top, qreal height, int block) const
{
    const Shaped shaped = shape(font, text);
    return textLine(text, font, ink, QRectF(x, top, shaped.width, height),
                    top + baselineIn(font, height), shaped.glyphs, block);
}

Slice TextShaper::emptyLine(ReportFont font, qreal textRight) const
{
    Slice slice;
    slice.height = lineHeight(font);
    slice.baseline = baselineIn(font, slice.height);
    slice.textRight = textRight;
    return slice;
}

TextShaper::Shaped TextShaper::shape(ReportFont font, const QString &text) const
{
    QHash<QString, Shaped> &cache = m_shaped[size_t(font)];
    const auto cached = cache.constFind(text);
    if (cached != cache.cend())
        return *cached;
    QTextLayout layout(text, m_fonts.at(int(font)));
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
        shaped.glyphs = glyphRunsFromBaseline(line);
    } else {
        layout.endLayout();
    }
    if (text.size() <= 80)
        cache.insert(text, shaped);
    return shaped;
}

QList<Slice> TextShaper::wrap(const QString &text, ReportFont font, ReportInk ink, qreal x,
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
            slices.append(emptyLine(font, x));
            continue;
        }
        QTextLayout layout(paragraph, m_fonts.at(int(font)));
        layout.setTextOption(m_wrap);
        layout.setCacheEnabled(true); // glyphRuns() below reuses the shaping
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(line.lineNumber() == 0 ? qMax(width - indent, mm(5)) : width);
        layout.endLayout();
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            QString part = paragraph.mid(line.textStart(), line.textLength());
            const bool brokenAtSpace = !part.isEmpty() && part.back().isSpace();
            while (!part.isEmpty() && part.back().isSpace())
                part.chop(1);
            const qreal left = x + (i == 0 ? indent : 0);
            Slice slice;
            slice.height = height;
            slice.baseline = baseline;
            slice.textRight = left + line.naturalTextWidth();
            slice.items.append(textLine(part, font, ink,
                                        QRectF(left, 0, line.naturalTextWidth(), height), baseline,
                                        glyphRunsFromBaseline(line), block));
            slice.items.last().continuesWord = i + 1 < layout.lineCount() && !brokenAtSpace;
            slices.append(slice);
        }
    }
    // A trailing newline is not a line of its own.
    while (!slices.isEmpty() && slices.last().items.isEmpty())
        slices.removeLast();
    return slices;
}

} // namespace Waymark
