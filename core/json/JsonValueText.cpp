#include "json/JsonValueText.h"

#include "json/JsonWriter.h"

#include <QCoreApplication>

#include <cmath>

namespace Waymark::JsonValueText {

namespace {

// Where lupdate files the texts below, and where they are looked up.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::JsonValueText)
};

} // namespace

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString describe(const QJsonValue &value)
{
    constexpr int MaxShown = 40;
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text.size() <= MaxShown)
            return JsonWriter::stringLiteral(text, JsonEscaping::Required);
        int cut = MaxShown;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        const QString shown = JsonWriter::stringLiteral(text.left(cut), JsonEscaping::Required);
        return shown.left(shown.size() - 1) + QChar(0x2026) + QLatin1Char('"');
    }
    case QJsonValue::Double:
        return isWholeNumber(value) ? QString::number(qint64(value.toDouble()))
                                    : QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return Texts::tr("a list");
    case QJsonValue::Object:
        return Texts::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Texts::tr("nothing");
}

bool isWholeNumber(double number)
{
    constexpr double MaxSafeInteger = 9007199254740991.0; // 2^53 - 1
    return std::isfinite(number) && number == std::floor(number) &&
           std::fabs(number) <= MaxSafeInteger;
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && isWholeNumber(value.toDouble());
}

} // namespace Waymark::JsonValueText
