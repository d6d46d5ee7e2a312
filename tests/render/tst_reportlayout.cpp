// The printed review laid out on pages: pagination rules (no orphaned headings, paragraphs and
// table rows broken between lines, header rows repeated, charts and writing spaces kept whole),
// "Page N of M" everywhere, the same pages at any resolution, plain text printed verbatim, and
// the PDF's metadata and fonts as poppler reads them.
#include "ReportRenderer.h"
#include "SectionScores.h"
#include "layout/ReportLayout.h"
#include "layout/ReportLayoutEngine.h"
#include "paint/ReportPainter.h"
#include "pdf/PdfDocumentInfo.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Waymark;

namespace {

const QString lorem = QStringLiteral(
    "Members should be able to say how they know that children in the area are safe, which "
    "reports they receive, how often, and what they do when a report shows that something is "
    "wrong. Evidence from audits, from the partnership and from young people themselves counts "
    "for more than assurance given in a meeting. ");

QString words(int characters, int seed = 0)
{
    QString text;
    int i = seed;
    while (text.size() < characters) {
        text += lorem.mid((i * 37) % 60);
        ++i;
    }
    text.truncate(characters);
    return text.trimmed();
}

QList<SectionScore> sections(int count)
{
    QList<SectionScore> list;
    for (int i = 0; i < count; ++i)
        list.append(section(QStringLiteral("Section %1: leadership and accountability").arg(i + 1),
                            (i * 7) % 30, 30, i == 2));
    return list;
}

ReportDocument baseDocument()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Gateway review of local safeguards");
    doc.author = QStringLiteral("Cllr A. Jones");
    doc.subject = QStringLiteral("Borsetshire County Council");
    doc.creator = QStringLiteral("Waymark 0.1.0");
    doc.keywords = QStringLiteral("safeguarding, gateway review");
    doc.runningHeader = QStringLiteral("Gateway review · Borsetshire County Council");
    doc.runningFooter = QStringLiteral("Official – sensitive · 3 March 2025");
    doc.cover.kicker = QStringLiteral("Gateway review of local safeguards");
    doc.cover.title = QStringLiteral("Borsetshire County Council");
    doc.cover.subtitle = QStringLiteral("Lead Member self-assessment, spring 2025");
    doc.cover.facts = {
        {QStringLiteral("Member"), QStringLiteral("Cllr A. Jones")},
        {QStringLiteral("Role"), QStringLiteral("Lead Member for Children's Services")},
        {QStringLiteral("Date"), QStringLiteral("3 March 2025")},
        {QStringLiteral("Question bank"), QStringLiteral("waymark-core 1.0.0")}};
    doc.cover.statement = QStringLiteral("Gateway: Not passed. Overall score 61.2 (Amber).");
    doc.cover.footnote = QStringLiteral("Produced with Waymark 0.1.0 from question bank "
                                        "waymark-core version 1.0.0.");
    return doc;
}

ReportTable table(int rows, int columns = 4, int ragColumn = -1)
{
    ReportTable t;
    for (int c = 0; c < columns; ++c) {
        t.header.append(QStringLiteral("Column %1").arg(c + 1));
        t.stretch.append(c == 1 ? 4 : 2);
    }
    t.ragColumn = ragColumn;
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row.append(c == 1 ? words(40 + (r * 13) % 120, r)
                              : QStringLiteral("R%1C%2").arg(r).arg(c));
        t.rows.append(row);
        t.rowRags.append(Rag((r % 3) + 1));
    }
    return t;
}

// About the size of a full review: 111 questions with 300-character notes, 30 actions.
ReportDocument reviewDocument()
{
    ReportDocument doc = baseDocument();
    auto &b = doc.blocks;
    b.append(ReportBlock::heading(1, QStringLiteral("At a glance")));
    b.append(ReportBlock::paragraph(doc.cover.statement, TextStyle::Lead));
    b.append(ReportBlock::field(QStringLiteral("Gateway"), QStringLiteral("Not passed"), Rag::Red));
    b.append(
        ReportBlock::field(QStringLiteral("Overall score"), QStringLiteral("61.2"), Rag::Amber));
    b.append(
        ReportBlock::paragraph(QStringLiteral("Section scores out of 100."), TextStyle::Caption));
    b.append(ReportBlock::chartBlock(sections(9)));
    b.append(ReportBlock::paragraph(QStringLiteral("Sections"), TextStyle::Caption));
    b.append(ReportBlock::tableBlock(table(9, 5, 2)));
    b.append(ReportBlock::heading(1, QStringLiteral("Findings by section")));
    for (int q = 0; q < 111; ++q) {
        if (q % 10 == 0)
            b.append(ReportBlock::heading(2, QStringLiteral("Section %1").arg(q / 10 + 1),
                                          Rag((q / 10) % 3 + 1)));
        b.append(ReportBlock::heading(
            3,
            QStringLiteral("LEAD-%1 How do you know that %2").arg(q).arg(words(60 + q % 90, q))));
        b.append(
            ReportBlock::field(QStringLiteral("Answer"), QStringLiteral("Mostly met"), Rag::Amber));
        b.append(ReportBlock::paragraph(QStringLiteral("Statutory basis: Children Act 2004, s11"),
                                        TextStyle::Small));
        b.append(ReportBlock::field(QStringLiteral("Evidence"), words(300, q)));
        b.append(ReportBlock::field(QStringLiteral("Note or question for officers"),
                                    words(150, q + 1) + QStringLiteral("\n") + words(150, q + 2)));
    }
    b.append(ReportBlock::heading(1, QStringLiteral("Action plan")));
    ReportTable actions = table(30, 5);
    b.append(ReportBlock::tableBlock(actions));
    b.append(ReportBlock::heading(1, QStringLiteral("Glossary")));
    b.append(ReportBlock::tableBlock(table(60, 2)));
    return doc;
}

bool keepsWithNext(const ReportBlock &block)
{
    return block.kind == ReportBlock::Kind::Heading || block.keepWithNext;
}

struct Laid
{
    std::unique_ptr<ReportRenderer> renderer;
    QByteArray bytes;
    std::unique_ptr<QBuffer> buffer;
    std::unique_ptr<QPdfWriter> writer;
};

Laid layOut(const ReportDocument &doc, int dpi = 300, const ReportStyle &style = {})
{
    Laid laid;
    laid.buffer = std::make_unique<QBuffer>(&laid.bytes);
    laid.buffer->open(QIODevice::WriteOnly);
    laid.writer = std::make_unique<QPdfWriter>(laid.buffer.get());
    laid.writer->setResolution(dpi);
    laid.writer->setPageSize(QPageSize(QPageSize::A4));
    laid.renderer = std::make_unique<ReportRenderer>(doc, style);
    laid.renderer->layout(*laid.writer);
    return laid;
}

// Pages on which each block has items, block by block.
QList<QList<int>> pagesOfBlocks(const ReportLayoutResult &result, int blockCount)
{
    QList<QList<int>> pages(blockCount);
    for (int p = 0; p < result.pages.size(); ++p) {
        for (const LaidOutItem &item : result.pages.at(p).items) {
            if (item.block >= 0 && (pages[item.block].isEmpty() || pages[item.block].last() != p))
                pages[item.block].append(p);
        }
    }
    return pages;
}

int pageOfStart(const ReportLayoutResult &result, int block)
{
    for (int p = 0; p < result.pages.size(); ++p) {
        if (result.pages.at(p).blockStarts.contains(block))
            return p;
    }
    return -1;
}

// Every keep-with-next block shares its page with the start of the block after it.
void checkNoOrphans(const ReportDocument &doc, const ReportLayoutResult &result)
{
    for (int i = 0; i + 1 < doc.blocks.size(); ++i) {
        const ReportBlock &next = doc.blocks.at(i + 1);
        if (!keepsWithNext(doc.blocks.at(i)) || next.kind == ReportBlock::Kind::PageBreak ||
            (next.kind == ReportBlock::Kind::Heading && next.level == 1))
            continue;
        QVERIFY2(pageOfStart(result, i) == pageOfStart(result, i + 1),
                 qPrintable(QStringLiteral("block %1 (%2) is left at the foot of page %3")
                                .arg(i)
                                .arg(doc.blocks.at(i).text.left(40))
                                .arg(pageOfStart(result, i) + 1)));
    }
    // And so the last block starting on a page is never a heading, unless the document ends.
    for (int p = 0; p + 1 < result.pages.size(); ++p) {
        const QList<int> &starts = result.pages.at(p).blockStarts;
        if (starts.isEmpty())
            continue;
        const int last = starts.last();
        if (last + 1 < doc.blocks.size() &&
            doc.blocks.at(last + 1).kind != ReportBlock::Kind::PageBreak &&
            !(doc.blocks.at(last + 1).kind == ReportBlock::Kind::Heading &&
              doc.blocks.at(last + 1).level == 1))
            QVERIFY2(!keepsWithNext(doc.blocks.at(last)),
                     qPrintable(QStringLiteral("page %1 ends with block %2").arg(p + 1).arg(last)));
    }
}

QString normalised(QString text)
{
    return text.simplified();
}

// Runs a poppler tool on the PDF; its stdout, or a failure naming what went wrong.
QString runTool(const QString &tool, const QStringList &arguments, const QByteArray &pdf,
                QString *stderrText = nullptr)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return QString();
    file.close();
    // "{}" in the arguments stands for the file; without it the file goes last.
    QStringList args = arguments;
    if (args.contains(QStringLiteral("{}")))
        args.replace(args.indexOf(QStringLiteral("{}")), path);
    else
        args.append(path);
    QProcess process;
    process.start(tool, args);
    if (!process.waitForFinished(60000))
        return QString();
    if (stderrText)
        *stderrText = QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool hasTool(const QString &tool)
{
    return !QStandardPaths::findExecutable(tool).isEmpty();
}

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts"}) {
            if (!hasTool(QString::fromLatin1(tool)))
                QFAIL(qPrintable(QStringLiteral("%1 is missing: install poppler-utils")
                                     .arg(QString::fromLatin1(tool))));
        }
    }

    void pageNumbersOnEveryPage()
    {
        const ReportDocument doc = reviewDocument();
        Laid laid = layOut(doc);
        const ReportLayoutResult &result = laid.renderer->result();
        const int total = laid.renderer->pageCount();
        QVERIFY2(total > 20, qPrintable(QString::number(total)));
        QCOMPARE(int(result.pages.size()), total);
        for (int p = 0; p < total; ++p) {
            const QString footer = result.pages.at(p).blockText(LaidOutItem::FooterBlock);
            QVERIFY2(footer.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(total)),
                     qPrintable(footer));
            QVERIFY(footer.contains(doc.runningFooter));
            const QString header = result.pages.at(p).blockText(LaidOutItem::HeaderBlock);
            // The cover has no running header; every other page has.
            QCOMPARE(header.contains(doc.runningHeader), p > 0);
        }
        QVERIFY(result.pages.first().text().contains(doc.cover.title));
        QVERIFY(
            result.pages.first().blockText(LaidOutItem::CoverBlock).contains(doc.cover.footnote));
        qInfo("review-sized document: %d pages", total);
    }

    void everythingInsideTheBody()
    {
        const ReportDocument doc = reviewDocument();
        Laid laid = layOut(doc);
        const ReportLayoutResult &result = laid.renderer->result();
        const QRectF body = result.body.adjusted(-0.5, -0.5, 0.5, 0.5);
        for (int p = 0; p < result.pages.size(); ++p) {
            for (const LaidOutItem &item : result.pages.at(p).items) {
                if (item.block < 0)
                    continue;
                QVERIFY2(body.contains(item.rect.normalized()) ||
                             (item.kind == LaidOutItem::Kind::Line &&
                              body.contains(item.rect.topLeft()) &&
                              body.contains(item.rect.bottomRight())),
                         qPrintable(QStringLiteral("page %1, block %2: \"%3\" outside the body")
                                        .arg(p + 1)
                                        .arg(item.block)
                                        .arg(item.text)));
            }
        }
        // Nothing overlaps on a line: text items on one page never share a box.
        for (const LaidOutPage &page : result.pages) {
            QList<QRectF> boxes;
            for (const LaidOutItem &item : page.items) {
                if (item.kind != LaidOutItem::Kind::Text || item.text.isEmpty())
                    continue;
                const QRectF box = item.rect.adjusted(0.5, 0.5, -0.5, -0.5);
                for (const QRectF &other : boxes)
                    QVERIFY2(!box.intersects(other), qPrintable(item.text));
                boxes.append(box);
            }
        }
    }

    void noOrphanedHeadings()
    {
        checkNoOrphans(reviewDocument(), layOut(reviewDocument()).renderer->result());
        // A heading, its caption and the table after it, pushed down a line at a time past the
        // foot of the page: at no depth is any of them left behind.
        for (int filler = 0; filler < 45; ++filler) {
            ReportDocument doc = baseDocument();
            for (int i = 0; i < filler; ++i)
                doc.blocks.append(ReportBlock::paragraph(QStringLiteral("Filler %1").arg(i)));
            doc.blocks.append(
                ReportBlock::heading(2, QStringLiteral("Section heading"), Rag::Green));
            doc.blocks.append(ReportBlock::heading(3, words(250)));
            doc.blocks.append(
                ReportBlock::paragraph(QStringLiteral("Caption"), TextStyle::Caption));
            doc.blocks.append(ReportBlock::tableBlock(table(3)));
            doc.blocks.append(ReportBlock::heading(3, QStringLiteral("Last question")));
            doc.blocks.append(ReportBlock::paragraph(words(900)));
            Laid laid = layOut(doc);
            checkNoOrphans(doc, laid.renderer->result());
            if (QTest::currentTestFailed())
                qWarning("with %d filler paragraphs", filler);
        }
    }

    void heading1StartsANewPage()
    {
        ReportDocument doc = baseDocument();
        doc.blocks.append(ReportBlock::heading(1, QStringLiteral("Part one")));
        doc.blocks.append(ReportBlock::paragraph(QStringLiteral("Short.")));
        doc.blocks.append(ReportBlock::heading(1, QStringLiteral("Part two")));
        doc.blocks.append(ReportBlock::paragraph(QStringLiteral("Short too.")));
        doc.blocks.append(ReportBlock::pageBreak());
        doc.blocks.append(ReportBlock::paragraph(QStringLiteral("After the break.")));
        doc.blocks.append(ReportBlock::pageBreak());
        doc.blocks.append(ReportBlock::heading(1, QStringLiteral("Part three")));
        Laid laid = layOut(doc);
        const ReportLayoutResult &result = laid.renderer->result();
        // Cover, then one page per part and one for the text after the break: a page break
        // right before a part heading does not leave an empty page.
        QCOMPARE(laid.renderer->pageCount(), 5);
        QCOMPARE(result.pages.at(1).blockStarts, QList<int>({0, 1}));
        QCOMPARE(result.pages.at(2).blockStarts, QList<int>({2, 3}));
        QCOMPARE(result.pages.at(3).blockStarts, QList<int>({5}));
        QCOMPARE(result.pages.at(4).blockStarts, QList<int>({7}));
        // The cover's page takes no block.
        QVERIFY(result.pages.at(0).blockStarts.isEmpty());
    }

    void longQuoteBreaksBetweenLines()
    {
        for (const bool asField : {false, true}) {
            ReportDocument doc = baseDocument();
            for (int i = 0; i < 25; ++i)
                doc.blocks.append(ReportBlock::paragraph(QStringLiteral("Filler %1").arg(i)));
            const QString note =
                words(1400, 3) + QStringLiteral("\n\nSecond paragraph: ") + words(1600, 7);
            QVERIFY(note.size() > 3000);
            doc.blocks.append(asField ? ReportBlock::field(QStringLiteral("Note"), note)
                                      : ReportBlock::paragraph(note, TextStyle::Quote));
            const int index = int(doc.blocks.size()) - 1;
            Laid laid = layOut(doc);
            const ReportLayoutResult &result = laid.renderer->result();
            const QList<int> pages = pagesOfBlocks(result, int(doc.blocks.size())).at(index);
            QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
            QString printed;
            for (int p : pages)
                printed += result.pages.at(p).blockText(index) + QLatin1Char(' ');
            const QString expected = asField ? QStringLiteral("Note: ") + note : note;
            QCOMPARE(normalised(printed), normalised(expected));
            // Lines, never parts of lines: every line sits whole inside the body.
            for (int p : pages) {
                for (const LaidOutItem &item : result.pages.at(p).items) {
                    if (item.block == index && item.kind == LaidOutItem::Kind::Text)
                        QVERIFY(item.rect.bottom() <= result.body.bottom() + 0.5);
                }
            }
        }
    }

    void tableHeaderRepeats()
    {
        ReportDocument doc = baseDocument();
        doc.blocks.append(ReportBlock::paragraph(QStringLiteral("Caption"), TextStyle::Caption));
        ReportTable t = table(90, 4, 3);
        // One row far taller than a page: it breaks between its lines.
        t.rows[40][1] = words(9000, 4);
        doc.blocks.append(ReportBlock::tableBlock(t));
        Laid laid = layOut(doc);
        const ReportLayoutResult &result = laid.renderer->result();
        const QList<int> pages = pagesOfBlocks(result, 2).at(1);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        for (int i = 0; i < pages.size(); ++i) {
            const LaidOutPage &page = result.pages.at(pages.at(i));
            QList<const LaidOutItem *> texts;
            for (const LaidOutItem &item : page.items) {
                if (item.block == 1 && item.kind == LaidOutItem::Kind::Text)
                    texts.append(&item);
            }
            QVERIFY(texts.size() > 4);
            // The first four lines of the table on each page are its header, repeated after
            // the first page.
            for (int c = 0; c < 4; ++c) {
                QCOMPARE(texts.at(c)->text, t.header.at(c));
                QCOMPARE(texts.at(c)->repeated, i > 0);
            }
        }
        // Every cell's words are printed, in order.
        QString printed;
        for (int p : pages) {
            for (const LaidOutItem &item : result.pages.at(p).items) {
                if (item.block == 1 && item.kind == LaidOutItem::Kind::Text &&
                    item.rect.left() > result.body.left() + result.body.width() / 5 &&
                    item.rect.left() < result.body.left() + result.body.width() * 0.55 &&
                    !item.repeated)
                    printed += item.text + QLatin1Char(' ');
            }
        }
        QString expected = t.header.at(1) + QLatin1Char(' ');
        for (const QStringList &row : t.rows)
            expected += row.at(1) + QLatin1Char(' ');
        QCOMPARE(normalised(printed), normalised(expected));
        // A swatch before each RAG cell.
        int swatches = 0;
        for (const LaidOutPage &page : result.pages) {
            for (const LaidOutItem &item : page.items)
                swatches += item.kind == LaidOutItem::Kind::RagSwatch && item.block == 1;
        }
        QCOMPARE(swatches, 90);
    }

    void wholeBlocksStayWhole()
    {
        // The chart, tick boxes and writing lines pushed down past the foot of the page.
        for (int filler = 0; filler < 40; filler += 3) {
            ReportDocument doc = baseDocument();
            for (int i = 0; i < filler; ++i)
                doc.blocks.append(ReportBlock::paragraph(QStringLiteral("Filler %1").arg(i)));
            doc.blocks.append(ReportBlock::paragraph(QStringLiteral("Chart"), TextStyle::Caption));
            doc.blocks.append(ReportBlock::chartBlock(sections(12)));
            doc.blocks.append(ReportBlock::tickBoxes(
                QStringLiteral("Your rating"),
                {QStringLiteral("Fully met"), QStringLiteral("Mostly met"),
                 QStringLiteral("Partially met"), QStringLiteral("Not met"),
                 QStringLiteral("Don't know"), QStringLiteral("Not applicable")}));
            doc.blocks.append(ReportBlock::ruledLines(QStringLiteral("Evidence"), 12));
            for (int i = 0; i < filler; ++i)
                doc.blocks.append(ReportBlock::paragraph(QStringLiteral("More %1").arg(i)));
            doc.blocks.append(ReportBlock::ruledLines(QStringLiteral("Notes"), 20));
            Laid laid = layOut(doc);
            const ReportLayoutResult &result = laid.renderer->result();
            const QList<QList<int>> pages = pagesOfBlocks(result, int(doc.blocks.size()));
            for (int block = filler; block < filler + 4; ++block)
                QCOMPARE(pages.at(block).size(), 1);
            QCOMPARE(pages.last().size(), 1);
            QCOMPARE(pages.at(filler).first(), pages.at(filler + 1).first());
            int boxes = 0;
            int chartItems = 0;
            for (const LaidOutPage &page : result.pages) {
                for (const LaidOutItem &item : page.items) {
                    boxes += item.kind == LaidOutItem::Kind::Box;
                    if (item.kind == LaidOutItem::Kind::Chart) {
                        ++chartItems;
                        QVERIFY(result.body.contains(item.rect));
                    }
                }
            }
            QCOMPARE(boxes, 6);
            QCOMPARE(chartItems, 1);
        }
    }

    void sameLayoutAtAnyResolution()
    {
        const ReportDocument doc = reviewDocument();
        Laid at300 = layOut(doc, 300);
        Laid at1200 = layOut(doc, 1200);
        Laid at96 = layOut(doc, 96);
        QCOMPARE(at1200.renderer->pageCount(), at300.renderer->pageCount());
        QCOMPARE(at96.renderer->pageCount(), at300.renderer->pageCount());
        for (int p = 0; p < at300.renderer->pageCount(); ++p) {
            QCOMPARE(at1200.renderer->result().pages.at(p).blockStarts,
                     at300.renderer->result().pages.at(p).blockStarts);
            const QStringList a =
                at1200.renderer->result().pages.at(p).text().split(QLatin1Char('\n'));
            const QStringList b =
                at300.renderer->result().pages.at(p).text().split(QLatin1Char('\n'));
            for (int i = 0; i < qMin(a.size(), b.size()); ++i)
                QCOMPARE(a.at(i), b.at(i));
            QCOMPARE(a.size(), b.size());
        }
        // The same paper in the same layout units, whatever the device's resolution.
        QCOMPARE(at1200.renderer->result().pageSize, at300.renderer->result().pageSize);
        QCOMPARE(at1200.renderer->result().deviceDpi, 1200);
        QCOMPARE(at300.renderer->result().deviceDpi, 300);
    }

    void hostileTextIsPrintedVerbatim()
    {
        ReportDocument doc = baseDocument();
        doc.cover.title = QStringLiteral("<b>Cover</b> &amp; co");
        doc.blocks.append(ReportBlock::heading(3, QStringLiteral("<i>Question</i>")));
        doc.blocks.append(ReportBlock::field(QStringLiteral("Evidence"),
                                             QStringLiteral("<img src=\"/etc/passwd\">")));
        doc.blocks.append(ReportBlock::paragraph(QStringLiteral("<b>x</b> and &amp; and &lt;"),
                                                 TextStyle::Quote));
        doc.blocks.append(ReportBlock::paragraph(
            QStringLiteral("Cyngor Sir Ynys Môn: ŵyr a ŷd; “quotes” – dash; £5 € café")));
        ReportTable t = table(1, 2);
        t.rows[0][1] = QStringLiteral("<table><tr><td>cell</td></tr></table>");
        doc.blocks.append(ReportBlock::tableBlock(t));
        QString error;
        const QByteArray pdf = ReportRenderer::toPdf(doc, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString out =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                     QStringLiteral("{}"), QStringLiteral("-")},
                    pdf);
        for (const QString &expected :
             {QStringLiteral("<img src=\"/etc/passwd\">"),
              QStringLiteral("<b>x</b> and &amp; and &lt;"),
              QStringLiteral("<b>Cover</b> &amp; co"), QStringLiteral("<i>Question</i>"),
              QStringLiteral("<table><tr><td>cell</td></tr></table>"),
              QStringLiteral("Cyngor Sir Ynys Môn: ŵyr a ŷd; “quotes” – dash; £5 € café")})
            QVERIFY2(out.contains(expected),
                     qPrintable(expected + QStringLiteral("\n---\n") + out));
    }

    void pdfMetadata()
    {
        ReportDocument doc = baseDocument();
        doc.title = QStringLiteral("Gateway review (draft) – Ynys Môn");
        doc.author = QStringLiteral("Cllr Siân O'Brien (Deputy) \\ Leader");
        doc.subject = QStringLiteral("Cyngor Sir Ynys Môn / Isle of Anglesey County Council");
        doc.keywords = QStringLiteral("safeguarding; gateway review; Ynys Môn; 😀");
        doc.creator = QStringLiteral("Waymark 0.1.0");
        doc.blocks.append(ReportBlock::paragraph(QStringLiteral("Body.")));
        QString error;
        const QByteArray pdf = ReportRenderer::toPdf(doc, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QString errors;
        const QString info = runTool(QStringLiteral("pdfinfo"), {}, pdf, &errors);
        QVERIFY2(errors.trimmed().isEmpty(), qPrintable(errors));
        const auto value = [&info](const QString &key) {
            const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                                        QRegularExpression::MultilineOption);
            return re.match(info).captured(1).trimmed();
        };
        QCOMPARE(value(QStringLiteral("Title")), doc.title);
        QCOMPARE(value(QStringLiteral("Author")), doc.author);
        QCOMPARE(value(QStringLiteral("Subject")), doc.subject);
        QCOMPARE(value(QStringLiteral("Keywords")), doc.keywords);
        QCOMPARE(value(QStringLiteral("Creator")), doc.creator);
        // Our own tagged PDF writer made it (issue 15), not Qt's PDF engine.
        QVERIFY2(value(QStringLiteral("Producer")).startsWith(QStringLiteral("Waymark ")),
                 qPrintable(info));
        QVERIFY2(!value(QStringLiteral("CreationDate")).isEmpty(), qPrintable(info));
        QCOMPARE(value(QStringLiteral("Pages")), QStringLiteral("2"));
        QVERIFY2(value(QStringLiteral("Page size")).contains(QStringLiteral("(A4)")),
                 qPrintable(info));

        if (hasTool(QStringLiteral("qpdf"))) {
            QString qpdfErrors;
            const QString check =
                runTool(QStringLiteral("qpdf"), {QStringLiteral("--check")}, pdf, &qpdfErrors);
            QVERIFY2(check.contains(QStringLiteral("No syntax or stream encoding errors")),
                     qPrintable(check + qpdfErrors));
            QVERIFY2(!check.contains(QStringLiteral("WARNING")), qPrintable(check));
            QVERIFY2(qpdfErrors.trimmed().isEmpty(), qPrintable(qpdfErrors));
        }
    }

    void fontsAreEmbedded()
    {
        ReportDocument doc = reviewDocument();
        QString error;
        const QByteArray pdf = ReportRenderer::toPdf(doc, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QStringList lines = runTool(QStringLiteral("pdffonts"), {}, pdf)
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        // Columns by the dashes under the header: name, type, encoding, emb, ...
        const QString dashes = lines.at(1);
        QList<QPair<int, int>> columns;
        for (int i = 0; i < dashes.size();) {
            if (dashes.at(i) != QLatin1Char('-')) {
                ++i;
                continue;
            }
            const int start = i;
            while (i < dashes.size() && dashes.at(i) == QLatin1Char('-'))
                ++i;
            columns.append({start, i - start});
        }
        QVERIFY(columns.size() >= 4);
        QCOMPARE(lines.at(0).mid(columns.at(3).first, columns.at(3).second).trimmed(),
                 QStringLiteral("emb"));
        int fonts = 0;
        bool sans = false;
        for (int i = 2; i < lines.size(); ++i) {
            ++fonts;
            QVERIFY2(lines.at(i).mid(columns.at(3).first, columns.at(3).second).trimmed() ==
                         QStringLiteral("yes"),
                     qPrintable(lines.at(i)));
            sans = sans || lines.at(i).contains(QStringLiteral("Sans"));
        }
        QVERIFY(fonts >= 2); // regular and bold at least
        QVERIFY2(sans, qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void monochromePaintsGreysOnly()
    {
        ReportDocument doc = reviewDocument();
        doc.blocks = doc.blocks.mid(0, 24); // the cover, the chart, tables and RAG marks
        for (const bool monochrome : {true, false}) {
            ReportStyle style;
            style.monochrome = monochrome;
            Laid laid = layOut(doc, 100, style);
            const ReportLayoutResult &result = laid.renderer->result();
            int coloured = 0;
            for (int p = 0; p < qMin(4, laid.renderer->pageCount()); ++p) {
                QImage image((result.pageSize * 100 / result.dpi).toSize(), QImage::Format_RGB32);
                image.setDotsPerMeterX(qRound(100 / 0.0254));
                image.setDotsPerMeterY(qRound(100 / 0.0254));
                image.fill(Qt::white);
                {
                    QPainter painter(&image);
                    laid.renderer->paintPage(painter, p);
                }
                for (int y = 0; y < image.height(); ++y) {
                    const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                    for (int x = 0; x < image.width(); ++x) {
                        const QRgb c = line[x];
                        coloured += qRed(c) != qGreen(c) || qGreen(c) != qBlue(c);
                    }
                }
                if (monochrome)
                    QVERIFY2(coloured == 0, qPrintable(QStringLiteral("page %1").arg(p + 1)));
            }
            if (!monochrome)
                QVERIFY(coloured > 0); // the check above can see colour
        }
    }

    void paintsOntoTheDevice()
    {
        // paint() lays out again for a device it was not laid out for, and every page comes out.
        const ReportDocument doc = reviewDocument();
        ReportRenderer renderer(doc);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        renderer.paint(painter, writer);
        painter.end();
        QVERIFY(renderer.pageCount() > 20);
        // The writer's own margins are narrower than the report's, so the report's frame holds
        // even though layout came too late to set them.
        QCOMPARE(renderer.pageCount(), layOut(doc).renderer->pageCount());
        QString errors;
        const QString info = runTool(QStringLiteral("pdfinfo"), {}, bytes, &errors);
        QVERIFY2(info.contains(QRegularExpression(
                     QStringLiteral("Pages:\\s+%1\n").arg(renderer.pageCount()))),
                 qPrintable(info));
    }

    void layoutIsPlainDataAnyOutputPaints()
    {
        // The layout needs only a page layout, no device, and gives what a renderer laying out
        // for a PDF writer gets; the result alone, outliving the document, is enough to paint.
        ReportDocument doc = reviewDocument();
        doc.blocks = doc.blocks.mid(0, 24); // the cover, the chart, tables and RAG marks
        const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                             ReportLayoutEngine::margins(), QPageLayout::Millimeter);
        ReportLayoutResult result = ReportLayoutEngine::layOut(doc, {}, a4);
        const Laid laid = layOut(doc);
        QCOMPARE(result.pages.size(), laid.renderer->result().pages.size());
        for (int p = 0; p < result.pages.size(); ++p) {
            QCOMPARE(result.pages.at(p).blockStarts,
                     laid.renderer->result().pages.at(p).blockStarts);
            QCOMPARE(result.pages.at(p).text(), laid.renderer->result().pages.at(p).text());
        }
        doc = ReportDocument();

        int chartPage = -1;
        QRectF chart;
        for (int p = 0; p < result.pages.size() && chartPage < 0; ++p) {
            for (const LaidOutItem &item : result.pages.at(p).items) {
                if (item.kind == LaidOutItem::Kind::Chart && !item.sections.isEmpty()) {
                    chartPage = p;
                    chart = item.rect;
                }
            }
        }
        QVERIFY(chartPage >= 0);
        QImage image((result.pageSize * 100 / result.dpi).toSize(), QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(100 / 0.0254));
        image.setDotsPerMeterY(qRound(100 / 0.0254));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            ReportPainter(result, false).paintPage(painter, chartPage);
        }
        // The chart's bars are in colour: painted from the sections the layout carries.
        const QRect bars =
            QRectF(chart.topLeft() * 100 / result.dpi, chart.size() * 100 / result.dpi)
                .toAlignedRect()
                .intersected(image.rect());
        int coloured = 0;
        for (int y = bars.top(); y <= bars.bottom(); ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = bars.left(); x <= bars.right(); ++x)
                coloured += qRed(line[x]) != qGreen(line[x]) || qGreen(line[x]) != qBlue(line[x]);
        }
        QVERIFY(coloured > 0);
    }

    void documentInfoNeedsAClassicTrailer()
    {
        PdfDocumentInfo info;
        info.author = QStringLiteral("Cllr A. Jones");
        QVERIFY(info.addTo(QByteArray()).isEmpty());
        QVERIFY(info.addTo(QByteArrayLiteral("%PDF-1.7\nnot a finished PDF\n")).isEmpty());
    }

    void timing()
    {
        const ReportDocument doc = reviewDocument();
        QString error;
        ReportRenderer::toPdf(doc, &error); // warm the font caches
        // The best of a few runs: the machine may be busy with other work.
        qint64 layoutMs = std::numeric_limits<qint64>::max();
        qint64 pdfMs = layoutMs;
        QByteArray pdf;
        std::unique_ptr<ReportRenderer> renderer;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            Laid laid = layOut(doc);
            layoutMs = qMin(layoutMs, timer.elapsed());
            renderer = std::move(laid.renderer);
            timer.restart();
            pdf = ReportRenderer::toPdf(doc, &error);
            pdfMs = qMin(pdfMs, timer.elapsed());
            QVERIFY(!pdf.isEmpty());
        }
        const auto &laid = *renderer;
        qInfo("review of %d pages: layout %lld ms; layout, paint and PDF %lld ms, %lld KiB",
              laid.pageCount(), layoutMs, pdfMs, qint64(pdf.size() / 1024));
        if (qEnvironmentVariableIsSet("WAYMARK_REPORT_SAMPLE")) {
            QFile file(qEnvironmentVariable("WAYMARK_REPORT_SAMPLE"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(pdf);
        }
    }
};

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
