#pragma once

#include "layout/ReportLayout.h"
#include "report/ReportDocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Waymark {

// Writes a laid-out report as a tagged PDF (PDF/UA-1, ISO 14289-1) from the same
// ReportLayoutResult that the screen, the print preview and the printer paint: the same pages,
// lines and glyphs, with
// - a structure tree in reading order: Document; H1-H3 nested without gaps; P; Table, TR, TH
//   (with its scope) and TD, a table's caption as its Caption; L, LI, LBody; the chart as a
//   Figure whose alternative text says each section's score and RAG in words;
// - everything else marked as an artifact: running header and footer (pagination), a table's
//   header repeated on a new page, rules, fills, RAG swatches and tick boxes (layout);
// - the document's language in the catalog and a /Lang on any element in another language;
// - title, author, subject and keywords in the document information and the XMP metadata,
//   with the PDF/UA identifier, and the title shown in the reader's title bar;
// - every font embedded as a subset with a ToUnicode map, so the text copies and searches.
// Qt 6.4's PDF engine can write none of the structure; see docs/architecture.md.
class TaggedPdfWriter
{
public:
    // Empty with *error set when a font cannot be embedded (one without TrueType outlines).
    static QByteArray write(const ReportDocument &document, const ReportLayoutResult &layout,
                            bool monochrome, QString *error,
                            const QDateTime &created = QDateTime::currentDateTimeUtc());
};

} // namespace Waymark
