#include "json/JsonStringFault.h"

namespace Waymark {

void JsonStringFault::find(QByteArrayView literal, qsizetype start, QList<JsonStringFault> *faults)
{
    const auto hexUnit = [&literal](qsizetype at) -> int {
        // at is the offset of the 'u' of "\uXXXX"; -1 when the four hex digits are not there.
        if (at + 4 >= literal.size())
            return -1;
        bool ok = false;
        const int unit = QByteArrayView(literal.data() + at + 1, 4).toInt(&ok, 16);
        return ok ? unit : -1;
    };
    const auto fault = [&](Kind kind, qsizetype at, qsizetype escapeLength) {
        JsonStringFault found;
        found.kind = kind;
        found.offset = start + at;
        found.written = QString::fromLatin1(literal.data() + at, escapeLength);
        faults->append(found);
    };
    // Whether the UTF-8 of U+FEFF (EF BB BF), U+FFFE (EF BF BE) or U+FFFF (EF BF BF) is at.
    const auto utf8At = [&literal](qsizetype at, uchar second, uchar third) {
        return at + 2 < literal.size() && uchar(literal.at(at)) == 0xEF &&
               uchar(literal.at(at + 1)) == second && uchar(literal.at(at + 2)) == third;
    };
    for (qsizetype i = 0; i < literal.size(); ++i) {
        const char c = literal.at(i);
        if (c == '\0') {
            fault(Kind::Nul, i, 0);
            continue;
        }
        if (uchar(c) == 0xEF) {
            if (i == 0 && utf8At(i, 0xBB, 0xBF))
                fault(Kind::LeadingByteOrderMark, i, 0);
            else if (utf8At(i, 0xBF, 0xBE) || utf8At(i, 0xBF, 0xBF))
                fault(Kind::Noncharacter, i, 0);
            continue;
        }
        if (c != '\\' || i + 1 >= literal.size())
            continue;
        if (literal.at(i + 1) != 'u') {
            ++i; // a one-letter escape such as \n or \"
            continue;
        }
        const int unit = hexUnit(i + 1);
        if (unit < 0) {
            ++i; // QJsonDocument has already refused it
            continue;
        }
        if (unit == 0) {
            fault(Kind::Nul, i, 6);
        } else if (unit >= 0xFFFE) {
            fault(Kind::Noncharacter, i, 6);
        } else if (QChar::isHighSurrogate(char32_t(unit))) {
            // Whole only when its low half follows at once, as another escape.
            const bool paired = i + 7 < literal.size() && literal.at(i + 6) == '\\' &&
                                literal.at(i + 7) == 'u' &&
                                QChar::isLowSurrogate(char32_t(qMax(0, hexUnit(i + 7))));
            if (!paired) {
                fault(Kind::LoneSurrogate, i, 6);
            } else {
                i += 11;
                continue;
            }
        } else if (QChar::isLowSurrogate(char32_t(unit))) {
            fault(Kind::LoneSurrogate, i, 6);
        }
        i += 5;
    }
}

QString JsonStringFault::describe(bool withLine) const
{
    const QString where =
        withLine ? tr("line %1, column %2").arg(line).arg(column) : tr("column %1").arg(column);
    QString what;
    switch (kind) {
    case Kind::LoneSurrogate:
        what = tr("%1 is half of a UTF-16 surrogate pair without its other half, so it is not a "
                  "character")
                   .arg(written);
        break;
    case Kind::Nul:
        what = written.isEmpty() ? tr("a NUL byte, which no text may hold")
                                 : tr("%1 is a NUL character, which no text may hold").arg(written);
        break;
    case Kind::Noncharacter:
        what = written.isEmpty()
                   ? tr("U+FFFE or U+FFFF, which Unicode keeps out of text and no text may hold")
                   : tr("%1 is U+FFFE or U+FFFF, which Unicode keeps out of text and no text may "
                        "hold")
                         .arg(written);
        break;
    case Kind::LeadingByteOrderMark:
        what = tr("the text starts with a byte order mark (U+FEFF) written as it is, which would "
                  "be lost on reading; write it as \\ufeff");
        break;
    }
    return where + QStringLiteral(": ") + what;
}

} // namespace Waymark
