#pragma once

#include "layout/Flow.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Waymark {

class TextShaper;

// Cuts a report into slices for the Paginator: the cover into its parts, and each block into a
// Flow that says how it may break across pages (headings kept with what follows, no lone first
// or last lines of a paragraph, tables row by row with a header to repeat, the chart, tick
// boxes and ruled lines whole).
class FlowBuilder
{
    // Its texts are in ReportRenderer's translation context, where their Welsh is.
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    FlowBuilder(const TextShaper &shaper, const PageFrame &page);

    // A field's label as it is printed: "Evidence:", but "How would you know?" as it is. Every
    // output (the pages, HTML, ODT) writes it the same way.
    static QString fieldLabel(const QString &label);

    QList<CoverPart> cover(const ReportCover &cover) const;
    Flow flow(const ReportBlock &block, int index) const;

private:
    Flow headingFlow(const ReportBlock &block, int index) const;
    Flow paragraphFlow(const ReportBlock &block, int index) const;
    Flow fieldFlow(const ReportBlock &block, int index) const;
    Flow tableFlow(const ReportTable &table, int index) const;
    Flow chartFlow(const ReportBlock &block, int index) const;
    Flow tickBoxFlow(const ReportBlock &block, int index) const;
    Flow ruledLinesFlow(const ReportBlock &block, int index) const;
    Flow captioned(const QString &caption, qreal after, int index) const;

    // A table's columns: where each starts and how wide it is.
    struct Columns
    {
        QList<qreal> x;
        QList<qreal> width;
    };
    // One row of a table as one slice, or one slice a line when it is too tall for a page. row
    // is the row's index in ReportTable::rows, -1 for the header.
    QList<Slice> tableRow(const QStringList &cells, const Columns &columns, ReportFont font,
                          Rag rag, int ragColumn, int row, int block,
                          const QList<int> &shades) const;
    // The RAG's pattern and its word after the last line, or on a line of their own.
    void appendRagMark(QList<Slice> &slices, Rag rag, ReportFont font, int block) const;
    QList<Slice> coverFacts(const QList<QPair<QString, QString>> &facts) const;

    const TextShaper &m_shaper;
    const QRectF m_frame;
    const QRectF m_body;
};

} // namespace Waymark
