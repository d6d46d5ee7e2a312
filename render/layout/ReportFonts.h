#pragma once

#include "layout/ReportLayout.h"
#include "layout/ReportStyle.h"

#include <QFont>
#include <QList>

namespace Waymark {

// The report's typefaces by role (indexed by ReportFont), from its style, pixel-sized for dpi
// dots to the inch: what the layout measures with and every output draws with.
QList<QFont> reportFonts(const ReportStyle &style, int dpi);

} // namespace Waymark
