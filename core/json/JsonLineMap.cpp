#include "json/JsonLineMap.h"

#include <QCoreApplication>
#include <QSet>

namespace Waymark {

// A small recursive-descent reader that only tracks structure and lines; QJsonDocument does the
// real parsing and the error reporting for malformed text.
class JsonLineScanner
{
public:
    JsonLineScanner(const QByteArray &text, JsonLineMap &map)
        : m_text(text)
        , m_map(map)
    {
    }

    void run() { value(QString(), 0); }

private:
    static constexpr int MaxDepth = 256;

    const QByteArray &m_text;
    JsonLineMap &m_map;
    int m_pos = 0;
    int m_line = 1;
    bool m_failed = false;

    bool atEnd() const { return m_failed || m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void advance()
    {
        if (m_text.at(m_pos) == '\n')
            ++m_line;
        ++m_pos;
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            advance();
        }
    }

    bool expect(char c)
    {
        skipSpace();
        if (peek() != c) {
            m_failed = true;
            return false;
        }
        advance();
        return true;
    }

    // Reads a string; returns its raw text (escapes left as written) only when wanted, since
    // only keys are needed and copying every long question text would dominate the scan. path
    // is where a character no text may hold is reported.
    QString string(bool wanted, const QString &path)
    {
        if (!expect('"'))
            return QString();
        const int start = m_pos;
        bool special = false; // an escape or a NUL byte, the only places such a character hides
        while (!atEnd()) {
            const char c = m_text.at(m_pos);
            if (c == '"') {
                const int end = m_pos;
                ++m_pos;
                if (special)
                    findFaults(start, end, path);
                return wanted ? QString::fromUtf8(m_text.constData() + start, end - start)
                              : QString();
            }
            // An escape, a NUL byte, or the first byte of U+FEFF, U+FFFE or U+FFFF: the only
            // places where something findStringFaults() looks for can be.
            if (c == '\\' || c == '\0' || uchar(c) == 0xEF)
                special = true;
            if (c == '\\') {
                ++m_pos;
                if (atEnd())
                    break;
            }
            advance();
        }
        m_failed = true;
        return QString();
    }

    void findFaults(int start, int end, const QString &path)
    {
        const qsizetype before = m_map.m_stringFaults.size();
        JsonLineMap::findStringFaults(QByteArrayView(m_text.constData() + start, end - start),
                                      start, &m_map.m_stringFaults);
        for (qsizetype i = before; i < m_map.m_stringFaults.size(); ++i)
            m_map.m_stringFaults[i].path = path;
    }

    void value(const QString &path, int depth)
    {
        skipSpace();
        if (atEnd() || depth > MaxDepth) {
            m_failed = true;
            return;
        }
        m_map.m_lines.insert(path, m_line);
        switch (peek()) {
        case '{':
            object(path, depth);
            break;
        case '[':
            array(path, depth);
            break;
        case '"':
            string(false, path);
            break;
        default:
            scalar();
            break;
        }
    }

    void object(const QString &path, int depth)
    {
        advance();
        QSet<QString> seen;
        skipSpace();
        if (peek() == '}') {
            advance();
            return;
        }
        while (!atEnd()) {
            skipSpace();
            const int keyLine = m_line;
            const QString key = string(true, path);
            const QString memberPath = path + QLatin1Char('/') + key;
            if (seen.contains(key))
                m_map.m_duplicates.append({memberPath, keyLine});
            seen.insert(key);
            if (!expect(':'))
                return;
            value(memberPath, depth + 1);
            skipSpace();
            if (peek() == ',') {
                advance();
                continue;
            }
            expect('}');
            return;
        }
    }

    void array(const QString &path, int depth)
    {
        advance();
        skipSpace();
        if (peek() == ']') {
            advance();
            return;
        }
        for (int index = 0; !atEnd(); ++index) {
            value(path + QLatin1Char('/') + QString::number(index), depth + 1);
            skipSpace();
            if (peek() == ',') {
                advance();
                continue;
            }
            expect(']');
            return;
        }
    }

    void scalar()
    {
        const int start = m_pos;
        while (!atEnd()) {
            const char c = peek();
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                break;
            advance();
        }
        if (m_pos == start)
            m_failed = true;
    }
};

JsonLineMap JsonLineMap::scan(const QByteArray &json)
{
    JsonLineMap map;
    JsonLineScanner(json, map).run();
    locate(json, &map.m_stringFaults);
    return map;
}

void JsonLineMap::findStringFaults(QByteArrayView literal, qsizetype start,
                                   QList<StringFault> *faults)
{
    const auto hexUnit = [&literal](qsizetype at) -> int {
        // at is the offset of the 'u' of "\uXXXX"; -1 when the four hex digits are not there.
        if (at + 4 >= literal.size())
            return -1;
        bool ok = false;
        const int unit = QByteArrayView(literal.data() + at + 1, 4).toInt(&ok, 16);
        return ok ? unit : -1;
    };
    const auto fault = [&](StringFault::Kind kind, qsizetype at, qsizetype escapeLength) {
        StringFault found;
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
            fault(StringFault::Kind::Nul, i, 0);
            continue;
        }
        if (uchar(c) == 0xEF) {
            if (i == 0 && utf8At(i, 0xBB, 0xBF))
                fault(StringFault::Kind::LeadingByteOrderMark, i, 0);
            else if (utf8At(i, 0xBF, 0xBE) || utf8At(i, 0xBF, 0xBF))
                fault(StringFault::Kind::Noncharacter, i, 0);
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
            fault(StringFault::Kind::Nul, i, 6);
        } else if (unit >= 0xFFFE) {
            fault(StringFault::Kind::Noncharacter, i, 6);
        } else if (QChar::isHighSurrogate(char32_t(unit))) {
            // Whole only when its low half follows at once, as another escape.
            const bool paired = i + 7 < literal.size() && literal.at(i + 6) == '\\' &&
                                literal.at(i + 7) == 'u' &&
                                QChar::isLowSurrogate(char32_t(qMax(0, hexUnit(i + 7))));
            if (!paired) {
                fault(StringFault::Kind::LoneSurrogate, i, 6);
            } else {
                i += 11;
                continue;
            }
        } else if (QChar::isLowSurrogate(char32_t(unit))) {
            fault(StringFault::Kind::LoneSurrogate, i, 6);
        }
        i += 5;
    }
}

void JsonLineMap::locate(const QByteArray &json, QList<StringFault> *faults)
{
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype scanned = 0;
    for (StringFault &fault : *faults) {
        const qsizetype end = qBound(qsizetype(0), fault.offset, json.size());
        for (; scanned < end; ++scanned) {
            if (json.at(scanned) == '\n') {
                ++line;
                lineStart = scanned + 1;
            }
        }
        fault.line = line;
        fault.column = int(end - lineStart + 1);
    }
}

namespace {

// Where lupdate files the texts below, and where describe() looks them up.
struct FaultText
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::JsonLineMap)
};

} // namespace

QString JsonLineMap::StringFault::describe(bool withLine) const
{
    const QString where = withLine ? FaultText::tr("line %1, column %2").arg(line).arg(column)
                                   : FaultText::tr("column %1").arg(column);
    QString what;
    switch (kind) {
    case Kind::LoneSurrogate:
        what = FaultText::tr("%1 is half of a UTF-16 surrogate pair without its other half, so "
                             "it is not a character")
                   .arg(written);
        break;
    case Kind::Nul:
        what = written.isEmpty()
                   ? FaultText::tr("a NUL byte, which no text may hold")
                   : FaultText::tr("%1 is a NUL character, which no text may hold").arg(written);
        break;
    case Kind::Noncharacter:
        what = written.isEmpty()
                   ? FaultText::tr("U+FFFE or U+FFFF, which Unicode keeps out of text and no "
                                   "text may hold")
                   : FaultText::tr("%1 is U+FFFE or U+FFFF, which Unicode keeps out of text and "
                                   "no text may hold")
                         .arg(written);
        break;
    case Kind::LeadingByteOrderMark:
        what = FaultText::tr("the text starts with a byte order mark (U+FEFF) written as it is, "
                             "which would be lost on reading; write it as \\ufeff");
        break;
    }
    return where + QStringLiteral(": ") + what;
}

int JsonLineMap::lineOf(const QString &path) const
{
    QString candidate = path;
    while (true) {
        const auto it = m_lines.constFind(candidate);
        if (it != m_lines.constEnd())
            return *it;
        if (candidate.isEmpty())
            return 1;
        candidate.truncate(candidate.lastIndexOf(QLatin1Char('/')));
    }
}

void JsonLineMap::lineAndColumn(const QByteArray &json, int offset, int *line, int *column)
{
    int l = 1;
    int lineStart = 0;
    const int end = qBound(0, offset, int(json.size()));
    for (int i = 0; i < end; ++i) {
        if (json.at(i) == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    *column = end - lineStart + 1;
}

} // namespace Waymark
