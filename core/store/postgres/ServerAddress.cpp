#include "store/postgres/ServerAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace Waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::ServerAddress", text);
}

// The libpq settings an address may carry (libpq's "Parameter Key Words"). Anything else is
// refused: a misspelt "sslmode" must not quietly connect without TLS.
const char *const KnownOptions[] = {
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "sslcrl",
    "sslpassword",
    "sslcompression",
    "requiressl",
    "gssencmode",
    "krbsrvname",
    "gsslib",
    "connect_timeout",
    "application_name",
    "target_session_attrs",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_count",
    "tcp_user_timeout",
    "service",
    "channel_binding",
    "options",
};

bool isKnownOption(const QString &key)
{
    for (const char *known : KnownOptions) {
        if (key == QLatin1String(known))
            return true;
    }
    return false;
}

} // namespace

bool ServerAddress::isServerAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool ServerAddress::parse(const QString &location, ServerAddress *address, QString *problem)
{
    ServerAddress parsed;
    // Tolerant: an address as people type it and as display() shows it (a space in a database
    // name, say) is read as meant.
    const QUrl url(location, QUrl::TolerantMode);
    // The password is never repeated in a message, so the address is shown without it.
    auto refuse = [&](const QString &why) {
        *problem = tr("The server address \"%1\" cannot be used: %2")
                       .arg(url.isValid() ? url.toString(QUrl::RemovePassword) : QString(), why);
        return false;
    };
    if (!url.isValid() || !isServerAddress(location))
        return refuse(tr("write it as postgresql://USER@HOST:PORT/DATABASE"));
    parsed.user = url.userName(QUrl::FullyDecoded);
    parsed.password = url.password(QUrl::FullyDecoded);
    parsed.host = url.host(QUrl::FullyDecoded);
    parsed.port = url.port(-1);
    parsed.database = url.path(QUrl::FullyDecoded).mid(1);
    if (parsed.database.isEmpty() || parsed.database.contains(QLatin1Char('/')))
        return refuse(tr("it names no database (the part after the last \"/\")"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            parsed.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            parsed.port = value.toInt(&ok);
            if (!ok || parsed.port <= 0 || parsed.port > 65535)
                return refuse(tr("the port \"%1\" is not a number from 1 to 65535").arg(value));
        } else if (key == QLatin1String("user")) {
            parsed.user = value;
        } else if (key == QLatin1String("dbname")) {
            parsed.database = value;
        } else if (key == QLatin1String("password")) {
            parsed.password = value;
        } else if (isKnownOption(key)) {
            // Qt's driver separates settings with ';', so a value may not hold one.
            if (value.contains(QLatin1Char(';')))
                return refuse(tr("the value of \"%1\" contains \";\"").arg(key));
            parsed.options.append(key + QLatin1Char('=') + value);
        } else {
            return refuse(tr("\"%1\" is not a connection setting PostgreSQL knows").arg(key));
        }
    }
    *address = parsed;
    return true;
}

QString ServerAddress::display() const
{
    ServerAddress shown = *this;
    shown.password.clear();
    return shown.url().toString();
}

QString ServerAddress::uri() const
{
    // Encoded in full: a password may hold spaces, '@' or '/'.
    return url().toString(QUrl::FullyEncoded);
}

QUrl ServerAddress::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPassword(password);
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        url.setHost(host);
    if (port > 0 && !socket)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (socket) {
        query.addQueryItem(QStringLiteral("host"), host);
        if (port > 0)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
    }
    for (const QString &option : options) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        query.addQueryItem(option.left(equals), option.mid(equals + 1));
    }
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString ServerAddress::serverName() const
{
    const QString where = host.isEmpty() ? QStringLiteral("localhost") : host;
    if (port <= 0)
        return where;
    return host.startsWith(QLatin1Char('/')) ? QStringLiteral("%1 (port %2)").arg(where).arg(port)
                                             : QStringLiteral("%1:%2").arg(where).arg(port);
}

} // namespace Waymark
