// Exchange files on the command line, as two machines would use them: a cleared answer travels,
// a file from a computer whose clock was wrong changes nothing, text limits count characters and
// are the command line's too, and whatever waymark-cli exports it imports again (after a role
// change, for a workshop without an authority) or does not write at all.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace CliRunner;

namespace {

// Runs SQL on a database file outside Waymark: what an older Waymark, or a hand, left there.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

QJsonObject scores(const QString &db, const QString &id)
{
    const Run run = cli({"scores", "--db", db, "--assessment", id, "--json"});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QString newAssessment(const QString &db, const QString &role)
{
    return cli({"new", "--db", db, "--authority", "Cyngor Gwynedd", "--respondent", "Cllr Siân",
                "--role", role, "--date", "2026-11-23"})
        .out.trimmed();
}

} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clearTravelsToTheOtherMachine()
    {
        QTemporaryDir dir;
        const QString laptop = dir.filePath(QStringLiteral("laptop.db"));
        const QString office = dir.filePath(QStringLiteral("office.db"));
        QCOMPARE(newAssessment(laptop, QStringLiteral("councillor")), QStringLiteral("1"));
        // A statutory gate, Fully met, travels to the office.
        QCOMPARE(cli({"answer", "--db", laptop, "--assessment", "1", "--question", "LEAD-01",
                      "--rating", "3"})
                     .exitCode,
                 0);
        const QString first = dir.filePath(QStringLiteral("first.json"));
        QCOMPARE(cli({"export", "--db", laptop, "--assessment", "1", "--out", first}).exitCode, 0);
        QCOMPARE(cli({"import", "--db", office, first}).exitCode, 0);
        QCOMPARE(scores(office, "1").value("overall").toObject().value("answered").toInt(), 1);

        // The member takes the rating back on the laptop; the office must lose it too.
        QCOMPARE(cli({"answer", "--db", laptop, "--assessment", "1", "--question", "LEAD-01",
                      "--rating", "clear"})
                     .exitCode,
                 0);
        const QString second = dir.filePath(QStringLiteral("second.json"));
        QCOMPARE(cli({"export", "--db", laptop, "--assessment", "1", "--out", second}).exitCode, 0);
        const QJsonObject file = QJsonDocument::fromJson(fileBytes(second)).object();
        QCOMPARE(file.value("formatVersion").toInt(), 2);
        QCOMPARE(file.value("cleared").toArray().first().toObject().value("question").toString(),
                 QStringLiteral("LEAD-01"));
        Run run = cli({"import", "--db", office, second});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("cleared 1 answer(s)")), qPrintable(run.err));
        QJsonObject office1 = scores(office, "1");
        QCOMPARE(office1.value("overall").toObject().value("answered").toInt(), 0);
        QVERIFY(office1.value("openGates").toArray().contains(QJsonValue("LEAD-01")));
        // Importing the first file again does not bring the old rating back: the clear is newer.
        QCOMPARE(cli({"import", "--db", office, first}).exitCode, 0);
        QCOMPARE(scores(office, "1").value("overall").toObject().value("answered").toInt(), 0);

        // A later answer in the office beats the clear on the laptop.
        QCOMPARE(cli({"answer", "--db", office, "--assessment", "1", "--question", "LEAD-01",
                      "--rating", "1"})
                     .exitCode,
                 0);
        const QString back = dir.filePath(QStringLiteral("back.json"));
        QCOMPARE(cli({"export", "--db", office, "--assessment", "1", "--out", back}).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(fileBytes(back)).object().value("formatVersion").toInt(),
                 1); // no clear left to carry
        QCOMPARE(cli({"import", "--db", laptop, back}).exitCode, 0);
        QCOMPARE(scores(laptop, "1").value("failedGates").toArray(),
                 QJsonArray({QJsonValue("LEAD-01")}));
    }

    void fileFromAWrongClockChangesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.db"));
        QCOMPARE(newAssessment(db, QStringLiteral("councillor")), QStringLiteral("1"));
        QCOMPARE(cli({"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01",
                      "--rating", "2"})
                     .exitCode,
                 0);
        const QString exported = dir.filePath(QStringLiteral("mine.json"));
        QCOMPARE(cli({"export", "--db", db, "--assessment", "1", "--out", exported}).exitCode, 0);
        // The same assessment, from a computer whose clock says 9999, with another respondent.
        QJsonObject file = QJsonDocument::fromJson(fileBytes(exported)).object();
        QJsonObject info = file.value("assessment").toObject();
        info.insert("respondent", "Cllr Impostor");
        info.insert("updated", "9999-12-31T23:59:59.000Z");
        file.insert("assessment", info);
        QJsonArray answers = file.value("answers").toArray();
        QJsonObject answer = answers.first().toObject();
        answer.insert("rating", 0);
        answer.insert("updated", "9999-12-31T23:59:59.000Z");
        answers.replace(0, answer);
        file.insert("answers", answers);
        const QString future = dir.filePath(QStringLiteral("future.json"));
        writeFile(future, QJsonDocument(file).toJson());

        const QByteArray before = fileBytes(db);
        const Run run = cli({"import", "--db", db, future});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(future +
                                  QStringLiteral(": assessment.updated: updated "
                                                 "\"9999-12-31T23:59:59.000Z\" is in the future")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(future + QStringLiteral(": answers[0].updated: updated")),
                 qPrintable(run.err));
        QCOMPARE(fileBytes(db), before);
        const QJsonArray list =
            QJsonDocument::fromJson(cli({"list", "--db", db, "--json"}).out.toUtf8()).array();
        QCOMPARE(list.first().toObject().value("respondent").toString(),
                 QStringLiteral("Cllr Siân"));
    }

    void oldDatabaseWithFutureTimesIsRepairedWithANote()
    {
        // v2.db holds assessment 2, imported by the old Waymark from a file that said 9999.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(QFile::copy(QStringLiteral(WAYMARK_TEST_DATA "/db/v2.db"), db));
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        Run run = cli({"list", "--db", db, "--json"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.startsWith(QStringLiteral("waymark-cli list: 3 change time(s) in "
                                                   "assessment(s) 2 were more than a day ahead "
                                                   "of this computer's clock")),
                 qPrintable(run.err));
        for (const QJsonValue &row : QJsonDocument::fromJson(run.out.toUtf8()).array())
            QVERIFY(!row.toObject().value("updated").toString().startsWith(QLatin1String("9999")));
        run = cli({"list", "--db", db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // repaired once
    }

    void textLimitsCountCharacters()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.db"));
        QCOMPARE(newAssessment(db, QStringLiteral("councillor")), QStringLiteral("1"));
        // 20,000 characters, each an emoji of two UTF-16 units: at the limit, not over it.
        QString emoji;
        for (int i = 0; i < 20000; ++i)
            emoji += QStringLiteral("👍");
        Run run = cli({"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01",
                       "--rating", "2", "--evidence", emoji});
        QCOMPARE(run.exitCode, 0);
        const QString exported = dir.filePath(QStringLiteral("e.json"));
        QCOMPARE(cli({"export", "--db", db, "--assessment", "1", "--out", exported}).exitCode, 0);
        const QString other = dir.filePath(QStringLiteral("other.db"));
        run = cli({"import", "--db", other, exported});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // One character more is refused, naming the option, and nothing changes.
        const QByteArray before = fileBytes(db);
        run = cli({"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01", "--rating",
                   "2", "--note", QString(20001, QLatin1Char('x'))});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("waymark-cli answer: --note is 20001 characters long; "
                                         "the most allowed is 20000\n"));
        run = cli({"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01", "--rating",
                   "2", "--evidence", emoji + QStringLiteral("ŵ")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--evidence is 20001 characters long")),
                 qPrintable(run.err));
        QCOMPARE(fileBytes(db), before);
        run = cli({"new", "--db", db, "--authority", "A", "--respondent", "R", "--role", "leader",
                   "--title", QString(20001, QLatin1Char('t'))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--title is 20001 characters long")),
                 qPrintable(run.err));
        QCOMPARE(fileBytes(db), before);
    }

    void exportAfterARoleChangeImports()
    {
        // Answered as Lead Member, then the role changed to councillor: LEAD-03 no longer
        // applies, and an answer and an action to OLD-99, a question the bank has since retired.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("r.db"));
        QCOMPARE(newAssessment(db, QStringLiteral("lead-member")), QStringLiteral("1"));
        for (const char *question : {"LEAD-01", "LEAD-03"}) {
            QCOMPARE(cli({"answer", "--db", db, "--assessment", "1", "--question", question,
                          "--rating", "2", "--note", "Ask the DCS"})
                         .exitCode,
                     0);
        }
        rawExec(db, {"UPDATE assessment SET role = 'councillor'",
                     "INSERT INTO answer VALUES (1, 'OLD-99', '1', 'From the 2025 bank', '', 0, "
                     "'2026-01-05T10:00:00.000Z')",
                     "INSERT INTO action (assessment_id, question_id, what, who, due_on, status) "
                     "VALUES (1, 'LEAD-03', 'Ask for the audit', 'DCS', '2027-01-31', 'done')",
                     "INSERT INTO action (assessment_id, question_id, what, who, due_on, status) "
                     "VALUES (1, 'OLD-99', 'Follow the old duty up', '', NULL, 'in-progress')"});
        const QString exported = dir.filePath(QStringLiteral("changed.json"));
        Run run = cli({"export", "--db", db, "--assessment", "1", "--out", exported});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QString other = dir.filePath(QStringLiteral("other.db"));
        run = cli({"import", "--db", other, exported});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(
            run.err.contains(exported + QStringLiteral(": question(s) \"OLD-99\" are not in the "
                                                       "question bank")),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(exported + QStringLiteral(": question(s) \"LEAD-03\" do not "
                                                            "apply to the role \"councillor\"")),
                 qPrintable(run.err));
        // They are kept, and count nowhere: only LEAD-01 is answered for the councillor.
        QCOMPARE(scores(other, "1").value("overall").toObject().value("answered").toInt(), 1);
        const QString again = dir.filePath(QStringLiteral("again.json"));
        QCOMPARE(cli({"export", "--db", other, "--assessment", "1", "--out", again}).exitCode, 0);
        QCOMPARE(fileBytes(again), fileBytes(exported));
    }

    void workshopPackWithoutAnAuthorityImports()
    {
        QTemporaryDir dir;
        const QString facilitator = dir.filePath(QStringLiteral("w.db"));
        QCOMPARE(cli({"workshop", "new", "--db", facilitator, "--name", "Evening session"}).out,
                 QStringLiteral("1\n"));
        const QString pack = dir.filePath(QStringLiteral("pack.waymark"));
        QCOMPARE(cli({"workshop", "pack", "--db", facilitator, "--workshop", "1", "--member",
                      "Cllr Bryn", "--role", "councillor", "--out", pack})
                     .exitCode,
                 0);
        const Run run = cli({"import", "--db", dir.filePath(QStringLiteral("member.db")), pack});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("1\n"));
    }

    void exportRefusesAFileItsImportWouldRefuse()
    {
        // Evidence stored before the limit was kept, longer than an exchange file may carry.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("l.db"));
        QCOMPARE(newAssessment(db, QStringLiteral("councillor")), QStringLiteral("1"));
        QCOMPARE(cli({"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01",
                      "--rating", "2"})
                     .exitCode,
                 0);
        rawExec(db, {QStringLiteral("UPDATE answer SET evidence = '%1'")
                         .arg(QString(25000, QLatin1Char('x')))});
        const QString out = dir.filePath(QStringLiteral("long.json"));
        const Run run = cli({"export", "--db", db, "--assessment", "1", "--out", out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral(
                     "waymark-cli export: assessment 1: answers[0].evidence (LEAD-01): evidence "
                     "is 25000 characters long; the most allowed is 20000\n")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("was not exported")), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
        // The answers CSV carries it as it is: it is never read back.
        QCOMPARE(cli({"export", "--db", db, "--assessment", "1", "--out",
                      dir.filePath(QStringLiteral("a.csv")), "--format", "answers-csv"})
                     .exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cliexchange.moc"
