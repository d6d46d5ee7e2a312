#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace Waymark {

struct LaidOutPage;
struct ReportLayoutResult;

// How a report looks on paper. The defaults suit an A4 committee paper: a sans-serif body at
// 10.5 pt, dark text, RAG in colour with its pattern and word (readable when printed in grey).
struct ReportStyle
{
    QString fontFamily;       // empty: the system's sans-serif
    qreal bodyPointSize = 10.5;
    bool monochrome = false;  // black, white and greys only
};

// Lays a ReportDocument out on the pages of a paint device (a QPrinter, a QPdfWriter, the print
// preview's printer) and paints it: running header, footer with "Page N of M", headings kept
// with what follows, paragraphs and table rows broken across pages between lines, the chart
// painted by ScoreChartPainter. One layout serves preview, printer and PDF alike.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    explicit ReportRenderer(ReportDocument document, ReportStyle style = {});
    ~ReportRenderer();

    // Lays the document out for the device's page size, margins and resolution. Call again when
    // they change.
    void layout(QPagedPaintDevice &device);
    int pageCount() const;
    // What was laid out, page by page, for tests.
    const ReportLayoutResult &result() const;

    // Paints every page onto painter, which must be active on device, with device.newPage()
    // between pages. Lays out first if layout() was not called for this device.
    void paint(QPainter &painter, QPagedPaintDevice &device);

    // The document as an A4 PDF: fonts embedded, title, author, subject, creator and keywords in
    // the document information. Empty with *error set when it cannot be produced.
    static QByteArray toPdf(const ReportDocument &document, QString *error,
                            const ReportStyle &style = {});

private:
    ReportDocument m_document;
    ReportStyle m_style;
    std::unique_ptr<ReportLayoutResult> m_result;
};

} // namespace Waymark
