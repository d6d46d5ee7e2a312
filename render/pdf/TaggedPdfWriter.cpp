#include "pdf/TaggedPdfWriter.h"

#include "Version.h"
#include "chart/ScoreChartPainter.h"
#include "chart/TrendChartPainter.h"
#include "paint/ReportInks.h"
#include "pdf/PdfContent.h"
#include "pdf/PdfFontSubset.h"
#include "pdf/PdfPaintDevice.h"

#include <QCryptographicHash>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <functional>
#include <optional>

namespace Waymark {

namespace {

QByteArray ref(int object)
{
    return QByteArray::number(object) + " 0 R";
}

// A PDF text string: printable ASCII as a literal, anything else as UTF-16BE with its mark.
QByteArray pdfString(const QString &text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f;
    });
    if (ascii) {
        QByteArray literal = "(";
        for (QChar c : text) {
            const char byte = char(c.unicode());
            if (byte == '(' || byte == ')' || byte == '\\')
                literal.append('\\');
            literal.append(byte);
        }
        return literal + ')';
    }
    QByteArray hex = "<FEFF";
    for (QChar c : text) {
        static const char digits[] = "0123456789ABCDEF";
        const ushort u = c.unicode();
        const char code[4] = {digits[(u >> 12) & 15], digits[(u >> 8) & 15], digits[(u >> 4) & 15],
                              digits[u & 15]};
        hex.append(code, 4);
    }
    return hex + '>';
}

// Text for XML: escaped, and without the control characters XML 1.0 cannot hold.
QByteArray xmlText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text) {
        const ushort u = c.unicode();
        const bool allowed =
            u == 0x9 || u == 0xa || u == 0xd || (u >= 0x20 && u != 0xfffe && u != 0xffff);
        clean.append(allowed ? c : QChar(QChar::Space));
    }
    return clean.toHtmlEscaped().toUtf8();
}

// A name token: letters, digits and hyphens only.
QByteArray pdfName(const QString &text)
{
    QByteArray name;
    for (QChar c : text) {
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
            (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-'))
            name.append(char(c.unicode()));
    }
    return name.isEmpty() ? QByteArray("Font") : name;
}

// The objects of the file. Streams are written as they come; every other object goes into a
// compressed object stream, and the cross-reference is a stream too (PDF 1.5), so that the
// thousands of small structure elements a tagged report has cost little room.
class ObjectWriter
{
public:
    ObjectWriter() { m_out.append("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"); }

    int reserve()
    {
        m_entries.append(Entry());
        return int(m_entries.size() - 1);
    }

    void object(int number, const QByteArray &body)
    {
        m_pending.append({number, body});
        if (m_pending.size() >= 200)
            flushObjects();
    }

    void stream(int number, const QByteArray &dictionary, const QByteArray &data, bool compress)
    {
        const QByteArray bytes = compress ? qCompress(data).mid(4) : data;
        m_entries[number] = {1, m_out.size(), 0};
        m_out.append(QByteArray::number(number) + " 0 obj\n<<" + dictionary);
        if (compress)
            m_out.append(" /Filter /FlateDecode");
        m_out.append(" /Length " + QByteArray::number(bytes.size()) + " >>\nstream\n");
        m_out.append(bytes);
        m_out.append("\nendstream\nendobj\n");
    }

    QByteArray finish(int catalog, int info, const QByteArray &id)
    {
        flushObjects();
        const int xref = reserve();
        m_entries[xref] = {1, m_out.size(), 0};
        QByteArray table;
        for (int i = 0; i < m_entries.size(); ++i) {
            const Entry &entry = m_entries.at(i);
            const quint32 field = i == 0 ? 0 : quint32(entry.offset);
            const quint16 third = i == 0 ? 0xffff : entry.index;
            table.append(char(i == 0 ? 0 : entry.type));
            for (int shift : {24, 16, 8, 0})
                table.append(char((field >> shift) & 0xff));
            table.append(char(third >> 8));
            table.append(char(third & 0xff));
        }
        const QByteArray packed = qCompress(table).mid(4);
        m_out.append(QByteArray::number(xref) + " 0 obj\n<< /Type /XRef /Size " +
                     QByteArray::number(m_entries.size()) + " /W [1 4 2] /Root " + ref(catalog) +
                     " /Info " + ref(info) + " /ID [<" + id + "> <" + id +
                     ">] /Filter /FlateDecode /Length " + QByteArray::number(packed.size()) +
                     " >>\nstream\n");
        m_out.append(packed);
        m_out.append("\nendstream\nendobj\nstartxref\n" +
                     QByteArray::number(m_entries.at(xref).offset) + "\n%%EOF\n");
        return m_out;
    }

private:
    struct Entry
    {
        int type = 0;      // 1: at an offset in the file; 2: in an object stream
        qint64 offset = 0; // type 1: the offset; type 2: the object stream's number
        quint16 index = 0; // type 2: the place in the object stream
    };

    void flushObjects()
    {
        if (m_pending.isEmpty())
            return;
        const int container = reserve();
        QByteArray header;
        QByteArray bodies;
        for (int i = 0; i < m_pending.size(); ++i) {
            const auto &[number, body] = m_pending.at(i);
            header.append(QByteArray::number(number) + ' ' + QByteArray::number(bodies.size()) +
                          ' ');
            bodies.append(body + '\n');
            m_entries[number] = {2, container, quint16(i)};
        }
        header.append('\n');
        stream(container,
               " /Type /ObjStm /N " + QByteArray::number(m_pending.size()) + " /First " +
                   QByteArray::number(header.size()),
               header + bodies, true);
        m_pending.clear();
    }

    QByteArray m_out;
    QList<Entry> m_entries = {Entry()};
    QList<QPair<int, QByteArray>> m_pending;
};

// One element of the structure tree.
struct Node
{
    QByteArray type; // P, H1, Table, TD, Figure, ...
    int parent = -1;
    QList<int> children;
    QList<QPair<int, int>> marks; // (page, MCID) of its content, in order
    QString language;             // when not the document's
    QString alt;                  // Figure: what it shows
    QByteArray attributes;        // a /A dictionary
    QRectF box;                   // Figure: its bounding box in points
    bool keepEmpty = false;       // table cells and rows stay, so that the table stays regular
    int object = 0;
};

// Artifacts by what they are.
enum Artifact
{
    HeaderArtifact = -1,
    FooterArtifact = -2,
    PaginationArtifact = -3,
    LayoutArtifact = -4,
    NoContent = -100
};

QByteArray artifactTag(int artifact)
{
    switch (artifact) {
    case HeaderArtifact:
        return "/Artifact <</Type /Pagination /Subtype /Header>> BDC\n";
    case FooterArtifact:
        return "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n";
    case PaginationArtifact:
        return "/Artifact <</Type /Pagination>> BDC\n";
    default:
        return "/Artifact <</Type /Layout>> BDC\n";
    }
}

// The document's structure as the tagged PDF gives it, built from the composed document before
// the pages are painted; painting then tells each element where its content is.
class Structure
{
public:
    explicit Structure(const ReportDocument &document)
    {
        const QString language = document.languageOrDefault();
        const auto otherLanguage = [&language](const QString &given) {
            return given.isEmpty() || given == language ? QString() : given;
        };
        m_root = add("Document", -1);
        const ReportCover &cover = document.cover;
        using Part = LaidOutItem::CoverPart;
        if (!cover.kicker.isEmpty())
            m_cover.insert(int(Part::Kicker), add("P", m_root));
        if (!cover.title.isEmpty())
            m_cover.insert(int(Part::Title), add("H1", m_root));
        if (!cover.subtitle.isEmpty())
            m_cover.insert(int(Part::Subtitle), add("P", m_root));
        if (!cover.facts.isEmpty()) {
            const int table = add("Table", m_root, true);
            for (int f = 0; f < cover.facts.size(); ++f) {
                const int row = add("TR", table, true);
                const int label = add("TH", row, true);
                m_nodes[label].attributes = "<< /O /Table /Scope /Row >>";
                m_cells.insert(key(LaidOutItem::CoverBlock, f, 0), label);
                m_cells.insert(key(LaidOutItem::CoverBlock, f, 1), add("TD", row, true));
            }
        }
        if (!cover.statement.isEmpty())
            m_cover.insert(int(Part::Statement), add("P", m_root));
        if (!cover.footnote.isEmpty())
            m_cover.insert(int(Part::Footnote), add("P", m_root));

        const QList<int> levels = document.outlineLevels();
        QHash<int, int> containers; // a table or figure made early for the caption above it
        for (int i = 0; i < document.blocks.size(); ++i) {
            const ReportBlock &block = document.blocks.at(i);
            const QString lang = otherLanguage(block.language);
            switch (block.kind) {
            case ReportBlock::Kind::Heading:
                m_block.insert(i, add("H" + QByteArray::number(qBound(1, levels.at(i), 6)), m_root,
                                      false, lang));
                break;
            case ReportBlock::Kind::Paragraph: {
                const ReportBlock::Kind next = i + 1 < document.blocks.size()
                                                   ? document.blocks.at(i + 1).kind
                                                   : ReportBlock::Kind::PageBreak;
                if (block.style == TextStyle::Caption &&
                    (next == ReportBlock::Kind::Table || next == ReportBlock::Kind::Chart)) {
                    const int container = add(next == ReportBlock::Kind::Table ? "Table" : "Figure",
                                              m_root, next == ReportBlock::Kind::Table);
                    containers.insert(i + 1, container);
                    m_block.insert(i, add("Caption", container, false, lang));
                } else {
                    m_block.insert(i, add("P", m_root, false, lang));
                }
                break;
            }
            case ReportBlock::Kind::Field:
            case ReportBlock::Kind::RuledLines:
                m_block.insert(i, add("P", m_root, false, lang));
                break;
            case ReportBlock::Kind::Table: {
                const ReportTable &table = block.table;
                const int node =
                    containers.contains(i) ? containers.value(i) : add("Table", m_root, true, lang);
                m_block.insert(i, node);
                qsizetype columns = table.header.size();
                for (const QStringList &row : table.rows)
                    columns = qMax(columns, row.size());
                if (!table.header.isEmpty()) {
                    const int row = add("TR", node, true);
                    for (int c = 0; c < columns; ++c) {
                        const int cell = add("TH", row, true);
                        m_nodes[cell].attributes = "<< /O /Table /Scope /Column >>";
                        m_cells.insert(key(i, -1, c), cell);
                    }
                }
                for (int r = 0; r < table.rows.size(); ++r) {
                    const int row = add("TR", node, true);
                    for (int c = 0; c < columns; ++c)
                        m_cells.insert(key(i, r, c), add("TD", row, true));
                }
                break;
            }
            case ReportBlock::Kind::Chart: {
                const int node = containers.contains(i) ? containers.value(i)
                                                        : add("Figure", m_root, false, lang);
                m_nodes[node].alt = ScoreChartPainter::describe(block.chart);
                m_block.insert(i, node);
                break;
            }
            case ReportBlock::Kind::TrendChart: {
                // The trend's line chart: a figure whose alternative text says each cycle's
                // scores in words, as the Trend view's does.
                const int node = add("Figure", m_root, false, lang);
                m_nodes[node].alt = TrendChartPainter::describe(block.trendChart);
                m_block.insert(i, node);
                break;
            }
            case ReportBlock::Kind::TickBoxes: {
                m_block.insert(i, add("P", m_root, false, lang));
                const int list = add("L", m_root, false, lang);
                m_nodes[list].attributes = "<< /O /List /ListNumbering /None >>";
                for (int c = 0; c < block.choices.size(); ++c)
                    m_cells.insert(key(i, -1, c), add("LBody", add("LI", list)));
                break;
            }
            case ReportBlock::Kind::PageBreak:
                break;
            }
        }
    }

    // The element an item's content belongs to, or the kind of artifact it is.
    int target(const LaidOutItem &item) const
    {
        if (item.block == LaidOutItem::HeaderBlock)
            return HeaderArtifact;
        if (item.block == LaidOutItem::FooterBlock)
            return FooterArtifact;
        if (item.repeated)
            return PaginationArtifact;
        if (item.kind != LaidOutItem::Kind::Text && item.kind != LaidOutItem::Kind::Chart &&
            item.kind != LaidOutItem::Kind::TrendChart)
            return LayoutArtifact;
        if (item.block == LaidOutItem::CoverBlock) {
            if (item.coverPart == LaidOutItem::CoverPart::Facts)
                return m_cells.value(key(item.block, item.row, item.column), LayoutArtifact);
            return m_cover.value(int(item.coverPart), LayoutArtifact);
        }
        if (item.column >= 0) {
            const int cell = m_cells.value(key(item.block, item.row, item.column), -1);
            if (cell >= 0)
                return cell;
        }
        return m_block.value(item.block, LayoutArtifact);
    }

    QList<Node> &nodes() { return m_nodes; }
    int root() const { return m_root; }

private:
    static qint64 key(int block, int row, int column)
    {
        return (qint64(block + 8) << 42) | (qint64(row + 2) << 21) | qint64(column + 2);
    }

    int add(const QByteArray &type, int parent, bool keepEmpty = false,
            const QString &language = {})
    {
        Node node;
        node.type = type;
        node.parent = parent;
        node.keepEmpty = keepEmpty;
        node.language = language;
        m_nodes.append(node);
        const int index = int(m_nodes.size() - 1);
        if (parent >= 0)
            m_nodes[parent].children.append(index);
        return index;
    }

    QList<Node> m_nodes;
    int m_root = 0;
    QHash<int, int> m_cover;
    QHash<int, int> m_block;
    QHash<qint64, int> m_cells;
};

QByteArray toUnicodeCMap(const PdfFonts::Face &face)
{
    QList<quint32> glyphs = face.unicode.keys();
    std::sort(glyphs.begin(), glyphs.end());
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (qsizetype start = 0; start < glyphs.size(); start += 100) {
        const qsizetype count = qMin<qsizetype>(100, glyphs.size() - start);
        cmap.append(QByteArray::number(count) + " beginbfchar\n");
        for (qsizetype i = start; i < start + count; ++i) {
            const quint32 glyph = glyphs.at(i);
            QByteArray utf16;
            for (QChar c : face.unicode.value(glyph))
                utf16.append(QByteArray::number(c.unicode(), 16).rightJustified(4, '0'));
            cmap.append('<' + QByteArray::number(glyph, 16).rightJustified(4, '0') + "> <" +
                        utf16.toUpper() + ">\n");
        }
        cmap.append("endbfchar\n");
    }
    cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return cmap;
}

QByteArray widthsArray(const PdfFonts::Face &face)
{
    QByteArray array = "[";
    quint32 next = 0;
    bool open = false;
    for (auto width = face.widths.cbegin(); width != face.widths.cend(); ++width) {
        if (!open || width.key() != next) {
            if (open)
                array.append("] ");
            array.append(QByteArray::number(width.key()) + " [");
            open = true;
        } else {
            array.append(' ');
        }
        array.append(PdfContent::number(width.value()));
        next = width.key() + 1;
    }
    if (open)
        array.append(']');
    return array + ']';
}

QByteArray pdfDate(const QDateTime &time)
{
    return "D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z";
}

QByteArray xmp(const ReportDocument &document, const QString &producer, const QDateTime &created)
{
    const QByteArray date = created.toUTC().toString(Qt::ISODate).toLatin1();
    QByteArray x = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                   "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                   " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                   "  <rdf:Description rdf:about=\"\""
                   " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                   " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                   " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                   " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                   "   <dc:format>application/pdf</dc:format>\n";
    x.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlText(document.title) +
             "</rdf:li></rdf:Alt></dc:title>\n");
    if (!document.author.isEmpty())
        x.append("   <dc:creator><rdf:Seq><rdf:li>" + xmlText(document.author) +
                 "</rdf:li></rdf:Seq></dc:creator>\n");
    if (!document.subject.isEmpty())
        x.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
                 xmlText(document.subject) + "</rdf:li></rdf:Alt></dc:description>\n");
    x.append("   <dc:language><rdf:Bag><rdf:li>" + xmlText(document.languageOrDefault()) +
             "</rdf:li></rdf:Bag></dc:language>\n");
    if (!document.keywords.isEmpty())
        x.append("   <pdf:Keywords>" + xmlText(document.keywords) + "</pdf:Keywords>\n");
    x.append("   <pdf:Producer>" + xmlText(producer) + "</pdf:Producer>\n");
    if (!document.creator.isEmpty())
        x.append("   <xmp:CreatorTool>" + xmlText(document.creator) + "</xmp:CreatorTool>\n");
    x.append("   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n   <xmp:ModifyDate>" + date +
             "</xmp:ModifyDate>\n   <pdfuaid:part>1</pdfuaid:part>\n"
             "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return x;
}

} // namespace

QByteArray TaggedPdfWriter::write(const ReportDocument &document, const ReportLayoutResult &layout,
                                  bool monochrome, QString *error, const QDateTime &created)
{
    Structure structure(document);
    QList<Node> &nodes = structure.nodes();
    PdfFonts fonts;
    ObjectWriter writer;
    const int catalog = writer.reserve();
    const int pagesObject = writer.reserve();
    const int resources = writer.reserve();
    const qreal scale = 72.0 / qMax(layout.dpi, 1);
    const qreal pageHeight = layout.pageSize.height() * scale;
    const QByteArray mediaBox = "[0 0 " + PdfContent::number(layout.pageSize.width() * scale) +
                                ' ' + PdfContent::number(pageHeight) + ']';

    QList<int> pageObjects;
    for (int p = 0; p < layout.pages.size(); ++p)
        pageObjects.append(writer.reserve());
    QList<QList<int>> parentTree; // per page, the element of each MCID

    const auto chartStyle = [&](ReportFont font) {
        ChartStyle chart;
        chart.font = layout.fonts.at(int(font));
        chart.monochrome = monochrome;
        return chart;
    };

    for (int p = 0; p < layout.pages.size(); ++p) {
        QByteArray content;
        content.reserve(64 * 1024);
        PdfContent pdf(fonts, content);
        // Layout units, y down, on the whole paper.
        content.append(PdfContent::number(scale) + " 0 0 " + PdfContent::number(-scale) + " 0 " +
                       PdfContent::number(pageHeight) + " cm\n");
        PdfPaintDevice device(pdf, layout.pageSize, layout.dpi);
        std::optional<QPainter> painter;
        const auto qpainter = [&]() -> QPainter & {
            if (!painter) {
                painter.emplace(&device);
                painter->setRenderHint(QPainter::Antialiasing, true);
            }
            return *painter;
        };
        QList<int> parents;
        int open = NoContent;
        const LaidOutItem *lastText = nullptr;
        int lastTarget = NoContent;
        for (const LaidOutItem &item : layout.pages.at(p).items) {
            const int target = structure.target(item);
            if (target != open) {
                if (open != NoContent)
                    content.append("EMC\n");
                if (target >= 0) {
                    const int mcid = int(parents.size());
                    parents.append(target);
                    nodes[target].marks.append({p, mcid});
                    content.append('/' + nodes.at(target).type + " <</MCID " +
                                   QByteArray::number(mcid) + ">> BDC\n");
                } else {
                    content.append(artifactTag(target));
                }
                open = target;
            }
            const QColor colour = reportInkColour(item.ink, monochrome);
            switch (item.kind) {
            case LaidOutItem::Kind::Text: {
                // Tagged PDF marks word breaks with real spaces, not by where the words sit: the
                // space a line was broken at, or between a field's label and its text, is put
                // back, invisible, at the end of the line before; not where a word goes on.
                if (lastText && lastTarget == target && target >= 0 && !lastText->continuesWord &&
                    !lastText->text.isEmpty() && !lastText->text.back().isSpace() &&
                    !item.text.isEmpty() && !item.text.front().isSpace()) {
                    const QRawFont raw =
                        lastText->glyphs.isEmpty()
                            ? QRawFont::fromFont(layout.fonts.at(int(lastText->font)))
                            : lastText->glyphs.constLast().rawFont();
                    const QList<quint32> space = raw.glyphIndexesForString(QStringLiteral(" "));
                    if (!space.isEmpty() && space.first() != 0)
                        pdf.glyphs(raw, space, {QPointF()},
                                   QPointF(lastText->rect.right(), lastText->baseline), colour,
                                   QStringLiteral(" "));
                }
                lastText = &item;
                lastTarget = target;
                const QPointF origin(item.rect.left(), item.baseline);
                QList<QGlyphRun> runs = item.glyphs;
                if (runs.isEmpty()) {
                    // Shaped here for a line the layout did not shape.
                    const QRawFont raw = QRawFont::fromFont(layout.fonts.at(int(item.font)));
                    QGlyphRun run;
                    run.setRawFont(raw);
                    const QList<quint32> ids = raw.glyphIndexesForString(item.text);
                    QList<QPointF> positions;
                    QPointF at;
                    for (const QPointF &advance : raw.advancesForGlyphIndexes(
                             ids, QRawFont::SeparateAdvances | QRawFont::UseDesignMetrics)) {
                        positions.append(at);
                        at += QPointF(advance.x(), 0);
                    }
                    run.setGlyphIndexes(ids);
                    run.setPositions(positions);
                    runs.append(run);
                }
                // Where a glyph does not stand for one character of the line (a shaped form),
                // the reader is told what the line says.
                bool mapped = true;
                for (const QGlyphRun &run : std::as_const(runs)) {
                    const int face = fonts.faceOf(run.rawFont());
                    fonts.mapText(face, item.text);
                    for (quint32 glyph : run.glyphIndexes())
                        mapped = mapped && fonts.face(face).unicode.contains(glyph);
                }
                if (!mapped)
                    content.append("/Span <</ActualText " + pdfString(item.text) + ">> BDC\n");
                for (const QGlyphRun &run : std::as_const(runs))
                    pdf.glyphs(run.rawFont(), run.glyphIndexes(), run.positions(), origin, colour,
                               item.text);
                if (!mapped)
                    content.append("EMC\n");
                break;
            }
            case LaidOutItem::Kind::Line:
                pdf.line(item.rect.topLeft(), item.rect.bottomRight(), item.pen, Qt::FlatCap,
                         colour);
                break;
            case LaidOutItem::Kind::Fill:
                pdf.fillRect(item.rect, colour);
                break;
            case LaidOutItem::Kind::Box:
                pdf.strokeRect(item.rect, item.pen, colour);
                break;
            case LaidOutItem::Kind::RagSwatch:
                ScoreChartPainter::paintRagSwatch(qpainter(), item.rect, item.rag,
                                                  chartStyle(item.font));
                break;
            case LaidOutItem::Kind::Chart:
            case LaidOutItem::Kind::TrendChart:
                if (item.kind == LaidOutItem::Kind::Chart)
                    ScoreChartPainter::paint(qpainter(), item.rect, item.sections,
                                             chartStyle(item.font));
                else
                    TrendChartPainter::paint(qpainter(), item.rect, item.trendChart,
                                             chartStyle(item.font));
                if (target >= 0) {
                    nodes[target].box =
                        QRectF(item.rect.left() * scale, pageHeight - item.rect.bottom() * scale,
                               item.rect.width() * scale, item.rect.height() * scale);
                }
                break;
            }
        }
        if (painter)
            painter->end();
        if (open != NoContent)
            content.append("EMC\n");
        parentTree.append(parents);
        const int contents = writer.reserve();
        writer.stream(contents, QByteArray(), content, true);
        writer.object(pageObjects.at(p),
                      "<< /Type /Page /Parent " + ref(pagesObject) + " /MediaBox " + mediaBox +
                          " /Resources " + ref(resources) + " /Contents " + ref(contents) +
                          " /StructParents " + QByteArray::number(p) + " /Tabs /S >>");
    }

    // The fonts, each a subset of the glyphs shown.
    QByteArray fontResources;
    for (const PdfFonts::Face &face : fonts.faces()) {
        const QList<quint32> glyphs = face.widths.keys();
        const QByteArray program = PdfFontSubset::trueType(face.font, glyphs, error);
        if (program.isEmpty())
            return {};
        QByteArray tag;
        const QByteArray digest = QCryptographicHash::hash(
            QByteArray(QByteArray::number(glyphs.size()) + face.name + program.left(4096)),
            QCryptographicHash::Md5);
        for (int i = 0; i < 6; ++i)
            tag.append(char('A' + quint8(digest.at(i)) % 26));
        const QByteArray baseName =
            tag + '+' + pdfName(face.font.familyName()) + '-' + pdfName(face.font.styleName());
        const qreal em = 1000.0 / face.unitsPerEm;
        const QByteArray head = face.font.fontTable("head");
        const auto int16At = [&head](int at) {
            return at + 2 <= head.size()
                       ? qint16((quint8(head.at(at)) << 8) | quint8(head.at(at + 1)))
                       : qint16(0);
        };
        const qreal size = face.font.pixelSize() > 0 ? face.font.pixelSize() : 1;
        const int fontFile = writer.reserve();
        writer.stream(fontFile, " /Length1 " + QByteArray::number(program.size()), program, true);
        const int descriptor = writer.reserve();
        const bool italic = face.font.style() != QFont::StyleNormal;
        writer.object(
            descriptor,
            "<< /Type /FontDescriptor /FontName /" + baseName + " /Flags " +
                (italic ? "96" : "32") + " /FontBBox [" + PdfContent::number(int16At(36) * em) +
                ' ' + PdfContent::number(int16At(38) * em) + ' ' +
                PdfContent::number(int16At(40) * em) + ' ' + PdfContent::number(int16At(42) * em) +
                "] /ItalicAngle " + (italic ? "-12" : "0") + " /Ascent " +
                PdfContent::number(face.font.ascent() / size * 1000) + " /Descent " +
                PdfContent::number(-face.font.descent() / size * 1000) + " /CapHeight " +
                PdfContent::number(face.font.capHeight() / size * 1000) + " /StemV " +
                (face.font.weight() >= QFont::DemiBold ? "120" : "80") + " /FontFile2 " +
                ref(fontFile) + " >>");
        const int cidFont = writer.reserve();
        writer.object(cidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + baseName +
                                   " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
                                   "/Supplement 0 >> /FontDescriptor " +
                                   ref(descriptor) + " /W " + widthsArray(face) +
                                   " /CIDToGIDMap /Identity >>");
        const int toUnicode = writer.reserve();
        writer.stream(toUnicode, QByteArray(), toUnicodeCMap(face), true);
        const int font = writer.reserve();
        writer.object(font, "<< /Type /Font /Subtype /Type0 /BaseFont /" + baseName +
                                " /Encoding /Identity-H /DescendantFonts [" + ref(cidFont) +
                                "] /ToUnicode " + ref(toUnicode) + " >>");
        fontResources.append(" /" + face.name + ' ' + ref(font));
    }
    writer.object(resources, "<< /ProcSet [/PDF /Text] /Font <<" + fontResources + " >> >>");

    QByteArray kids;
    for (int page : std::as_const(pageObjects))
        kids.append(ref(page) + ' ');
    writer.object(pagesObject, "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
                                   QByteArray::number(pageObjects.size()) + " >>");

    // The structure tree: elements without content go (a heading's table of nothing), except
    // the rows and cells that keep a table regular.
    std::function<bool(int)> keep = [&](int index) {
        Node &node = nodes[index];
        QList<int> kept;
        for (int child : std::as_const(node.children)) {
            if (keep(child))
                kept.append(child);
        }
        node.children = kept;
        const bool has = !node.children.isEmpty() || !node.marks.isEmpty() || node.keepEmpty;
        if (has)
            node.object = writer.reserve();
        return has;
    };
    const int treeRoot = writer.reserve();
    const int root = structure.root();
    keep(root);
    if (nodes.at(root).object == 0)
        nodes[root].object = writer.reserve();
    const QString documentLanguage = document.languageOrDefault();
    for (int i = 0; i < nodes.size(); ++i) {
        const Node &node = nodes.at(i);
        if (node.object == 0)
            continue;
        QByteArray k;
        for (int child : node.children)
            k.append(ref(nodes.at(child).object) + ' ');
        // Content on the element's own page (its /Pg) is named by its MCID alone.
        const int ownPage = node.marks.isEmpty() ? -1 : node.marks.first().first;
        for (const auto &mark : node.marks) {
            if (mark.first == ownPage)
                k.append(QByteArray::number(mark.second) + ' ');
            else
                k.append("<< /Type /MCR /Pg " + ref(pageObjects.at(mark.first)) + " /MCID " +
                         QByteArray::number(mark.second) + " >> ");
        }
        QByteArray element = "<< /Type /StructElem /S /" + node.type + " /P " +
                             ref(node.parent >= 0 ? nodes.at(node.parent).object : treeRoot);
        if (!node.marks.isEmpty())
            element.append(" /Pg " + ref(pageObjects.at(node.marks.first().first)));
        element.append(" /K [" + k.trimmed() + ']');
        if (!node.language.isEmpty())
            element.append(" /Lang " + pdfString(node.language));
        if (!node.alt.isEmpty())
            element.append(" /Alt " + pdfString(node.alt));
        if (node.type == "Figure" && !node.box.isEmpty())
            element.append(" /A << /O /Layout /Placement /Block /BBox [" +
                           PdfContent::number(node.box.left()) + ' ' +
                           PdfContent::number(node.box.top()) + ' ' +
                           PdfContent::number(node.box.right()) + ' ' +
                           PdfContent::number(node.box.bottom()) + "] >>");
        else if (!node.attributes.isEmpty())
            element.append(" /A " + node.attributes);
        writer.object(node.object, element + " >>");
    }
    QByteArray numbers;
    for (int p = 0; p < parentTree.size(); ++p) {
        QByteArray refs;
        for (int node : parentTree.at(p))
            refs.append(ref(nodes.at(node).object) + ' ');
        numbers.append(QByteArray::number(p) + " [" + refs.trimmed() + "] ");
    }
    const int parentTreeObject = writer.reserve();
    writer.object(parentTreeObject, "<< /Nums [" + numbers.trimmed() + "] >>");
    writer.object(treeRoot, "<< /Type /StructTreeRoot /K " + ref(nodes.at(root).object) +
                                " /ParentTree " + ref(parentTreeObject) + " /ParentTreeNextKey " +
                                QByteArray::number(parentTree.size()) + " >>");

    const QString producer = QStringLiteral("Waymark %1").arg(QStringLiteral(WAYMARK_VERSION));
    const int metadata = writer.reserve();
    writer.stream(metadata, " /Type /Metadata /Subtype /XML", xmp(document, producer, created),
                  false);
    writer.object(catalog, "<< /Type /Catalog /Pages " + ref(pagesObject) + " /StructTreeRoot " +
                               ref(treeRoot) + " /MarkInfo << /Marked true >> /Lang " +
                               pdfString(documentLanguage) +
                               " /ViewerPreferences << /DisplayDocTitle true >> /Metadata " +
                               ref(metadata) + " >>");
    const int info = writer.reserve();
    QByteArray infoDictionary = "<< /Title " + pdfString(document.title);
    if (!document.author.isEmpty())
        infoDictionary.append(" /Author " + pdfString(document.author));
    if (!document.subject.isEmpty())
        infoDictionary.append(" /Subject " + pdfString(document.subject));
    if (!document.keywords.isEmpty())
        infoDictionary.append(" /Keywords " + pdfString(document.keywords));
    if (!document.creator.isEmpty())
        infoDictionary.append(" /Creator " + pdfString(document.creator));
    infoDictionary.append(" /Producer " + pdfString(producer) + " /CreationDate " +
                          pdfString(QString::fromLatin1(pdfDate(created))) + " /ModDate " +
                          pdfString(QString::fromLatin1(pdfDate(created))) + " >>");
    writer.object(info, infoDictionary);
    const QByteArray id =
        QCryptographicHash::hash(
            QByteArray(document.title.toUtf8() + created.toString(Qt::ISODateWithMs).toUtf8()),
            QCryptographicHash::Md5)
            .toHex()
            .toUpper();
    return writer.finish(catalog, info, id);
}

} // namespace Waymark
