#include "paint/ReportInks.h"

namespace Waymark {

QColor reportInkColour(ReportInk ink, bool monochrome)
{
    QColor colour;
    switch (ink) {
    case ReportInk::Text:
        colour = QColor(0x1a, 0x1a, 0x1a);
        break;
    case ReportInk::Muted:
        colour = QColor(0x55, 0x55, 0x55);
        break;
    case ReportInk::Accent:
        colour = QColor(0x1f, 0x3a, 0x5f);
        break;
    case ReportInk::Rule:
        colour = QColor(0x9a, 0x9a, 0x9a);
        break;
    case ReportInk::Shade:
    case ReportInk::Count:
        colour = QColor(0xe3, 0xe7, 0xec);
        break;
    case ReportInk::Heat1:
        colour = QColor(0xf2, 0xf2, 0xf2);
        break;
    case ReportInk::Heat2:
        colour = QColor(0xd9, 0xd9, 0xd9);
        break;
    case ReportInk::Heat3:
        colour = QColor(0xbf, 0xbf, 0xbf);
        break;
    case ReportInk::Heat4:
        colour = QColor(0xa6, 0xa6, 0xa6);
        break;
    }
    if (monochrome) {
        const int g = qGray(colour.rgb());
        colour = QColor(g, g, g);
    }
    return colour;
}

} // namespace Waymark
