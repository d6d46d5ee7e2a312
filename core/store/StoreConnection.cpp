#include "store/StoreConnection.h"

#include "store/StoreEngine.h"

#include <QSqlQuery>

namespace Waymark {

StoreConnection::StoreConnection(const StoreEngine &engine)
    : m_engine(engine)
{
}

QSqlDatabase StoreConnection::database() const
{
    return QSqlDatabase::database(m_engine.connectionName(), false);
}

bool StoreConnection::run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                          const QString &doing, StoreError *error) const
{
    if (!query.prepare(sql)) {
        setError(error, failure(query.lastError(), doing));
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        setError(error, failure(query.lastError(), doing));
        return false;
    }
    return true;
}

bool StoreConnection::insert(const QString &sql, const QVariantList &values, const QString &doing,
                             qint64 *id, StoreError *error) const
{
    QSqlQuery query(database());
    if (!run(query, sql + QStringLiteral(" RETURNING id"), values, doing, error))
        return false;
    if (!query.next()) {
        setError(error, failure(query.lastError(), doing));
        return false;
    }
    *id = query.value(0).toLongLong();
    return true;
}

bool StoreConnection::readToEnd(const QSqlQuery &query, const QString &doing,
                                StoreError *error) const
{
    if (!query.lastError().isValid())
        return true;
    setError(error, failure(query.lastError(), doing));
    return false;
}

StoreError StoreConnection::failure(const QSqlError &sqlError, const QString &doing) const
{
    const StoreError error = m_engine.errorFrom(sqlError, doing);
    if (error.kind != StoreError::Kind::Corrupt || m_engine.location().isEmpty())
        return error;
    return StoreEngine::locatedFailure(error, m_engine.location(), m_engine.backups());
}

QString StoreConnection::text(const QString &value) const
{
    return m_engine.boundText(value.isNull() ? QStringLiteral("") : value);
}

QString StoreConnection::timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime StoreConnection::parseTimestamp(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant StoreConnection::date(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QVariant StoreConnection::rating(Rating rating)
{
    return rating == Rating::Unanswered ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(ratingKey(rating));
}

} // namespace Waymark
