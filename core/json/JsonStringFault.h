#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Waymark {

// Something in a JSON string that QJsonDocument reads without a word, but not as text the file
// meant: a character no Waymark text may hold (TextRules) -- U+0000 as a NUL byte or "\u0000",
// half of a surrogate pair alone ("\ud800"), U+FFFE or U+FFFF -- or a byte order mark written as
// it is at the start of a string, which QJsonDocument drops. A file would otherwise import a
// text cut short, not text at all, or quietly changed.
struct JsonStringFault
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::JsonStringFault)

public:
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
    QString path;         // of the string's value (or of the object, for a key), as JsonScan spells
    int line = 0;         // 1-based
    int column = 0;       // 1-based, counting bytes

    // "line 3, column 18: \u0000 is a NUL character, which no text may hold"; without the line
    // for messages that give it already.
    QString describe(bool withLine = true) const;

    // Whether the string literal (the bytes between its quotes) may hold a fault: only an
    // escape, a NUL byte or the first byte of U+FEFF, U+FFFE or U+FFFF can start one, and most
    // strings have none, so that a scan looks closer only where it must.
    static bool mayHoldFault(char byte)
    {
        return byte == '\\' || byte == '\0' || uchar(byte) == 0xEF;
    }

    // The faults in one string literal: literal is the text between the quotes, which starts at
    // byte offset start of the whole text. Appends them to faults in the order of the text, with
    // their offsets; the caller sets path, line and column.
    static void find(QByteArrayView literal, qsizetype start, QList<JsonStringFault> *faults);
};

} // namespace Waymark
