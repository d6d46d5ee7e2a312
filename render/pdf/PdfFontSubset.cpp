#include "pdf/PdfFontSubset.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Waymark {

namespace {

quint16 be16(const QByteArray &data, qsizetype at)
{
    if (at < 0 || at + 2 > data.size())
        return 0;
    return quint16((quint8(data.at(at)) << 8) | quint8(data.at(at + 1)));
}

quint32 be32(const QByteArray &data, qsizetype at)
{
    return (quint32(be16(data, at)) << 16) | be16(data, at + 2);
}

void put16(QByteArray &data, qsizetype at, quint16 value)
{
    data[at] = char(value >> 8);
    data[at + 1] = char(value & 0xff);
}

void append16(QByteArray &data, quint16 value)
{
    data.append(char(value >> 8));
    data.append(char(value & 0xff));
}

void append32(QByteArray &data, quint32 value)
{
    append16(data, quint16(value >> 16));
    append16(data, quint16(value & 0xffff));
}

quint32 checksum(const QByteArray &data)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < data.size(); i += 4) {
        quint32 word = 0;
        for (int k = 0; k < 4; ++k)
            word = (word << 8) | (i + k < data.size() ? quint8(data.at(i + k)) : 0);
        sum += word;
    }
    return sum;
}

// The glyph ids a composite glyph is made of.
QList<quint32> components(const QByteArray &glyph)
{
    QList<quint32> parts;
    if (glyph.size() < 10 || qint16(be16(glyph, 0)) >= 0)
        return parts;
    qsizetype at = 10;
    for (;;) {
        if (at + 4 > glyph.size())
            break;
        const quint16 flags = be16(glyph, at);
        parts.append(be16(glyph, at + 2));
        at += 4;
        at += (flags & 0x0001) ? 4 : 2; // arguments are words or bytes
        if (flags & 0x0008)
            at += 2; // one scale
        else if (flags & 0x0040)
            at += 4; // x and y scales
        else if (flags & 0x0080)
            at += 8; // a two by two matrix
        if (!(flags & 0x0020))
            break; // no more components
    }
    return parts;
}

} // namespace

bool PdfFontSubset::isTrueType(const QRawFont &font)
{
    return !font.fontTable("glyf").isEmpty() && !font.fontTable("loca").isEmpty();
}

QByteArray PdfFontSubset::trueType(const QRawFont &font, const QList<quint32> &glyphs,
                                   QString *error)
{
    const auto fail = [error, &font](const QString &why) {
        if (error)
            *error =
                QStringLiteral("the font %1 %2 %3").arg(font.familyName(), font.styleName(), why);
        return QByteArray();
    };
    const QByteArray head = font.fontTable("head");
    const QByteArray hhea = font.fontTable("hhea");
    const QByteArray maxp = font.fontTable("maxp");
    const QByteArray loca = font.fontTable("loca");
    const QByteArray glyf = font.fontTable("glyf");
    const QByteArray hmtx = font.fontTable("hmtx");
    if (glyf.isEmpty() || loca.isEmpty())
        return fail(QStringLiteral("has no TrueType outlines, which the PDF embeds"));
    if (head.size() < 54 || hhea.size() < 36 || maxp.size() < 6 || hmtx.size() < 4)
        return fail(QStringLiteral("has tables too short to read"));
    const bool longOffsets = be16(head, 50) == 1;
    const quint32 glyphCount = be16(maxp, 4);
    const quint32 metricCount = qMax<quint32>(1, be16(hhea, 34));
    const auto offset = [&](quint32 glyph) -> quint32 {
        return longOffsets ? be32(loca, qsizetype(glyph) * 4) : quint32(be16(loca, glyph * 2)) * 2;
    };
    const auto glyphData = [&](quint32 glyph) -> QByteArray {
        if (glyph >= glyphCount)
            return {};
        const quint32 from = offset(glyph);
        const quint32 to = offset(glyph + 1);
        if (to <= from || to > quint32(glyf.size()))
            return {};
        return glyf.mid(from, to - from);
    };

    // Glyph 0 (.notdef) always, every glyph shown, and the parts of composite glyphs.
    QSet<quint32> keep = {0};
    QList<quint32> pending(glyphs.cbegin(), glyphs.cend());
    while (!pending.isEmpty()) {
        const quint32 glyph = pending.takeLast();
        if (glyph >= glyphCount || keep.contains(glyph))
            continue;
        keep.insert(glyph);
        for (quint32 part : components(glyphData(glyph)))
            pending.append(part);
    }
    quint32 count = 0;
    for (quint32 glyph : std::as_const(keep))
        count = qMax(count, glyph + 1);

    QByteArray newGlyf;
    QByteArray newLoca;
    QByteArray newHmtx;
    for (quint32 glyph = 0; glyph < count; ++glyph) {
        append32(newLoca, quint32(newGlyf.size()));
        if (keep.contains(glyph)) {
            newGlyf.append(glyphData(glyph));
            while (newGlyf.size() % 4)
                newGlyf.append('\0');
        }
        const quint32 metric = qMin(glyph, metricCount - 1);
        append16(newHmtx, be16(hmtx, qsizetype(metric) * 4));
        append16(newHmtx, glyph < metricCount
                              ? be16(hmtx, qsizetype(glyph) * 4 + 2)
                              : be16(hmtx, qsizetype(metricCount) * 4 + (glyph - metricCount) * 2));
    }
    append32(newLoca, quint32(newGlyf.size()));

    QByteArray newHead = head;
    newHead[8] = newHead[9] = newHead[10] = newHead[11] = '\0'; // checkSumAdjustment, set below
    put16(newHead, 50, 1);                                      // long loca offsets
    QByteArray newHhea = hhea;
    put16(newHhea, 34, quint16(count));
    QByteArray newMaxp = maxp;
    put16(newMaxp, 4, quint16(count));

    // Tables in tag order, as the format asks. cmap, name, post and OS/2 are left out: a PDF
    // reaches glyphs by id and says what they stand for in its own ToUnicode map.
    QMap<QByteArray, QByteArray> tables;
    tables.insert("glyf", newGlyf);
    tables.insert("head", newHead);
    tables.insert("hhea", newHhea);
    tables.insert("hmtx", newHmtx);
    tables.insert("loca", newLoca);
    tables.insert("maxp", newMaxp);
    for (const char *hinting : {"cvt ", "fpgm", "prep"}) {
        const QByteArray table = font.fontTable(hinting);
        if (!table.isEmpty())
            tables.insert(QByteArray(hinting), table);
    }

    const quint16 tableCount = quint16(tables.size());
    quint16 power = 1;
    quint16 log2 = 0;
    while (power * 2 <= tableCount) {
        power *= 2;
        ++log2;
    }
    QByteArray out;
    append32(out, 0x00010000);
    append16(out, tableCount);
    append16(out, quint16(power * 16));
    append16(out, log2);
    append16(out, quint16(tableCount * 16 - power * 16));
    quint32 at = 12 + 16 * quint32(tableCount);
    qsizetype headAt = -1;
    for (auto table = tables.cbegin(); table != tables.cend(); ++table) {
        out.append(table.key());
        append32(out, checksum(table.value()));
        append32(out, at);
        append32(out, quint32(table.value().size()));
        if (table.key() == "head")
            headAt = at;
        at += (quint32(table.value().size()) + 3) & ~3u;
    }
    for (const QByteArray &table : std::as_const(tables)) {
        out.append(table);
        while (out.size() % 4)
            out.append('\0');
    }
    const quint32 adjustment = 0xB1B0AFBAu - checksum(out);
    out[headAt + 8] = char(adjustment >> 24);
    out[headAt + 9] = char((adjustment >> 16) & 0xff);
    out[headAt + 10] = char((adjustment >> 8) & 0xff);
    out[headAt + 11] = char(adjustment & 0xff);
    return out;
}

} // namespace Waymark
