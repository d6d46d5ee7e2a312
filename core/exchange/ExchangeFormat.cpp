#include "exchange/ExchangeFormat.h"

#include <QUuid>

namespace Waymark::ExchangeFormat {

const QStringList &keyOrder()
{
    static const QStringList order = {
        QStringLiteral("format"),    QStringLiteral("formatVersion"), QStringLiteral("generator"),
        QStringLiteral("bank"),      QStringLiteral("assessment"),    QStringLiteral("answers"),
        QStringLiteral("cleared"),   QStringLiteral("actions"),       QStringLiteral("uid"),
        QStringLiteral("id"),        QStringLiteral("version"),       QStringLiteral("title"),
        QStringLiteral("authority"), QStringLiteral("respondent"),    QStringLiteral("role"),
        QStringLiteral("jurisdiction"), QStringLiteral("date"),      QStringLiteral("created"),       QStringLiteral("question"),
        QStringLiteral("rating"),    QStringLiteral("evidence"),      QStringLiteral("note"),
        QStringLiteral("flag"),      QStringLiteral("what"),          QStringLiteral("who"),
        QStringLiteral("due"),       QStringLiteral("status"),        QStringLiteral("updated"),
    };
    return order;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString canonicalUid(const QString &uid)
{
    const QUuid parsed = QUuid::fromString(uid);
    return parsed.isNull() ? uid : parsed.toString(QUuid::WithoutBraces);
}

} // namespace Waymark::ExchangeFormat
