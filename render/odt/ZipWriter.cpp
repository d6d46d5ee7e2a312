#include "odt/ZipWriter.h"

#include <array>

namespace Waymark {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void le16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xff));
    out.append(char(value >> 8));
}

void le32(QByteArray &out, quint32 value)
{
    le16(out, quint16(value & 0xffff));
    le16(out, quint16(value >> 16));
}

} // namespace

ZipWriter::ZipWriter(const QDateTime &time)
{
    const QDateTime local = time.toUTC();
    const QDate date = local.date();
    const QTime clock = local.time();
    m_dosDate = quint16(((qMax(date.year(), 1980) - 1980) << 9) | (date.month() << 5) | date.day());
    m_dosTime = quint16((clock.hour() << 11) | (clock.minute() << 5) | (clock.second() / 2));
}

void ZipWriter::add(const QString &name, const QByteArray &data, bool compress)
{
    Entry entry;
    entry.name = name.toUtf8();
    entry.crc = crc32(data);
    entry.size = quint32(data.size());
    entry.offset = quint32(m_out.size());
    QByteArray body = data;
    if (compress) {
        // qCompress gives a 4-byte length, then a zlib stream: a 2-byte header, the raw deflate
        // data a zip entry holds, and a 4-byte checksum.
        const QByteArray zlib = qCompress(data);
        body = zlib.mid(6, zlib.size() - 10);
        entry.method = 8;
    }
    entry.compressedSize = quint32(body.size());
    le32(m_out, 0x04034b50);
    le16(m_out, 20);
    le16(m_out, 0x0800); // names in UTF-8
    le16(m_out, entry.method);
    le16(m_out, m_dosTime);
    le16(m_out, m_dosDate);
    le32(m_out, entry.crc);
    le32(m_out, entry.compressedSize);
    le32(m_out, entry.size);
    le16(m_out, quint16(entry.name.size()));
    le16(m_out, 0);
    m_out.append(entry.name);
    m_out.append(body);
    m_entries.append(entry);
}

QByteArray ZipWriter::finish()
{
    const quint32 directory = quint32(m_out.size());
    for (const Entry &entry : std::as_const(m_entries)) {
        le32(m_out, 0x02014b50);
        le16(m_out, 20);
        le16(m_out, 20);
        le16(m_out, 0x0800);
        le16(m_out, entry.method);
        le16(m_out, m_dosTime);
        le16(m_out, m_dosDate);
        le32(m_out, entry.crc);
        le32(m_out, entry.compressedSize);
        le32(m_out, entry.size);
        le16(m_out, quint16(entry.name.size()));
        le16(m_out, 0); // extra
        le16(m_out, 0); // comment
        le16(m_out, 0); // disk
        le16(m_out, 0); // internal attributes
        le32(m_out, 0); // external attributes
        le32(m_out, entry.offset);
        m_out.append(entry.name);
    }
    const quint32 size = quint32(m_out.size()) - directory;
    le32(m_out, 0x06054b50);
    le16(m_out, 0);
    le16(m_out, 0);
    le16(m_out, quint16(m_entries.size()));
    le16(m_out, quint16(m_entries.size()));
    le32(m_out, size);
    le32(m_out, directory);
    le16(m_out, 0);
    return m_out;
}

} // namespace Waymark
