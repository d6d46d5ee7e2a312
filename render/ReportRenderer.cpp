#include "ReportRenderer.h"

#include "layout/ReportLayout.h"
#include "layout/ReportLayoutEngine.h"
#include "paint/ReportPainter.h"
#include "pdf/PdfDocumentInfo.h"

#include <QBuffer>
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

SaveResult ReportRenderer::savePdf(const ReportDocument &document, const QString &path,
                                   const ProtectedFiles &protectedFiles, const ReportStyle &style)
{
    if (SaveResult refusal = checkSaveTarget(path, protectedFiles); !refusal.ok())
        return refusal;
    QString error;
    const QByteArray pdf = toPdf(document, &error, style);
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
