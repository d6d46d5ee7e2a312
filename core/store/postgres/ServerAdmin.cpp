#include "store/postgres/ServerAdmin.h"

#include "store/AssessmentStore.h"
#include "store/postgres/PostgresEngine.h"
#include "store/postgres/ServerSchema.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::ServerAdmin", text);
}

// A connection for one administrative call, closed when it goes.
class AdminConnection
{
public:
    bool open(const QString &address, StoreError *error)
    {
        QStringList notes;
        return m_engine.connect(address, AssessmentStore::OpenMode::ExistingOnly, &notes, error);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_engine.connectionName(), false); }
    PostgresEngine &engine() { return m_engine; }

    // Runs one statement; on failure fills error (with what was being done) and returns false.
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values,
              const QString &doing, StoreError *error)
    {
        // A statement without values runs as it is: PostgreSQL cannot prepare CREATE ROLE,
        // GRANT or SHOW.
        if (values.isEmpty()) {
            if (query.exec(sql))
                return true;
            setError(error, m_engine.errorFrom(query.lastError(), doing));
            return false;
        }
        if (!query.prepare(sql)) {
            setError(error, m_engine.errorFrom(query.lastError(), doing));
            return false;
        }
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            setError(error, m_engine.errorFrom(query.lastError(), doing));
            return false;
        }
        return true;
    }

private:
    PostgresEngine m_engine;
};

QString groupRole(const QString &word)
{
    return QStringLiteral("waymark_") + word;
}

// A login name as PostgreSQL takes one without surprises: what a council's directory gives
// (letters, digits, _ . @ -), up to PostgreSQL's 63 bytes.
bool isPlainLogin(const QString &login)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"));
    return plain.match(login).hasMatch();
}

} // namespace

QStringList ServerAdmin::roleWords()
{
    return {QStringLiteral("member"), QStringLiteral("facilitator"), QStringLiteral("officer"),
            QStringLiteral("admin")};
}

bool ServerAdmin::init(const QString &address, StoreError *error)
{
    AdminConnection connection;
    if (!connection.open(address, error))
        return false;
    SchemaState state;
    if (!connection.engine().readSchemaState(&state, error))
        return false;
    if (state.hasTables) {
        setError(error, makeError(StoreError::Kind::InvalidInput,
                                  tr("%1 is already set up for Waymark (version %2). Nothing was "
                                     "changed; to raise its version use: waymark-cli server "
                                     "upgrade --db %1")
                                      .arg(connection.engine().location())
                                      .arg(state.version)));
        return false;
    }
    QSqlDatabase db = connection.db();
    return ServerSchema::create(db, AssessmentStore::SchemaVersion, error);
}

bool ServerAdmin::grant(const QString &address, const QString &login, const QString &as,
                        bool *created, StoreError *error)
{
    if (!roleWords().contains(as)) {
        setError(error, makeError(StoreError::Kind::InvalidInput,
                                  tr("\"%1\" is not a Waymark role: use member, facilitator, "
                                     "officer or admin.")
                                      .arg(as)));
        return false;
    }
    if (!isPlainLogin(login)) {
        setError(error, makeError(StoreError::Kind::InvalidInput,
                                  tr("\"%1\" cannot be a login: use letters, digits and _ . @ - "
                                     "(up to 63), starting with a letter or _.")
                                      .arg(login)));
        return false;
    }
    AdminConnection connection;
    if (!connection.open(address, error))
        return false;
    QSqlQuery exists(connection.db());
    if (!connection.exec(exists, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"),
                         {login}, tr("looking for the login"), error) ||
        !exists.next())
        return false;
    *created = exists.value(0).toInt() == 0;
    QSqlQuery member(connection.db());
    if (!connection.exec(member,
                         QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles g "
                                        "ON g.oid = m.roleid JOIN pg_roles u ON u.oid = "
                                        "m.member WHERE g.rolname = ? AND u.rolname = ?"),
                         {groupRole(as), login}, tr("looking for the login's roles"), error) ||
        !member.next())
        return false;
    // Role names cannot be bound: the server quotes them itself (format's %I).
    QStringList steps;
    if (*created)
        steps.append(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN', ?::text)"));
    if (member.value(0).toInt() == 0)
        steps.append(QStringLiteral("SELECT format('GRANT %I TO %I', ?::text, ?::text)"));
    for (const QString &step : steps) {
        QSqlQuery build(connection.db());
        const QVariantList values = step.contains(QLatin1String("GRANT"))
                                        ? QVariantList{groupRole(as), login}
                                        : QVariantList{login};
        if (!connection.exec(build, step, values, tr("granting the role"), error) || !build.next())
            return false;
        QSqlQuery run(connection.db());
        if (!connection.exec(run, build.value(0).toString(), {},
                             *created && step.contains(QLatin1String("CREATE"))
                                 ? tr("creating the login %1").arg(login)
                                 : tr("granting %1 to %2").arg(groupRole(as), login),
                             error))
            return false;
    }
    return true;
}

bool ServerAdmin::upgrade(const QString &address, int *from, int *to, StoreError *error)
{
    AdminConnection connection;
    if (!connection.open(address, error))
        return false;
    SchemaState state;
    if (!connection.engine().readSchemaState(&state, error))
        return false;
    const QString where = connection.engine().location();
    if (!state.hasTables) {
        setError(error, makeError(StoreError::Kind::CannotOpen,
                                  tr("%1 has not been set up for Waymark: use waymark-cli server "
                                     "init --db %1")
                                      .arg(where)));
        return false;
    }
    *from = state.version;
    *to = AssessmentStore::SchemaVersion;
    if (state.version > AssessmentStore::SchemaVersion) {
        setError(error, makeError(StoreError::Kind::TooNew,
                                  tr("%1 was set up by a newer Waymark (version %2; this one "
                                     "knows up to %3). Nothing was changed.")
                                      .arg(where)
                                      .arg(state.version)
                                      .arg(AssessmentStore::SchemaVersion)));
        return false;
    }
    QSqlQuery admin(connection.db());
    if (!connection.exec(admin, QStringLiteral("SELECT pg_has_role('waymark_admin', 'MEMBER')"), {},
                         tr("checking your roles"), error) ||
        !admin.next())
        return false;
    if (!admin.value(0).toBool()) {
        setError(
            error,
            makeError(StoreError::Kind::Denied,
                      tr("Only a Waymark admin (role waymark_admin) may upgrade %1.").arg(where)));
        return false;
    }
    if (state.version == AssessmentStore::SchemaVersion)
        return true;
    QSqlDatabase db = connection.db();
    if (!db.transaction()) {
        setError(error, connection.engine().errorFrom(db.lastError(), tr("starting the upgrade")));
        return false;
    }
    if (!ServerSchema::migrate(db, state.version, AssessmentStore::SchemaVersion, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        setError(error, connection.engine().errorFrom(db.lastError(), tr("saving the upgrade")));
        return false;
    }
    return true;
}

std::optional<ServerStatus> ServerAdmin::status(const QString &address, StoreError *error)
{
    AdminConnection connection;
    if (!connection.open(address, error))
        return std::nullopt;
    ServerStatus status;
    status.address = connection.engine().location();
    status.login = connection.engine().login();
    SchemaState state;
    if (!connection.engine().readSchemaState(&state, error))
        return std::nullopt;
    status.setUp = state.hasTables;
    status.schemaVersion = state.version;
    const QString doing = tr("reading the server's status");
    QSqlQuery version(connection.db());
    if (!connection.exec(version, QStringLiteral("SHOW server_version"), {}, doing, error) ||
        !version.next())
        return std::nullopt;
    status.serverVersion = version.value(0).toString().section(QLatin1Char(' '), 0, 0);
    for (const QString &word : roleWords()) {
        QSqlQuery has(connection.db());
        if (!connection.exec(has,
                             QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname "
                                            "= ?) AND pg_has_role(?, 'MEMBER')"),
                             {groupRole(word), groupRole(word)}, doing, error) ||
            !has.next())
            return std::nullopt;
        if (has.value(0).toBool())
            status.roles.append(word);
    }
    if (!status.setUp)
        return status;
    const struct
    {
        const char *table;
        qint64 *count;
    } counts[] = {
        {"assessment", &status.assessments},
        {"answer", &status.answers},
        {"workshop", &status.workshops},
        {"answer_history", &status.historyEntries},
    };
    for (const auto &count : counts) {
        const QString table = QStringLiteral("waymark.") + QLatin1String(count.table);
        QSqlQuery may(connection.db());
        if (!connection.exec(may, QStringLiteral("SELECT has_table_privilege(?, 'SELECT')"),
                             {table}, doing, error) ||
            !may.next())
            return std::nullopt;
        if (!may.value(0).toBool())
            continue;
        QSqlQuery rows(connection.db());
        // The table's name is one of the four above, never the user's.
        if (!connection.exec(rows, QStringLiteral("SELECT count(*) FROM %1").arg(table), {}, doing,
                             error) ||
            !rows.next())
            return std::nullopt;
        *count.count = rows.value(0).toLongLong();
    }
    return status;
}

std::optional<QList<AnswerChange>> ServerAdmin::history(const QString &address, qint64 assessmentId,
                                                        const QString &questionId,
                                                        StoreError *error)
{
    AdminConnection connection;
    if (!connection.open(address, error))
        return std::nullopt;
    QSqlQuery query(connection.db());
    QString sql = QStringLiteral(
        "SELECT id, question_id, change, changed_by, "
        "to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "old_rating, old_evidence, old_note, old_flagged, new_rating, new_evidence, new_note, "
        "new_flagged FROM waymark.answer_history WHERE assessment_id = ?");
    QVariantList values{assessmentId};
    if (!questionId.isEmpty()) {
        sql += QStringLiteral(" AND question_id = ?");
        values.append(questionId);
    }
    sql += QStringLiteral(" ORDER BY id");
    if (!connection.exec(query, sql, values, tr("reading the answer's history"), error))
        return std::nullopt;
    QList<AnswerChange> changes;
    while (query.next()) {
        AnswerChange change;
        change.id = query.value(0).toLongLong();
        change.questionId = query.value(1).toString();
        change.change = query.value(2).toString();
        change.changedBy = query.value(3).toString();
        change.changedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        change.oldRating = query.value(5).toString();
        change.oldEvidence = query.value(6).toString();
        change.oldNote = query.value(7).toString();
        change.oldFlagged = query.value(8).toInt() != 0;
        change.newRating = query.value(9).toString();
        change.newEvidence = query.value(10).toString();
        change.newNote = query.value(11).toString();
        change.newFlagged = query.value(12).toInt() != 0;
        changes.append(change);
    }
    return changes;
}

} // namespace Waymark
