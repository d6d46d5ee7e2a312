#pragma once
// Reads a Qt Linguist .ts file the way the checks need it: every message with its context,
// source, translation forms and the translation's type attribute.
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace TsFile {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    QString type;             // "", "unfinished", "vanished", "obsolete"
    int line = 0;             // in the .ts, for messages
};

struct Contents
{
    QString language;
    QString sourceLanguage;
    QList<Message> messages;
    QString error;
};

// A <translation>'s text, or its plural forms when it has <numerusform> children.
inline QStringList readTranslation(QXmlStreamReader &xml)
{
    QStringList forms;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            forms.append(xml.readElementText());
        else if (xml.isCharacters())
            text += xml.text();
        else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
            break;
    }
    return forms.isEmpty() ? QStringList{text} : forms;
}

inline Contents read(const QString &path)
{
    Contents contents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        contents.error = file.errorString();
        return contents;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                contents.language = xml.attributes().value(QLatin1String("language")).toString();
                contents.sourceLanguage =
                    xml.attributes().value(QLatin1String("sourcelanguage")).toString();
            } else if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message();
                message.context = context;
                message.line = int(xml.lineNumber());
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                message.translations = readTranslation(xml);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            contents.messages.append(message);
        }
    }
    if (xml.hasError())
        contents.error = xml.errorString();
    return contents;
}

// The translation of one source text in one context; empty when there is none.
inline QString translation(const Contents &contents, const QString &context, const QString &source)
{
    for (const Message &message : contents.messages) {
        if (message.context == context && message.source == source)
            return message.translations.value(0);
    }
    return QString();
}

} // namespace TsFile
