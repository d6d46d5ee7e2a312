#pragma once

#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

// What `waymark-cli server status` shows: the server, the Waymark data on it, and the login
// asking with what its roles let it do.
struct ServerStatus
{
    QString address;       // without a password
    QString serverVersion; // PostgreSQL's, e.g. "15.18"
    QString login;         // who the server knows this connection as
    bool setUp = false;    // whether `server init` has run on this database
    int schemaVersion = 0;
    QStringList roles; // the Waymark group roles the login holds: member, facilitator, ...
    // What the login can see of each; -1 where it may not read the table at all.
    qint64 assessments = -1;
    qint64 answers = -1;
    qint64 workshops = -1;
    qint64 historyEntries = -1;
};

// One change of an answer on a server, as the answer history keeps it (who, when, old, new).
struct AnswerChange
{
    qint64 id = 0;
    QString questionId;
    QString change; // insert, update or delete
    QString changedBy;
    QDateTime changedAt;
    QString oldRating, oldEvidence, oldNote; // empty rating: none
    QString newRating, newEvidence, newNote;
    bool oldFlagged = false, newFlagged = false;
};

// Setting up and looking after Waymark on a council's PostgreSQL server (docs/server.md): the
// schema, the four group roles and their logins, upgrades, status, and an answer's history.
// Each call connects with the address's own login, does its work and disconnects; PostgreSQL
// decides whether that login may.
class ServerAdmin
{
public:
    // member, facilitator, officer, admin: the words `server grant --as` takes.
    static QStringList roleWords();

    // Creates Waymark's group roles, schema, policies and history on the database. Refuses a
    // database that already has them (nothing changed).
    static bool init(const QString &address, StoreError *error);
    // Makes login a member of the group role for `as` (a word of roleWords()), creating the login
    // (without a password: docs/server.md) where the server has none. created says whether it
    // did.
    static bool grant(const QString &address, const QString &login, const QString &as,
                      bool *created, StoreError *error);
    // Raises the schema to the version this Waymark uses; only an admin may. from and to say
    // what it did (equal when there was nothing to do).
    static bool upgrade(const QString &address, int *from, int *to, StoreError *error);
    static std::optional<ServerStatus> status(const QString &address, StoreError *error);
    // Every change of one answer of an assessment the login owns (or any, for an admin), oldest
    // first; every answer's when questionId is empty.
    static std::optional<QList<AnswerChange>> history(const QString &address, qint64 assessmentId,
                                                      const QString &questionId, StoreError *error);
};

} // namespace Waymark
