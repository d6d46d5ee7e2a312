#pragma once

#include <QString>
#include <QStringView>

namespace Waymark {

// What any text a member writes (evidence, a note, an action, a name) may hold, so that whatever
// one Waymark stores, its exchange file carries and another Waymark reads back the same: the
// command line, the app and the exchange file all apply these rules.
namespace TextRules {

// The most characters one text may hold. Characters are Unicode code points, as a member counts
// them: "ŵ" and "👍" are one each, although "👍" takes two UTF-16 units in a QString.
constexpr int MaxLength = 20000;

// The number of characters (code points) in text; half of a surrogate pair alone counts as one.
qsizetype characterCount(QStringView text);

enum class Fault
{
    None,
    TooLong,       // more than MaxLength characters
    Nul,           // U+0000, which C strings, SQLite's text functions and many tools end at
    LoneSurrogate, // half of a UTF-16 surrogate pair alone: not a character at all
    Noncharacter,  // U+FFFE or U+FFFF, which Unicode keeps out of text; SQLite reads both back
                   // as U+FFFD
};

// The first reason text cannot be kept as it is, or Fault::None.
Fault fault(QStringView text);

// Whether an edit from before to after may be made: one that brings in no fault the text did not
// already have, and does not make a text that is already too long any longer. A text stored
// before these rules were kept can then still be edited and cut down to size.
bool acceptsEdit(QStringView before, QStringView after);

} // namespace TextRules

} // namespace Waymark
