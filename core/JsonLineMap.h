#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Waymark {

// Maps each value of a JSON text to the line it starts on, so that a message about
// "/sections/2/questions/4/weight" can say "bank.json:118". QJsonDocument keeps no positions and
// silently keeps the last of two equal keys, so this scanner also reports duplicate keys.
//
// Paths are JSON pointers (RFC 6901) without escaping: "/glossary/3/term". The scanner is
// tolerant: on text that is not valid JSON it maps what it could read before the fault.
class JsonLineMap
{
public:
    struct DuplicateKey
    {
        QString path; // pointer of the repeated member
        int line = 0;
    };

    static JsonLineMap scan(const QByteArray &json);

    // The line of the value at path, or of its nearest mapped ancestor; 1 when nothing matches.
    int lineOf(const QString &path) const;

    const QList<DuplicateKey> &duplicateKeys() const { return m_duplicates; }

    // 1-based line and column of a byte offset, as reported by QJsonParseError.
    static void lineAndColumn(const QByteArray &json, int offset, int *line, int *column);

private:
    QHash<QString, int> m_lines;
    QList<DuplicateKey> m_duplicates;

    friend class JsonLineScanner;
};

} // namespace Waymark
