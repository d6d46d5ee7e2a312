// The review in its three files (issue 15), read back the way readers' tools read them:
// - the tagged PDF with poppler (pdfinfo -struct-text, pdffonts, pdftotext) and qpdf --json,
//   against the Matterhorn Protocol's machine-checkable points the writer implements: every
//   page's content tagged or an artifact, headings nested, table headers, the figure's
//   alternative text, language, title and the PDF/UA identifier, fonts embedded with a Unicode
//   map, and the text copying exactly as it did from Qt's untagged PDF;
// - the HTML as text (self-contained, landmarks, lang, captions, scopes, the chart's SVG);
// - the ODT's content.xml (real headings, header rows, lists, well-formed XML);
// and the three compared section by section, hostile notes included.
#include "OdfTools.h"
#include "PdfTools.h"
#include "ReportRenderer.h"
#include "assessment/SampleAssessment.h"
#include "bank/BankLoader.h"
#include "chart/ScoreChartPainter.h"
#include "report/ReviewComposer.h"
#include "report/WorkbookComposer.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Waymark;

namespace {

// A note that would be markup, or an escape, in any of the three formats.
const QString hostileNote = QStringLiteral(
    "<script>alert(\"x\")</script></p><h1>Not a heading</h1> &amp; & ]]> <text:h "
    "text:outline-level=\"1\">Nor this</text:h> (brackets) \\ %1 <!-- comment --> Siân's "
    "\u201cquotes\u201d");
const QString hostileEvidence =
    QStringLiteral("<img src=\"https://example.invalid/x.png\"> <b>bold</b>");

using Sections = QList<QStringList>; // each section's words, its heading first

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

QString unescapeHtml(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// One line of `pdfinfo -struct-text`: an element (its type) or a text (its string).
struct StructLine
{
    int indent = 0;
    QString type;
    QString text;
};

QString structText(const QString &path)
{
    return PdfTools::run(QStringLiteral("pdfinfo"), path, {QStringLiteral("-struct-text")});
}

QList<StructLine> structLines(const QString &path)
{
    static const QRegularExpression element(
        QStringLiteral("^( *)([A-Za-z][A-Za-z0-9]*)( \\((block|inline)\\))?:?$"));
    static const QRegularExpression text(QStringLiteral("^( *)\"(.*)\"$"));
    QList<StructLine> lines;
    for (const QString &line : structText(path).split(QLatin1Char('\n'))) {
        if (const QRegularExpressionMatch m = text.match(line); m.hasMatch())
            lines.append({int(m.capturedLength(1)), QString(), m.captured(2)});
        else if (const QRegularExpressionMatch e = element.match(line); e.hasMatch())
            lines.append({int(e.capturedLength(1)), e.captured(2), QString()});
    }
    return lines;
}

// The tagged text in structure order, figures left out, a new section at each H1.
Sections pdfSections(const QString &path)
{
    Sections sections{{}};
    QList<QPair<int, QString>> open; // the elements a line is inside
    for (const StructLine &line : structLines(path)) {
        while (!open.isEmpty() && open.last().first >= line.indent)
            open.removeLast();
        if (!line.type.isEmpty()) {
            open.append({line.indent, line.type});
            if (line.type == QLatin1String("H1"))
                sections.append(QStringList());
            continue;
        }
        const bool inFigure = std::any_of(open.cbegin(), open.cend(), [](const auto &element) {
            return element.second == QLatin1String("Figure");
        });
        if (!inFigure)
            sections.last().append(wordsOf(line.text));
    }
    return sections;
}

// The page's words, figures and the footer left out, a new section at each h1 and h2.
Sections htmlSections(const QString &html)
{
    QString body = html.mid(html.indexOf(QLatin1String("<body")));
    static const QRegularExpression figure(QStringLiteral("<figure.*?</figure>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression footer(QStringLiteral("<footer.*?</footer>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    body.remove(figure);
    body.remove(footer);
    Sections sections{{}};
    static const QRegularExpression part(QStringLiteral("(?=<h[12][ >])"));
    const QStringList chunks = body.split(part);
    for (int i = 0; i < chunks.size(); ++i) {
        if (i > 0)
            sections.append(QStringList());
        QString text = chunks.at(i);
        text.replace(tag, QStringLiteral(" "));
        sections.last().append(wordsOf(unescapeHtml(text)));
    }
    return sections;
}

// The document's words, the chart's picture and caption left out, a new section at each
// heading of outline level 1. Fails the XML check when content.xml is not well formed.
Sections odtSections(const QByteArray &content, QString *xmlError = nullptr)
{
    const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    const QString drawNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
    Sections sections{{}};
    QString current;
    QXmlStreamReader xml(content);
    const auto flush = [&]() {
        sections.last().append(wordsOf(current));
        current.clear();
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString style =
                xml.attributes().value(textNs, QStringLiteral("style-name")).toString();
            if (xml.namespaceUri() == drawNs && xml.name() == QLatin1String("frame")) {
                xml.skipCurrentElement();
            } else if (style == QLatin1String("Figure_20_Caption")) {
                xml.skipCurrentElement();
            } else if (xml.namespaceUri() == textNs && xml.name() == QLatin1String("h") &&
                       xml.attributes().value(textNs, QStringLiteral("outline-level")) ==
                           QLatin1String("1")) {
                flush();
                sections.append(QStringList());
            } else if (xml.namespaceUri() == textNs &&
                       (xml.name() == QLatin1String("s") || xml.name() == QLatin1String("tab") ||
                        xml.name() == QLatin1String("line-break"))) {
                current += QLatin1Char(' ');
            }
        } else if (xml.isEndElement()) {
            if (xml.namespaceUri() == textNs &&
                (xml.name() == QLatin1String("p") || xml.name() == QLatin1String("h")))
                current += QLatin1Char(' ');
        } else if (xml.isCharacters()) {
            current += xml.text();
        }
    }
    flush();
    if (xmlError && xml.hasError())
        *xmlError = xml.errorString();
    return sections;
}

void compareSections(const Sections &expected, const Sections &actual, const char *format)
{
    for (int i = 0; i < qMin(expected.size(), actual.size()); ++i) {
        if (expected.at(i) != actual.at(i)) {
            int at = 0;
            while (at < qMin(expected.at(i).size(), actual.at(i).size()) &&
                   expected.at(i).at(at) == actual.at(i).at(at))
                ++at;
            QFAIL(qPrintable(QStringLiteral("%1, section %2 (%3): the PDF has «%4», the %1 «%5»")
                                 .arg(QLatin1String(format))
                                 .arg(i)
                                 .arg(expected.at(i).mid(0, 6).join(QLatin1Char(' ')),
                                      expected.at(i).mid(at, 12).join(QLatin1Char(' ')),
                                      actual.at(i).mid(at, 12).join(QLatin1Char(' ')))));
        }
    }
    QCOMPARE(actual.size(), expected.size());
}

} // namespace

class TestReportFormats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    QuestionBank m_bank;
    ReportDocument m_review;   // the sample council's review, hostile notes in it
    ReportDocument m_workbook; // a councillor's blank workbook
    QString m_pdf;
    QString m_html;
    QString m_odt;

    QString write(const ReportDocument &document, const QString &name)
    {
        const QString path = m_folder.filePath(name);
        const SaveResult saved =
            ReportRenderer::save(document, path, *ReportRenderer::formatOfPath(path));
        if (!saved.ok())
            qFatal("%s", qPrintable(saved.message));
        return path;
    }

    static QString read(const QString &path)
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        for (const char *tool : {"pdfinfo", "pdftotext", "pdffonts", "qpdf", "unzip"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is needed (scripts/deps.sh installs it)")
                                     .arg(QLatin1String(tool))));
        }
        m_bank = *BankLoader::loadBuiltIn().bank;
        Assessment assessment = sampleAssessment(m_bank);
        const QString first = m_bank.questionsFor(assessment.info.roleId).first()->id;
        Answer answer = assessment.answer(first);
        answer.note = hostileNote;
        answer.evidence = hostileEvidence;
        assessment.setAnswer(first, answer);
        assessment.info.respondent = QStringLiteral("Cllr <b>Pat</b> & \"Example\"");
        ReviewOptions options;
        options.producedOn = QDate(2026, 11, 23);
        m_review = ReviewComposer::compose(assessment, m_bank, options);
        m_workbook = WorkbookComposer::compose(m_bank, QStringLiteral("councillor"));
        m_pdf = write(m_review, QStringLiteral("review.pdf"));
        m_html = write(m_review, QStringLiteral("review.html"));
        m_odt = write(m_review, QStringLiteral("review.odt"));
    }

    // --- The tagged PDF --------------------------------------------------------------------

    void pdfSaysItIsTaggedWithTitleAndLanguage()
    {
        const QString info = PdfTools::run(QStringLiteral("pdfinfo"), m_pdf);
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Tagged: +yes"))),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Title:           ") + m_review.title),
                 qPrintable(info));
        const QHash<QString, QJsonObject> objects = PdfTools::objects(m_pdf);
        const QJsonObject root = PdfTools::catalog(objects);
        QCOMPARE(root.value(QStringLiteral("/Lang")).toString(), QStringLiteral("u:en"));
        QCOMPARE(
            root.value(QStringLiteral("/MarkInfo")).toObject().value(QStringLiteral("/Marked")),
            QJsonValue(true));
        QVERIFY(root.contains(QStringLiteral("/StructTreeRoot")));
        QCOMPARE(root.value(QStringLiteral("/ViewerPreferences"))
                     .toObject()
                     .value(QStringLiteral("/DisplayDocTitle")),
                 QJsonValue(true));
        // The XMP metadata: the title, and the PDF/UA identifier.
        const QString xmp = QString::fromUtf8(PdfTools::streamData(
            objects.value(root.value(QStringLiteral("/Metadata")).toString())));
        QVERIFY2(xmp.contains(QLatin1String("<pdfuaid:part>1</pdfuaid:part>")), qPrintable(xmp));
        QVERIFY2(xmp.contains(m_review.title.toHtmlEscaped()), qPrintable(xmp));
        QVERIFY2(
            xmp.contains(QLatin1String("Cllr &lt;b&gt;Pat&lt;/b&gt; &amp; &quot;Example&quot;")),
            qPrintable(xmp));
        QVERIFY(QProcess::execute(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_pdf}) == 0);
    }

    void everyPageIsTaggedContentOrArtifacts()
    {
        const QHash<QString, QJsonObject> objects = PdfTools::objects(m_pdf);
        int pages = 0;
        int marked = 0;
        int artifacts = 0;
        for (const QJsonObject &object : objects) {
            const QJsonObject dict = PdfTools::dictionary(object);
            if (dict.value(QStringLiteral("/Type")).toString() != QLatin1String("/Page"))
                continue;
            ++pages;
            QVERIFY(dict.contains(QStringLiteral("/StructParents")));
            const QByteArray content = PdfTools::streamData(
                objects.value(dict.value(QStringLiteral("/Contents")).toString()));
            QVERIFY(!content.isEmpty());
            // Every operator that paints (text, fills, strokes) is inside marked content; every
            // marked-content sequence is an artifact or has an MCID; they nest and close.
            int depth = 0;
            static const QSet<QByteArray> painting = {"TJ", "Tj", "f", "f*", "S",
                                                      "B",  "B*", "b", "s"};
            const QList<QByteArray> tokens = content.simplified().split(' ');
            for (int i = 0; i < tokens.size(); ++i) {
                const QByteArray &token = tokens.at(i);
                if (token == "BDC" || token == "BMC") {
                    ++depth;
                } else if (token == "EMC") {
                    --depth;
                    QVERIFY(depth >= 0);
                } else if (painting.contains(token)) {
                    QVERIFY2(depth > 0, "something is painted outside marked content");
                } else if (token.startsWith('/') && i + 1 < tokens.size() &&
                           tokens.at(i + 1).startsWith("<<") && token != "/Span") {
                    // "/P <</MCID 3>> BDC" or "/Artifact <</Type /Pagination ...>> BDC"
                    if (token == "/Artifact")
                        ++artifacts;
                    else if (tokens.at(i + 1) == "<</MCID")
                        ++marked;
                }
            }
            QCOMPARE(depth, 0);
        }
        QVERIFY(pages > 10);
        QVERIFY(marked > pages);
        QVERIFY(artifacts >= pages * 2); // at least the running header and footer
    }

    void structureIsInReadingOrderWithNestedHeadings()
    {
        const QList<StructLine> lines = structLines(m_pdf);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.first().type, QStringLiteral("Document"));
        int previous = 0;
        QStringList h1;
        for (int i = 0; i < lines.size(); ++i) {
            const QString &type = lines.at(i).type;
            static const QRegularExpression heading(QStringLiteral("^H([1-6])$"));
            const QRegularExpressionMatch m = heading.match(type);
            if (!m.hasMatch())
                continue;
            const int level = m.captured(1).toInt();
            QVERIFY2(level <= previous + 1, qPrintable(QStringLiteral("H%1 after H%2: %3")
                                                           .arg(level)
                                                           .arg(previous)
                                                           .arg(lines.value(i + 1).text)));
            previous = level;
            if (level == 1)
                h1.append(lines.value(i + 1).text);
        }
        // The cover's title, then the document's parts, in the order they are printed.
        QStringList parts = {m_review.cover.title};
        for (const ReportBlock &block : m_review.blocks) {
            if (block.kind == ReportBlock::Kind::Heading && block.level == 1)
                parts.append(block.text);
        }
        QCOMPARE(h1, parts);
    }

    void tablesHaveHeaderCellsAndTheFigureItsAlternative()
    {
        const QString tree = structText(m_pdf);
        // Every table's first row is header cells, each with its scope.
        const QList<StructLine> lines = structLines(m_pdf);
        int tables = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).type != QLatin1String("Table"))
                continue;
            ++tables;
            int j = i + 1;
            while (j < lines.size() && lines.at(j).type != QLatin1String("TR"))
                ++j;
            QVERIFY(j + 1 < lines.size());
            QCOMPARE(lines.at(j + 1).type, QStringLiteral("TH"));
        }
        QVERIFY(tables >= 5);
        QVERIFY(tree.contains(QLatin1String("/Scope /Column")));
        QVERIFY(tree.contains(QLatin1String("/Scope /Row"))); // the cover's facts
        // The chart is a Figure whose alternative text gives each section's score and RAG.
        const ReportBlock *chart = nullptr;
        for (const ReportBlock &block : m_review.blocks) {
            if (block.kind == ReportBlock::Kind::Chart)
                chart = &block;
        }
        QVERIFY(chart);
        const QString alt = ScoreChartPainter::describe(chart->chart);
        QVERIFY(alt.contains(chart->chart.first().title));
        int figures = 0;
        for (const QJsonObject &object : PdfTools::objects(m_pdf)) {
            const QJsonObject dict = PdfTools::dictionary(object);
            if (dict.value(QStringLiteral("/S")).toString() != QLatin1String("/Figure"))
                continue;
            ++figures;
            QString given = dict.value(QStringLiteral("/Alt")).toString();
            if (given.startsWith(QLatin1String("u:")))
                given = given.mid(2);
            QCOMPARE(given, alt);
            QVERIFY(dict.value(QStringLiteral("/A")).toObject().contains(QStringLiteral("/BBox")));
        }
        QCOMPARE(figures, 1);
    }

    void fontsAreEmbeddedSubsetsWithUnicodeMaps()
    {
        const QString fonts = PdfTools::run(QStringLiteral("pdffonts"), m_pdf);
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!rows.isEmpty(), qPrintable(fonts));
        for (const QString &row : rows) {
            // name, type (two words), encoding, then emb sub uni
            const QStringList cells = wordsOf(row);
            QVERIFY2(cells.size() >= 8, qPrintable(row));
            QCOMPARE(cells.at(cells.size() - 5), QStringLiteral("yes")); // embedded
            QCOMPARE(cells.at(cells.size() - 4), QStringLiteral("yes")); // a subset
            QCOMPARE(cells.at(cells.size() - 3), QStringLiteral("yes")); // ToUnicode
        }
    }

    void textCopiesAsFromTheUntaggedPdf_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("review") << 0;
        QTest::newRow("workbook") << 1;
    }

    void textCopiesAsFromTheUntaggedPdf()
    {
        QFETCH(int, which);
        const ReportDocument &document = which == 0 ? m_review : m_workbook;
        QString error;
        const QString tagged = m_folder.filePath(QStringLiteral("tagged.pdf"));
        const QString untagged = m_folder.filePath(QStringLiteral("untagged.pdf"));
        QFile a(tagged);
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write(ReportRenderer::toPdf(document, &error));
        a.close();
        QFile b(untagged);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(ReportRenderer::toUntaggedPdf(document, &error));
        b.close();
        const QString copied = PdfTools::text(tagged);
        QVERIFY(copied.contains(QLatin1String("Gateway review of local safeguards")));
        QCOMPARE(copied, PdfTools::text(untagged));
        if (which == 0)
            QVERIFY2(copied.contains(QLatin1String("<script>alert(\"x\")</script></p><h1>Not")),
                     qPrintable(copied.left(300)));
    }

    void otherLanguagesAreMarked()
    {
        ReportDocument welsh = m_workbook;
        welsh.language = QStringLiteral("cy");
        int marked = -1;
        for (int i = 0; i < welsh.blocks.size(); ++i) {
            if (welsh.blocks.at(i).kind == ReportBlock::Kind::Heading &&
                welsh.blocks.at(i).level == 3) {
                welsh.blocks[i].language = QStringLiteral("en");
                marked = i;
                break;
            }
        }
        QVERIFY(marked >= 0);
        const QString pdf = write(welsh, QStringLiteral("welsh.pdf"));
        const QHash<QString, QJsonObject> objects = PdfTools::objects(pdf);
        QCOMPARE(PdfTools::catalog(objects).value(QStringLiteral("/Lang")).toString(),
                 QStringLiteral("u:cy"));
        int english = 0;
        for (const QJsonObject &object : objects) {
            const QJsonObject dict = PdfTools::dictionary(object);
            if (dict.value(QStringLiteral("/Type")).toString() == QLatin1String("/StructElem") &&
                dict.value(QStringLiteral("/Lang")).toString() == QLatin1String("u:en")) {
                QCOMPARE(dict.value(QStringLiteral("/S")).toString(), QStringLiteral("/H2"));
                ++english;
            }
        }
        QCOMPARE(english, 1);
        const QString html = read(write(welsh, QStringLiteral("welsh.html")));
        QVERIFY(html.contains(QLatin1String("<html lang=\"cy\">")));
        QCOMPARE(html.count(QLatin1String(" lang=\"en\"")), 1);
        const QString odt = write(welsh, QStringLiteral("welsh.odt"));
        QVERIFY(QString::fromUtf8(OdfTools::entry(odt, QStringLiteral("styles.xml")))
                    .contains(QLatin1String("fo:language=\"cy\"")));
        const QString content =
            QString::fromUtf8(OdfTools::entry(odt, QStringLiteral("content.xml")));
        QVERIFY(content.contains(QLatin1String("fo:language=\"en\"")));
        QVERIFY(content.contains(QLatin1String("text:style-name=\"Lang_en\"")));
    }

    // --- HTML ------------------------------------------------------------------------------

    void htmlIsOneAccessiblePage()
    {
        const QString html = read(m_html);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
        QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QLatin1String("name=\"viewport\"")));
        QVERIFY(
            html.contains(QStringLiteral("<title>%1</title>").arg(m_review.title.toHtmlEscaped())));
        // Landmarks, one h1, tables with captions and scopes, a print stylesheet.
        for (const char *part :
             {"<header", "<main>", "</main>", "<footer", "<caption", "scope=\"col\"",
              "scope=\"row\"", "@media print", "max-width: 30em"})
            QVERIFY2(html.contains(QLatin1String(part)), part);
        QCOMPARE(html.count(QLatin1String("<h1")), 1);
        // Self-contained: nothing runs and nothing is fetched.
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(!html.contains(QLatin1String("<link")));
        // Markup is only what the writer wrote (the member's text is escaped, so no "<" of
        // theirs is left): no tag of it fetches anything.
        static const QRegularExpression fetching(
            QStringLiteral("<[^>]*\\s(src|href|srcset|data|poster)\\s*=\\s*+\"?+(?!#)"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!html.contains(fetching), qPrintable(fetching.match(html).captured()));
        // The chart's patterns are referred to within the page (url(#red)), nothing else.
        static const QRegularExpression outside(QStringLiteral("url\\(\\s*+['\"]?+(?!#)"));
        QVERIFY2(!html.contains(outside), qPrintable(outside.match(html).captured()));
        QVERIFY(!html.contains(QLatin1String("@import")));
        QVERIFY(!html.contains(QLatin1String("<img")));
        // The chart: an SVG picture whose text alternative says every section's score and RAG.
        QVERIFY(html.contains(QLatin1String("role=\"img\"")));
        const ReportBlock *chart = nullptr;
        for (const ReportBlock &block : m_review.blocks) {
            if (block.kind == ReportBlock::Kind::Chart)
                chart = &block;
        }
        QVERIFY(chart);
        QVERIFY(html.contains(QStringLiteral("-desc\">%1</desc>")
                                  .arg(ScoreChartPainter::describe(chart->chart).toHtmlEscaped())));
        // RAG in words beside its pattern, which screen readers skip.
        QVERIFY(html.contains(QLatin1String("aria-hidden=\"true\"></span>Red</span>")));
        // The member's words are text.
        QVERIFY(html.contains(hostileNote.toHtmlEscaped()));
        QVERIFY(html.contains(hostileEvidence.toHtmlEscaped()));
    }

    // --- ODT -------------------------------------------------------------------------------

    void odtHasRealHeadingsTablesAndLists()
    {
        QFile file(m_odt);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // The package's first entry: "mimetype", stored, as ODF requires.
        QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
        const QString content =
            QString::fromUtf8(OdfTools::entry(m_odt, QStringLiteral("content.xml")));
        QVERIFY(content.contains(QLatin1String(
            "<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">At a glance")));
        QVERIFY(content.contains(QLatin1String("text:outline-level=\"3\"")));
        QVERIFY(content.contains(QLatin1String("<table:table-header-rows>")));
        QVERIFY(content.contains(QLatin1String("<svg:desc>")));
        QVERIFY(QString::fromUtf8(OdfTools::entry(m_odt, QStringLiteral("meta.xml")))
                    .contains(m_review.title.toHtmlEscaped()));
        QVERIFY(!OdfTools::entry(m_odt, QStringLiteral("Pictures/chart1.png")).isEmpty());
        // The hostile note is text: no heading comes of it.
        QCOMPARE(content.count(QLatin1String("<text:h ")),
                 int(std::count_if(
                     m_review.blocks.cbegin(), m_review.blocks.cend(),
                     [](const ReportBlock &b) { return b.kind == ReportBlock::Kind::Heading; })) +
                     1);
        const QString workbook = write(m_workbook, QStringLiteral("workbook.odt"));
        const QString workbookContent =
            QString::fromUtf8(OdfTools::entry(workbook, QStringLiteral("content.xml")));
        QVERIFY(workbookContent.contains(QLatin1String("<text:list text:style-name=\"Choices\">")));
        for (const QString &entry :
             {QStringLiteral("content.xml"), QStringLiteral("styles.xml"),
              QStringLiteral("meta.xml"), QStringLiteral("META-INF/manifest.xml")}) {
            QXmlStreamReader xml(OdfTools::entry(m_odt, entry));
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(entry + QLatin1String(": ") + xml.errorString()));
        }
    }

    // --- The same words in all three -------------------------------------------------------

    void sameTextInEveryFormatSectionBySection_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("review, hostile notes in it") << 0;
        QTest::newRow("workbook") << 1;
    }

    void sameTextInEveryFormatSectionBySection()
    {
        QFETCH(int, which);
        const ReportDocument &document = which == 0 ? m_review : m_workbook;
        const QString pdf = which == 0 ? m_pdf : write(document, QStringLiteral("same.pdf"));
        const QString html = which == 0 ? m_html : write(document, QStringLiteral("same.html"));
        const QString odt = which == 0 ? m_odt : write(document, QStringLiteral("same.odt"));
        const Sections fromPdf = pdfSections(pdf);
        QVERIFY(fromPdf.size() > 5);
        QString xmlError;
        const Sections fromOdt =
            odtSections(OdfTools::entry(odt, QStringLiteral("content.xml")), &xmlError);
        QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
        compareSections(fromPdf, htmlSections(read(html)), "HTML");
        compareSections(fromPdf, fromOdt, "ODT");
        if (which == 0) {
            QStringList all;
            for (const QStringList &section : fromPdf)
                all += section;
            const QString words = all.join(QLatin1Char(' '));
            QVERIFY(words.contains(wordsOf(hostileNote).join(QLatin1Char(' '))));
        }
    }
};

QTEST_MAIN(TestReportFormats)
#include "tst_reportformats.moc"
