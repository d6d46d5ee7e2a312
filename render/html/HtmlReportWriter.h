#pragma once

#include "report/ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Waymark {

// A composed document as one self-contained, accessible HTML page (WCAG 2.1 AA), written from
// the ReportDocument itself, not from a laid-out page: semantic headings nested without gaps,
// header, main and footer landmarks, tables with captions (or labelled by their heading) and
// th scope, the chart as an inline SVG with a text alternative (the review's section table,
// which follows it, gives the same numbers), RAG as a word and a pattern, lang on the page and
// on any part in another language, a stylesheet that reflows to 320 CSS pixels and one for
// print. No scripts and nothing fetched from elsewhere. Every string is escaped: a note that
// holds markup shows the markup as text.
class HtmlReportWriter
{
    // The texts the printed report adds ("Label:") come from the layout's translation context.
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    static QByteArray write(const ReportDocument &document);
};

} // namespace Waymark
