#pragma once

#include "ReportDocument.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Waymark {

// Puts a composed document (the gateway review or a blank workbook) on paper or into a PDF from
// the window: print preview, the print dialog, and a safely saved PDF. Every route lays out and
// paints through ReportRenderer, so what the preview shows is what prints and what the PDF holds.
class ReviewPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPrinter)

public:
    explicit ReviewPrinter(QWidget *parent);

    // Shows the document in a print preview window, from which it can also be printed.
    void preview(const ReportDocument &document);
    // Shows the print dialog and prints; returns whether it was printed.
    bool print(const ReportDocument &document);
    // Writes the document as PDF to path with a safe save; on failure returns false with a
    // message naming the file and the reason. Nothing is left half-written.
    static bool writePdf(const ReportDocument &document, const QString &path, QString *message);

private:
    QWidget *m_parent;
};

} // namespace Waymark
