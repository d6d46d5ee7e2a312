#include "text/TextRules.h"

namespace Waymark::TextRules {

qsizetype characterCount(QStringView text)
{
    qsizetype pairs = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            ++pairs;
            ++i;
        }
    }
    return text.size() - pairs;
}

Fault fault(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isNull())
            return Fault::Nul;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return Fault::LoneSurrogate;
        if (c.unicode() >= 0xFFFE)
            return Fault::Noncharacter;
    }
    // Counting only when the UTF-16 length could be over the limit keeps the common case to the
    // one pass above.
    if (text.size() > MaxLength && characterCount(text) > MaxLength)
        return Fault::TooLong;
    return Fault::None;
}

bool acceptsEdit(QStringView before, QStringView after)
{
    const Fault found = fault(after);
    if (found == Fault::None)
        return true;
    if (found != fault(before))
        return false;
    return found != Fault::TooLong || characterCount(after) <= characterCount(before);
}

} // namespace Waymark::TextRules
