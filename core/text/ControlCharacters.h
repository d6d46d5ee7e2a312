#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace Waymark {

// Characters that make a terminal or a text viewer do something instead of showing a letter:
// the C0 controls (escape sequences start with ESC, BEL rings, CR overwrites a line), DEL, the
// C1 controls (some terminals take U+009B as an escape sequence), and the Unicode bidirectional
// controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which reorder what a line
// appears to say. All of them are in the Basic Multilingual Plane, so one UTF-16 unit decides.
bool isControlCharacter(QChar c);

// Whether a newline in the text is a line break to keep (text meant to span lines) or, like any
// other control, a character to show (a name or a title is one line, so a newline in it could
// only forge another line of output).
enum class Newlines
{
    Escape,
    Keep,
};

// The text with every control character written as \u and four lower-case hex digits, the form
// JSON uses, so that the same escape reads the same in a terminal and parses back in JSON.
// Letters, accents, emoji and everything else are untouched.
QString escapeControlCharacters(QStringView text, Newlines newlines = Newlines::Escape);

} // namespace Waymark
