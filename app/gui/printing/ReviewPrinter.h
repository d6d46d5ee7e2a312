#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Waymark {

// Puts a composed document (the gateway review or a blank workbook) on paper from the window:
// print preview and the print dialog. Both lay out and paint through ReportRenderer, as its
// savePdf() does for PDF files, so what the preview shows is what prints and what the PDF holds.
class ReviewPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPrinter)

public:
    explicit ReviewPrinter(QWidget *parent);

    // Shows the document in a print preview window, from which it can also be printed.
    void preview(const ReportDocument &document);
    // Shows the print dialog and prints; returns whether it was printed.
    bool print(const ReportDocument &document);

private:
    QWidget *m_parent;
};

} // namespace Waymark
