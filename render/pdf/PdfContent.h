#pragma once

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPainterPath>
#include <QPen>
#include <QPointF>
#include <QRawFont>
#include <QRectF>
#include <QString>

namespace Waymark {

// The fonts a PDF shows text in: each face once, with the glyphs shown, their widths and the
// text each stands for (the ToUnicode map that lets a reader copy, search and speak the text).
class PdfFonts
{
public:
    struct Face
    {
        QRawFont font;
        QByteArray name;                 // the resource name: "F1"
        QMap<quint32, qreal> widths;     // glyph id -> advance in 1/1000 em
        QHash<quint32, QString> unicode; // glyph id -> the characters it shows
        QHash<char32_t, quint32> cmap;   // character -> glyph, as looked up so far
        qreal unitsPerEm = 1000;
    };

    // The face of font (whatever its size), added on first use.
    int faceOf(const QRawFont &font);
    Face &face(int index) { return m_faces[index]; }
    const QList<Face> &faces() const { return m_faces; }
    // The advance of glyph in 1/1000 em, remembered for the font's widths.
    qreal width(int face, quint32 glyph);
    // Records that the characters of text are shown with the face: each character's own glyph
    // stands for it in the ToUnicode map.
    void mapText(int face, const QString &text);

private:
    QList<Face> m_faces;
    QHash<QString, int> m_index;
};

// One page's content stream in layout units, y down: painted through a matrix that turns
// them into PDF points with y up. Text is glyph ids in the faces of PdfFonts.
class PdfContent
{
public:
    PdfContent(PdfFonts &fonts, QByteArray &out);

    static QByteArray number(qreal value);

    void fillColour(const QColor &colour);
    void strokeColour(const QColor &colour);
    void line(const QPointF &from, const QPointF &to, qreal width, Qt::PenCapStyle cap,
              const QColor &colour);
    void fillRect(const QRectF &rect, const QColor &colour);
    void strokeRect(const QRectF &rect, qreal width, const QColor &colour);
    // Glyphs of one face at its pixel size (in layout units), each at origin + its position,
    // showing text (which goes into the font's ToUnicode map). Returns whether every glyph has
    // a character in that map; when not, the caller says what the text is with /ActualText.
    bool glyphs(const QRawFont &font, const QList<quint32> &glyphs, const QList<QPointF> &positions,
                const QPointF &origin, const QColor &colour, const QString &text);
    // A path in the current coordinates, filled and/or stroked.
    void path(const QPainterPath &path, const QPen *pen, const QColor *fill);
    // Sets clip for what follows until restore().
    void clip(const QPainterPath &path);
    void save() { m_out.append("q\n"); }
    void restore() { m_out.append("Q\n"); }
    void raw(const char *operators) { m_out.append(operators); }

private:
    void pathOperators(const QPainterPath &path);

    PdfFonts &m_fonts;
    QByteArray &m_out;
};

} // namespace Waymark
