#include "json/JsonWriter.h"

#include "text/ControlCharacters.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace Waymark {

namespace {

// Whether the unit at i of text is escaped in the style, beyond the quote, the backslash and the
// C0 controls, which always are. Its neighbours tell half a surrogate pair from a whole one.
bool escapes(QStringView text, qsizetype i, JsonEscaping escaping)
{
    const QChar c = text[i];
    if (escaping == JsonEscaping::Required)
        return c.unicode() == 0xFEFF; // Written as it is at the start of a text, a reader drops it.
    if (isControlCharacter(c))
        return true;
    if (c.isHighSurrogate())
        return i + 1 >= text.size() || !text[i + 1].isLowSurrogate();
    if (c.isLowSurrogate())
        return i == 0 || !text[i - 1].isHighSurrogate();
    return false;
}

void appendHexEscape(QString &out, char16_t unit)
{
    out += QStringLiteral("\\u%1").arg(uint(unit), 4, 16, QLatin1Char('0'));
}

class Writer
{
public:
    explicit Writer(const JsonStyle &style)
        : m_style(style)
    {
        for (qsizetype i = 0; i < style.keyOrder.size(); ++i)
            m_rank.insert(style.keyOrder.at(i), int(i));
    }

    QByteArray write(const QJsonValue &value)
    {
        writeValue(value, 0);
        m_out += QLatin1Char('\n');
        return m_out.toUtf8();
    }

private:
    const JsonStyle &m_style;
    QHash<QString, int> m_rank;
    QString m_out;

    int rank(const QString &key) const { return m_rank.value(key, int(m_rank.size())); }

    QString indentation(int depth) const
    {
        return QString(m_style.indent * depth, QLatin1Char(' '));
    }

    void writeValue(const QJsonValue &value, int depth)
    {
        switch (value.type()) {
        case QJsonValue::Object:
            writeObject(value.toObject(), depth);
            return;
        case QJsonValue::Array:
            writeArray(value.toArray(), depth);
            return;
        case QJsonValue::String:
            m_out += JsonWriter::stringLiteral(value.toString(), m_style.escaping);
            return;
        case QJsonValue::Double:
            writeNumber(value);
            return;
        case QJsonValue::Bool:
            m_out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
            return;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            m_out += QLatin1String("null");
            return;
        }
    }

    void writeNumber(const QJsonValue &value)
    {
        // QJsonValue keeps a whole number it was given (or read) as a 64-bit integer, exactly.
        const QVariant number = value.toVariant();
        if (number.userType() == QMetaType::LongLong) {
            m_out += QString::number(number.toLongLong());
            return;
        }
        const double d = value.toDouble();
        m_out += std::isfinite(d) ? QString::number(d, 'g', QLocale::FloatingPointShortest)
                                  : QStringLiteral("null");
    }

    // The brackets around members, each on its own line; an empty one as the style says.
    template<typename WriteMember>
    void writeMembers(qsizetype count, QLatin1Char open, QLatin1Char close, int depth,
                      WriteMember writeMember)
    {
        m_out += open;
        if (count == 0 && m_style.emptyOnOneLine) {
            m_out += close;
            return;
        }
        m_out += QLatin1Char('\n');
        const QString inner = indentation(depth + 1);
        for (qsizetype i = 0; i < count; ++i) {
            m_out += inner;
            writeMember(i);
            m_out += i + 1 < count ? QLatin1String(",\n") : QLatin1String("\n");
        }
        m_out += indentation(depth);
        m_out += close;
    }

    void writeObject(const QJsonObject &object, int depth)
    {
        QStringList keys = object.keys();
        if (!m_rank.isEmpty()) {
            std::stable_sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
                return rank(a) < rank(b);
            });
        }
        writeMembers(keys.size(), QLatin1Char('{'), QLatin1Char('}'), depth, [&](qsizetype i) {
            m_out += JsonWriter::stringLiteral(keys.at(i), m_style.escaping);
            m_out += QLatin1String(": ");
            writeValue(object.value(keys.at(i)), depth + 1);
        });
    }

    void writeArray(const QJsonArray &array, int depth)
    {
        writeMembers(array.size(), QLatin1Char('['), QLatin1Char(']'), depth,
                     [&](qsizetype i) { writeValue(array.at(i), depth + 1); });
    }
};

} // namespace

QByteArray JsonWriter::write(const QJsonValue &value, const JsonStyle &style)
{
    return Writer(style).write(value);
}

QString JsonWriter::stringLiteral(QStringView text, JsonEscaping escaping)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c < 0x20 || escapes(text, i, escaping))
                appendHexEscape(out, c);
            else
                out += QChar(c);
        }
    }
    out += QLatin1Char('"');
    return out;
}

} // namespace Waymark
