#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Waymark {

// Which characters a JSON string escapes beyond the quote and the backslash.
enum class JsonEscaping
{
    // What JSON requires (the C0 controls, as \n, \t ... or \u00XX) and U+FEFF, which a reader
    // drops at the start of a text; everything else as it is, so that Welsh, accents and emoji
    // stay readable in a file a person may open. The exchange file.
    Required,
    // Also every control character a terminal obeys instead of showing (ControlCharacters.h:
    // DEL, the C1 controls, the bidi controls) and half of a surrogate pair alone, each as
    // \u and four lower-case hex digits: nothing in the output can steer a terminal showing it,
    // and it parses back to the very same strings. What waymark-cli prints (docs/cli.md).
    ControlCharacters,
};

// How a document is laid out. Every member is on its own line, "key": value, indented by
// indent spaces a level; the text ends with a line break. Two writers with the same style give
// the same bytes for the same value, whatever order its objects were built in.
struct JsonStyle
{
    int indent = 4;
    // Keys written first, in this order; all others follow in QJsonObject's (alphabetical) order.
    QStringList keyOrder;
    JsonEscaping escaping = JsonEscaping::ControlCharacters;
    // "{}" and "[]" for an empty object or list, rather than the brackets on two lines.
    bool emptyOnOneLine = false;
};

// The one JSON writer: the exchange file and waymark-cli's JSON go through it, each with its
// style. Numbers are written as QJsonDocument writes them: a whole number held as one (every
// number Waymark writes) as its digits, any other in the shortest form that reads back the
// same double; infinity and NaN, which JSON cannot hold, as null.
class JsonWriter
{
public:
    static QByteArray write(const QJsonValue &value, const JsonStyle &style);

    // text as a JSON string literal, quotes included.
    static QString stringLiteral(QStringView text, JsonEscaping escaping);
};

} // namespace Waymark
