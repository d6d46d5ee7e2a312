#pragma once
// Reads a PDF back the way a reader's tools do, with poppler-utils and qpdf (installed by
// ./test.sh).
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace PdfTools {

// The standard output of a poppler tool (pdftotext, pdfinfo, pdffonts) run on a PDF file, in
// UTF-8; what it said on stderr is appended, so a failure shows up in the text a test checks.
inline QString run(const QString &tool, const QString &path, QStringList arguments = {})
{
    // pdffonts takes no -enc; its names are ASCII.
    if (tool != QLatin1String("pdffonts"))
        arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8");
    arguments << path;
    if (tool == QLatin1String("pdftotext"))
        arguments << QStringLiteral("-");
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000))
        return tool + QStringLiteral(" did not finish");
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

// The text of a PDF, pages separated by form feeds.
inline QString text(const QString &path)
{
    return run(QStringLiteral("pdftotext"), path);
}

// Every object of a PDF as qpdf reads it (qpdf --json, version 2), by "N 0 R", streams decoded
// into "data" as base64; "trailer" is the trailer. Strings are "u:text", names "/Name".
inline QHash<QString, QJsonObject> objects(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("qpdf"),
                  {QStringLiteral("--json"), QStringLiteral("--json-stream-data=inline"),
                   QStringLiteral("--decode-level=generalized"), path});
    QHash<QString, QJsonObject> objects;
    if (!process.waitForFinished(60000))
        return objects;
    const QJsonObject all = QJsonDocument::fromJson(process.readAllStandardOutput())
                                .object()
                                .value(QStringLiteral("qpdf"))
                                .toArray()
                                .at(1)
                                .toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        QString key = it.key();
        if (key.startsWith(QLatin1String("obj:")))
            key = key.mid(4);
        objects.insert(key, it.value().toObject());
    }
    return objects;
}

// An object's dictionary: a plain object's value, or a stream's dictionary.
inline QJsonObject dictionary(const QJsonObject &object)
{
    if (object.contains(QStringLiteral("stream")))
        return object.value(QStringLiteral("stream"))
            .toObject()
            .value(QStringLiteral("dict"))
            .toObject();
    return object.value(QStringLiteral("value")).toObject();
}

// The document catalog (the trailer's /Root) of objects().
inline QJsonObject catalog(const QHash<QString, QJsonObject> &objects)
{
    const QString root = dictionary(objects.value(QStringLiteral("trailer")))
                             .value(QStringLiteral("/Root"))
                             .toString();
    return dictionary(objects.value(root));
}

// A stream's decoded bytes.
inline QByteArray streamData(const QJsonObject &object)
{
    return QByteArray::fromBase64(object.value(QStringLiteral("stream"))
                                      .toObject()
                                      .value(QStringLiteral("data"))
                                      .toString()
                                      .toLatin1());
}

} // namespace PdfTools
