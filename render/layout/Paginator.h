#pragma once

#include "layout/Flow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Waymark {

class TextShaper;

// Puts a report's slices on pages: the cover first, then every block as its Flow allows —
// a heading with the opening lines of what follows it, no lone first or last line, a table's
// header again at the top of each page it continues on — with the running header and its rule
// on every page after the cover, and "Page N of M" in the footer once the pages are counted.
class Paginator
{
    // Its texts are in ReportRenderer's translation context, where their Welsh is.
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    Paginator(const TextShaper &shaper, const PageFrame &page, QString runningHeader,
              QString runningFooter);

    QList<LaidOutPage> paginate(const QList<CoverPart> &cover, const QList<Flow> &flows);

private:
    void placeCover(const QList<CoverPart> &cover);
    void placeBlocks(const QList<Flow> &flows);
    void newPage();
    void place(const Slice &slice, bool repeated = false);
    // Whether something that ends at bottom is still on the page.
    bool fits(qreal bottom) const;
    qreal chainNeed(const QList<Flow> &flows, int from, qreal previousAfter) const;
    void addFooters();

    const TextShaper &m_shaper;
    const PageFrame m_page;
    const QString m_runningHeader;
    const QString m_runningFooter;

    QList<LaidOutPage> m_pages;
    qreal m_y = 0;
    bool m_empty = true;         // nothing of a block on this page yet
    bool m_onlyRepeated = false; // only a repeated table header so far
};

} // namespace Waymark
