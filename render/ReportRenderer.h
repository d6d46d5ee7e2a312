#pragma once

#include "report/ReportDocument.h"
#include "files/SafeSave.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
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
    QString fontFamily; // empty: the system's sans-serif
    qreal bodyPointSize = 10.5;
    bool monochrome = false; // black, white and greys only
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
    // toPdf() written to path with the project's safe save: complete or not at all, never over
    // one of the protected files. The path is checked before the PDF is drawn, so a refused one
    // costs nothing.
    static SaveResult savePdf(const ReportDocument &document, const QString &path,
                              const ProtectedFiles &protectedFiles = {},
                              const ReportStyle &style = {});

    // Paints one laid-out page at its real size for the painter's device resolution, with the
    // paper's top-left corner at the painter's origin: for thumbnails and tests, e.g. onto an
    // image whose dots per metre say 100 dpi and whose size is result().pageSize * 100 / dpi.
    // Scale the painter as well for a smaller picture.
    void paintPage(QPainter &painter, int index) const;

    // Appends an incremental update to a finished PDF whose document information dictionary
    // holds the document's title, author, subject, keywords and creator (QPdfWriter sets only
    // title and creator), keeping the writer's producer and creation date. Empty when pdf does
    // not end in a classic cross-reference table and trailer.
    static QByteArray withDocumentInfo(const QByteArray &pdf, const ReportDocument &document);

private:
    ReportDocument m_document;
    ReportStyle m_style;
    std::unique_ptr<ReportLayoutResult> m_result;
    QList<QFont> m_fonts; // by ReportFont
    // What the layout was made for, so that paint() knows when to lay out again.
    const QPagedPaintDevice *m_laidOutFor = nullptr;
    QRectF m_laidOutPaper; // mm
};

} // namespace Waymark
