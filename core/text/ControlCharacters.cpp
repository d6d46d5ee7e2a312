#include "text/ControlCharacters.h"

namespace Waymark {

bool isControlCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x061c || u == 0x200e || u == 0x200f ||
           (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

QString escapeControlCharacters(QStringView text, Newlines newlines)
{
    const auto escapes = [newlines](QChar c) {
        return isControlCharacter(c) && !(newlines == Newlines::Keep && c == QLatin1Char('\n'));
    };
    qsizetype first = 0;
    while (first < text.size() && !escapes(text[first]))
        ++first;
    if (first == text.size())
        return text.toString();
    QString escaped;
    escaped.reserve(text.size() + 16);
    escaped.append(text.first(first));
    for (qsizetype i = first; i < text.size(); ++i) {
        const QChar c = text[i];
        if (escapes(c))
            escaped.append(QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0')));
        else
            escaped.append(c);
    }
    return escaped;
}

} // namespace Waymark
