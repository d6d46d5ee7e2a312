#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Waymark {

// A PostgreSQL server as --db names it: postgresql://[USER[:PASSWORD]@][HOST][:PORT]/DBNAME
// [?KEY=VALUE&...], libpq's URI with its conventions (docs/server.md). What is not in the
// address libpq takes from its own sources: PGHOST, PGUSER, PGPASSWORD, ~/.pgpass, PGSSLMODE,
// Kerberos. A socket folder is given as host=/path in the query (the host part stays empty).
struct ServerAddress
{
    QString user;
    QString password; // only when the address carried one; never shown
    QString host;     // a name, an address, or a socket folder (starts with '/')
    int port = -1;    // -1: libpq's default (PGPORT, else 5432)
    QString database;
    QStringList options; // libpq KEY=VALUE settings from the query: sslmode, connect_timeout, ...

    // Whether location names a server rather than a file.
    static bool isServerAddress(const QString &location);
    // Parses location; on failure, problem says what is wrong and where.
    static bool parse(const QString &location, ServerAddress *address, QString *problem);
    // The address as messages, the title bar and settings show it: never with the password.
    QString display() const;
    // The address to hand back to parse(), with the password when there was one.
    QString uri() const;
    // A name for the server alone, for "which server" in a message: "HOST:PORT" or the socket.
    QString serverName() const;

private:
    QUrl url() const;
};

} // namespace Waymark
