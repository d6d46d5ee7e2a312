#pragma once

#include "scoring/Scoring.h"
#include "scoring/Trend.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Waymark {

// A composed document — the gateway review or the blank workbook — as what it says, in reading
// order, with no page geometry. core/ composes it (ReviewComposer, WorkbookComposer); render/
// lays it out on pages and paints it, so the screen preview, the printer and the PDF show one
// document.
//
// Every string in it is plain text, the member's own words included: it is painted as those
// characters and never read as markup, so a note saying <b>Ofsted</b> prints with its brackets.

// How a paragraph reads.
enum class TextStyle
{
    Body,   // ordinary text
    Lead,   // a larger opening sentence, e.g. the gateway status at a glance
    Quote,  // the member's own words (evidence, notes), set in from the margin
    Small,  // secondary detail, e.g. a question's statutory basis
    Caption // a short label above a table, chart or writing space
};

// A table with a header row that repeats at the top of each page the table continues on.
struct ReportTable
{
    QStringList header;
    QList<int> stretch;      // each column's share of the width, one per column
    QList<QStringList> rows; // each row has header.size() cells; cells wrap within their column
    // When ragColumn is a column, rowRags holds one RAG per row and that column's cells show
    // the RAG's pattern beside their text (the text itself says the RAG in words).
    int ragColumn = -1;
    QList<Rag> rowRags;
    // A heat map: per row, per column, 0 for no background or 1..4 for a grey from light to
    // dark behind the cell's text (which still says the value, so nothing rests on the shade).
    QList<QList<int>> cellShades;
};

struct ReportBlock
{
    enum class Kind
    {
        Heading,    // text, level 1..3
        Paragraph,  // text in a style
        Field,      // "label: text", the label bold; text wraps under it when long
        Table,      // table
        Chart,      // the section score chart (the same painter as the summary screen)
        TrendChart, // the line chart of scores across cycles (the same painter as the Trend view)
        TickBoxes,  // label, then an empty box before each of choices, for a pen
        RuledLines, // label, then `lines` ruled lines to write on
        PageBreak   // the next block starts a new page
    };

    Kind kind = Kind::Paragraph;
    int level =
        1; // Heading: 1 a part of the document (starts a new page), 2 a section, 3 a question
    TextStyle style = TextStyle::Body;
    QString label;
    QString text;
    // Heading and Field: when not None, a RAG mark (the RAG's pattern and its word) follows the
    // text.
    Rag rag = Rag::None;
    ReportTable table;
    QList<SectionScore> chart;
    TrendChartData trendChart;
    QStringList choices;
    int lines = 0;
    // Stay on the same page as the start of the next block. Headings always do.
    bool keepWithNext = false;
    // The language of the block's text (BCP 47, "en") when it is not the document's: a
    // question the bank has no Welsh for, in a Welsh review. Empty: the document's language.
    QString language;

    static ReportBlock heading(int level, const QString &text, Rag rag = Rag::None);
    static ReportBlock paragraph(const QString &text, TextStyle style = TextStyle::Body);
    static ReportBlock field(const QString &label, const QString &text, Rag rag = Rag::None);
    static ReportBlock tableBlock(const ReportTable &table);
    static ReportBlock chartBlock(const QList<SectionScore> &sections);
    static ReportBlock trendChartBlock(const TrendChartData &data);
    static ReportBlock tickBoxes(const QString &label, const QStringList &choices);
    static ReportBlock ruledLines(const QString &label, int lines);
    static ReportBlock pageBreak();
};

// The first page.
struct ReportCover
{
    QString kicker;                       // "Gateway review of local safeguards"
    QString title;                        // the authority, in large type
    QString subtitle;                     // e.g. the assessment's title
    QList<QPair<QString, QString>> facts; // ("Member", "Cllr A. Jones"), ("Role", …), ("Date", …)
    QString statement;                    // e.g. "Gateway: Not passed. Overall score 61.2 (Amber)."
    QString footnote;                     // "Produced with Waymark 0.1.0 from question bank …"
};

struct ReportDocument
{
    // The language the document is written in (BCP 47: "en", "cy"): the tagged PDF's /Lang,
    // the HTML's lang. Empty is English.
    QString language;

    // PDF metadata.
    QString title;
    QString author;
    QString subject;
    QString creator; // "Waymark 0.1.0"
    QString keywords;

    // At the top of every page after the cover, e.g. "Gateway review · Borsetshire County Council".
    QString runningHeader;
    // At the foot of every page beside "Page N of M", e.g. "Official – sensitive" or the date.
    QString runningFooter;

    ReportCover cover;
    QList<ReportBlock> blocks;

    // Every string of the document in reading order, one per line: for tests and searching.
    QString plainText() const;
    // language, or "en" when it is empty.
    QString languageOrDefault() const;
    // A heading's level as an outline may give it: never more than one below the heading
    // before it (a question straight under a part is a level 2 for a reader), so that the
    // tagged PDF's H1..H3 and the HTML's h1..h4 are nested without a gap. Index into blocks.
    QList<int> outlineLevels() const;
};

} // namespace Waymark
