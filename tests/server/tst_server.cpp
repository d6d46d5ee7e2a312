// Issue 14: Waymark on a real PostgreSQL server (tests/support/pg-cluster.sh): who sees what,
// through the app's store and through raw SQL as each login; the answer history; copying a
// laptop in; forty members at once; the server killed mid-transaction; what a refusing or
// missing server is told as; notifications; upgrades.
#include "CliRunner.h"
#include "PgCluster.h"
#include "store/AssessmentStore.h"
#include "store/StoreCopy.h"
#include "store/postgres/ServerAdmin.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Waymark;

namespace {

// Every login a test uses, with its password and Waymark role.
struct Login
{
    const char *name;
    const char *password;
    const char *role;
};
const Login Logins[] = {
    {"wm_alice", "alice-pw", "member"},    {"wm_bob", "bob-pw", "member"},
    {"wm_fran", "fran-pw", "facilitator"}, {"wm_olly", "olly-pw", "officer"},
    {"wm_adam", "adam-pw", "admin"},
};

QString loginAddress(const QString &database, const char *name)
{
    for (const Login &login : Logins) {
        if (qstrcmp(login.name, name) == 0)
            return PgCluster::address(database, QLatin1String(login.name),
                                      QLatin1String(login.password));
    }
    return {};
}

AssessmentInfo memberInfo(const QString &authority, const QString &respondent)
{
    AssessmentInfo info;
    info.authority = authority;
    info.respondent = respondent;
    info.roleId = QStringLiteral("leader");
    info.date = QDate(2026, 11, 20);
    info.bankId = QStringLiteral("waymark-gateway");
    info.bankVersion = QStringLiteral("2.0.0");
    return info;
}

Answer answerOf(Rating rating, const QString &evidence, const QString &note = QString())
{
    Answer answer;
    answer.rating = rating;
    answer.evidence = evidence;
    answer.note = note;
    return answer;
}

// Runs one statement on a raw connection and gives the number of rows it returned or changed,
// or -1 with the error's SQLSTATE in state when the server refused it.
int rawCount(QSqlDatabase &db, const QString &sql, QString *state = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (state)
            *state = query.lastError().nativeErrorCode();
        return -1;
    }
    if (query.isSelect()) {
        int rows = 0;
        while (query.next())
            ++rows;
        return rows;
    }
    return query.numRowsAffected();
}

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private:
    bool m_serverDown = false; // a test stopped the server and has not started it again

    // A new database, set up by the superuser, with every login granted its role.
    static QString preparedDatabase(const QString &purpose)
    {
        QList<PgCluster::Grant> grants;
        for (const Login &login : Logins) {
            grants.append({QLatin1String(login.name), QLatin1String(login.password),
                           QLatin1String(login.role)});
        }
        return PgCluster::setUpDatabase(purpose, grants);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_PG_CLUSTER();
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "Qt's PostgreSQL driver (libqt6sql6-psql) is not installed");
    }

    // A test that failed while the server was down must not take the next ones with it.
    void cleanup()
    {
        if (m_serverDown && PgCluster::control(QStringLiteral("resume")))
            m_serverDown = false;
    }

    void initSetsUpOnceAndRefusesASecondTime()
    {
        const QString database = PgCluster::freshDatabase(QStringLiteral("init"));
        QVERIFY(!database.isEmpty());
        const QString dba = PgCluster::superAddress(database);
        // A member's open of a database nobody has set up says who sets it up, and how.
        AssessmentStore store;
        StoreError error;
        QVERIFY(!store.open(dba, AssessmentStore::OpenMode::CreateIfMissing, &error));
        QVERIFY2(error.message.contains(QLatin1String("waymark-cli server init")),
                 qPrintable(error.message));
        QVERIFY2(!error.message.contains(PgCluster::cluster().password), "password shown");

        QVERIFY2(ServerAdmin::init(dba, &error), qPrintable(error.message));
        QVERIFY(!ServerAdmin::init(dba, &error));
        QCOMPARE(error.kind, StoreError::Kind::InvalidInput);
        QVERIFY(error.message.contains(QLatin1String("already set up")));
        const std::optional<ServerStatus> status = ServerAdmin::status(dba, &error);
        QVERIFY(status);
        QVERIFY(status->setUp);
        QCOMPARE(status->schemaVersion, AssessmentStore::SchemaVersion);
        QCOMPARE(status->assessments, 0);
    }

    void membersSeeOnlyTheirOwnThroughTheStore()
    {
        const QString database = preparedDatabase(QStringLiteral("own"));
        QVERIFY(!database.isEmpty());
        AssessmentStore alice;
        StoreError error;
        QVERIFY2(alice.open(loginAddress(database, "wm_alice"),
                            AssessmentStore::OpenMode::ExistingOnly, &error),
                 qPrintable(error.message));
        // The title bar names the server without the password.
        QVERIFY(alice.path().startsWith(QLatin1String("postgresql://wm_alice@")));
        QVERIFY(!alice.path().contains(QLatin1String("alice-pw")));
        AssessmentInfo info = memberInfo(QStringLiteral("Testshire"), QStringLiteral("Alice"));
        QVERIFY(alice.createAssessment(info, &error));
        QVERIFY(alice.saveAnswer(info.id, QStringLiteral("LEAD-01"),
                                 answerOf(Rating::FullyMet, QStringLiteral("Minutes of May")),
                                 &error));

        AssessmentStore bob;
        QVERIFY(bob.open(loginAddress(database, "wm_bob"), AssessmentStore::OpenMode::ExistingOnly,
                         &error));
        QCOMPARE(bob.listAssessments(&error).size(), 0);
        QVERIFY(!error.isError());
        QVERIFY(!bob.loadAssessment(info.id, &error));
        // Bob cannot write into Alice's assessment, nor delete it: the server refuses.
        QVERIFY(!bob.saveAnswer(info.id, QStringLiteral("LEAD-02"),
                                answerOf(Rating::NotMet, QStringLiteral("bob was here")), &error));
        QVERIFY(error.isError());
        QVERIFY(bob.deleteAssessment(info.id, &error) || error.isError());
        const std::optional<Assessment> kept = alice.loadAssessment(info.id, &error);
        QVERIFY(kept);
        QCOMPARE(kept->answers.size(), 1);
        QCOMPARE(kept->answer(QStringLiteral("LEAD-01")).evidence,
                 QStringLiteral("Minutes of May"));

        // The same uid brought in by another member is refused, naming why.
        AssessmentInfo copied = info;
        Assessment intruder;
        intruder.info = copied;
        QVERIFY(!bob.importAssessment(intruder, &error));
        QCOMPARE(error.kind, StoreError::Kind::Denied);
        QVERIFY2(error.message.contains(QLatin1String("another member")),
                 qPrintable(error.message));
    }

    void rawSqlSeesNoMoreThanTheApp()
    {
        const QString database = preparedDatabase(QStringLiteral("raw"));
        QVERIFY(!database.isEmpty());
        StoreError error;
        // Five members' assessments of one council (the officer's smallest group) and Alice's.
        QList<qint64> ids;
        const char *members[] = {"wm_alice", "wm_bob", "wm_fran", "wm_adam", "wm_adam"};
        for (const char *member : members) {
            AssessmentStore store;
            QVERIFY(store.open(loginAddress(database, member),
                               AssessmentStore::OpenMode::ExistingOnly, &error));
            AssessmentInfo info = memberInfo(QStringLiteral("Testshire"), QLatin1String(member));
            QVERIFY(store.createAssessment(info, &error));
            QVERIFY(
                store.saveAnswer(info.id, QStringLiteral("LEAD-01"),
                                 answerOf(Rating::PartiallyMet, QStringLiteral("secret evidence"),
                                          QStringLiteral("secret note")),
                                 &error));
            ids.append(info.id);
        }
        const qint64 aliceId = ids.at(0);
        const qint64 bobId = ids.at(1);

        QSqlDatabase alice =
            PgCluster::rawConnection(QStringLiteral("raw-alice"), database,
                                     QStringLiteral("wm_alice"), QStringLiteral("alice-pw"));
        QSqlDatabase fran =
            PgCluster::rawConnection(QStringLiteral("raw-fran"), database,
                                     QStringLiteral("wm_fran"), QStringLiteral("fran-pw"));
        QSqlDatabase olly =
            PgCluster::rawConnection(QStringLiteral("raw-olly"), database,
                                     QStringLiteral("wm_olly"), QStringLiteral("olly-pw"));
        QSqlDatabase adam =
            PgCluster::rawConnection(QStringLiteral("raw-adam"), database,
                                     QStringLiteral("wm_adam"), QStringLiteral("adam-pw"));
        QVERIFY(alice.isOpen() && fran.isOpen() && olly.isOpen() && adam.isOpen());
        QString state;

        // A member: own rows only, whatever the statement.
        QCOMPARE(rawCount(alice, QStringLiteral("SELECT * FROM waymark.assessment")), 1);
        QCOMPARE(rawCount(alice, QStringLiteral("SELECT * FROM waymark.answer")), 1);
        QCOMPARE(rawCount(alice, QStringLiteral("UPDATE waymark.answer SET note = 'x' WHERE "
                                                "assessment_id = %1")
                                     .arg(bobId)),
                 0);
        QCOMPARE(
            rawCount(alice,
                     QStringLiteral("DELETE FROM waymark.assessment WHERE id = %1").arg(bobId)),
            0);
        QCOMPARE(rawCount(alice,
                          QStringLiteral("INSERT INTO waymark.answer (assessment_id, "
                                         "question_id, updated_at) VALUES (%1, 'X-1', "
                                         "'2026-12-01T00:00:00.000Z')")
                              .arg(bobId),
                          &state),
                 -1);
        QCOMPARE(state, QStringLiteral("42501")); // refused by the policy
        // Nor can she hand her assessment to someone else, or forge the history.
        QCOMPARE(rawCount(alice,
                          QStringLiteral("UPDATE waymark.assessment SET owner_login = "
                                         "'wm_bob'"),
                          &state),
                 -1);
        QCOMPARE(state, QStringLiteral("42501"));
        QCOMPARE(rawCount(alice, QStringLiteral("DELETE FROM waymark.answer_history"), &state), -1);
        QCOMPARE(state, QStringLiteral("42501"));
        QCOMPARE(rawCount(alice, QStringLiteral("SELECT * FROM waymark.answer_history")), 1);

        // A facilitator: their own, plus what is handed in to their workshops, read-only.
        QCOMPARE(rawCount(fran, QStringLiteral("SELECT * FROM waymark.assessment")), 1);
        {
            AssessmentStore franStore;
            QVERIFY(franStore.open(loginAddress(database, "wm_fran"),
                                   AssessmentStore::OpenMode::ExistingOnly, &error));
            WorkshopInfo workshop;
            workshop.name = QStringLiteral("Autumn");
            workshop.authority = QStringLiteral("Testshire");
            workshop.bankId = QStringLiteral("waymark-gateway");
            workshop.bankVersion = QStringLiteral("2.0.0");
            QVERIFY2(franStore.createWorkshop(workshop, &error), qPrintable(error.message));
            // She cannot pull in an assessment herself; Alice hands hers in.
            QVERIFY(!franStore.addParticipant(workshop.id, aliceId, &error));
            AssessmentStore aliceStore;
            QVERIFY(aliceStore.open(loginAddress(database, "wm_alice"),
                                    AssessmentStore::OpenMode::ExistingOnly, &error));
            QVERIFY2(aliceStore.addParticipant(workshop.id, aliceId, &error),
                     qPrintable(error.message));
            const std::optional<Workshop> loaded = franStore.loadWorkshop(workshop.id, &error);
            QVERIFY2(loaded, qPrintable(error.message));
            QCOMPARE(loaded->participants.size(), 1);
            QVERIFY(franStore.saveAgreed(
                workshop.id, QStringLiteral("LEAD-01"),
                AgreedAnswer{Rating::FullyMet, QStringLiteral("agreed"), {}}, &error));
        }
        QCOMPARE(rawCount(fran, QStringLiteral("SELECT * FROM waymark.assessment")), 2);
        QCOMPARE(rawCount(fran, QStringLiteral("UPDATE waymark.answer SET note = 'fran' WHERE "
                                               "assessment_id = %1")
                                    .arg(aliceId)),
                 0);
        QCOMPARE(rawCount(fran, QStringLiteral("SELECT * FROM waymark.answer WHERE assessment_id "
                                               "= %1")
                                    .arg(bobId)),
                 0);

        // An officer: no table at all; totals over five or more, without names or notes.
        QCOMPARE(rawCount(olly, QStringLiteral("SELECT * FROM waymark.assessment"), &state), -1);
        QCOMPARE(state, QStringLiteral("42501"));
        QCOMPARE(rawCount(olly, QStringLiteral("SELECT * FROM waymark.answer"), &state), -1);
        QCOMPARE(rawCount(olly, QStringLiteral("SELECT * FROM waymark.answer_history"), &state),
                 -1);
        QCOMPARE(scalar(olly, QStringLiteral("SELECT answers FROM waymark.officer_rating_"
                                             "distribution WHERE question_id = 'LEAD-01'")),
                 5);
        QCOMPARE(scalar(olly, QStringLiteral("SELECT assessments FROM waymark.officer_assessment_"
                                             "counts")),
                 5);
        // One member fewer, and the group is too small to show.
        QVERIFY(PgCluster::superExec(
            database, {QStringLiteral("DELETE FROM waymark.assessment WHERE id = %1").arg(bobId)}));
        QCOMPARE(rawCount(olly, QStringLiteral("SELECT * FROM waymark.officer_rating_"
                                               "distribution")),
                 0);
        QCOMPARE(rawCount(olly, QStringLiteral("SELECT * FROM waymark.officer_assessment_counts")),
                 0);
        QCOMPARE(rawCount(olly, QStringLiteral("SELECT * FROM waymark.officer_section_"
                                               "distribution")),
                 0);

        // An admin: everything.
        QCOMPARE(rawCount(adam, QStringLiteral("SELECT * FROM waymark.assessment")), 4);
        QVERIFY(rawCount(adam, QStringLiteral("SELECT * FROM waymark.answer_history")) >= 5);

        for (QSqlDatabase *db : {&alice, &fran, &olly, &adam}) {
            const QString name = db->connectionName();
            db->close();
            *db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        }
    }

    void historyKeepsWhatTwoLaptopsWrote()
    {
        const QString database = preparedDatabase(QStringLiteral("history"));
        QVERIFY(!database.isEmpty());
        StoreError error;
        AssessmentStore laptop;
        AssessmentStore tablet;
        QVERIFY(laptop.open(loginAddress(database, "wm_alice"),
                            AssessmentStore::OpenMode::ExistingOnly, &error));
        QVERIFY(tablet.open(loginAddress(database, "wm_alice"),
                            AssessmentStore::OpenMode::ExistingOnly, &error));
        AssessmentInfo info = memberInfo(QStringLiteral("Testshire"), QStringLiteral("Alice"));
        QVERIFY(laptop.createAssessment(info, &error));
        QVERIFY(laptop.saveAnswer(info.id, QStringLiteral("SAFE-02"),
                                  answerOf(Rating::PartiallyMet, QStringLiteral("From the laptop")),
                                  &error));
        QVERIFY(tablet.saveAnswer(info.id, QStringLiteral("SAFE-02"),
                                  answerOf(Rating::FullyMet, QStringLiteral("From the tablet")),
                                  &error));
        // The newer change wins; the older text is in the history, to be shown and restored.
        const std::optional<Assessment> now = laptop.loadAssessment(info.id, &error);
        QVERIFY(now);
        QCOMPARE(now->answer(QStringLiteral("SAFE-02")).evidence,
                 QStringLiteral("From the tablet"));
        const auto changes = ServerAdmin::history(loginAddress(database, "wm_alice"), info.id,
                                                  QStringLiteral("SAFE-02"), &error);
        QVERIFY2(changes, qPrintable(error.message));
        QCOMPARE(changes->size(), 2);
        QCOMPARE(changes->at(1).oldEvidence, QStringLiteral("From the laptop"));
        QCOMPARE(changes->at(1).newEvidence, QStringLiteral("From the tablet"));
        QCOMPARE(changes->at(1).changedBy, QStringLiteral("wm_alice"));
        QVERIFY(changes->at(1).changedAt.isValid());
        // Restoring is saving the old text again: it wins, and the history grows.
        QVERIFY(tablet.saveAnswer(info.id, QStringLiteral("SAFE-02"),
                                  answerOf(Rating::PartiallyMet, changes->at(1).oldEvidence),
                                  &error));
        QCOMPARE(tablet.loadAssessment(info.id, &error)->answer(QStringLiteral("SAFE-02")).evidence,
                 QStringLiteral("From the laptop"));
        QCOMPARE(
            ServerAdmin::history(loginAddress(database, "wm_alice"), info.id, {}, &error)->size(),
            3);
        // Bob reads none of it; the admin reads all of it.
        QCOMPARE(
            ServerAdmin::history(loginAddress(database, "wm_bob"), info.id, {}, &error)->size(), 0);
        QCOMPARE(
            ServerAdmin::history(loginAddress(database, "wm_adam"), info.id, {}, &error)->size(),
            3);
        // Deleting the assessment keeps its history.
        QVERIFY(laptop.deleteAssessment(info.id, &error));
        QCOMPARE(
            ServerAdmin::history(loginAddress(database, "wm_alice"), info.id, {}, &error)->size(),
            4);
    }

    void copyingALaptopInTwiceChangesNothing()
    {
        const QString database = preparedDatabase(QStringLiteral("copy"));
        QVERIFY(!database.isEmpty());
        QTemporaryDir dir;
        StoreError error;
        AssessmentStore file;
        QVERIFY(file.open(dir.filePath(QStringLiteral("laptop.db")),
                          AssessmentStore::OpenMode::CreateIfMissing, &error));
        AssessmentInfo first = memberInfo(QStringLiteral("Testshire"), QStringLiteral("Alice"));
        AssessmentInfo second = memberInfo(QStringLiteral("Testshire"), QStringLiteral("Alice"));
        QVERIFY(file.createAssessment(first, &error));
        QVERIFY(file.createAssessment(second, &error));
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(file.saveAnswer(first.id, QStringLiteral("LEAD-0%1").arg(i),
                                    answerOf(Rating::FullyMet, QStringLiteral("laptop %1").arg(i)),
                                    &error));
        }
        AssessmentStore server;
        QVERIFY(server.open(loginAddress(database, "wm_alice"),
                            AssessmentStore::OpenMode::ExistingOnly, &error));
        std::optional<CopyOutcome> copied = copyAssessments(file, server, &error);
        QVERIFY2(copied, qPrintable(error.message));
        QCOMPARE(copied->created, 2);
        QCOMPARE(copied->answersTaken, 5);
        copied = copyAssessments(file, server, &error);
        QVERIFY(copied);
        QCOMPARE(copied->created, 0);
        QCOMPARE(copied->unchanged, 2);
        QCOMPARE(copied->answersTaken, 0);
        QCOMPARE(server.countAssessments(&error), 2);

        // A newer answer on the server stays; a newer one on the laptop comes over.
        qint64 serverId = 0;
        for (const AssessmentSummary &summary : server.listAssessments(&error)) {
            if (summary.info.uid == first.uid)
                serverId = summary.info.id;
        }
        QVERIFY(serverId > 0);
        QTest::qWait(5);
        QVERIFY(server.saveAnswer(serverId, QStringLiteral("LEAD-01"),
                                  answerOf(Rating::NotMet, QStringLiteral("server, newer")),
                                  &error));
        QTest::qWait(5);
        QVERIFY(file.saveAnswer(first.id, QStringLiteral("LEAD-02"),
                                answerOf(Rating::NotMet, QStringLiteral("laptop, newer")), &error));
        copied = copyAssessments(file, server, &error);
        QVERIFY(copied);
        QCOMPARE(copied->updated, 1);
        QCOMPARE(copied->answersTaken, 1);
        const std::optional<Assessment> merged = server.loadAssessment(serverId, &error);
        QVERIFY(merged);
        QCOMPARE(merged->answer(QStringLiteral("LEAD-01")).evidence,
                 QStringLiteral("server, newer"));
        QCOMPARE(merged->answer(QStringLiteral("LEAD-02")).evidence,
                 QStringLiteral("laptop, newer"));
    }

    void fortyMembersAnsweringAtOnceLoseNothing()
    {
        constexpr int Members = 40;
        constexpr int Answers = 25;
        QList<PgCluster::Grant> grants;
        for (int m = 0; m < Members; ++m) {
            grants.append({QStringLiteral("wm_member%1").arg(m), QStringLiteral("pw%1").arg(m),
                           QStringLiteral("member")});
        }
        const QString database = PgCluster::setUpDatabase(QStringLiteral("forty"), grants);
        QVERIFY(!database.isEmpty());
        QStringList addresses;
        for (const PgCluster::Grant &grant : std::as_const(grants))
            addresses.append(PgCluster::address(database, grant.login, grant.password));
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int m = 0; m < Members; ++m) {
            threads.emplace_back([&, m] {
                AssessmentStore store; // its own connection, in its own thread
                StoreError error;
                AssessmentInfo info =
                    memberInfo(QStringLiteral("Testshire"), QStringLiteral("Member %1").arg(m));
                if (!store.open(addresses.at(m), AssessmentStore::OpenMode::ExistingOnly, &error) ||
                    !store.createAssessment(info, &error)) {
                    ++failures;
                    return;
                }
                for (int q = 0; q < Answers; ++q) {
                    if (!store.saveAnswer(
                            info.id, QStringLiteral("Q-%1").arg(q),
                            answerOf(Rating::FullyMet,
                                     QStringLiteral("member %1 answer %2 ✓").arg(m).arg(q)),
                            &error))
                        ++failures;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        // Every word arrived, each in its own member's assessment.
        const QString name = QStringLiteral("forty-check");
        {
            QSqlDatabase db = PgCluster::rawConnection(
                name, database, PgCluster::cluster().superuser, PgCluster::cluster().password);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM waymark.answer")),
                     Members * Answers);
            QCOMPARE(
                scalar(db, QStringLiteral(
                               "SELECT count(*) FROM waymark.answer w JOIN waymark.assessment "
                               "a ON a.id = w.assessment_id WHERE w.evidence = 'member ' || "
                               "substr(a.respondent, 8) || ' answer ' || substr(w.question_id, "
                               "3) || ' ✓' AND a.owner_login = 'wm_member' || "
                               "substr(a.respondent, 8)")),
                Members * Answers);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void serverKilledMidTransactionKeepsWhatWasCommitted()
    {
        const QString database = preparedDatabase(QStringLiteral("killed"));
        QVERIFY(!database.isEmpty());
        StoreError error;
        AssessmentStore store;
        QVERIFY(store.open(loginAddress(database, "wm_alice"),
                           AssessmentStore::OpenMode::ExistingOnly, &error));
        AssessmentInfo info = memberInfo(QStringLiteral("Testshire"), QStringLiteral("Alice"));
        QVERIFY(store.createAssessment(info, &error));
        QVERIFY(store.saveAnswer(info.id, QStringLiteral("LEAD-01"),
                                 answerOf(Rating::FullyMet, QStringLiteral("committed")), &error));
        // A transaction under way when the server dies.
        const QString name = QStringLiteral("killed-raw");
        {
            QSqlDatabase raw = PgCluster::rawConnection(name, database, QStringLiteral("wm_alice"),
                                                        QStringLiteral("alice-pw"));
            QVERIFY(raw.transaction());
            QCOMPARE(rawCount(raw, QStringLiteral("INSERT INTO waymark.answer (assessment_id, "
                                                  "question_id, evidence, updated_at) VALUES "
                                                  "(%1, 'LEAD-02', 'in flight', "
                                                  "'2026-12-01T00:00:00.000Z')")
                                       .arg(info.id)),
                     1);
            m_serverDown = true;
            QVERIFY(PgCluster::control(QStringLiteral("kill")));
            QVERIFY(!raw.commit());
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
        // While it is down, a save fails saying the connection went, and says nothing was saved.
        QVERIFY(!store.saveAnswer(info.id, QStringLiteral("LEAD-03"),
                                  answerOf(Rating::FullyMet, QStringLiteral("while down")),
                                  &error));
        QCOMPARE(error.kind, StoreError::Kind::Unreachable);
        QVERIFY2(error.message.contains(QLatin1String("was lost")) &&
                     error.message.contains(QLatin1String("Nothing from this change was saved")),
                 qPrintable(error.message));
        AssessmentStore reopened;
        QVERIFY(!reopened.open(loginAddress(database, "wm_alice"),
                               AssessmentStore::OpenMode::ExistingOnly, &error));
        QCOMPARE(error.kind, StoreError::Kind::Unreachable);
        QVERIFY2(error.message.contains(QLatin1String("refused the connection")),
                 qPrintable(error.message));
        QVERIFY(PgCluster::control(QStringLiteral("resume")));
        m_serverDown = false;
        QVERIFY(reopened.open(loginAddress(database, "wm_alice"),
                              AssessmentStore::OpenMode::ExistingOnly, &error));
        const std::optional<Assessment> after = reopened.loadAssessment(info.id, &error);
        QVERIFY2(after, qPrintable(error.message));
        QCOMPARE(after->answer(QStringLiteral("LEAD-01")).evidence, QStringLiteral("committed"));
        QVERIFY(!after->answers.contains(QStringLiteral("LEAD-02")));
        QVERIFY(!after->answers.contains(QStringLiteral("LEAD-03")));
    }

    void refusalsSayWhichServerAndWhy_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const PgCluster::Cluster &c = PgCluster::cluster();
        const QString socket = QStringLiteral("host=%1&port=%2").arg(c.host).arg(c.port);
        QTest::newRow("refused") << QStringLiteral("postgresql://wm_alice:alice-pw@127.0.0.1:1/x")
                                 << int(StoreError::Kind::Unreachable)
                                 << QStringLiteral("127.0.0.1:1 refused the connection");
        QTest::newRow("authentication")
            << QStringLiteral("postgresql://wm_alice:wrong@/postgres?%1").arg(socket)
            << int(StoreError::Kind::Denied) << QStringLiteral("authentication failed");
        QTest::newRow("no such login")
            << QStringLiteral("postgresql://wm_nobody:x@/postgres?%1").arg(socket)
            << int(StoreError::Kind::Denied) << QStringLiteral("did not accept the login");
        QTest::newRow("no such database")
            << QStringLiteral("postgresql://wm_alice:alice-pw@/wm_missing?%1").arg(socket)
            << int(StoreError::Kind::CannotOpen) << QStringLiteral("no database called");
        QTest::newRow("TLS required")
            << QStringLiteral(
                   "postgresql://wm_alice:alice-pw@127.0.0.1:%1/postgres?sslmode=require")
                   .arg(c.port)
            << int(StoreError::Kind::Denied) << QStringLiteral("TLS");
        QTest::newRow("misspelt setting")
            << QStringLiteral("postgresql://wm_alice@127.0.0.1/postgres?sslmod=require")
            << int(StoreError::Kind::InvalidInput)
            << QStringLiteral("\"sslmod\" is not a connection setting");
    }

    void refusalsSayWhichServerAndWhy()
    {
        QFETCH(QString, address);
        QFETCH(int, kind);
        QFETCH(QString, says);
        QVERIFY(PgCluster::makeLogin(QStringLiteral("wm_alice"), QStringLiteral("alice-pw")));
        AssessmentStore store;
        StoreError error;
        QVERIFY(!store.open(address, AssessmentStore::OpenMode::ExistingOnly, &error));
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QLatin1String("alice-pw")), "password shown");
        QVERIFY(!store.isOpen());
    }

    void aRatingReachesAWorkshopAsANotification()
    {
        const QString database = preparedDatabase(QStringLiteral("notify"));
        QVERIFY(!database.isEmpty());
        const QString name = QStringLiteral("notify-fran");
        QSqlDatabase fran = PgCluster::rawConnection(name, database, QStringLiteral("wm_fran"),
                                                     QStringLiteral("fran-pw"));
        QVERIFY(fran.driver()->subscribeToNotification(QStringLiteral("waymark_answer")));
        QSignalSpy spy(fran.driver(), &QSqlDriver::notification);
        StoreError error;
        AssessmentStore alice;
        QVERIFY(alice.open(loginAddress(database, "wm_alice"),
                           AssessmentStore::OpenMode::ExistingOnly, &error));
        AssessmentInfo info = memberInfo(QStringLiteral("Testshire"), QStringLiteral("Alice"));
        QVERIFY(alice.createAssessment(info, &error));
        QVERIFY(alice.saveAnswer(info.id, QStringLiteral("LEAD-01"),
                                 answerOf(Rating::FullyMet, QStringLiteral("now")), &error));
        QVERIFY(spy.wait(2000) || !spy.isEmpty());
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("waymark_answer"));
        QCOMPARE(spy.first().at(2).toString(), QString::number(info.id));
        fran.close();
        fran = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    // The command line's contract for a server (docs/cli.md): what it says, and its exit codes.
    void theCommandLineSpeaksToTheServer()
    {
        using CliRunner::cli;
        const QString database = PgCluster::freshDatabase(QStringLiteral("cli"));
        QVERIFY(!database.isEmpty());
        const QString dba = PgCluster::superAddress(database);
        CliRunner::Run run =
            cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), dba});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("Waymark is set up")));
        run = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"), dba});
        QCOMPARE(run.exitCode, 2); // already set up: nothing changed
        QVERIFY(PgCluster::makeLogin(QStringLiteral("wm_alice"), QStringLiteral("alice-pw")));
        run = cli({QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("--db"), dba,
                   QStringLiteral("--login"), QStringLiteral("wm_alice"), QStringLiteral("--as"),
                   QStringLiteral("member")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("server"), QStringLiteral("grant"), QStringLiteral("--db"), dba,
                   QStringLiteral("--login"), QStringLiteral("wm_alice"), QStringLiteral("--as"),
                   QStringLiteral("boss")});
        QCOMPARE(run.exitCode, 2);

        const QString alice = loginAddress(database, "wm_alice");
        run = cli({QStringLiteral("new"), QStringLiteral("--db"), alice,
                   QStringLiteral("--authority"), QStringLiteral("Testshire"),
                   QStringLiteral("--respondent"), QStringLiteral("Alice"),
                   QStringLiteral("--role"), QStringLiteral("leader")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString id = run.out.trimmed();
        run = cli({QStringLiteral("answer"), QStringLiteral("--db"), alice,
                   QStringLiteral("--assessment"), id, QStringLiteral("--question"),
                   QStringLiteral("LEAD-01"), QStringLiteral("--rating"), QStringLiteral("2"),
                   QStringLiteral("--evidence"), QStringLiteral("Cabinet minutes")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("history"), QStringLiteral("--db"), alice,
                   QStringLiteral("--assessment"), id, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("Cabinet minutes")));
        run = cli(
            {QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--db"), alice});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("wm_alice")));
        QVERIFY(run.out.contains(QLatin1String("1 assessments")));

        // Refusals are storage errors (3) naming the server and why, never the password.
        run = cli({QStringLiteral("list"), QStringLiteral("--db"),
                   QStringLiteral("postgresql://wm_alice:alice-pw@127.0.0.1:1/x")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("127.0.0.1:1 refused the connection")),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("alice-pw")));
        run = cli(
            {QStringLiteral("list"), QStringLiteral("--db"),
             PgCluster::address(database, QStringLiteral("wm_alice"), QStringLiteral("wrong"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QLatin1String("authentication failed")));
        run = cli(
            {QStringLiteral("server"), QStringLiteral("upgrade"), QStringLiteral("--db"), alice});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QLatin1String("Only a Waymark admin")));
        run = cli({QStringLiteral("restore"), QStringLiteral("--db"), alice});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.contains(QLatin1String("alice-pw")));
        // The server verbs want a server.
        run = cli({QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("--db"),
                   QStringLiteral("laptop.db")});
        QCOMPARE(run.exitCode, 1);
    }

    void upgradeIsAnAdminsAlone()
    {
        const QString database = preparedDatabase(QStringLiteral("upgrade"));
        QVERIFY(!database.isEmpty());
        StoreError error;
        int from = 0;
        int to = 0;
        QVERIFY(!ServerAdmin::upgrade(loginAddress(database, "wm_alice"), &from, &to, &error));
        QCOMPARE(error.kind, StoreError::Kind::Denied);
        QVERIFY2(ServerAdmin::upgrade(loginAddress(database, "wm_adam"), &from, &to, &error),
                 qPrintable(error.message));
        QCOMPARE(from, AssessmentStore::SchemaVersion);
        QCOMPARE(to, AssessmentStore::SchemaVersion);
        // A server written by a newer Waymark is refused, and left as it is.
        QVERIFY(PgCluster::superExec(
            database, {QStringLiteral("UPDATE waymark.schema_version SET version = 99")}));
        AssessmentStore store;
        QVERIFY(!store.open(loginAddress(database, "wm_alice"),
                            AssessmentStore::OpenMode::ExistingOnly, &error));
        QCOMPARE(error.kind, StoreError::Kind::TooNew);
        QVERIFY(!ServerAdmin::upgrade(loginAddress(database, "wm_adam"), &from, &to, &error));
        QCOMPARE(error.kind, StoreError::Kind::TooNew);
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
