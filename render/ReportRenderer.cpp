#include "ReportRenderer.h"

#include "html/HtmlReportWriter.h"
#include "layout/ReportLayout.h"
#include "layout/ReportLayoutEngine.h"
#include "odt/OdtReportWriter.h"
#include "paint/ReportPainter.h"
#include "pdf/PdfDocumentInfo.h"
#include "pdf/TaggedPdfWriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace Waymark {

ReportRenderer::ReportRenderer(ReportDocument document, ReportStyle style)
    : m_document(std::move(document))
    , m_style(std::move(style))
{
}

ReportRenderer::~ReportRenderer() = default;

void ReportRenderer::layout(QPagedPaintDevice &device)
{
    // A printer being painted on keeps the margins it has; the report's own frame still applies
    // within them.
    if (!device.paintingActive())
        device.setPageMargins(ReportLayoutEngine::margins(), QPageLayout::Millimeter);
    const QPageLayout pageLayout = device.pageLayout();
    m_result = std::make_unique<ReportLayoutResult>(
        ReportLayoutEngine::layOut(m_document, m_style, pageLayout));
    m_result->deviceDpi = device.logicalDpiY();
    m_laidOutFor = &device;
    m_laidOutPaper = pageLayout.fullRect(QPageLayout::Millimeter);
}

int ReportRenderer::pageCount() const
{
    return m_result ? int(m_result->pages.size()) : 0;
}

const ReportLayoutResult &ReportRenderer::result() const
{
    static const ReportLayoutResult empty;
    return m_result ? *m_result : empty;
}

void ReportRenderer::paint(QPainter &painter, QPagedPaintDevice &device)
{
    if (!m_result || m_laidOutFor != &device ||
        m_laidOutPaper != device.pageLayout().fullRect(QPageLayout::Millimeter))
        layout(device);
    ReportPainter(*m_result, m_style.monochrome).paint(painter, device);
}

void ReportRenderer::paintPage(QPainter &painter, int index) const
{
    if (m_result)
        ReportPainter(*m_result, m_style.monochrome).paintPage(painter, index);
}

namespace {

// When a file says it was made: now, or SOURCE_DATE_EPOCH (the reproducible-builds convention),
// so that the same document gives the same bytes (the samples in docs/ change only when they do).
QDateTime creationTime()
{
    bool fixed = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&fixed);
    return fixed ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc();
}

} // namespace

std::optional<ReportFormat> ReportRenderer::formatNamed(const QString &name)
{
    const QString key = name.toLower();
    if (key == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (key == QLatin1String("html") || key == QLatin1String("htm"))
        return ReportFormat::Html;
    if (key == QLatin1String("odt"))
        return ReportFormat::Odt;
    return std::nullopt;
}

std::optional<ReportFormat> ReportRenderer::formatOfPath(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const qsizetype slash =
        qMax(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    if (dot <= slash + 1)
        return std::nullopt;
    return formatNamed(path.mid(dot + 1));
}

QString ReportRenderer::formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        break;
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Odt:
        return QStringLiteral("odt");
    }
    return QStringLiteral("pdf");
}

QByteArray ReportRenderer::toBytes(const ReportDocument &document, ReportFormat format,
                                   QString *error, const ReportStyle &style)
{
    switch (format) {
    case ReportFormat::Pdf:
        break;
    case ReportFormat::Html:
        return HtmlReportWriter::write(document);
    case ReportFormat::Odt:
        return OdtReportWriter::write(document, creationTime());
    }
    return toPdf(document, error, style);
}

SaveResult ReportRenderer::savePdf(const ReportDocument &document, const QString &path,
                                   const ProtectedFiles &protectedFiles, const ReportStyle &style)
{
    return save(document, path, ReportFormat::Pdf, protectedFiles, style);
}

SaveResult ReportRenderer::save(const ReportDocument &document, const QString &path,
                                ReportFormat format, const ProtectedFiles &protectedFiles,
                                const ReportStyle &style)
{
    if (SaveResult refusal = checkSaveTarget(path, protectedFiles); !refusal.ok())
        return refusal;
    QString error;
    const QByteArray pdf = toBytes(document, format, &error, style);
    if (pdf.isEmpty()) {
        SaveResult result;
        result.status = SaveResult::Status::Failed;
        result.message = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), error);
        return result;
    }
    return saveFileSafely(path, pdf, protectedFiles);
}

QByteArray ReportRenderer::toPdf(const ReportDocument &document, QString *error,
                                 const ReportStyle &style)
{
    // The same layout as the screen and the printer, for A4 with the report's margins, written
    // as a tagged PDF.
    const QPageLayout page(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                           ReportLayoutEngine::margins(), QPageLayout::Millimeter);
    const ReportLayoutResult layout = ReportLayoutEngine::layOut(document, style, page);
    QString fontProblem;
    QByteArray tagged =
        TaggedPdfWriter::write(document, layout, style.monochrome, &fontProblem, creationTime());
    if (!tagged.isEmpty())
        return tagged;
    // A font the tagged writer cannot embed (one with PostScript outlines) still gets a PDF,
    // through Qt, without the structure a screen reader needs.
    qWarning("Waymark: the PDF is not tagged for screen readers: %s", qPrintable(fontProblem));
    return toUntaggedPdf(document, error, style);
}

QByteArray ReportRenderer::toUntaggedPdf(const ReportDocument &document, QString *error,
                                         const ReportStyle &style)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         ReportLayoutEngine::margins(), QPageLayout::Millimeter));
        writer.setTitle(document.title);
        writer.setCreator(document.creator);
        ReportRenderer renderer(document, style);
        renderer.layout(writer);
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = tr("Could not start the PDF.");
            return {};
        }
        renderer.paint(painter, writer);
        if (!painter.end()) {
            if (error)
                *error = tr("Could not finish the PDF.");
            return {};
        }
    }
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("The PDF came out empty.");
        return {};
    }
    const PdfDocumentInfo info{document.title, document.author, document.subject, document.keywords,
                               document.creator};
    QByteArray withInfo = info.addTo(bytes);
    if (withInfo.isEmpty()) {
        if (error)
            *error = tr("Could not add the document information to the PDF.");
        return {};
    }
    return withInfo;
}

} // namespace Waymark
