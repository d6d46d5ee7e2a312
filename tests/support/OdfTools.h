#pragma once
// Reads an OpenDocument file back the way a word processor starts to: its entries unzipped (with
// unzip, installed by ./test.sh) and its text as the XML's characters.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace OdfTools {

// One entry of the package ("content.xml", "styles.xml", "META-INF/manifest.xml"), or nothing.
inline QByteArray entry(const QString &odt, const QString &name)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, name});
    if (!unzip.waitForFinished(30000))
        return QByteArray();
    return unzip.readAllStandardOutput();
}

// What a reader sees of an XML entry: its characters, entities resolved, elements as spaces;
// "" with *error set when the XML is not well formed.
inline QString text(const QByteArray &xml, QString *error = nullptr)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters())
            text += reader.text();
        else if (reader.isStartElement() || reader.isEndElement())
            text += QLatin1Char(' ');
    }
    if (reader.hasError()) {
        if (error)
            *error = reader.errorString();
        return QString();
    }
    return text;
}

// The local names of every element of an XML entry, in order.
inline QStringList elementNames(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QStringList names;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            names.append(reader.name().toString());
    }
    return names;
}

} // namespace OdfTools
