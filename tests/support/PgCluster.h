#pragma once

// The throwaway PostgreSQL cluster of tests/support/pg-cluster.sh, which CTest starts before the
// server tests (fixture pg_cluster) and stops after them. A test that needs it and finds none
// fails, saying so: the server tests never pass by not running.

#include "store/postgres/ServerAdmin.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTextStream>
#include <QUrl>
#include <QUuid>
#include <QtTest>

namespace PgCluster {

struct Cluster
{
    QString host; // the socket folder
    int port = 0;
    QString superuser;
    QString password;
    QString problem; // why there is none
    bool ok() const { return problem.isEmpty(); }
};

inline const Cluster &cluster()
{
    static const Cluster found = [] {
        Cluster c;
        QFile file(QStringLiteral(WAYMARK_PG_STATE "/cluster.env"));
        if (!file.open(QIODevice::ReadOnly)) {
            c.problem = QStringLiteral("No PostgreSQL cluster for the server tests: %1 is missing. "
                                       "Run the tests with ctest (fixture pg_cluster starts one) "
                                       "after ./test.sh has installed postgresql.")
                            .arg(file.fileName());
            return c;
        }
        QHash<QString, QString> values;
        QTextStream in(&file);
        while (!in.atEnd()) {
            const QString line = in.readLine();
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals > 0)
                values.insert(line.left(equals), line.mid(equals + 1));
        }
        c.host = values.value(QStringLiteral("WAYMARK_PG_HOST"));
        c.port = values.value(QStringLiteral("WAYMARK_PG_PORT")).toInt();
        c.superuser = values.value(QStringLiteral("WAYMARK_PG_SUPERUSER"));
        c.password = values.value(QStringLiteral("WAYMARK_PG_PASSWORD"));
        if (c.host.isEmpty() || c.port == 0)
            c.problem = QStringLiteral("%1 is incomplete").arg(file.fileName());
        return c;
    }();
    return found;
}

// Fails the test (loudly) when there is no cluster.
#define REQUIRE_PG_CLUSTER()                                                                       \
    do {                                                                                           \
        if (!PgCluster::cluster().ok())                                                            \
            QFAIL(qPrintable(PgCluster::cluster().problem));                                       \
    } while (false)

// The address of database on the cluster as login, through the private socket.
inline QString address(const QString &database, const QString &login, const QString &password)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(login);
    url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    url.setQuery(QStringLiteral("host=%1&port=%2").arg(cluster().host).arg(cluster().port));
    return url.toString();
}

inline QString superAddress(const QString &database)
{
    return address(database, cluster().superuser, cluster().password);
}

// A raw Qt Sql connection (no Waymark code in between), as psql would be: for checking what a
// login can see and change whatever client it uses.
inline QSqlDatabase rawConnection(const QString &name, const QString &database,
                                  const QString &login, const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(cluster().host);
    db.setPort(cluster().port);
    db.setDatabaseName(database);
    db.setUserName(login);
    db.setPassword(password);
    if (!db.open())
        qWarning("raw connection as %s failed: %s", qPrintable(login),
                 qPrintable(db.lastError().text()));
    return db;
}

// Runs sql as the cluster's superuser on database ("postgres" for the cluster's own).
inline bool superExec(const QString &database, const QStringList &statements)
{
    const QString name = QStringLiteral("pg-super-") + QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = rawConnection(name, database, cluster().superuser, cluster().password);
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                ok = false;
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A new, empty database on the cluster for one test, with a name of its own.
inline QString freshDatabase(const QString &purpose)
{
    const QString name = QStringLiteral("wm_%1_%2")
                             .arg(purpose)
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    if (!superExec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE %1").arg(name)}))
        return {};
    return name;
}

// Makes a login with a password (roles belong to the whole cluster: one made by an earlier
// test is reused, its password set again).
inline bool makeLogin(const QString &login, const QString &password)
{
    return superExec(
        QStringLiteral("postgres"),
        {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') "
                        "THEN CREATE ROLE \"%1\" LOGIN; END IF; END $$")
             .arg(login),
         QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'").arg(login, password)});
}

// A login a test uses, with its password and the Waymark role it is granted.
struct Grant
{
    QString login;
    QString password;
    QString role; // member, facilitator, officer or admin
};

// A new database, set up for Waymark by the cluster's superuser (`server init`), with each
// login made and granted its role (`server grant`). Empty, with a warning, on failure.
inline QString setUpDatabase(const QString &purpose, const QList<Grant> &grants)
{
    const QString database = freshDatabase(purpose);
    if (database.isEmpty())
        return {};
    Waymark::StoreError error;
    if (!Waymark::ServerAdmin::init(superAddress(database), &error)) {
        qWarning("server init: %s", qPrintable(error.message));
        return {};
    }
    for (const Grant &grant : grants) {
        bool created = false;
        if (!makeLogin(grant.login, grant.password) ||
            !Waymark::ServerAdmin::grant(superAddress(database), grant.login, grant.role, &created,
                                         &error)) {
            qWarning("server grant %s: %s", qPrintable(grant.login), qPrintable(error.message));
            return {};
        }
    }
    return database;
}

// Runs pg-cluster.sh's pause, resume or kill on the cluster: a test's outage.
inline bool control(const QString &action)
{
    QProcess script;
    script.start(QStringLiteral(WAYMARK_PG_SCRIPT), {action, QStringLiteral(WAYMARK_PG_STATE)});
    if (!script.waitForFinished(90000) || script.exitCode() != 0) {
        qWarning("pg-cluster.sh %s: %s", qPrintable(action),
                 script.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace PgCluster
