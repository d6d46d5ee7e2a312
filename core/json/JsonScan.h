#pragma once

#include "json/JsonStringFault.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Waymark {

// A key repeated within one object. QJsonDocument keeps the last of the two and says nothing; a
// file that says two things about one field is damaged or hand-edited, and reading either value
// would be a guess.
struct JsonDuplicateKey
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::JsonDuplicateKey)

public:
    QString path; // of the repeated member, as JsonScan spells it: "/answers/0/rating"
    QString key;  // "rating"
    int line = 0; // 1-based, of the repeat
    int column = 0;

    // "the field "rating" appears twice in the same object"
    QString message() const;
};

// What one pass over a JSON text finds that QJsonDocument does not say: keys repeated within
// one object, characters in strings that no text may hold (JsonStringFault), and, when asked,
// the line each value starts on, so that a message about "/sections/2/questions/4/weight" can
// say "bank.json:118". Linear in the text and without recursion: a 16 MiB file or one nested
// as deep as QJsonDocument allows takes one pass.
//
// It is meant for text that QJsonDocument has accepted (JsonReader runs it after parsing); on
// any other text it reports what it could read before the fault, and never reads past the end.
class JsonScan
{
public:
    // How paths are spelt: JSON pointers (RFC 6901, without escaping) as "/glossary/3/term", or
    // as a field is named in a message, "answers[3].rating". A character that is wrong in a key
    // is reported on the object that holds the key, since the key is no name.
    enum class Paths
    {
        Pointer,
        Field,
    };
    // Whether to keep the line of every value (for lineOf()); a file that only needs its faults
    // found is read several times faster without.
    enum class Lines
    {
        Skip,
        Map,
    };

    static JsonScan scan(const QByteArray &json, Paths paths = Paths::Pointer,
                         Lines lines = Lines::Map, qsizetype start = 0);

    const QList<JsonDuplicateKey> &duplicateKeys() const { return m_duplicates; }
    const QList<JsonStringFault> &stringFaults() const { return m_stringFaults; }

    // The line of the value at path, or of its nearest mapped ancestor; 1 when nothing matches
    // (and always when the lines were skipped).
    int lineOf(const QString &path) const;

private:
    Paths m_paths = Paths::Pointer;
    QHash<QString, int> m_lines;
    QList<JsonDuplicateKey> m_duplicates;
    QList<JsonStringFault> m_stringFaults;

    friend class JsonScanner;
};

} // namespace Waymark
