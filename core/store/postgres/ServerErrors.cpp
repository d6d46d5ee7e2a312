#include "store/postgres/ServerErrors.h"

#include <QCoreApplication>

namespace Waymark::Server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::Server", text);
}

QString detailOf(const QSqlError &sqlError)
{
    const QString detail =
        sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    return detail.simplified();
}

bool says(const QString &detail, const char *phrase)
{
    return detail.contains(QLatin1String(phrase), Qt::CaseInsensitive);
}

} // namespace

bool isConnectionLost(const QSqlError &sqlError)
{
    const QString state = sqlError.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return true;
    const QString detail = detailOf(sqlError);
    return says(detail, "server closed the connection") || says(detail, "no connection to the") ||
           says(detail, "connection to server") || says(detail, "terminating connection") ||
           says(detail, "could not send data") || says(detail, "could not receive data") ||
           says(detail, "connection not open");
}

StoreError errorFrom(const QSqlError &sqlError, const QString &doing)
{
    const QString state = sqlError.nativeErrorCode();
    const QString detail = detailOf(sqlError);
    StoreError error;
    if (isConnectionLost(sqlError)) {
        error.kind = StoreError::Kind::Unreachable;
        error.message = tr("The connection to the server was lost (while %1): %2. Nothing from "
                           "this change was saved on the server.")
                            .arg(doing, detail);
    } else if (state == QLatin1String("42501")) {
        error.kind = StoreError::Kind::Denied;
        error.message = tr("Permission denied (while %1): your login may not do this on the "
                           "server. Ask the council's Waymark administrator. (%2)")
                            .arg(doing, detail);
    } else if (state == QLatin1String("23505") && says(detail, "assessment_uid_key")) {
        error.kind = StoreError::Kind::Denied;
        error.message = tr("This assessment is already on the server under another member's "
                           "login (while %1): only its owner can change it.")
                            .arg(doing);
    } else if (state == QLatin1String("53100")) {
        error.kind = StoreError::Kind::DiskFull;
        error.message = tr("The server's disk is full (while %1). Nothing was changed; tell the "
                           "council's IT team.")
                            .arg(doing);
    } else if (state == QLatin1String("25006")) {
        error.kind = StoreError::Kind::ReadOnly;
        error.message = tr("The server only allows reading (while %1): it is a standby copy. "
                           "Connect to the main server to make changes.")
                            .arg(doing);
    } else if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        error.kind = StoreError::Kind::Failed;
        error.message = tr("The server stopped this change because another one met it at the "
                           "same moment (while %1). Nothing was changed; try again.")
                            .arg(doing);
    } else {
        error.kind = StoreError::Kind::Failed;
        error.message = tr("The server reported an error (while %1): %2").arg(doing, detail);
    }
    return error;
}

StoreError connectionError(const QSqlError &sqlError, const QString &server, const QString &user,
                           const QString &database)
{
    const QString detail = detailOf(sqlError);
    StoreError error;
    error.kind = StoreError::Kind::Unreachable;
    if (says(detail, "password authentication failed") || says(detail, "no password supplied") ||
        says(detail, "authentication failed") || says(detail, "fe_sendauth")) {
        error.kind = StoreError::Kind::Denied;
        error.message = tr("The server %1 did not accept the login \"%2\": authentication "
                           "failed. Check the user name and password.")
                            .arg(server, user);
    } else if (says(detail, "SSL") || says(detail, "no encryption") || says(detail, "GSS")) {
        error.kind = StoreError::Kind::Denied;
        error.message = tr("The server %1 and this computer do not agree on TLS (encryption): "
                           "%2. The council's server may require TLS (add ?sslmode=require), "
                           "or not offer it.")
                            .arg(server, detail);
    } else if (says(detail, "does not exist") && says(detail, "database")) {
        error.kind = StoreError::Kind::CannotOpen;
        error.message = tr("The server %1 has no database called \"%2\". The council's "
                           "database administrator creates it (docs/server.md).")
                            .arg(server, database);
    } else if (says(detail, "role") && says(detail, "does not exist")) {
        error.kind = StoreError::Kind::Denied;
        error.message = tr("The server %1 has no login called \"%2\". Ask the council's Waymark "
                           "administrator for one.")
                            .arg(server, user);
    } else if (says(detail, "permission denied") || says(detail, "no pg_hba.conf entry")) {
        error.kind = StoreError::Kind::Denied;
        error.message = tr("The server %1 refused the login \"%2\" to database \"%3\": permission "
                           "denied (%4).")
                            .arg(server, user, database, detail);
    } else if (says(detail, "timeout expired") || says(detail, "timed out")) {
        error.message = tr("The server %1 did not answer in time. Check the network connection "
                           "and the server's name.")
                            .arg(server);
    } else if (says(detail, "could not translate host name") ||
               says(detail, "Name or service not known")) {
        error.message =
            tr("There is no server called %1 (its name could not be found). Check its name "
               "and the network connection.")
                .arg(server);
    } else if (says(detail, "Connection refused") || says(detail, "No such file or directory")) {
        error.message = tr("The server %1 refused the connection: PostgreSQL is not running "
                           "there, or not on that port.")
                            .arg(server);
    } else if (says(detail, "the database system is starting up") ||
               says(detail, "the database system is shutting down")) {
        error.message =
            tr("The server %1 is starting or stopping. Try again in a minute.").arg(server);
    } else if (says(detail, "too many")) {
        error.message = tr("The server %1 has too many connections open. Try again later, or "
                           "tell the council's IT team.")
                            .arg(server);
    } else {
        error.message = tr("The server %1 could not be reached: %2").arg(server, detail);
    }
    return error;
}

} // namespace Waymark::Server
