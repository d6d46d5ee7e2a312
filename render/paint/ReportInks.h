#pragma once

#include "layout/ReportLayout.h"

#include <QColor>

namespace Waymark {

// The colour of each of the report's inks, all greys when monochrome: one table for every
// output that paints a laid-out report.
QColor reportInkColour(ReportInk ink, bool monochrome);

} // namespace Waymark
