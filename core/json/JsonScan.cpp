#include "json/JsonScan.h"

#include "json/JsonValueText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Waymark {

QString JsonDuplicateKey::message() const
{
    return tr("the field %1 appears twice in the same object").arg(JsonValueText::quoted(key));
}

class JsonScanner
{
public:
    JsonScanner(const QByteArray &json, JsonScan::Paths paths, JsonScan::Lines lines,
                JsonScan &scan)
        : m_json(json)
        , m_paths(paths)
        , m_mapLines(lines == JsonScan::Lines::Map)
        , m_scan(scan)
    {
    }

    void run(qsizetype start)
    {
        const qsizetype size = m_json.size();
        for (qsizetype i = qMax(qsizetype(0), start); i < size; ++i) {
            const char c = m_json.at(i);
            switch (c) {
            case '\n':
                newLine(i);
                break;
            case ' ':
            case '\t':
            case '\r':
            case ':':
                break;
            case '{':
            case '[':
                valueStarts();
                enter(c == '{');
                break;
            case '}':
            case ']':
                if (!m_levels.isEmpty())
                    m_levels.removeLast();
                break;
            case ',':
                if (!m_levels.isEmpty() && m_levels.last().isObject)
                    m_levels.last().expectKey = true;
                else if (!m_levels.isEmpty())
                    ++m_levels.last().index;
                break;
            case '"':
                i = string(i);
                break;
            default: // a number, true, false or null
                valueStarts();
                while (i + 1 < size && !endsToken(m_json.at(i + 1)))
                    ++i;
                break;
            }
        }
        locateFaults();
    }

private:
    struct Level
    {
        bool isObject = false;
        bool expectKey = false; // objects: the next string is a key
        int index = 0;          // arrays: the element being read
        QString key;            // objects: the member being read; null before the first
        QSet<QString> keys;     // objects: the keys read so far
        QString path;           // with lines mapped: this object's or list's own path
    };

    const QByteArray &m_json;
    JsonScan::Paths m_paths;
    bool m_mapLines;
    JsonScan &m_scan;
    QList<Level> m_levels;
    int m_line = 1;
    qsizetype m_lineStart = 0;

    static bool endsToken(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' ||
               c == '\t' || c == ':' || c == '"' || c == '{' || c == '[';
    }

    void newLine(qsizetype at)
    {
        ++m_line;
        m_lineStart = at + 1;
    }

    // How the member being read of level adds to the path of level.
    void appendStep(QString &path, const Level &level) const
    {
        const bool pointer = m_paths == JsonScan::Paths::Pointer;
        if (!level.isObject && pointer) {
            path += QLatin1Char('/') + QString::number(level.index);
        } else if (!level.isObject) {
            path += QLatin1Char('[') + QString::number(level.index) + QLatin1Char(']');
        } else if (!level.key.isNull()) {
            if (pointer)
                path += QLatin1Char('/') + level.key;
            else
                path += (path.isEmpty() ? QString() : QStringLiteral(".")) + level.key;
        }
    }

    // The path of the value being read; of the object that holds it, for a key's faults. With
    // lines mapped, every value needs its path, so each level keeps its own and one step is
    // added; otherwise a path is only needed for a rare fault, and is put together then.
    QString path(bool ofHoldingObject = false) const
    {
        if (m_levels.isEmpty())
            return QString();
        const qsizetype steps = ofHoldingObject ? m_levels.size() - 1 : m_levels.size();
        QString path;
        if (m_mapLines) {
            path = m_levels.last().path;
        } else {
            for (qsizetype i = 0; i + 1 < m_levels.size(); ++i)
                appendStep(path, m_levels.at(i));
        }
        if (steps == m_levels.size())
            appendStep(path, m_levels.last());
        return path;
    }

    void enter(bool isObject)
    {
        Level level;
        level.isObject = isObject;
        level.expectKey = isObject;
        if (m_mapLines)
            level.path = path();
        m_levels.append(std::move(level));
    }

    void valueStarts()
    {
        if (m_mapLines)
            m_scan.m_lines.insert(path(), m_line);
    }

    bool atKey() const
    {
        return !m_levels.isEmpty() && m_levels.last().isObject && m_levels.last().expectKey;
    }

    // Reads the string whose opening quote is at open; returns the offset of its closing quote
    // (or the end of the text).
    qsizetype string(qsizetype open)
    {
        const qsizetype size = m_json.size();
        const bool isKey = atKey();
        const int line = m_line;
        const int column = int(open - m_lineStart + 1);
        if (!isKey)
            valueStarts();
        bool mayHoldFault = false;
        qsizetype close = open + 1;
        for (; close < size && m_json.at(close) != '"'; ++close) {
            const char c = m_json.at(close);
            mayHoldFault = mayHoldFault || JsonStringFault::mayHoldFault(c);
            if (c == '\\')
                ++close; // the escaped character, which may be a quote
            else if (c == '\n')
                newLine(close); // QJsonDocument takes a raw line break in a string
        }
        close = qMin(close, size);
        if (mayHoldFault) {
            const qsizetype before = m_scan.m_stringFaults.size();
            JsonStringFault::find(QByteArrayView(m_json.constData() + open + 1, close - open - 1),
                                  open + 1, &m_scan.m_stringFaults);
            if (m_scan.m_stringFaults.size() > before) {
                const QString where = path(isKey);
                for (qsizetype f = before; f < m_scan.m_stringFaults.size(); ++f)
                    m_scan.m_stringFaults[f].path = where;
            }
        }
        if (isKey)
            keyRead(open, close, line, column);
        return close;
    }

    void keyRead(qsizetype open, qsizetype close, int line, int column)
    {
        Level &level = m_levels.last();
        level.expectKey = false;
        const QByteArrayView literal(m_json.constData() + open + 1, close - open - 1);
        level.key = literal.contains('\\')
                        ? QJsonDocument::fromJson("[\"" + literal.toByteArray() + "\"]")
                              .array()
                              .at(0)
                              .toString()
                        : QString::fromUtf8(literal);
        // One look-up: the set grows unless the key is in it already.
        const qsizetype before = level.keys.size();
        level.keys.insert(level.key);
        if (level.keys.size() == before)
            m_scan.m_duplicates.append({path(), level.key, line, column});
    }

    // Fills in the line and column of the faults, which are in the order of the text, in one
    // pass: a string may hold raw line breaks, which QJsonDocument takes.
    void locateFaults()
    {
        int line = 1;
        qsizetype lineStart = 0;
        qsizetype scanned = 0;
        for (JsonStringFault &fault : m_scan.m_stringFaults) {
            for (; scanned < fault.offset; ++scanned) {
                if (m_json.at(scanned) == '\n') {
                    ++line;
                    lineStart = scanned + 1;
                }
            }
            fault.line = line;
            fault.column = int(fault.offset - lineStart + 1);
        }
    }
};

JsonScan JsonScan::scan(const QByteArray &json, Paths paths, Lines lines, qsizetype start)
{
    JsonScan scan;
    scan.m_paths = paths;
    JsonScanner(json, paths, lines, scan).run(start);
    return scan;
}

int JsonScan::lineOf(const QString &path) const
{
    QString candidate = path;
    while (true) {
        const auto it = m_lines.constFind(candidate);
        if (it != m_lines.constEnd())
            return *it;
        if (candidate.isEmpty())
            return 1;
        // The parent: "/a/0/b" -> "/a/0", or "a[0].b" -> "a[0]" -> "a".
        const qsizetype cut = m_paths == Paths::Pointer
                                  ? candidate.lastIndexOf(QLatin1Char('/'))
                                  : qMax(candidate.lastIndexOf(QLatin1Char('.')),
                                         candidate.lastIndexOf(QLatin1Char('[')));
        candidate.truncate(qMax(qsizetype(0), cut));
    }
}

} // namespace Waymark
