#include "layout/ReportFonts.h"

namespace Waymark {

QList<QFont> reportFonts(const ReportStyle &style, int dpi)
{
    QFont base;
    if (style.fontFamily.isEmpty()) {
        base.setFamily(QStringLiteral("Sans Serif"));
        base.setStyleHint(QFont::SansSerif);
    } else {
        base.setFamily(style.fontFamily);
    }
    // Unhinted advances are the same at every resolution, so a printer at 600 dpi, the preview
    // and the PDF break lines in the same places.
    base.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: a PDF reader copies and searches a ligature glyph as one character ("ﬃ"),
    // so "officers" could not be found in the review. Qt 6.4 has no font-feature switch, but it
    // shapes without ligatures whenever letter spacing is set, so set an invisible one.
    base.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 32); // Qt keeps it in 1/64ths
    if (style.monochrome)
        base.setStyleStrategy(
            QFont::StyleStrategy(base.styleStrategy() | QFont::NoSubpixelAntialias));
    const qreal pt = style.bodyPointSize > 0 ? style.bodyPointSize : 10.5;
    const auto make = [&](qreal scale, bool bold) {
        QFont font(base);
        font.setPixelSize(qMax(1, qRound(pt * scale * dpi / 72.0)));
        font.setBold(bold);
        return font;
    };
    QList<QFont> fonts(static_cast<int>(ReportFont::Count)); // int(…) would parse as a declaration
    fonts[int(ReportFont::Body)] = make(1.0, false);
    fonts[int(ReportFont::Bold)] = make(1.0, true);
    fonts[int(ReportFont::Lead)] = make(1.2, false);
    fonts[int(ReportFont::Quote)] = make(1.0, false);
    fonts[int(ReportFont::Small)] = make(0.86, false);
    fonts[int(ReportFont::Caption)] = make(0.86, true);
    fonts[int(ReportFont::Heading1)] = make(1.9, true);
    fonts[int(ReportFont::Heading2)] = make(1.35, true);
    fonts[int(ReportFont::Heading3)] = make(1.0, true);
    fonts[int(ReportFont::Running)] = make(0.8, false);
    fonts[int(ReportFont::Kicker)] = make(1.15, true);
    fonts[int(ReportFont::CoverTitle)] = make(2.6, true);
    fonts[int(ReportFont::CoverSubtitle)] = make(1.45, false);
    fonts[int(ReportFont::TableHeader)] = make(0.9, true);
    fonts[int(ReportFont::TableCell)] = make(0.9, false);
    return fonts;
}

} // namespace Waymark
