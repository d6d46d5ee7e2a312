#pragma once

#include "layout/ReportLayout.h"
#include "layout/ReportStyle.h"
#include "report/ReportDocument.h"

#include <QMarginsF>

class QPageLayout;

namespace Waymark {

// Lays a ReportDocument out on pages of a given paper and margins: running header, footer with
// "Page N of M", headings kept with what follows, paragraphs and table rows broken across pages
// between lines, a table's header repeated. The result is plain data in layout units, the same
// whatever device paints it, so that preview, printer and PDF (and any later output) agree.
class ReportLayoutEngine
{
public:
    // The report's own margins, in millimetres; the running header and footer sit inside them.
    static QMarginsF margins();

    // page: the paper and the device's paint rectangle. The report's margins apply within it.
    static ReportLayoutResult layOut(const ReportDocument &document, const ReportStyle &style,
                                     const QPageLayout &page);
};

} // namespace Waymark
