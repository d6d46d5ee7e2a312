#pragma once

#include "layout/ReportLayout.h"

class QPagedPaintDevice;
class QPainter;

namespace Waymark {

// Paints a laid-out report with QPainter: every page onto a paged device (a QPrinter, a
// QPdfWriter, the print preview's printer), or one page onto any painter. It reads nothing but
// the layout, so what it paints is exactly what was measured.
class ReportPainter
{
public:
    ReportPainter(const ReportLayoutResult &layout, bool monochrome);

    // Every page onto painter, which must be active on device, with device.newPage() between
    // pages. The layout must be for the device's page layout.
    void paint(QPainter &painter, QPagedPaintDevice &device) const;

    // One page at its real size for the painter's device resolution, with the paper's top-left
    // corner at the painter's origin.
    void paintPage(QPainter &painter, int index) const;

private:
    const ReportLayoutResult &m_layout;
    const bool m_monochrome;
};

} // namespace Waymark
