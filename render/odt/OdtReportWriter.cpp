#include "odt/OdtReportWriter.h"

#include "Version.h"
#include "chart/ScoreChartPainter.h"
#include "chart/TrendChartPainter.h"
#include "layout/FlowBuilder.h"
#include "odt/ZipWriter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QXmlStreamWriter>

namespace Waymark {

namespace {

const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString drawNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString foNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString svgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString xlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");
const QString dcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString metaNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString manifestNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

void declare(QXmlStreamWriter &xml)
{
    xml.writeNamespace(officeNs, QStringLiteral("office"));
    xml.writeNamespace(styleNs, QStringLiteral("style"));
    xml.writeNamespace(textNs, QStringLiteral("text"));
    xml.writeNamespace(tableNs, QStringLiteral("table"));
    xml.writeNamespace(drawNs, QStringLiteral("draw"));
    xml.writeNamespace(foNs, QStringLiteral("fo"));
    xml.writeNamespace(svgNs, QStringLiteral("svg"));
    xml.writeNamespace(xlinkNs, QStringLiteral("xlink"));
    xml.writeNamespace(dcNs, QStringLiteral("dc"));
    xml.writeNamespace(metaNs, QStringLiteral("meta"));
}

// Characters an XML file can hold: C0 controls other than tab and line breaks, and the two
// noncharacters, become the replacement character.
QString xmlSafe(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0xfffe || u == 0xffff)
            c = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

// Text as ODF paragraph content: ODF collapses white space, so runs of spaces, tabs and line
// breaks are written as elements and the text reads exactly as typed.
void writeText(QXmlStreamWriter &xml, const QString &given)
{
    QString text = xmlSafe(given);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString run;
    bool afterSpace = true; // a space at the start is kept too
    const auto flush = [&]() {
        if (!run.isEmpty())
            xml.writeCharacters(run);
        run.clear();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            flush();
            xml.writeEmptyElement(textNs, QStringLiteral("line-break"));
            afterSpace = true;
        } else if (c == QLatin1Char('\t')) {
            flush();
            xml.writeEmptyElement(textNs, QStringLiteral("tab"));
            afterSpace = true;
        } else if (c == QLatin1Char(' ') && afterSpace) {
            int count = 1;
            while (i + 1 < text.size() && text.at(i + 1) == QLatin1Char(' ')) {
                ++count;
                ++i;
            }
            flush();
            xml.writeEmptyElement(textNs, QStringLiteral("s"));
            if (count > 1)
                xml.writeAttribute(textNs, QStringLiteral("c"), QString::number(count));
        } else {
            run.append(c);
            afterSpace = c == QLatin1Char(' ');
        }
    }
    flush();
}

// "en" -> ("en", ""), "en-GB" -> ("en", "GB").
QPair<QString, QString> languageParts(const QString &language)
{
    const QStringList parts = language.split(QLatin1Char('-'));
    return {parts.value(0), parts.value(1)};
}

class OdtBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    OdtBuilder(const ReportDocument &document, const QDateTime &created)
        : m_document(document)
        , m_created(created)
        , m_levels(document.outlineLevels())
    {
    }

    QByteArray build()
    {
        const QByteArray body = content();
        ZipWriter zip(m_created);
        zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", false);
        zip.add(QStringLiteral("content.xml"), body);
        zip.add(QStringLiteral("styles.xml"), styles());
        zip.add(QStringLiteral("meta.xml"), meta());
        for (const auto &picture : std::as_const(m_pictures))
            zip.add(picture.first, picture.second, false);
        zip.add(QStringLiteral("META-INF/manifest.xml"), manifest());
        return zip.finish();
    }

private:
    QString language() const { return m_document.languageOrDefault(); }

    // --- content.xml -------------------------------------------------------------------

    QByteArray content()
    {
        // The body first, so that the automatic styles it needs (column widths, heat shades,
        // languages) are known when they are written above it.
        QByteArray text;
        {
            QXmlStreamWriter xml(&text);
            m_xml = &xml;
            declare(xml); // the same prefixes as the document around it
            xml.writeStartElement(officeNs, QStringLiteral("text"));
            cover();
            for (int i = 0; i < m_document.blocks.size(); ++i)
                block(i);
            xml.writeEndElement();
            m_xml = nullptr;
        }
        QByteArray out;
        QXmlStreamWriter xml(&out);
        xml.writeStartDocument();
        xml.writeStartElement(officeNs, QStringLiteral("document-content"));
        declare(xml);
        xml.writeAttribute(officeNs, QStringLiteral("version"), QStringLiteral("1.2"));
        xml.writeStartElement(officeNs, QStringLiteral("automatic-styles"));
        for (const QString &name : std::as_const(m_tableStyles))
            tableStyle(xml, name);
        // Cells: a rule under each row, the header shaded, a heat map's greys.
        static const char *const backgrounds[] = {"transparent", "#f2f2f2", "#d9d9d9",
                                                  "#bfbfbf",     "#a6a6a6", "#e3e7ec"};
        for (int shade = 0; shade <= 5; ++shade) {
            xml.writeStartElement(styleNs, QStringLiteral("style"));
            xml.writeAttribute(styleNs, QStringLiteral("name"),
                               shade == 5 ? QStringLiteral("HeaderCell")
                                          : QStringLiteral("Heat%1").arg(shade));
            xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("table-cell"));
            xml.writeEmptyElement(styleNs, QStringLiteral("table-cell-properties"));
            xml.writeAttribute(foNs, QStringLiteral("background-color"),
                               QLatin1String(backgrounds[shade]));
            xml.writeAttribute(foNs, QStringLiteral("padding"), QStringLiteral("0.08cm"));
            xml.writeAttribute(foNs, QStringLiteral("border-top"), QStringLiteral("none"));
            xml.writeAttribute(foNs, QStringLiteral("border-left"), QStringLiteral("none"));
            xml.writeAttribute(foNs, QStringLiteral("border-right"), QStringLiteral("none"));
            xml.writeAttribute(foNs, QStringLiteral("border-bottom"),
                               shade == 5 ? QStringLiteral("1pt solid #555555")
                                          : QStringLiteral("0.5pt solid #9a9a9a"));
            xml.writeEndElement();
        }
        for (const QString &other : std::as_const(m_languages)) {
            xml.writeStartElement(styleNs, QStringLiteral("style"));
            xml.writeAttribute(styleNs, QStringLiteral("name"), languageStyle(other));
            xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("text"));
            xml.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
            languageAttributes(xml, other);
            xml.writeEndElement();
        }
        xml.writeEndElement(); // automatic-styles
        xml.writeStartElement(officeNs, QStringLiteral("body"));
        xml.writeCharacters(QString()); // closes the start tag before the body's own bytes
        xml.device()->write(text);
        xml.writeEndElement(); // body
        xml.writeEndElement(); // document-content
        xml.writeEndDocument();
        return out;
    }

    static QString languageStyle(const QString &language)
    {
        QString name = QStringLiteral("Lang_");
        for (QChar c : language)
            name.append(c.isLetterOrNumber() ? c : QLatin1Char('_'));
        return name;
    }

    static void languageAttributes(QXmlStreamWriter &xml, const QString &language)
    {
        const auto [code, country] = languageParts(language);
        xml.writeAttribute(foNs, QStringLiteral("language"), code);
        xml.writeAttribute(foNs, QStringLiteral("country"),
                           country.isEmpty() ? QStringLiteral("none") : country);
    }

    // The table style of a table whose columns share its width as given.
    void tableStyle(QXmlStreamWriter &xml, const QString &name)
    {
        xml.writeStartElement(styleNs, QStringLiteral("style"));
        xml.writeAttribute(styleNs, QStringLiteral("name"), name);
        xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("table"));
        xml.writeEmptyElement(styleNs, QStringLiteral("table-properties"));
        xml.writeAttribute(styleNs, QStringLiteral("width"), QStringLiteral("17cm"));
        xml.writeAttribute(tableNs, QStringLiteral("align"), QStringLiteral("margins"));
        xml.writeEndElement();
        const QList<int> stretch = m_stretches.value(name);
        int sum = 0;
        for (int s : stretch)
            sum += s;
        for (int c = 0; c < stretch.size(); ++c) {
            xml.writeStartElement(styleNs, QStringLiteral("style"));
            xml.writeAttribute(styleNs, QStringLiteral("name"),
                               QStringLiteral("%1.%2").arg(name).arg(c));
            xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("table-column"));
            xml.writeEmptyElement(styleNs, QStringLiteral("table-column-properties"));
            xml.writeAttribute(styleNs, QStringLiteral("column-width"),
                               QStringLiteral("%1cm").arg(17.0 * stretch.at(c) / sum, 0, 'f', 2));
            xml.writeAttribute(styleNs, QStringLiteral("rel-column-width"),
                               QStringLiteral("%1*").arg(stretch.at(c) * 1000));
            xml.writeEndElement();
        }
    }

    // A paragraph or heading of text in a style; in a span of its language when that is not
    // the document's.
    void paragraph(const QString &style, const QString &text, const QString &lang = {},
                   int outlineLevel = 0, Rag rag = Rag::None, const QString &label = {})
    {
        QXmlStreamWriter &xml = *m_xml;
        xml.writeStartElement(textNs, outlineLevel > 0 ? QStringLiteral("h") : QStringLiteral("p"));
        xml.writeAttribute(textNs, QStringLiteral("style-name"), style);
        if (outlineLevel > 0)
            xml.writeAttribute(textNs, QStringLiteral("outline-level"),
                               QString::number(outlineLevel));
        const bool other = !lang.isEmpty() && lang != language();
        if (other) {
            m_languages.insert(lang);
            xml.writeStartElement(textNs, QStringLiteral("span"));
            xml.writeAttribute(textNs, QStringLiteral("style-name"), languageStyle(lang));
        }
        if (!label.isEmpty()) {
            xml.writeStartElement(textNs, QStringLiteral("span"));
            xml.writeAttribute(textNs, QStringLiteral("style-name"),
                               QStringLiteral("Strong_20_Emphasis"));
            writeText(xml, label);
            xml.writeEndElement();
            xml.writeCharacters(QStringLiteral(" "));
        }
        writeText(xml, text);
        if (other)
            xml.writeEndElement();
        if (rag != Rag::None) {
            xml.writeCharacters(QStringLiteral(" "));
            writeText(xml, ragLabel(rag));
        }
        xml.writeEndElement();
    }

    void cover()
    {
        const ReportCover &cover = m_document.cover;
        if (!cover.kicker.isEmpty())
            paragraph(QStringLiteral("Kicker"), cover.kicker);
        if (!cover.title.isEmpty())
            paragraph(QStringLiteral("Title"), cover.title, {}, 1);
        if (!cover.subtitle.isEmpty())
            paragraph(QStringLiteral("Subtitle"), cover.subtitle);
        if (!cover.facts.isEmpty()) {
            QList<QStringList> rows;
            for (const auto &fact : cover.facts)
                rows.append({fact.first, fact.second});
            ReportTable facts;
            facts.rows = rows;
            facts.stretch = {1, 2};
            table(facts, {}, {}, true);
        }
        if (!cover.statement.isEmpty())
            paragraph(QStringLiteral("Lead"), cover.statement);
        if (!cover.footnote.isEmpty())
            paragraph(QStringLiteral("Small"), cover.footnote);
    }

    void table(const ReportTable &t, const QString &caption, const QString &lang,
               bool rowHeaders = false)
    {
        QXmlStreamWriter &xml = *m_xml;
        qsizetype columns = t.header.size();
        for (const QStringList &row : t.rows)
            columns = qMax(columns, row.size());
        if (columns == 0)
            return;
        if (!caption.isEmpty())
            paragraph(QStringLiteral("Table_20_Caption"), caption, lang);
        QList<int> stretch = t.stretch;
        if (stretch.size() != columns ||
            std::any_of(stretch.cbegin(), stretch.cend(), [](int s) { return s <= 0; }))
            stretch = QList<int>(columns, 1);
        const QString name = QStringLiteral("Table%1").arg(m_tableStyles.size() + 1);
        m_tableStyles.append(name);
        m_stretches.insert(name, stretch);
        xml.writeStartElement(tableNs, QStringLiteral("table"));
        xml.writeAttribute(tableNs, QStringLiteral("name"), name);
        xml.writeAttribute(tableNs, QStringLiteral("style-name"), name);
        for (int c = 0; c < columns; ++c) {
            xml.writeEmptyElement(tableNs, QStringLiteral("table-column"));
            xml.writeAttribute(tableNs, QStringLiteral("style-name"),
                               QStringLiteral("%1.%2").arg(name).arg(c));
        }
        const auto cell = [&](const QString &text, const QString &style, int shade) {
            xml.writeStartElement(tableNs, QStringLiteral("table-cell"));
            xml.writeAttribute(officeNs, QStringLiteral("value-type"), QStringLiteral("string"));
            xml.writeAttribute(tableNs, QStringLiteral("style-name"),
                               shade < 0 ? QStringLiteral("HeaderCell")
                                         : QStringLiteral("Heat%1").arg(qBound(0, shade, 4)));
            paragraph(style, text, lang);
            xml.writeEndElement();
        };
        if (!t.header.isEmpty()) {
            xml.writeStartElement(tableNs, QStringLiteral("table-header-rows"));
            xml.writeStartElement(tableNs, QStringLiteral("table-row"));
            for (int c = 0; c < columns; ++c)
                cell(t.header.value(c), QStringLiteral("Table_20_Heading"), -1);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        for (int r = 0; r < t.rows.size(); ++r) {
            xml.writeStartElement(tableNs, QStringLiteral("table-row"));
            const QList<int> shades = t.cellShades.value(r);
            for (int c = 0; c < columns; ++c)
                cell(t.rows.at(r).value(c),
                     rowHeaders && c == 0 ? QStringLiteral("Table_20_Heading")
                                          : QStringLiteral("Table_20_Contents"),
                     shades.value(c));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    void chart(const ReportBlock &block, const QString &caption, const QString &lang)
    {
        QXmlStreamWriter &xml = *m_xml;
        // A picture of the chart as the review prints it, 16 cm wide at 150 dots to the inch.
        const int dpi = 150;
        const qreal widthCm = 16;
        QFont font(QStringLiteral("Sans Serif"));
        font.setStyleHint(QFont::SansSerif);
        font.setPixelSize(qRound(9.0 * dpi / 72));
        const QFontMetricsF metrics(font);
        const QRectF area(0, 0, widthCm / 2.54 * dpi, 0);
        const ChartLayout layout = ScoreChartPainter::layout(area, block.chart, metrics);
        QImage image(QSize(int(area.width()), int(layout.height) + 4), QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            ChartStyle style;
            style.font = font;
            ScoreChartPainter::paint(painter, QRectF(0, 0, area.width(), layout.height),
                                     block.chart, style);
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QString path = QStringLiteral("Pictures/chart%1.png").arg(m_pictures.size() + 1);
        m_pictures.append({path, png});

        if (!caption.isEmpty())
            paragraph(QStringLiteral("Figure_20_Caption"), caption, lang);
        xml.writeStartElement(textNs, QStringLiteral("p"));
        xml.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Figure"));
        xml.writeStartElement(drawNs, QStringLiteral("frame"));
        xml.writeAttribute(drawNs, QStringLiteral("name"),
                           QStringLiteral("Chart%1").arg(m_pictures.size()));
        xml.writeAttribute(textNs, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
        xml.writeAttribute(svgNs, QStringLiteral("width"), QStringLiteral("%1cm").arg(widthCm));
        xml.writeAttribute(svgNs, QStringLiteral("height"),
                           QStringLiteral("%1cm").arg(image.height() * 2.54 / dpi, 0, 'f', 2));
        xml.writeStartElement(drawNs, QStringLiteral("image"));
        xml.writeAttribute(xlinkNs, QStringLiteral("href"), path);
        xml.writeAttribute(xlinkNs, QStringLiteral("type"), QStringLiteral("simple"));
        xml.writeAttribute(xlinkNs, QStringLiteral("show"), QStringLiteral("embed"));
        xml.writeAttribute(xlinkNs, QStringLiteral("actuate"), QStringLiteral("onLoad"));
        xml.writeEndElement();
        // What the picture shows, for a reader who cannot see it.
        xml.writeTextElement(svgNs, QStringLiteral("title"),
                             xmlSafe(caption.isEmpty() ? tr("Section scores") : caption));
        xml.writeTextElement(svgNs, QStringLiteral("desc"),
                             xmlSafe(ScoreChartPainter::describe(block.chart)));
        xml.writeEndElement(); // frame
        xml.writeEndElement(); // p
    }

    bool isCaptionOfNext(int i) const
    {
        const ReportBlock &block = m_document.blocks.at(i);
        if (block.kind != ReportBlock::Kind::Paragraph || block.style != TextStyle::Caption ||
            i + 1 >= m_document.blocks.size())
            return false;
        const ReportBlock::Kind next = m_document.blocks.at(i + 1).kind;
        return next == ReportBlock::Kind::Table || next == ReportBlock::Kind::Chart;
    }

    void block(int i)
    {
        QXmlStreamWriter &xml = *m_xml;
        const ReportBlock &b = m_document.blocks.at(i);
        const QString caption =
            i > 0 && isCaptionOfNext(i - 1) ? m_document.blocks.at(i - 1).text : QString();
        QString style = m_breakBefore ? QStringLiteral("_Break") : QString();
        switch (b.kind) {
        case ReportBlock::Kind::Heading: {
            const int level = qBound(1, m_levels.at(i), 4);
            paragraph(QStringLiteral("Heading_20_%1").arg(level) + style, b.text, b.language, level,
                      b.rag);
            break;
        }
        case ReportBlock::Kind::Paragraph:
            if (isCaptionOfNext(i))
                return; // written with its table or figure
            switch (b.style) {
            case TextStyle::Body:
                paragraph(QStringLiteral("Text_20_body") + style, b.text, b.language);
                break;
            case TextStyle::Lead:
                paragraph(QStringLiteral("Lead") + style, b.text, b.language);
                break;
            case TextStyle::Quote:
                paragraph(QStringLiteral("Quotations") + style, b.text, b.language);
                break;
            case TextStyle::Small:
                paragraph(QStringLiteral("Small") + style, b.text, b.language);
                break;
            case TextStyle::Caption:
                paragraph(QStringLiteral("Caption_20_Label") + style, b.text, b.language);
                break;
            }
            break;
        case ReportBlock::Kind::Field:
            paragraph(QStringLiteral("Text_20_body") + style, b.text, b.language, 0, b.rag,
                      FlowBuilder::fieldLabel(b.label));
            break;
        case ReportBlock::Kind::Table:
            table(b.table, caption, b.language);
            break;
        case ReportBlock::Kind::Chart:
            chart(b, caption, b.language);
            break;
        case ReportBlock::Kind::TrendChart:
            // The trend's numbers are in the tables that follow it; the chart is said in words.
            paragraph(QStringLiteral("Text_20_body") + style,
                      TrendChartPainter::describe(b.trendChart), b.language);
            break;
        case ReportBlock::Kind::TickBoxes:
            if (!b.label.isEmpty())
                paragraph(QStringLiteral("Caption_20_Label") + style, b.label, b.language);
            if (!b.choices.isEmpty()) {
                xml.writeStartElement(textNs, QStringLiteral("list"));
                xml.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Choices"));
                for (const QString &choice : b.choices) {
                    xml.writeStartElement(textNs, QStringLiteral("list-item"));
                    paragraph(QStringLiteral("List_20_Contents"), choice, b.language);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            break;
        case ReportBlock::Kind::RuledLines:
            if (!b.label.isEmpty())
                paragraph(QStringLiteral("Caption_20_Label") + style, b.label, b.language);
            for (int line = 0; line < qBound(0, b.lines, 50); ++line)
                paragraph(QStringLiteral("Writing_20_line"), QString());
            break;
        case ReportBlock::Kind::PageBreak:
            m_breakBefore = true;
            return;
        }
        m_breakBefore = false;
    }

    // --- styles.xml, meta.xml, the manifest ------------------------------------------

    static void paragraphStyle(QXmlStreamWriter &xml, const QString &name, const QString &display,
                               const QString &parent, const QString &next, qreal sizePt, bool bold,
                               qreal above, qreal below, int outline = 0,
                               const QString &colour = {}, qreal indentCm = 0,
                               bool keepWithNext = false)
    {
        for (bool withBreak : {false, true}) {
            xml.writeStartElement(styleNs, QStringLiteral("style"));
            xml.writeAttribute(styleNs, QStringLiteral("name"),
                               withBreak ? name + QStringLiteral("_Break") : name);
            xml.writeAttribute(styleNs, QStringLiteral("display-name"),
                               withBreak ? display + QStringLiteral(" (new page)") : display);
            xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
            xml.writeAttribute(styleNs, QStringLiteral("parent-style-name"),
                               withBreak ? name : parent);
            if (!next.isEmpty())
                xml.writeAttribute(styleNs, QStringLiteral("next-style-name"), next);
            if (outline > 0 && !withBreak)
                xml.writeAttribute(styleNs, QStringLiteral("default-outline-level"),
                                   QString::number(outline));
            xml.writeAttribute(styleNs, QStringLiteral("class"),
                               outline > 0 ? QStringLiteral("text") : QStringLiteral("text"));
            xml.writeEmptyElement(styleNs, QStringLiteral("paragraph-properties"));
            if (withBreak) {
                xml.writeAttribute(foNs, QStringLiteral("break-before"), QStringLiteral("page"));
            } else {
                xml.writeAttribute(foNs, QStringLiteral("margin-top"),
                                   QStringLiteral("%1pt").arg(above));
                xml.writeAttribute(foNs, QStringLiteral("margin-bottom"),
                                   QStringLiteral("%1pt").arg(below));
                if (indentCm > 0)
                    xml.writeAttribute(foNs, QStringLiteral("margin-left"),
                                       QStringLiteral("%1cm").arg(indentCm));
                if (keepWithNext)
                    xml.writeAttribute(foNs, QStringLiteral("keep-with-next"),
                                       QStringLiteral("always"));
            }
            if (!withBreak) {
                xml.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
                if (sizePt > 0)
                    xml.writeAttribute(foNs, QStringLiteral("font-size"),
                                       QStringLiteral("%1pt").arg(sizePt));
                if (bold)
                    xml.writeAttribute(foNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
                if (!colour.isEmpty())
                    xml.writeAttribute(foNs, QStringLiteral("color"), colour);
            }
            xml.writeEndElement();
        }
    }

    // Style names stay English, whatever the document's language: Word and LibreOffice know
    // their own Heading 1, Text body, Table Heading… by these names.
    QByteArray styles() const
    {
        QByteArray out;
        QXmlStreamWriter xml(&out);
        xml.writeStartDocument();
        xml.writeStartElement(officeNs, QStringLiteral("document-styles"));
        declare(xml);
        xml.writeAttribute(officeNs, QStringLiteral("version"), QStringLiteral("1.2"));
        xml.writeStartElement(officeNs, QStringLiteral("font-face-decls"));
        xml.writeEmptyElement(styleNs, QStringLiteral("font-face"));
        xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("DejaVu Sans"));
        xml.writeAttribute(svgNs, QStringLiteral("font-family"), QStringLiteral("'DejaVu Sans'"));
        xml.writeAttribute(styleNs, QStringLiteral("font-family-generic"), QStringLiteral("swiss"));
        xml.writeEndElement();

        xml.writeStartElement(officeNs, QStringLiteral("styles"));
        xml.writeStartElement(styleNs, QStringLiteral("default-style"));
        xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
        xml.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
        xml.writeAttribute(styleNs, QStringLiteral("font-name"), QStringLiteral("DejaVu Sans"));
        xml.writeAttribute(foNs, QStringLiteral("font-size"), QStringLiteral("10.5pt"));
        xml.writeAttribute(foNs, QStringLiteral("color"), QStringLiteral("#1a1a1a"));
        languageAttributes(xml, language());
        xml.writeEndElement();

        const QString accent = QStringLiteral("#1f3a5f");
        const QString muted = QStringLiteral("#555555");
        const QString body = QStringLiteral("Text_20_body");
        xml.writeStartElement(styleNs, QStringLiteral("style"));
        xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Standard"));
        xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
        xml.writeAttribute(styleNs, QStringLiteral("class"), QStringLiteral("text"));
        xml.writeEndElement();
        paragraphStyle(xml, body, QStringLiteral("Text body"), QStringLiteral("Standard"), {}, 0,
                       false, 3, 4);
        paragraphStyle(xml, QStringLiteral("Heading"), QStringLiteral("Heading"),
                       QStringLiteral("Standard"), body, 0, true, 12, 6, 0, {}, 0, true);
        const qreal sizes[] = {20, 14, 10.5, 10.5};
        for (int level = 1; level <= 4; ++level)
            paragraphStyle(xml, QStringLiteral("Heading_20_%1").arg(level),
                           QStringLiteral("Heading %1").arg(level), QStringLiteral("Heading"), body,
                           sizes[level - 1], true, level == 1 ? 18 : 12, 6, level,
                           level <= 2 ? accent : QString(), 0, true);
        paragraphStyle(xml, QStringLiteral("Title"), QStringLiteral("Title"),
                       QStringLiteral("Heading"), body, 27, true, 0, 6, 1);
        paragraphStyle(xml, QStringLiteral("Kicker"), QStringLiteral("Kicker"),
                       QStringLiteral("Standard"), QStringLiteral("Title"), 12, true, 0, 4, 0,
                       accent);
        paragraphStyle(xml, QStringLiteral("Subtitle"), QStringLiteral("Subtitle"),
                       QStringLiteral("Standard"), body, 15, false, 0, 12, 0, muted);
        paragraphStyle(xml, QStringLiteral("Lead"), QStringLiteral("Lead"), body, body, 12.5, false,
                       6, 6);
        paragraphStyle(xml, QStringLiteral("Quotations"), QStringLiteral("Quotations"), body, body,
                       0, false, 2, 4, 0, {}, 0.6);
        paragraphStyle(xml, QStringLiteral("Small"), QStringLiteral("Small print"), body, body, 9,
                       false, 2, 3, 0, muted);
        paragraphStyle(xml, QStringLiteral("Caption_20_Label"), QStringLiteral("Caption label"),
                       body, body, 9, true, 8, 3, 0, {}, 0, true);
        paragraphStyle(xml, QStringLiteral("Table_20_Caption"), QStringLiteral("Table caption"),
                       body, body, 9, true, 8, 3, 0, {}, 0, true);
        paragraphStyle(xml, QStringLiteral("Figure_20_Caption"), QStringLiteral("Figure caption"),
                       body, body, 9, true, 8, 3, 0, {}, 0, true);
        paragraphStyle(xml, QStringLiteral("Figure"), QStringLiteral("Figure"),
                       QStringLiteral("Standard"), body, 0, false, 3, 6);
        paragraphStyle(xml, QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"),
                       QStringLiteral("Standard"), {}, 9.5, false, 1, 1);
        paragraphStyle(xml, QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"),
                       QStringLiteral("Table_20_Contents"), {}, 9.5, true, 1, 1);
        paragraphStyle(xml, QStringLiteral("List_20_Contents"), QStringLiteral("List Contents"),
                       body, {}, 0, false, 1, 1);
        paragraphStyle(xml, QStringLiteral("Writing_20_line"), QStringLiteral("Writing line"),
                       QStringLiteral("Standard"), {}, 0, false, 14, 0);

        xml.writeStartElement(styleNs, QStringLiteral("style"));
        xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Strong_20_Emphasis"));
        xml.writeAttribute(styleNs, QStringLiteral("display-name"),
                           QStringLiteral("Strong Emphasis"));
        xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("text"));
        xml.writeEmptyElement(styleNs, QStringLiteral("text-properties"));
        xml.writeAttribute(foNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
        xml.writeEndElement();

        // The workbook's answers: an empty box before each, for a pen.
        xml.writeStartElement(textNs, QStringLiteral("list-style"));
        xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Choices"));
        xml.writeAttribute(styleNs, QStringLiteral("display-name"), QStringLiteral("Choices"));
        xml.writeStartElement(textNs, QStringLiteral("list-level-style-bullet"));
        xml.writeAttribute(textNs, QStringLiteral("level"), QStringLiteral("1"));
        xml.writeAttribute(textNs, QStringLiteral("bullet-char"), QString(QChar(0x2610)));
        xml.writeStartElement(styleNs, QStringLiteral("list-level-properties"));
        xml.writeAttribute(textNs, QStringLiteral("list-level-position-and-space-mode"),
                           QStringLiteral("label-alignment"));
        xml.writeEmptyElement(styleNs, QStringLiteral("list-level-label-alignment"));
        xml.writeAttribute(textNs, QStringLiteral("label-followed-by"), QStringLiteral("listtab"));
        xml.writeAttribute(textNs, QStringLiteral("list-tab-stop-position"),
                           QStringLiteral("0.7cm"));
        xml.writeAttribute(foNs, QStringLiteral("text-indent"), QStringLiteral("-0.5cm"));
        xml.writeAttribute(foNs, QStringLiteral("margin-left"), QStringLiteral("0.7cm"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement(); // styles

        xml.writeStartElement(officeNs, QStringLiteral("automatic-styles"));
        xml.writeStartElement(styleNs, QStringLiteral("page-layout"));
        xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("A4"));
        xml.writeEmptyElement(styleNs, QStringLiteral("page-layout-properties"));
        xml.writeAttribute(foNs, QStringLiteral("page-width"), QStringLiteral("21cm"));
        xml.writeAttribute(foNs, QStringLiteral("page-height"), QStringLiteral("29.7cm"));
        xml.writeAttribute(foNs, QStringLiteral("margin-top"), QStringLiteral("1.4cm"));
        xml.writeAttribute(foNs, QStringLiteral("margin-bottom"), QStringLiteral("1.3cm"));
        xml.writeAttribute(foNs, QStringLiteral("margin-left"), QStringLiteral("1.9cm"));
        xml.writeAttribute(foNs, QStringLiteral("margin-right"), QStringLiteral("1.9cm"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(officeNs, QStringLiteral("master-styles"));
        xml.writeEmptyElement(styleNs, QStringLiteral("master-page"));
        xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Standard"));
        xml.writeAttribute(styleNs, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        return out;
    }

    QByteArray meta() const
    {
        QByteArray out;
        QXmlStreamWriter xml(&out);
        xml.writeStartDocument();
        xml.writeStartElement(officeNs, QStringLiteral("document-meta"));
        declare(xml);
        xml.writeAttribute(officeNs, QStringLiteral("version"), QStringLiteral("1.2"));
        xml.writeStartElement(officeNs, QStringLiteral("meta"));
        xml.writeTextElement(metaNs, QStringLiteral("generator"),
                             xmlSafe(m_document.creator.isEmpty()
                                         ? QStringLiteral("Waymark " WAYMARK_VERSION)
                                         : m_document.creator));
        xml.writeTextElement(dcNs, QStringLiteral("title"), xmlSafe(m_document.title));
        if (!m_document.subject.isEmpty())
            xml.writeTextElement(dcNs, QStringLiteral("description"), xmlSafe(m_document.subject));
        if (!m_document.author.isEmpty()) {
            xml.writeTextElement(metaNs, QStringLiteral("initial-creator"),
                                 xmlSafe(m_document.author));
            xml.writeTextElement(dcNs, QStringLiteral("creator"), xmlSafe(m_document.author));
        }
        for (const QString &keyword :
             m_document.keywords.split(QStringLiteral(", "), Qt::SkipEmptyParts))
            xml.writeTextElement(metaNs, QStringLiteral("keyword"), xmlSafe(keyword));
        xml.writeTextElement(dcNs, QStringLiteral("language"), language());
        xml.writeTextElement(metaNs, QStringLiteral("creation-date"),
                             m_created.toUTC().toString(Qt::ISODate));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        return out;
    }

    QByteArray manifest() const
    {
        QByteArray out;
        QXmlStreamWriter xml(&out);
        xml.writeStartDocument();
        xml.writeNamespace(manifestNs, QStringLiteral("manifest"));
        xml.writeStartElement(manifestNs, QStringLiteral("manifest"));
        xml.writeAttribute(manifestNs, QStringLiteral("version"), QStringLiteral("1.2"));
        const auto entry = [&xml](const QString &path, const QString &type) {
            xml.writeEmptyElement(manifestNs, QStringLiteral("file-entry"));
            xml.writeAttribute(manifestNs, QStringLiteral("full-path"), path);
            xml.writeAttribute(manifestNs, QStringLiteral("media-type"), type);
        };
        entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
        entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
        entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
        entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
        for (const auto &picture : m_pictures)
            entry(picture.first, QStringLiteral("image/png"));
        xml.writeEndElement();
        xml.writeEndDocument();
        return out;
    }

    const ReportDocument &m_document;
    const QDateTime m_created;
    const QList<int> m_levels;
    QXmlStreamWriter *m_xml = nullptr;
    QStringList m_tableStyles;
    QHash<QString, QList<int>> m_stretches;
    QSet<QString> m_languages;
    QList<QPair<QString, QByteArray>> m_pictures;
    bool m_breakBefore = false;
};

} // namespace

QByteArray OdtReportWriter::write(const ReportDocument &document, const QDateTime &created)
{
    return OdtBuilder(document, created).build();
}

} // namespace Waymark
