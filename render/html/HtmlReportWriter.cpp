#include "html/HtmlReportWriter.h"

#include "chart/ScoreChartPainter.h"
#include "chart/TrendChartPainter.h"
#include "layout/FlowBuilder.h"
#include "scoring/Scoring.h"

#include <QLocale>

namespace Waymark {

namespace {

// Text as HTML text: markup escaped, and characters no HTML page may hold (C0 controls other
// than white space, noncharacters) shown as the replacement character.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        const ushort u = c.unicode();
        switch (u) {
        case '<':
            out.append(QLatin1String("&lt;"));
            break;
        case '>':
            out.append(QLatin1String("&gt;"));
            break;
        case '&':
            out.append(QLatin1String("&amp;"));
            break;
        case '"':
            out.append(QLatin1String("&quot;"));
            break;
        case '\r':
            break;
        default:
            if ((u < 0x20 && u != '\t' && u != '\n') || u == 0x7f || u == 0xfffe || u == 0xffff)
                out.append(QChar(QChar::ReplacementCharacter));
            else
                out.append(c);
        }
    }
    return out;
}

// The RAG's pattern (hidden from screen readers: the word says it) and its word.
QString ragMark(Rag rag)
{
    return QStringLiteral("<span class=\"rag\"><span class=\"swatch %1\" aria-hidden=\"true\">"
                          "</span>%2</span>")
        .arg(ragKey(rag), escaped(ragLabel(rag)));
}

QString langAttribute(const ReportDocument &document, const QString &language)
{
    if (language.isEmpty() || language == document.languageOrDefault())
        return {};
    return QStringLiteral(" lang=\"%1\"").arg(escaped(language));
}

const char *const styleSheet = R"CSS(
:root { color: #1a1a1a; background: #fff; }
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 1rem; line-height: 1.5;
       margin: 0 auto; max-width: 52rem; padding: 1rem; overflow-wrap: break-word; }
h1, h2, h3, h4 { color: #1f3a5f; line-height: 1.25; margin: 1.6em 0 0.5em; }
h4 { color: #1a1a1a; font-size: 1rem; }
h2 { border-bottom: 2px solid #1f3a5f; padding-bottom: 0.2em; }
.cover { border-top: 0.5rem solid #1f3a5f; padding-top: 1rem; margin-bottom: 2rem; }
.cover h1 { font-size: 2rem; margin-top: 0.2em; }
.kicker { color: #1f3a5f; font-weight: bold; font-size: 1.1rem; margin: 0; }
.subtitle { color: #555; font-size: 1.3rem; margin: 0; }
.statement { border-left: 0.35rem solid #1f3a5f; padding-left: 0.8rem; font-size: 1.15rem; }
.lead { font-size: 1.15rem; }
.small, .footnote, .site-footer { color: #555; font-size: 0.9rem; }
.caption { font-weight: bold; font-size: 0.95rem; margin-bottom: 0.3em; }
.field .value { white-space: pre-wrap; }
p { margin: 0.5em 0; }
.table-wrap { overflow-x: auto; margin: 0.6em 0 1.2em; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
th, td { text-align: left; vertical-align: top; padding: 0.35em 0.5em;
         border-bottom: 1px solid #9a9a9a; white-space: pre-wrap; }
thead th { background: #e3e7ec; border-bottom: 2px solid #555; }
table.facts th { width: 30%; color: #333; }
@media (max-width: 30em) {
  table.facts th, table.facts td { display: block; width: auto; }
  table.facts th { border-bottom: none; padding-bottom: 0; }
}
.table-wrap:focus { outline: 2px solid #1f3a5f; outline-offset: 2px; }
td.heat1 { background: #f2f2f2; } td.heat2 { background: #d9d9d9; }
td.heat3 { background: #bfbfbf; } td.heat4 { background: #a6a6a6; }
.rag { white-space: nowrap; font-weight: normal; }
.swatch { display: inline-block; width: 1.6em; height: 0.9em; margin: 0 0.35em 0 0.2em;
          vertical-align: -0.05em; border: 1px solid #404040; box-sizing: border-box; }
.swatch.green { background: #2e7d32; }
.swatch.amber { background: repeating-linear-gradient(45deg, #7a4a00 0 2px, #f9d9a6 2px 5px); }
.swatch.red { background: repeating-linear-gradient(45deg, #6e1616 0 2px, transparent 2px 5px),
              repeating-linear-gradient(-45deg, #6e1616 0 2px, #eebcbc 2px 5px); }
.swatch.none { border-style: dashed; }
figure { margin: 1em 0; }
figcaption { font-weight: bold; font-size: 0.95rem; }
figure svg { width: 100%; height: auto; max-width: 36rem; display: block; }
ul.choices { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.6em; }
ul.choices li::before { content: ""; display: inline-block; width: 0.9em; height: 0.9em;
                        border: 1px solid #1a1a1a; margin-right: 0.4em; vertical-align: -0.1em; }
.ruled { border-bottom: 1px solid #9a9a9a; height: 2em; }
.site-footer { border-top: 1px solid #9a9a9a; margin-top: 2rem; padding-top: 0.5rem; }
@media print {
  @page { size: A4; margin: 14mm 19mm 13mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-before: page; }
  h2, h3, h4, .caption, figcaption { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  .page-break { break-after: page; }
  .swatch, td[class^="heat"], thead th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
)CSS";

class HtmlBuilder
{
public:
    explicit HtmlBuilder(const ReportDocument &document)
        : m_document(document)
        , m_levels(document.outlineLevels())
    {
    }

    QByteArray build()
    {
        const ReportDocument &d = m_document;
        m_out.reserve(256 * 1024);
        m_out +=
            QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\">\n<title>%2</title>\n")
                .arg(escaped(d.languageOrDefault()), escaped(d.title));
        const auto meta = [this](const char *name, const QString &content) {
            if (!content.isEmpty())
                m_out += QStringLiteral("<meta name=\"%1\" content=\"%2\">\n")
                             .arg(QLatin1String(name), escaped(content));
        };
        meta("author", d.author);
        meta("description", d.subject);
        meta("keywords", d.keywords);
        meta("generator", d.creator);
        m_out += QStringLiteral("<style>") + QLatin1String(styleSheet) +
                 QStringLiteral("</style>\n</head>\n<body>\n");
        cover();
        m_out += QStringLiteral("<main>\n");
        for (int i = 0; i < d.blocks.size(); ++i)
            block(i);
        m_out += QStringLiteral("</main>\n");
        if (!d.runningFooter.isEmpty())
            m_out += QStringLiteral("<footer class=\"site-footer\"><p>%1</p></footer>\n")
                         .arg(escaped(d.runningFooter));
        m_out += QStringLiteral("</body>\n</html>\n");
        return m_out.toUtf8();
    }

private:
    void cover()
    {
        const ReportCover &cover = m_document.cover;
        m_out += QStringLiteral("<header class=\"cover\">\n");
        if (!cover.kicker.isEmpty())
            m_out += QStringLiteral("<p class=\"kicker\">%1</p>\n").arg(escaped(cover.kicker));
        if (!cover.title.isEmpty())
            m_out += QStringLiteral("<h1>%1</h1>\n").arg(escaped(cover.title));
        if (!cover.subtitle.isEmpty())
            m_out += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(escaped(cover.subtitle));
        if (!cover.facts.isEmpty()) {
            m_out += QStringLiteral("<table class=\"facts\">\n");
            for (const auto &fact : cover.facts)
                m_out += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n")
                             .arg(escaped(fact.first), escaped(fact.second));
            m_out += QStringLiteral("</table>\n");
        }
        if (!cover.statement.isEmpty())
            m_out +=
                QStringLiteral("<p class=\"statement\">%1</p>\n").arg(escaped(cover.statement));
        if (!cover.footnote.isEmpty())
            m_out += QStringLiteral("<p class=\"footnote\">%1</p>\n").arg(escaped(cover.footnote));
        m_out += QStringLiteral("</header>\n");
    }

    // A caption paragraph right above a table or the chart is theirs.
    bool isCaptionOfNext(int i) const
    {
        const ReportBlock &block = m_document.blocks.at(i);
        if (block.kind != ReportBlock::Kind::Paragraph || block.style != TextStyle::Caption ||
            i + 1 >= m_document.blocks.size())
            return false;
        const ReportBlock::Kind next = m_document.blocks.at(i + 1).kind;
        return next == ReportBlock::Kind::Table || next == ReportBlock::Kind::Chart;
    }

    QString captionFor(int i, const QString &language) const
    {
        if (i > 0 && isCaptionOfNext(i - 1)) {
            const ReportBlock &caption = m_document.blocks.at(i - 1);
            Q_UNUSED(language)
            return escaped(caption.text);
        }
        return {};
    }

    void block(int i)
    {
        const ReportBlock &b = m_document.blocks.at(i);
        const QString lang = langAttribute(m_document, b.language);
        switch (b.kind) {
        case ReportBlock::Kind::Heading: {
            // The cover's title is the page's one h1; the document's parts are h2.
            const int level = qBound(2, m_levels.at(i) + 1, 6);
            m_lastHeading = QStringLiteral("h%1").arg(i);
            m_out += QStringLiteral("<h%1 id=\"%2\"%3>%4%5</h%1>\n")
                         .arg(level)
                         .arg(m_lastHeading, lang, escaped(b.text),
                              b.rag == Rag::None ? QString() : QLatin1Char(' ') + ragMark(b.rag));
            break;
        }
        case ReportBlock::Kind::Paragraph: {
            if (isCaptionOfNext(i))
                break; // written as the table's caption or the figure's
            QString cls;
            switch (b.style) {
            case TextStyle::Body:
                break;
            case TextStyle::Lead:
                cls = QStringLiteral("lead");
                break;
            case TextStyle::Quote:
                cls = QStringLiteral("quote");
                break;
            case TextStyle::Small:
                cls = QStringLiteral("small");
                break;
            case TextStyle::Caption:
                cls = QStringLiteral("caption");
                break;
            }
            m_out += QStringLiteral("<p%1%2>%3</p>\n")
                         .arg(cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls),
                              lang, paragraphText(b.text));
            break;
        }
        case ReportBlock::Kind::Field: {
            const QString label = FlowBuilder::fieldLabel(b.label);
            m_out += QStringLiteral("<p class=\"field\"%1>").arg(lang);
            if (!label.isEmpty())
                m_out += QStringLiteral("<strong>%1</strong> ").arg(escaped(label));
            m_out += QStringLiteral("<span class=\"value\">%1</span>").arg(escaped(b.text));
            if (b.rag != Rag::None)
                m_out += QLatin1Char(' ') + ragMark(b.rag);
            m_out += QStringLiteral("</p>\n");
            break;
        }
        case ReportBlock::Kind::Table:
            table(i, b, lang);
            break;
        case ReportBlock::Kind::Chart:
            chart(i, b, lang);
            break;
        case ReportBlock::Kind::TrendChart:
            // The trend's numbers are in the tables that follow it; the chart is said in words.
            m_out += QStringLiteral("<p class=\"chart-description\"%1>%2</p>\n")
                         .arg(lang, escaped(TrendChartPainter::describe(b.trendChart)));
            break;
        case ReportBlock::Kind::TickBoxes:
            if (!b.label.isEmpty())
                m_out +=
                    QStringLiteral("<p class=\"caption\"%1>%2</p>\n").arg(lang, escaped(b.label));
            m_out += QStringLiteral("<ul class=\"choices\"%1>").arg(lang);
            for (const QString &choice : b.choices)
                m_out += QStringLiteral("<li>%1</li>").arg(escaped(choice));
            m_out += QStringLiteral("</ul>\n");
            break;
        case ReportBlock::Kind::RuledLines:
            if (!b.label.isEmpty())
                m_out +=
                    QStringLiteral("<p class=\"caption\"%1>%2</p>\n").arg(lang, escaped(b.label));
            m_out += QStringLiteral("<div class=\"ruled\" aria-hidden=\"true\"></div>\n")
                         .repeated(qBound(0, b.lines, 50));
            break;
        case ReportBlock::Kind::PageBreak:
            m_out += QStringLiteral("<div class=\"page-break\"></div>\n");
            break;
        }
    }

    static QString paragraphText(const QString &text) { return escaped(text); }

    void table(int i, const ReportBlock &b, const QString &lang)
    {
        const ReportTable &t = b.table;
        qsizetype columns = t.header.size();
        for (const QStringList &row : t.rows)
            columns = qMax(columns, row.size());
        const QString caption = captionFor(i, lang);
        // A table without a caption of its own is named by the heading above it. Its wrapper
        // scrolls sideways on a narrow screen, so it can take the keyboard's focus.
        const QString name = caption.isEmpty() ? m_lastHeading : QStringLiteral("caption%1").arg(i);
        const QString labelled =
            name.isEmpty() ? QString() : QStringLiteral(" aria-labelledby=\"%1\"").arg(name);
        m_out += QStringLiteral("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"%1>"
                                "<table%2%1>\n")
                     .arg(labelled, lang);
        if (!caption.isEmpty())
            m_out += QStringLiteral("<caption id=\"%1\">%2</caption>\n").arg(name, caption);
        if (!t.header.isEmpty()) {
            m_out += QStringLiteral("<thead><tr>");
            for (int c = 0; c < columns; ++c)
                m_out +=
                    QStringLiteral("<th scope=\"col\">%1</th>").arg(escaped(t.header.value(c)));
            m_out += QStringLiteral("</tr></thead>\n");
        }
        m_out += QStringLiteral("<tbody>\n");
        for (int r = 0; r < t.rows.size(); ++r) {
            const QStringList &row = t.rows.at(r);
            const QList<int> shades = t.cellShades.value(r);
            m_out += QStringLiteral("<tr>");
            for (int c = 0; c < columns; ++c) {
                const int shade = shades.value(c);
                m_out += shade >= 1 && shade <= 4
                             ? QStringLiteral("<td class=\"heat%1\">").arg(shade)
                             : QStringLiteral("<td>");
                if (c == t.ragColumn && r < t.rowRags.size())
                    m_out +=
                        QStringLiteral("<span class=\"swatch %1\" aria-hidden=\"true\"></span>")
                            .arg(ragKey(t.rowRags.at(r)));
                m_out += escaped(row.value(c)) + QStringLiteral("</td>");
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody></table></div>\n");
    }

    // The chart as an inline SVG: the same bars, patterns, scores and RAG words as on paper,
    // each title on a line of its own above its bar so that the picture can be narrow. Screen
    // readers get its text alternative; the section table after it has the same numbers.
    void chart(int i, const ReportBlock &b, const QString &lang)
    {
        const QString caption = captionFor(i, lang);
        const QString id = QStringLiteral("chart%1").arg(i);
        m_out += QStringLiteral("<figure%1>\n").arg(lang);
        if (!caption.isEmpty())
            m_out += QStringLiteral("<figcaption>%1</figcaption>\n").arg(caption);
        const ChartStyle style;
        const qreal track = 260;
        // Wide enough for the "gate failed" mark after the RAG word (about 10 units a bold
        // character), in any language: a narrower picture cut it off.
        const qreal width =
            qMax<qreal>(500, track + 128 + 10 * (ScoreChartPainter::gateFailedText().size() + 3));
        const qreal line = 21;
        QString rows;
        qreal y = 34;
        const QLocale locale;
        for (const SectionScore &section : b.chart) {
            // Long titles wrap by words at about 54 characters.
            QStringList lines;
            QString current;
            for (const QString &word : section.title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (!current.isEmpty() && current.size() + word.size() + 1 > 54) {
                    lines.append(current);
                    current.clear();
                }
                current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
            }
            if (!current.isEmpty() || lines.isEmpty())
                lines.append(current);
            for (const QString &text : std::as_const(lines)) {
                y += line;
                rows +=
                    QStringLiteral("<text x=\"0\" y=\"%1\">%2</text>").arg(y).arg(escaped(text));
            }
            y += 6;
            const Rag rag = section.rag();
            const std::optional<double> score = section.tally.score();
            const qreal barWidth =
                score ? qMax(track * qBound(0.0, *score, 100.0) / 100.0, 2.0) : track;
            const QString fill = rag == Rag::Green   ? style.green.name()
                                 : rag == Rag::Amber ? QStringLiteral("url(#amber)")
                                 : rag == Rag::Red   ? QStringLiteral("url(#red)")
                                                     : QStringLiteral("none");
            rows += QStringLiteral("<rect x=\"0\" y=\"%1\" width=\"%2\" height=\"18\" fill=\"%3\" "
                                   "stroke=\"#404040\"%4/>")
                        .arg(y)
                        .arg(barWidth)
                        .arg(fill, rag == Rag::None ? QStringLiteral(" stroke-dasharray=\"4 3\"")
                                                    : QString());
            rows += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>"
                                   "<text x=\"%4\" y=\"%2\">%5</text>")
                        .arg(track + 60)
                        .arg(y + 14)
                        .arg(escaped(ScoreChartPainter::scoreText(score)))
                        .arg(track + 68)
                        .arg(escaped(ragLabel(rag)));
            if (section.gateFailed)
                rows +=
                    QStringLiteral("<text x=\"%1\" y=\"%2\" font-weight=\"bold\">\u26a0 %3</text>")
                        .arg(track + 128)
                        .arg(y + 14)
                        .arg(escaped(ScoreChartPainter::gateFailedText()));
            y += 26;
        }
        const qreal bottom = y;
        QString axis;
        for (int mark : {0, 50, 75, 100}) {
            const qreal x = track * mark / 100.0;
            axis += QStringLiteral(
                        "<line x1=\"%1\" y1=\"24\" x2=\"%1\" y2=\"%2\" stroke=\"#404040\"%3/>"
                        "<text x=\"%1\" y=\"18\" text-anchor=\"%4\">%5</text>")
                        .arg(x)
                        .arg(bottom)
                        .arg(mark == 50 || mark == 75 ? QStringLiteral(" stroke-dasharray=\"4 3\"")
                                                      : QString(),
                             mark == 0     ? QStringLiteral("start")
                             : mark == 100 ? QStringLiteral("end")
                                           : QStringLiteral("middle"),
                             locale.toString(mark));
        }
        // The key: what each pattern means.
        QString key;
        qreal keyY = bottom + 16;
        qreal keyX = 0;
        for (Rag rag : {Rag::Green, Rag::Amber, Rag::Red, Rag::None}) {
            const QString label = ScoreChartPainter::legendText(rag);
            const qreal itemWidth = 40 + label.size() * 8.2;
            if (keyX > 0 && keyX + itemWidth > width) {
                keyX = 0;
                keyY += 24;
            }
            const QString fill = rag == Rag::Green   ? style.green.name()
                                 : rag == Rag::Amber ? QStringLiteral("url(#amber)")
                                 : rag == Rag::Red   ? QStringLiteral("url(#red)")
                                                     : QStringLiteral("none");
            key += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"28\" height=\"14\" fill=\"%3\" "
                                  "stroke=\"#404040\"%4/><text x=\"%5\" y=\"%6\">%7</text>")
                       .arg(keyX)
                       .arg(keyY)
                       .arg(fill, rag == Rag::None ? QStringLiteral(" stroke-dasharray=\"4 3\"")
                                                   : QString())
                       .arg(keyX + 34)
                       .arg(keyY + 12)
                       .arg(escaped(label));
            keyX += itemWidth + 16;
        }
        const qreal height = keyY + 24;
        const QString amber = style.amber.darker(170).name();
        const QString red = style.red.darker(170).name();
        m_out +=
            QStringLiteral(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" role=\"img\" "
                "aria-labelledby=\"%3-title %3-desc\" font-family=\"DejaVu Sans, Verdana, "
                "Arial, sans-serif\" font-size=\"16\" fill=\"#1a1a1a\">\n"
                "<title id=\"%3-title\">%4</title>\n<desc id=\"%3-desc\">%5</desc>\n"
                "<defs><pattern id=\"amber\" width=\"6\" height=\"6\" "
                "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                "<rect width=\"6\" height=\"6\" fill=\"#f9d9a6\"/><rect width=\"2\" height=\"6\" "
                "fill=\"%6\"/></pattern><pattern id=\"red\" width=\"6\" height=\"6\" "
                "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                "<rect width=\"6\" height=\"6\" fill=\"#eebcbc\"/><rect width=\"2\" height=\"6\" "
                "fill=\"%7\"/><rect width=\"6\" height=\"2\" fill=\"%7\"/></pattern></defs>\n")
                .arg(width)
                .arg(height)
                .arg(id,
                     caption.isEmpty() ? escaped(HtmlReportWriter::tr("Section scores")) : caption,
                     escaped(ScoreChartPainter::describe(b.chart)), amber, red);
        m_out += axis + rows + key + QStringLiteral("\n</svg>\n</figure>\n");
    }

    const ReportDocument &m_document;
    const QList<int> m_levels;
    QString m_out;
    QString m_lastHeading;
};

} // namespace

QByteArray HtmlReportWriter::write(const ReportDocument &document)
{
    return HtmlBuilder(document).build();
}

} // namespace Waymark
