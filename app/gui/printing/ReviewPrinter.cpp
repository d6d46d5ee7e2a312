#include "printing/ReviewPrinter.h"

#include "ReportRenderer.h"

#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Waymark {

namespace {

void setUpPrinter(QPrinter &printer, const ReportDocument &document)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(document.title);
    printer.setCreator(document.creator);
}

} // namespace

ReviewPrinter::ReviewPrinter(QWidget *parent)
    : m_parent(parent)
{
}

void ReviewPrinter::preview(const ReportDocument &document)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, document);
    ReportRenderer renderer(document);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(document.title));
    // The preview asks again whenever the member changes the paper or the printer: lay out
    // afresh for whatever it is now.
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&renderer](QPrinter *target) {
                         // Layout first: it sets the margins, which a printer takes only
                         // before painting starts.
                         renderer.layout(*target);
                         QPainter painter(target);
                         renderer.paint(painter, *target);
                     });
    dialog.resize(m_parent ? m_parent->size() * 0.9 : QSize(900, 1000));
    dialog.exec();
}

bool ReviewPrinter::print(const ReportDocument &document)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, document);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(tr("Print %1").arg(document.title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    ReportRenderer renderer(document);
    renderer.layout(printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    renderer.paint(painter, printer);
    return painter.end();
}

} // namespace Waymark
