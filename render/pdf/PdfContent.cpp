#include "pdf/PdfContent.h"

#include <cmath>

namespace Waymark {

int PdfFonts::faceOf(const QRawFont &font)
{
    const QString key = font.familyName() + QLatin1Char('\n') + font.styleName() +
                        QLatin1Char('\n') + QString::number(font.weight()) + QLatin1Char('\n') +
                        QString::number(int(font.style()));
    const auto found = m_index.constFind(key);
    if (found != m_index.cend())
        return *found;
    Face face;
    face.font = font;
    face.name = "F" + QByteArray::number(m_faces.size() + 1);
    face.unitsPerEm = font.unitsPerEm() > 0 ? font.unitsPerEm() : 1000;
    m_faces.append(face);
    m_index.insert(key, int(m_faces.size() - 1));
    return int(m_faces.size() - 1);
}

qreal PdfFonts::width(int index, quint32 glyph)
{
    Face &face = m_faces[index];
    const auto found = face.widths.constFind(glyph);
    if (found != face.widths.cend())
        return *found;
    const QList<QPointF> advances = face.font.advancesForGlyphIndexes(
        QList<quint32>{glyph}, QRawFont::SeparateAdvances | QRawFont::UseDesignMetrics);
    const qreal size = face.font.pixelSize() > 0 ? face.font.pixelSize() : 1;
    // Two decimals are plenty, and the same rounded figure goes into /W and into the
    // placement of the next glyph, so they agree.
    const qreal width =
        std::round((advances.isEmpty() ? 0 : advances.first().x()) / size * 1000 * 100) / 100;
    face.widths.insert(glyph, width);
    return width;
}

void PdfFonts::mapText(int index, const QString &text)
{
    Face &face = m_faces[index];
    for (const char32_t character : text.toUcs4()) {
        auto found = face.cmap.constFind(character);
        if (found == face.cmap.cend()) {
            const QString one = QString::fromUcs4(&character, 1);
            const QList<quint32> ids = face.font.glyphIndexesForString(one);
            found = face.cmap.insert(character, ids.size() == 1 ? ids.first() : 0);
        }
        if (*found != 0 && !face.unicode.contains(*found))
            face.unicode.insert(*found, QString::fromUcs4(&character, 1));
    }
}

PdfContent::PdfContent(PdfFonts &fonts, QByteArray &out)
    : m_fonts(fonts)
    , m_out(out)
{
}

QByteArray PdfContent::number(qreal value)
{
    if (std::abs(value) < 0.0005)
        return "0";
    QByteArray text = QByteArray::number(value, 'f', 3);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text;
}

namespace {

QByteArray rgb(const QColor &colour)
{
    return PdfContent::number(colour.redF()) + ' ' + PdfContent::number(colour.greenF()) + ' ' +
           PdfContent::number(colour.blueF());
}

} // namespace

void PdfContent::fillColour(const QColor &colour)
{
    m_out.append(rgb(colour) + " rg\n");
}

void PdfContent::strokeColour(const QColor &colour)
{
    m_out.append(rgb(colour) + " RG\n");
}

void PdfContent::line(const QPointF &from, const QPointF &to, qreal width, Qt::PenCapStyle cap,
                      const QColor &colour)
{
    strokeColour(colour);
    m_out.append(number(width) + " w " +
                 (cap == Qt::FlatCap    ? "0"
                  : cap == Qt::RoundCap ? "1"
                                        : "2") +
                 " J\n");
    m_out.append(number(from.x()) + ' ' + number(from.y()) + " m " + number(to.x()) + ' ' +
                 number(to.y()) + " l S\n");
}

void PdfContent::fillRect(const QRectF &rect, const QColor &colour)
{
    fillColour(colour);
    m_out.append(number(rect.x()) + ' ' + number(rect.y()) + ' ' + number(rect.width()) + ' ' +
                 number(rect.height()) + " re f\n");
}

void PdfContent::strokeRect(const QRectF &rect, qreal width, const QColor &colour)
{
    strokeColour(colour);
    m_out.append(number(width) + " w 2 J 0 j\n");
    m_out.append(number(rect.x()) + ' ' + number(rect.y()) + ' ' + number(rect.width()) + ' ' +
                 number(rect.height()) + " re S\n");
}

bool PdfContent::glyphs(const QRawFont &font, const QList<quint32> &ids,
                        const QList<QPointF> &positions, const QPointF &origin,
                        const QColor &colour, const QString &text)
{
    if (ids.isEmpty())
        return true;
    const int face = m_fonts.faceOf(font);
    m_fonts.mapText(face, text);
    const qreal size = font.pixelSize();
    bool mapped = true;
    fillColour(colour);
    m_out.append("BT /" + m_fonts.face(face).name + ' ' + number(size) + " Tf\n");
    // Text space is turned upright again inside the page's y-down matrix.
    qreal lineY = 0;
    qreal x = 0;
    qreal previousWidth = 0;
    bool open = false;
    for (int i = 0; i < ids.size(); ++i) {
        const quint32 glyph = ids.at(i);
        const QPointF at = origin + (i < positions.size() ? positions.at(i) : QPointF());
        const qreal width = m_fonts.width(face, glyph);
        if (!m_fonts.face(face).unicode.contains(glyph))
            mapped = false;
        if (!open || std::abs(at.y() - lineY) > 0.01) {
            if (open)
                m_out.append("] TJ\n");
            m_out.append("1 0 0 -1 " + number(at.x()) + ' ' + number(at.y()) + " Tm [");
            lineY = at.y();
            open = true;
        } else {
            // Where the glyph is, against where the width of the one before left the pen.
            const qreal expected = x + previousWidth * size / 1000;
            const qreal adjust = (expected - at.x()) * 1000 / size;
            if (std::abs(adjust) >= 0.05)
                m_out.append(' ' + number(adjust) + ' ');
        }
        static const char hex[] = "0123456789ABCDEF";
        char code[6] = {'<',
                        hex[(glyph >> 12) & 15],
                        hex[(glyph >> 8) & 15],
                        hex[(glyph >> 4) & 15],
                        hex[glyph & 15],
                        '>'};
        m_out.append(code, 6);
        x = at.x();
        previousWidth = width;
    }
    m_out.append("] TJ ET\n");
    return mapped;
}

void PdfContent::pathOperators(const QPainterPath &path)
{
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        switch (element.type) {
        case QPainterPath::MoveToElement:
            m_out.append(number(element.x) + ' ' + number(element.y) + " m\n");
            break;
        case QPainterPath::LineToElement:
            m_out.append(number(element.x) + ' ' + number(element.y) + " l\n");
            break;
        case QPainterPath::CurveToElement: {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element end = path.elementAt(i + 2);
            m_out.append(number(element.x) + ' ' + number(element.y) + ' ' + number(c2.x) + ' ' +
                         number(c2.y) + ' ' + number(end.x) + ' ' + number(end.y) + " c\n");
            i += 2;
            break;
        }
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
}

void PdfContent::path(const QPainterPath &path, const QPen *pen, const QColor *fill)
{
    if (path.isEmpty() || (!pen && !fill))
        return;
    if (fill)
        fillColour(*fill);
    if (pen) {
        strokeColour(pen->color());
        const Qt::PenCapStyle cap = pen->capStyle();
        const Qt::PenJoinStyle join = pen->joinStyle();
        const qreal width = pen->widthF() > 0 ? pen->widthF() : 1;
        m_out.append(number(width) + " w " +
                     (cap == Qt::FlatCap    ? "0"
                      : cap == Qt::RoundCap ? "1"
                                            : "2") +
                     " J " +
                     (join == Qt::RoundJoin   ? "1"
                      : join == Qt::BevelJoin ? "2"
                                              : "0") +
                     " j\n");
        if (pen->style() != Qt::SolidLine) {
            QByteArray dashes = "[";
            for (qreal dash : pen->dashPattern())
                dashes.append(number(dash * width) + ' ');
            m_out.append(dashes.trimmed() + "] 0 d\n");
        } else {
            m_out.append("[] 0 d\n");
        }
    }
    pathOperators(path);
    const bool evenOdd = path.fillRule() == Qt::OddEvenFill;
    if (pen && fill)
        m_out.append(evenOdd ? "B*\n" : "B\n");
    else if (fill)
        m_out.append(evenOdd ? "f*\n" : "f\n");
    else
        m_out.append("S\n");
}

void PdfContent::clip(const QPainterPath &path)
{
    pathOperators(path);
    m_out.append(path.fillRule() == Qt::OddEvenFill ? "W* n\n" : "W n\n");
}

} // namespace Waymark
