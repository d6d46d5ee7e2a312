#pragma once

#include <QJsonValue>
#include <QString>

namespace Waymark {

// How a JSON value is named in a message, shared by every reader that reports on a file a person
// wrote (the question bank, the exchange file), so that the same value reads the same in both.
namespace JsonValueText {

// text between double quotes, as it is: a name or id quoted in a sentence.
QString quoted(const QString &text);

// A value as the person would recognise it in their file: JSON, with a long text cut short so
// that the message stays one readable line ("\"Ask the DCS…\"", 7, true, null), or what kind
// of thing it is: "a list", "an object", or "nothing" for a value that is missing.
QString describe(const QJsonValue &value);

// Whether number is a whole number that a double holds exactly, from -(2^53 - 1) to 2^53 - 1
// (ECMAScript's "safe integer"). Beyond that two whole numbers share one double, so the file may
// have said another number than the one read. Whether the number is in range for its field (a
// weight of 1 to 3, an id of at least 0) is the caller's check, with the value's double.
bool isWholeNumber(double number);
// Whether value is a JSON number and a whole number as above.
bool isWholeNumber(const QJsonValue &value);

} // namespace JsonValueText

} // namespace Waymark
