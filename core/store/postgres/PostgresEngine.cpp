#include "store/postgres/PostgresEngine.h"

#include "store/postgres/ServerErrors.h"
#include "store/postgres/ServerSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace Waymark {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("waymark-server-%1").arg(++counter);
}

bool hasOption(const QStringList &options, const char *key)
{
    for (const QString &option : options) {
        if (option.startsWith(QLatin1String(key) + QLatin1Char('=')))
            return true;
    }
    return false;
}

} // namespace

PostgresEngine::PostgresEngine() = default;

PostgresEngine::~PostgresEngine()
{
    disconnect(false);
}

bool PostgresEngine::connect(const QString &location, AssessmentStore::OpenMode /*mode*/,
                             QStringList * /*notes*/, StoreError *error)
{
    // The database on a server is made by its administrator, never by opening it: a mistyped
    // name fails whatever the mode.
    disconnect(false);
    QString problem;
    if (!ServerAddress::parse(location, &m_address, &problem)) {
        setError(error, makeError(StoreError::Kind::InvalidInput, problem));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        setError(error, makeError(StoreError::Kind::CannotOpen,
                                  tr("This computer's Waymark cannot reach PostgreSQL servers: "
                                     "Qt's PostgreSQL driver is not installed (Debian package "
                                     "libqt6sql6-psql).")));
        return false;
    }
    QStringList options = m_address.options;
    // A server that does not answer must not hold the member (or a script) for ever.
    if (!hasOption(options, "connect_timeout"))
        options.append(QStringLiteral("connect_timeout=10"));
    if (!hasOption(options, "application_name"))
        options.append(QStringLiteral("application_name=Waymark"));

    m_connection = newConnectionName();
    StoreError failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setDatabaseName(m_address.database);
        if (!m_address.host.isEmpty())
            db.setHostName(m_address.host);
        if (m_address.port > 0)
            db.setPort(m_address.port);
        if (!m_address.user.isEmpty())
            db.setUserName(m_address.user);
        if (!m_address.password.isEmpty())
            db.setPassword(m_address.password);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (db.open()) {
            QSqlQuery who(db);
            if (who.exec(QStringLiteral("SELECT current_user")) && who.next())
                m_login = who.value(0).toString();
            if (m_address.user.isEmpty())
                m_address.user = m_login;
            return true;
        }
        const QString user = m_address.user.isEmpty()
                                 ? qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"))
                                 : m_address.user;
        failure = Server::connectionError(db.lastError(), m_address.serverName(), user,
                                          m_address.database);
    }
    setError(error, failure);
    disconnect(false);
    return false;
}

void PostgresEngine::disconnect(bool /*discardCreated*/)
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool PostgresEngine::readSchemaState(SchemaState *state, StoreError *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString doing = tr("reading what the database holds");
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('waymark.schema_version') IS NOT NULL")) ||
        !query.next()) {
        setError(error, errorFrom(query.lastError(), doing));
        return false;
    }
    *state = SchemaState();
    if (!query.value(0).toBool())
        return true;
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT version FROM waymark.schema_version WHERE "
                                     "application = 'waymark'"))) {
        setError(error, errorFrom(version.lastError(), doing));
        return false;
    }
    state->hasTables = true;
    if (version.next()) {
        state->isWaymark = true;
        state->version = version.value(0).toInt();
    }
    return true;
}

QString PostgresEngine::checkIntegrity(IntegrityCheck /*depth*/)
{
    // The server checks its own pages (data checksums, WAL); a client cannot read them.
    return QStringLiteral("ok");
}

bool PostgresEngine::configure(StoreError *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // The records name tables without a schema; a lock held by a stuck session must not hold a
    // member's save for ever.
    for (const char *setting : {"SET search_path = waymark", "SET lock_timeout = '10s'"}) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(setting))) {
            setError(error, errorFrom(query.lastError(), tr("preparing the connection")));
            return false;
        }
    }
    return true;
}

bool PostgresEngine::createOrMigrate(int fromVersion, int toVersion, FutureTimesRepair *,
                                     StoreError *error)
{
    const QString address = location();
    if (fromVersion == 0) {
        setError(error,
                 makeError(StoreError::Kind::CannotOpen,
                           tr("The database \"%1\" on %2 has not been set up for Waymark. The "
                              "council's Waymark administrator sets it up with: waymark-cli "
                              "server init --db %3")
                               .arg(m_address.database, m_address.serverName(), address)));
        return false;
    }
    setError(error, makeError(StoreError::Kind::TooNew,
                              tr("The Waymark data on %1 is of an older version (%2; this "
                                 "Waymark needs %3). The council's Waymark administrator "
                                 "raises it with: waymark-cli server upgrade --db %4")
                                  .arg(m_address.serverName())
                                  .arg(fromVersion)
                                  .arg(toVersion)
                                  .arg(address)));
    return false;
}

StoreError PostgresEngine::errorFrom(const QSqlError &sqlError, const QString &doing) const
{
    // Once the driver has seen the connection go it closes it, and what fails next reports
    // only that the database is not open: the connection was lost all the same.
    if (!m_connection.isEmpty() && !QSqlDatabase::database(m_connection, false).isOpen()) {
        return makeError(StoreError::Kind::Unreachable,
                         tr("The connection to %1 was lost (while %2). Nothing from this change "
                            "was saved on the server.")
                             .arg(m_address.serverName(), doing));
    }
    return Server::errorFrom(sqlError, doing);
}

QString PostgresEngine::boundText(const QString &text) const
{
    // PostgreSQL's text cannot hold the character U+0000 (libpq would end the text there and
    // lose the rest): it is kept visible, as the replacement character.
    QString kept = text;
    if (kept.contains(QChar(u'\0')))
        kept.replace(QChar(u'\0'), QChar(0xFFFD));
    // Qt's driver reads text back with QString::fromUtf8, which takes a leading U+FEFF for a
    // byte order mark and drops it. A member's text may start with one (pasted from a file that
    // had it), so such a text gets one more in front: the one dropped
    // (tst_storeengines::answersKeepEveryCharacterAndClearsTravel).
    constexpr char16_t ByteOrderMark = 0xFEFF;
    if (!kept.isEmpty() && kept.front() == QChar(ByteOrderMark))
        kept.prepend(QChar(ByteOrderMark));
    return kept;
}

bool PostgresEngine::backUp(QString * /*backupPath*/, StoreError *error)
{
    setError(error, makeError(StoreError::Kind::Failed,
                              tr("Waymark does not take backups of a database on a server: the "
                                 "server's administrator does (pg_dump, point-in-time "
                                 "recovery; docs/server.md).")));
    return false;
}

} // namespace Waymark
