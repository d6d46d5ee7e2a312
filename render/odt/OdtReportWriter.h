#pragma once

#include "report/ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Waymark {

// A composed document as an OpenDocument text file (ODT), for an officer to paste into the
// council's committee template and restyle: real headings (outline levels nested without a
// gap), tables with a header row, lists, fields as paragraphs with a bold label, the chart as
// a picture followed by its text alternative. Written with Qt's QTextDocumentWriter (ODF) from
// the ReportDocument; the member's words go in as plain text, so markup in a note stays text.
class OdtReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    // Empty with *error set when Qt cannot write the file.
    static QByteArray write(const ReportDocument &document, QString *error);
};

} // namespace Waymark
