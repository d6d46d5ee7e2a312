#include "JsonLineMap.h"

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
    // only keys are needed and copying every long question text would dominate the scan.
    QString string(bool wanted)
    {
        if (!expect('"'))
            return QString();
        const int start = m_pos;
        while (!atEnd()) {
            const char c = m_text.at(m_pos);
            if (c == '"') {
                const int end = m_pos;
                ++m_pos;
                return wanted ? QString::fromUtf8(m_text.constData() + start, end - start)
                              : QString();
            }
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
            string(false);
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
            const QString key = string(true);
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
    return map;
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
