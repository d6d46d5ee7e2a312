#pragma once

#include <QByteArray>
#include <QList>
#include <QRawFont>
#include <QString>

namespace Waymark {

// A TrueType font cut down to the glyphs a PDF shows, for embedding as a CIDFontType2 font
// program (FontFile2) whose CIDs are its glyph ids. Glyph ids are kept as they are (a glyph no
// page shows is left empty, and the font ends at the highest glyph shown), so the content
// stream draws the ids the layout shaped and nothing needs renumbering. Read from the font's
// own tables through QRawFont, so the PDF embeds exactly the face Qt measured and shaped with.
class PdfFontSubset
{
public:
    // The font program, or empty with *error set: a font without TrueType outlines (a 'glyf'
    // table; a CFF-based OpenType font has none) or with tables that do not add up.
    // glyphs: the ids shown, in any order; glyph 0 and the parts of composite glyphs are added.
    static QByteArray trueType(const QRawFont &font, const QList<quint32> &glyphs, QString *error);

    // Whether the font has TrueType outlines that trueType() can embed.
    static bool isTrueType(const QRawFont &font);
};

} // namespace Waymark
