#pragma once

#include "text/TextRules.h"

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

    // Something in a JSON string that QJsonDocument reads without a word, but not as text the
    // file meant: a character no Waymark text may hold (TextRules) -- U+0000 as a NUL byte or
    // "\u0000", half of a surrogate pair alone ("\ud800"), U+FFFE or U+FFFF -- or a byte order
    // mark written as it is at the start of a string, which QJsonDocument drops. A file would
    // otherwise import a text cut short, not text at all, or quietly changed.
    struct StringFault
    {
        enum class Kind
        {
            Nul,
            LoneSurrogate,
            Noncharacter,
            LeadingByteOrderMark,
        };
        Kind kind = Kind::Nul;
        qsizetype offset = 0; // of the first byte, or of the backslash of the escape
        QString written;      // an escape as the file has it; empty for raw bytes
        QString path;         // set by scan(): pointer of the string's value (or object, for a key)
        int line = 0;         // 1-based, set by scan() and locate()
        int column = 0;       // 1-based, counting bytes

        // "line 3, column 18: \u0000 is a NUL character, which no text may hold"; without the
        // line for messages that give it already.
        QString describe(bool withLine = true) const;
    };

    const QList<StringFault> &stringFaults() const { return m_stringFaults; }

    // The faults in one string literal: literal is the text between the quotes, which starts at
    // byte offset start of the whole text. Appends to faults in the order of the text.
    static void findStringFaults(QByteArrayView literal, qsizetype start,
                                 QList<StringFault> *faults);
    // Fills in line and column of faults, which are in the order of json, in one pass.
    static void locate(const QByteArray &json, QList<StringFault> *faults);

    static JsonLineMap scan(const QByteArray &json);

    // The line of the value at path, or of its nearest mapped ancestor; 1 when nothing matches.
    int lineOf(const QString &path) const;

    const QList<DuplicateKey> &duplicateKeys() const { return m_duplicates; }

    // 1-based line and column of a byte offset, as reported by QJsonParseError.
    static void lineAndColumn(const QByteArray &json, int offset, int *line, int *column);

private:
    QHash<QString, int> m_lines;
    QList<DuplicateKey> m_duplicates;
    QList<StringFault> m_stringFaults;

    friend class JsonLineScanner;
};

} // namespace Waymark
