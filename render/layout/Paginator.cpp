#include "layout/Paginator.h"

#include "layout/TextShaper.h"

namespace Waymark {

Paginator::Paginator(const TextShaper &shaper, const PageFrame &page, QString runningHeader,
                     QString runningFooter)
    : m_shaper(shaper)
    , m_page(page)
    , m_runningHeader(std::move(runningHeader))
    , m_runningFooter(std::move(runningFooter))
{
}

QList<LaidOutPage> Paginator::paginate(const QList<CoverPart> &cover, const QList<Flow> &flows)
{
    m_pages.clear();
    newPage();
    placeCover(cover);
    if (!flows.isEmpty())
        newPage();
    placeBlocks(flows);
    addFooters();
    return m_pages;
}

bool Paginator::fits(qreal bottom) const
{
    return bottom <= m_page.body.bottom() + fitTolerance;
}

void Paginator::newPage()
{
    m_pages.append(LaidOutPage());
    m_empty = true;
    m_onlyRepeated = false;
    if (m_pages.size() == 1) {
        m_y = m_page.frame.top();
        return;
    }
    m_y = m_page.body.top();
    LaidOutPage &page = m_pages.last();
    const QRectF &frame = m_page.frame;
    if (!m_runningHeader.isEmpty()) {
        const QString text = m_shaper.metrics(ReportFont::Running)
                                 .elidedText(m_runningHeader, Qt::ElideRight, frame.width());
        page.items.append(m_shaper.textItem(
            text, ReportFont::Running, ReportInk::Muted, frame.left(), frame.top(),
            m_shaper.lineHeight(ReportFont::Running), LaidOutItem::HeaderBlock));
    }
    page.items.append(ruleItem(QPointF(frame.left(), m_page.headerRule),
                               QPointF(frame.right(), m_page.headerRule), ReportInk::Rule, mm(0.25),
                               LaidOutItem::HeaderBlock));
}

void Paginator::place(const Slice &slice, bool repeated)
{
    LaidOutPage &page = m_pages.last();
    for (LaidOutItem item : slice.items) {
        item.rect.translate(0, m_y);
        item.baseline += m_y;
        item.repeated = repeated;
        page.items.append(item);
    }
    m_y += slice.height;
    m_empty = false;
    m_onlyRepeated = repeated;
}

void Paginator::placeCover(const QList<CoverPart> &cover)
{
    for (const CoverPart &part : cover) {
        if (part.atFoot) {
            qreal height = 0;
            for (const Slice &slice : part.slices)
                height += slice.height;
            if (height <= 0)
                continue;
            if (m_y + part.gapBefore + height > m_page.body.bottom())
                newPage();
            m_y = qMax(m_y, m_page.body.bottom() - height);
        } else {
            m_y += part.gapBefore;
        }
        for (const Slice &slice : part.slices) {
            if (!m_empty && !fits(m_y + slice.height))
                newPage();
            place(slice);
        }
        m_y += part.gapAfter;
    }
}

// The height that must follow a keep-with-next block on its page: the blocks that keep with it
// in turn, whole, then the opening lines of the first block that does not.
qreal Paginator::chainNeed(const QList<Flow> &flows, int from, qreal previousAfter) const
{
    qreal need = 0;
    for (int j = from; j < flows.size(); ++j) {
        const Flow &flow = flows.at(j);
        if (flow.pageBreak || flow.newPage)
            return need;
        if (flow.slices.isEmpty())
            continue;
        need += qMax(previousAfter, flow.before);
        if (!flow.keepWithNext)
            return need + flow.leadHeight();
        need += flow.total();
        previousAfter = flow.after;
        if (need > m_page.body.height())
            return need;
    }
    return need;
}

void Paginator::placeBlocks(const QList<Flow> &flows)
{
    qreal previousAfter = 0;
    for (int i = 0; i < flows.size(); ++i) {
        const Flow &flow = flows.at(i);
        if (flow.pageBreak) {
            if (!m_empty)
                newPage();
            continue;
        }
        if (flow.newPage && !m_empty)
            newPage();
        if (flow.slices.isEmpty()) {
            m_pages.last().blockStarts.append(i);
            continue;
        }
        qreal gap = m_empty ? 0 : qMax(previousAfter, flow.before);
        const qreal need = flow.keepWithNext ? flow.total() + chainNeed(flows, i + 1, flow.after)
                                             : flow.leadHeight();
        if (!m_empty && !fits(m_y + gap + need)) {
            newPage();
            gap = 0;
        }
        m_y += gap;
        m_pages.last().blockStarts.append(i);
        const int n = int(flow.slices.size());
        const int tailStart = flow.tail > 0 && n - flow.tail >= flow.lead ? n - flow.tail : -1;
        for (int k = 0; k < n; ++k) {
            const Slice &slice = flow.slices.at(k);
            bool fitsHere = fits(m_y + slice.height);
            if (fitsHere && k == tailStart)
                fitsHere = fits(m_y + flow.height(k, n - k));
            if (k > 0 && !fitsHere && !m_empty && !m_onlyRepeated) {
                newPage();
                if (flow.repeatFirst)
                    place(flow.slices.first(), true);
            }
            place(slice);
        }
        previousAfter = flow.after;
    }
}

void Paginator::addFooters()
{
    const int total = int(m_pages.size());
    const QRectF &frame = m_page.frame;
    const qreal height = m_shaper.lineHeight(ReportFont::Running);
    const qreal top = frame.bottom() - height;
    for (int i = 0; i < total; ++i) {
        LaidOutPage &page = m_pages[i];
        const QString number = tr("Page %1 of %2").arg(i + 1).arg(total);
        const qreal numberWidth = m_shaper.advance(ReportFont::Running, number);
        page.items.append(m_shaper.textItem(number, ReportFont::Running, ReportInk::Muted,
                                            frame.right() - numberWidth, top, height,
                                            LaidOutItem::FooterBlock));
        if (!m_runningFooter.isEmpty()) {
            const QString footer = m_shaper.metrics(ReportFont::Running)
                                       .elidedText(m_runningFooter, Qt::ElideRight,
                                                   frame.width() - numberWidth - mm(6));
            page.items.append(m_shaper.textItem(footer, ReportFont::Running, ReportInk::Muted,
                                                frame.left(), top, height,
                                                LaidOutItem::FooterBlock));
        }
    }
}

} // namespace Waymark
