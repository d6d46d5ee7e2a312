#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Waymark {

// A zip archive in memory, as an OpenDocument package needs it: entries in the order added,
// each stored or deflated, with no extra fields (the first entry of an ODF package, "mimetype",
// must be stored so that a program can read it at a fixed offset). Qt has no public zip API.
class ZipWriter
{
public:
    explicit ZipWriter(const QDateTime &time);

    void add(const QString &name, const QByteArray &data, bool compress = true);
    QByteArray finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint16 method = 0;
        quint32 offset = 0;
    };
    QByteArray m_out;
    QList<Entry> m_entries;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
};

} // namespace Waymark
