#pragma once

#include "report/ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace Waymark {

// A composed document as an OpenDocument text file (ODT, ODF 1.2), for an officer to put into
// the council's committee template and restyle: headings as real headings (text:h with their
// outline level, in the styles Heading 1-4 that Word and LibreOffice map to their own), tables
// with a repeated header row, the workbook's choices as a list, fields as paragraphs with a
// bold label, the chart as a picture with its text alternative (svg:title and svg:desc), the
// document's language and any part in another, title and author in the metadata. Everything is
// in named styles (Text body, Table Heading, Caption…), so restyling one changes them all.
//
// Written here rather than with Qt's QTextDocumentWriter, whose ODF (Qt 6.4) has no headings,
// no header rows and only numbered automatic styles. The member's words are XML text: markup in
// a note stays text.
class OdtReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    static QByteArray write(const ReportDocument &document,
                            const QDateTime &created = QDateTime::currentDateTimeUtc());
};

} // namespace Waymark
