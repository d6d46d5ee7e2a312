#include "layout/ReportLayoutEngine.h"

#include "layout/FlowBuilder.h"
#include "layout/Paginator.h"
#include "layout/ReportFonts.h"
#include "layout/TextShaper.h"

#include <QPageLayout>

namespace Waymark {

namespace {

// Where the header rule and the body go inside the frame, by the running text's height.
PageFrame pageFrameFor(const TextShaper &shaper, const QRectF &frame)
{
    PageFrame page;
    page.frame = frame;
    const qreal running = shaper.lineHeight(ReportFont::Running);
    page.headerRule = frame.top() + running + mm(1.2);
    page.body = QRectF(QPointF(frame.left(), page.headerRule + mm(6)),
                       QPointF(frame.right(), frame.bottom() - running - mm(5)));
    return page;
}

} // namespace

QMarginsF ReportLayoutEngine::margins()
{
    return QMarginsF(19, 14, 19, 13); // left, top, right, bottom
}

ReportLayoutResult ReportLayoutEngine::layOut(const ReportDocument &document,
                                              const ReportStyle &style, const QPageLayout &page)
{
    const QMarginsF reportMargins = margins();
    const qreal unitsPerMm = mm(1);
    const auto toUnits = [unitsPerMm](const QRectF &millimetres) {
        return QRectF(millimetres.topLeft() * unitsPerMm, millimetres.size() * unitsPerMm);
    };
    const QRectF paper = toUnits(page.fullRect(QPageLayout::Millimeter));
    const QRectF paintRect = toUnits(page.paintRect(QPageLayout::Millimeter));
    QRectF frame =
        paper.adjusted(reportMargins.left() * unitsPerMm, reportMargins.top() * unitsPerMm,
                       -reportMargins.right() * unitsPerMm, -reportMargins.bottom() * unitsPerMm);
    frame = frame.intersected(paintRect);
    if (frame.isEmpty())
        frame = paintRect;

    ReportLayoutResult result;
    result.fonts = reportFonts(style, layoutDpi);
    const TextShaper shaper(result.fonts);
    const PageFrame pageFrame = pageFrameFor(shaper, frame);

    const FlowBuilder builder(shaper, pageFrame);
    QList<Flow> flows;
    flows.reserve(document.blocks.size());
    for (int i = 0; i < document.blocks.size(); ++i)
        flows.append(builder.flow(document.blocks.at(i), i));
    Paginator paginator(shaper, pageFrame, document.runningHeader, document.runningFooter);
    result.pages = paginator.paginate(builder.cover(document.cover), flows);

    result.dpi = layoutDpi;
    result.pageSize = paper.size();
    result.paintOrigin = paintRect.topLeft();
    result.frame = frame;
    result.body = pageFrame.body;
    return result;
}

} // namespace Waymark
