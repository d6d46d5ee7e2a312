// Issue 14: one store, two engines. What the rest of Waymark asks of AssessmentStore, run against
// a SQLite file and against a real PostgreSQL server (tests/support/pg-cluster.sh) alike: the
// records classes' SQL is written once for both (StoreEngine.h), so each behaviour here must be
// the same on each. (What only a file has, locks, backups, damaged files, permissions, stays in
// tst_store; what only a server has is tst_server.)
#include "PgCluster.h"
#include "store/AssessmentStore.h"
#include "store/postgres/ServerAdmin.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Waymark;

namespace {

AssessmentInfo infoFor(const QString &authority, const QString &respondent)
{
    AssessmentInfo info;
    info.authority = authority;
    info.respondent = respondent;
    info.roleId = QStringLiteral("lead-member");
    info.date = QDate(2026, 10, 1);
    info.bankId = QStringLiteral("waymark-gateway");
    info.bankVersion = QStringLiteral("2.0.0");
    info.jurisdiction = QStringLiteral("wales");
    return info;
}

Answer answerOf(Rating rating, const QString &evidence, const QString &note = QString(),
                bool flagged = false)
{
    Answer answer;
    answer.rating = rating;
    answer.evidence = evidence;
    answer.note = note;
    answer.flagged = flagged;
    return answer;
}

} // namespace

class TestStoreEngines : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_made = 0;

    // A new, empty database of the engine the test row names, opened in store.
    void openFresh(AssessmentStore &store)
    {
        QFETCH(QString, engine);
        StoreError error;
        QString location;
        if (engine == QLatin1String("sqlite")) {
            location = m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_made));
        } else {
            // A facilitator: a member who also runs workshops, as the workshop tests need.
            const QString database = PgCluster::setUpDatabase(
                QStringLiteral("engines"), {{QStringLiteral("wm_engines"), QStringLiteral("pw"),
                                             QStringLiteral("facilitator")}});
            QVERIFY(!database.isEmpty());
            location =
                PgCluster::address(database, QStringLiteral("wm_engines"), QStringLiteral("pw"));
        }
        QVERIFY2(store.open(location, AssessmentStore::OpenMode::CreateIfMissing, &error),
                 qPrintable(error.message));
    }

    static void engines()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_PG_CLUSTER();
        QVERIFY(m_dir.isValid());
    }

    void assessmentsAreMadeListedChangedAndDeleted_data() { engines(); }
    void assessmentsAreMadeListedChangedAndDeleted()
    {
        AssessmentStore store;
        openFresh(store);
        StoreError error;
        AssessmentInfo first =
            infoFor(QStringLiteral("Cyngor Sir Ynys Môn"), QStringLiteral("Siân"));
        QVERIFY(store.createAssessment(first, &error));
        QVERIFY(first.id > 0);
        QVERIFY(!first.uid.isEmpty());
        QTest::qWait(3);
        AssessmentInfo second = infoFor(QStringLiteral("Testshire"), QStringLiteral("Ben"));
        second.title = QStringLiteral("Second");
        QVERIFY(store.createAssessment(second, &error));
        QCOMPARE(store.countAssessments(&error), 2);
        QList<AssessmentSummary> listed = store.listAssessments(&error);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).info.id, second.id); // most recently changed first
        QCOMPARE(store.listAssessments(&error, 1).size(), 1);

        QTest::qWait(3);
        QVERIFY(store.saveAnswer(first.id, QStringLiteral("LEAD-01"),
                                 answerOf(Rating::MostlyMet, QStringLiteral("x")), &error));
        listed = store.listAssessments(&error);
        QCOMPARE(listed.at(0).info.id, first.id);
        QCOMPARE(listed.at(0).answered, 1);

        const std::optional<Assessment> loaded = store.loadAssessment(first.id, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->info.authority, QStringLiteral("Cyngor Sir Ynys Môn"));
        QCOMPARE(loaded->info.jurisdiction, QStringLiteral("wales"));
        QCOMPARE(loaded->info.date, QDate(2026, 10, 1));
        QCOMPARE(loaded->info.uid, first.uid);

        AssessmentInfo changed = loaded->info;
        changed.title = QStringLiteral("Renamed");
        changed.date = QDate();
        QVERIFY(store.updateInfo(changed, &error));
        QCOMPARE(store.loadAssessment(first.id, &error)->info.title, QStringLiteral("Renamed"));
        QVERIFY(!store.loadAssessment(first.id, &error)->info.date.isValid());

        QVERIFY(store.deleteAssessment(second.id, &error));
        QCOMPARE(store.countAssessments(&error), 1);
        QVERIFY(!store.loadAssessment(second.id, &error));
        QCOMPARE(error.kind, StoreError::Kind::InvalidInput);
    }

    void answersKeepEveryCharacterAndClearsTravel_data() { engines(); }
    void answersKeepEveryCharacterAndClearsTravel()
    {
        AssessmentStore store;
        openFresh(store);
        StoreError error;
        AssessmentInfo info = infoFor(QStringLiteral("Testshire"), QStringLiteral("Ann"));
        QVERIFY(store.createAssessment(info, &error));
        const QString hostile = QStringLiteral("'; DROP TABLE answer; -- \\ \"quoted\" %s ? $1 "
                                               "\xF0\x9F\x98\x80 ") +
                                QChar(0xFEFF) + QStringLiteral(" line\nbreak\ttab");
        const QString leadingMark = QChar(0xFEFF) + QStringLiteral("starts with a mark");
        const QString longText(20000, QLatin1Char('w'));
        QVERIFY(store.saveAnswer(info.id, QStringLiteral("A-1"),
                                 answerOf(Rating::NotMet, hostile, leadingMark, true), &error));
        QVERIFY(store.saveAnswer(info.id, QStringLiteral("A-2"),
                                 answerOf(Rating::DontKnow, longText), &error));
        QVERIFY(store.saveAnswer(info.id, QStringLiteral("A-3"),
                                 answerOf(Rating::NotApplicable, QString()), &error));
        QVERIFY(store.saveAnswer(info.id, QStringLiteral("A-4"),
                                 answerOf(Rating::FullyMet, QStringLiteral("to clear")), &error));
        QVERIFY(store.saveAnswer(info.id, QStringLiteral("A-4"), Answer(), &error));
        const std::optional<Assessment> loaded = store.loadAssessment(info.id, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->answer(QStringLiteral("A-1")).evidence, hostile);
        QCOMPARE(loaded->answer(QStringLiteral("A-1")).note, leadingMark);
        QVERIFY(loaded->answer(QStringLiteral("A-1")).flagged);
        QCOMPARE(loaded->rating(QStringLiteral("A-1")), Rating::NotMet);
        QCOMPARE(loaded->answer(QStringLiteral("A-2")).evidence, longText);
        QCOMPARE(loaded->rating(QStringLiteral("A-3")), Rating::NotApplicable);
        QVERIFY(!loaded->answers.contains(QStringLiteral("A-4")));
        QVERIFY(loaded->cleared.contains(QStringLiteral("A-4")));
        QVERIFY(loaded->answer(QStringLiteral("A-1")).updated.isValid());
        // A question id outside any assessment fails on both, naming the assessment.
        QVERIFY(!store.saveAnswer(info.id + 1000, QStringLiteral("A-1"),
                                  answerOf(Rating::NotMet, QStringLiteral("x")), &error));
        QVERIFY(error.isError());
    }

    void actionsKeepTheirIds_data() { engines(); }
    void actionsKeepTheirIds()
    {
        AssessmentStore store;
        openFresh(store);
        StoreError error;
        AssessmentInfo info = infoFor(QStringLiteral("Testshire"), QStringLiteral("Ann"));
        QVERIFY(store.createAssessment(info, &error));
        Action first;
        first.what = QStringLiteral("Ask for the audit");
        first.who = QStringLiteral("DCS");
        first.due = QDate(2027, 1, 31);
        first.questionId = QStringLiteral("LEAD-01");
        QVERIFY(store.addAction(info.id, first, &error));
        Action second;
        second.what = QStringLiteral("Visit a children's home");
        QVERIFY(store.addAction(info.id, second, &error));
        QVERIFY(second.id > first.id);
        first.status = ActionStatus::Done;
        QVERIFY(store.updateAction(info.id, first, &error));
        QVERIFY(store.removeAction(info.id, second.id, &error));
        // Undo of the removal brings it back with the same id, and a new one still gets its own.
        QVERIFY(store.addAction(info.id, second, &error));
        Action third;
        third.what = QStringLiteral("Report to scrutiny");
        QVERIFY(store.addAction(info.id, third, &error));
        QVERIFY(third.id != second.id && third.id != first.id);
        const std::optional<Assessment> loaded = store.loadAssessment(info.id, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->actions.size(), 3);
        QCOMPARE(loaded->actions.at(0).status, ActionStatus::Done);
        QCOMPARE(loaded->actions.at(0).due, QDate(2027, 1, 31));
        QCOMPARE(loaded->actions.at(1).id, second.id);
        QCOMPARE(loaded->actions.at(1).what, QStringLiteral("Visit a children's home"));
    }

    void workshopsGatherAndAgree_data() { engines(); }
    void workshopsGatherAndAgree()
    {
        AssessmentStore store;
        openFresh(store);
        StoreError error;
        AssessmentInfo info = infoFor(QStringLiteral("Testshire"), QStringLiteral("Ann"));
        QVERIFY(store.createAssessment(info, &error));
        WorkshopInfo workshop;
        workshop.name = QStringLiteral("Corporate parenting panel");
        workshop.authority = QStringLiteral("Testshire");
        workshop.heldOn = QDate(2026, 12, 10);
        workshop.bankId = QStringLiteral("waymark-gateway");
        workshop.bankVersion = QStringLiteral("2.0.0");
        workshop.jurisdiction = QStringLiteral("wales");
        QVERIFY2(store.createWorkshop(workshop, &error), qPrintable(error.message));
        QVERIFY(store.addParticipant(workshop.id, info.id, &error));
        QVERIFY(store.addParticipant(workshop.id, info.id, &error)); // twice is once
        QVERIFY(store.saveAgreed(workshop.id, QStringLiteral("LEAD-01"),
                                 AgreedAnswer{Rating::PartiallyMet, QStringLiteral("agreed"), {}},
                                 &error));
        std::optional<Workshop> loaded = store.loadWorkshop(workshop.id, &error);
        QVERIFY2(loaded, qPrintable(error.message));
        QCOMPARE(loaded->participants.size(), 1);
        QCOMPARE(loaded->info.jurisdiction, QStringLiteral("wales"));
        QCOMPARE(store.listWorkshops(&error).size(), 1);
        QVERIFY(store.saveAgreed(workshop.id, QStringLiteral("LEAD-01"), AgreedAnswer(), &error));
        QVERIFY(store.removeParticipant(workshop.id, info.id, &error));
        loaded = store.loadWorkshop(workshop.id, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->participants.size(), 0);
        QVERIFY(!store.addParticipant(workshop.id + 99, info.id, &error));
    }

    void importMergesByUidWithTheNewerWinning_data() { engines(); }
    void importMergesByUidWithTheNewerWinning()
    {
        AssessmentStore store;
        openFresh(store);
        StoreError error;
        Assessment incoming;
        incoming.info = infoFor(QStringLiteral("Testshire"), QStringLiteral("Ann"));
        incoming.info.uid = QStringLiteral("{6f1c0d1e-0000-4000-8000-000000000001}");
        incoming.info.created = QDateTime::currentDateTimeUtc().addDays(-2);
        incoming.info.updated = incoming.info.created;
        Answer older = answerOf(Rating::NotMet, QStringLiteral("older"));
        older.updated = QDateTime::currentDateTimeUtc().addDays(-2);
        incoming.setAnswer(QStringLiteral("LEAD-01"), older);
        std::optional<ImportOutcome> outcome = store.importAssessment(incoming, &error);
        QVERIFY2(outcome, qPrintable(error.message));
        QVERIFY(outcome->created);
        // The member answers on this machine, later; the same file again changes nothing.
        QVERIFY(store.saveAnswer(outcome->id, QStringLiteral("LEAD-01"),
                                 answerOf(Rating::FullyMet, QStringLiteral("here, newer")),
                                 &error));
        outcome = store.importAssessment(incoming, &error);
        QVERIFY(outcome);
        QVERIFY(!outcome->created);
        QCOMPARE(outcome->answersTaken, 0);
        QCOMPARE(
            store.loadAssessment(outcome->id, &error)->answer(QStringLiteral("LEAD-01")).evidence,
            QStringLiteral("here, newer"));
        // A file with a newer answer wins.
        Answer newer = answerOf(Rating::MostlyMet, QStringLiteral("file, newest"));
        newer.updated = QDateTime::currentDateTimeUtc().addSecs(1);
        incoming.setAnswer(QStringLiteral("LEAD-01"), newer);
        incoming.info.updated = newer.updated;
        outcome = store.importAssessment(incoming, &error);
        QVERIFY(outcome);
        QCOMPARE(outcome->answersTaken, 1);
        QCOMPARE(
            store.loadAssessment(outcome->id, &error)->answer(QStringLiteral("LEAD-01")).evidence,
            QStringLiteral("file, newest"));
        QCOMPARE(store.countAssessments(&error), 1);
    }

    void cyclesOfOneCouncilAreFoundWhateverTheSpelling_data() { engines(); }
    void cyclesOfOneCouncilAreFoundWhateverTheSpelling()
    {
        AssessmentStore store;
        openFresh(store);
        StoreError error;
        for (const QString &authority :
             {QStringLiteral("Cyngor Sir Ynys Môn"), QStringLiteral(" cyngor  sir ynys MÔN"),
              QStringLiteral("Cyngor Sir Ynys Mon"), // accents count: another name
              QStringLiteral("Testshire")}) {
            AssessmentInfo info = infoFor(authority, QStringLiteral("Siân"));
            QVERIFY(store.createAssessment(info, &error));
        }
        const auto cycles = store.loadAssessmentsOf(QStringLiteral("CYNGOR SIR YNYS MÔN"),
                                                    QStringLiteral("lead-member"), &error);
        QVERIFY2(cycles, qPrintable(error.message));
        QCOMPARE(cycles->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreEngines)
#include "tst_storeengines.moc"
