#pragma once

#include "files/SafeSave.h"
#include "layout/ReportStyle.h"
#include "report/ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace Waymark {

struct ReportLayoutResult;

// The files a composed document can be saved as.
enum class ReportFormat
{
    Pdf,  // tagged PDF (PDF/UA-1), A4, the pages the printer gets
    Html, // one self-contained, accessible HTML page
    Odt   // an editable OpenDocument text, for the committee template
};

// The printed report's one entry point for the app, the CLI and the tests: lays a
// ReportDocument out for a paint device (a QPrinter, a QPdfWriter, the print preview's printer)
// with ReportLayoutEngine, paints it with ReportPainter, and makes the finished PDF with its
// document information (PdfDocumentInfo). One layout serves preview, printer and PDF alike.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    explicit ReportRenderer(ReportDocument document, ReportStyle style = {});
    ~ReportRenderer();

    // Lays the document out for the device's page size and margins, setting the report's
    // margins on a device not yet painted on. Call again when they change.
    void layout(QPagedPaintDevice &device);
    int pageCount() const;
    // What was laid out, page by page: what any output paints, and what tests look at.
    const ReportLayoutResult &result() const;

    // Paints every page onto painter, which must be active on device, with device.newPage()
    // between pages. Lays out first if layout() was not called for this device.
    void paint(QPainter &painter, QPagedPaintDevice &device);

    // The document as an A4 tagged PDF (PDF/UA-1, see TaggedPdfWriter): fonts embedded, title,
    // author, subject, creator and keywords in the document information and the XMP metadata.
    // Empty with *error set when it cannot be produced.
    static QByteArray toPdf(const ReportDocument &document, QString *error,
                            const ReportStyle &style = {});
    // The same pages through Qt's own PDF writer, untagged: the fallback when a font cannot
    // be embedded by the tagged writer.
    static QByteArray toUntaggedPdf(const ReportDocument &document, QString *error,
                                    const ReportStyle &style = {});
    // toPdf() written to path with the project's safe save: complete or not at all, never over
    // one of the protected files. The path is checked before the PDF is drawn, so a refused one
    // costs nothing.
    static SaveResult savePdf(const ReportDocument &document, const QString &path,
                              const ProtectedFiles &protectedFiles = {},
                              const ReportStyle &style = {});

    // The format a name stands for ("pdf", "html", "odt", any case), or none.
    static std::optional<ReportFormat> formatNamed(const QString &name);
    // The format a file's extension says (.pdf, .html or .htm, .odt), or none.
    static std::optional<ReportFormat> formatOfPath(const QString &path);
    // "pdf", "html", "odt".
    static QString formatName(ReportFormat format);
    // The document in a format; empty with *error set when it cannot be produced.
    static QByteArray toBytes(const ReportDocument &document, ReportFormat format, QString *error,
                              const ReportStyle &style = {});
    // toBytes() written to path with the project's safe save, as savePdf() does.
    static SaveResult save(const ReportDocument &document, const QString &path, ReportFormat format,
                           const ProtectedFiles &protectedFiles = {},
                           const ReportStyle &style = {});

    // Paints one laid-out page at its real size for the painter's device resolution, with the
    // paper's top-left corner at the painter's origin: for thumbnails and tests, e.g. onto an
    // image whose dots per metre say 100 dpi and whose size is result().pageSize * 100 / dpi.
    // Scale the painter as well for a smaller picture.
    void paintPage(QPainter &painter, int index) const;

private:
    ReportDocument m_document;
    ReportStyle m_style;
    std::unique_ptr<ReportLayoutResult> m_result;
    // What the layout was made for, so that paint() knows when to lay out again.
    const QPagedPaintDevice *m_laidOutFor = nullptr;
    QRectF m_laidOutPaper; // mm
};

} // namespace Waymark
