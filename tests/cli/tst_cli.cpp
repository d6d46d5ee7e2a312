// Runs the built waymark-cli as a user or a script would and checks stdout, stderr and the exit
// code of each verb (docs/cli.md).
#include "CliRunner.h"
#include "FaultInjection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace CliRunner;
using FaultInjection::Faults;

namespace {

const QString Banks = QStringLiteral(WAYMARK_TEST_DATA "/banks");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Run run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^waymark-cli \\d+\\.\\d+\\.\\d+\\n$"))
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    }

    void help()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("bank validate FILE")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << QStringLiteral("Usage: waymark-cli");
        QTest::newRow("unknown command")
            << QStringList({"frobnicate"}) << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("unknown bank verb")
            << QStringList({"bank", "eat"}) << QStringLiteral("unknown command \"bank eat\"");
        QTest::newRow("unknown option") << QStringList({"bank", "show", "--colour"})
                                        << QStringLiteral("Unknown option 'colour'");
        QTest::newRow("validate without file")
            << QStringList({"bank", "validate"}) << QStringLiteral("give exactly one FILE");
        QTest::newRow("show with stray argument")
            << QStringList({"bank", "show", "x.json"}) << QStringLiteral("use --bank FILE");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void showBuiltInBank()
    {
        const Run run = cli({QStringLiteral("bank"), QStringLiteral("show")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Bank waymark-gateway, version ")),
                 qPrintable(run.out.left(300)));
        QVERIFY(run.out.contains(QLatin1String("LEAD-01")));
        QVERIFY(run.err.isEmpty());
    }

    void showJsonHasThePublicShape()
    {
        const Run run =
            cli({QStringLiteral("bank"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject bank = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(bank.value("id").toString(), QStringLiteral("waymark-gateway"));
        QVERIFY(!bank.value("version").toString().isEmpty());
        QVERIFY(!bank.value("title").toString().isEmpty());
        const QJsonArray roles = bank.value("roles").toArray();
        QCOMPARE(roles.size(), 6);
        QCOMPARE(roles.at(1).toObject().value("id").toString(), QStringLiteral("lead-member"));
        QVERIFY(!roles.at(1).toObject().value("title").toString().isEmpty());
        const QJsonArray sections = bank.value("sections").toArray();
        QVERIFY(sections.size() >= 9);
        int questions = 0;
        for (const QJsonValue &section : sections) {
            QVERIFY(!section.toObject().value("id").toString().isEmpty());
            QVERIFY(!section.toObject().value("title").toString().isEmpty());
            for (const QJsonValue &value : section.toObject().value("questions").toArray()) {
                const QJsonObject question = value.toObject();
                ++questions;
                QVERIFY(!question.value("id").toString().isEmpty());
                QVERIFY(!question.value("text").toString().isEmpty());
                QVERIFY(question.value("weight").isDouble());
                QVERIFY(question.value("gate").isBool());
                QVERIFY(question.value("roles").toArray().contains(QStringLiteral("lead-member")));
            }
        }
        QVERIFY(questions >= 80);
        const QJsonArray glossary = bank.value("glossary").toArray();
        QVERIFY(glossary.size() >= 60);
        QVERIFY(!glossary.first().toObject().value("term").toString().isEmpty());
        QVERIFY(!glossary.first().toObject().value("definition").toString().isEmpty());
    }

    void showAnotherBank()
    {
        const Run run =
            cli({QStringLiteral("bank"), QStringLiteral("show"), QStringLiteral("--json"),
                 QStringLiteral("--bank"), Banks + QStringLiteral("/good/minimal.json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject bank = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(bank.value("id").toString(), QStringLiteral("minimal"));
        QCOMPARE(bank.value("sections").toArray().size(), 1);
    }

    void showBrokenBankIsInvalidInput()
    {
        const QString file = Banks + QStringLiteral("/broken/unknown-role.json");
        const Run run =
            cli({QStringLiteral("bank"), QStringLiteral("show"), QStringLiteral("--bank"), file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(
                     file + QStringLiteral(":53: error: question A-02: unknown role \"mayor\"")),
                 qPrintable(run.err));
    }

    void validateGoodBank()
    {
        const QString file = Banks + QStringLiteral("/good/minimal.json");
        const Run run = cli({QStringLiteral("bank"), QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 file + QStringLiteral(": valid question bank \"Minimal good bank\" (minimal, "
                                       "version 1): 1 section, 2 questions, 2 glossary terms\n"));
        QVERIFY(run.err.isEmpty());
    }

    void validateWarnsButPasses()
    {
        const QString file = Banks + QStringLiteral("/good/unknown-field-warns.json");
        const Run run = cli({QStringLiteral("bank"), QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(
            QLatin1String("warning: question A-02: unknown field \"hint\" is ignored")));
    }

    void validateReportsEveryProblem()
    {
        const QString file = Banks + QStringLiteral("/broken/many-problems.json");
        const Run run = cli({QStringLiteral("bank"), QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 4, qPrintable(run.err));
        for (int i = 0; i + 1 < lines.size(); ++i)
            QVERIFY2(lines.at(i).startsWith(file + QLatin1Char(':')), qPrintable(lines.at(i)));
        QVERIFY(lines.last().startsWith(file +
                                        QStringLiteral(": not a valid question bank (errors: ")));
    }

    void validateMissingFile()
    {
        const QString file = Banks + QStringLiteral("/does-not-exist.json");
        const Run run = cli({QStringLiteral("bank"), QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(file + QStringLiteral(": error: cannot open the file")));
    }

    void newListAnswerScores()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.db"));
        Run run = cli({"new", "--db", db, "--authority", "Cyngor Gwynedd", "--respondent",
                       "Cllr Ann", "--role", "councillor", "--date", "2026-11-01"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("1\n"));
        run = cli({"new", "--db", db, "--authority", "Cyngor Gwynedd", "--respondent", "Cllr Bryn",
                   "--role", "lead-member"});
        QCOMPARE(run.out, QStringLiteral("2\n"));

        QCOMPARE(
            cli({"answer", "--db", db, "--assessment", "2", "--question", "LEAD-01", "--rating",
                 "1", "--evidence", "Interim DCS since May", "--note", "Ask about recruitment"})
                .exitCode,
            0);
        QCOMPARE(cli({"answer", "--db", db, "--assessment", "2", "--question", "LEAD-02",
                      "--rating", "3"})
                     .exitCode,
                 0);
        QCOMPARE(cli({"answer", "--db", db, "--assessment", "2", "--question", "DUTY-02",
                      "--rating", "dont-know"})
                     .exitCode,
                 0);
        // Changing only the rating keeps the evidence already given.
        QCOMPARE(cli({"answer", "--db", db, "--assessment", "2", "--question", "LEAD-01",
                      "--rating", "0"})
                     .exitCode,
                 0);

        run = cli({"list", "--db", db, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        const QJsonObject newest = list.at(0).toObject();
        QCOMPARE(newest.value("id").toInt(), 2);
        QCOMPARE(newest.value("role").toString(), QStringLiteral("lead-member"));
        QCOMPARE(newest.value("answered").toInt(), 3);
        QVERIFY(newest.value("applicable").toInt() >= 80);
        QCOMPARE(newest.value("bank").toObject().value("id").toString(),
                 QStringLiteral("waymark-gateway"));
        QCOMPARE(list.at(1).toObject().value("date").toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(list.at(1).toObject().value("authority").toString(),
                 QStringLiteral("Cyngor Gwynedd"));

        run = cli({"scores", "--db", db, "--assessment", "2", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject scores = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(scores.value("assessment").toInt(), 2);
        // LEAD-01 (gate) rated 0 fails the gateway; LEAD-02 (weight 3) rated 3: 9 / 18 = 50.
        QCOMPARE(scores.value("gateway").toString(), QStringLiteral("not-passed"));
        QCOMPARE(scores.value("failedGates").toArray(), QJsonArray({"LEAD-01"}));
        QCOMPARE(scores.value("knowledgeGaps").toArray(), QJsonArray({"DUTY-02"}));
        QCOMPARE(scores.value("priorities").toArray().first().toString(),
                 QStringLiteral("LEAD-01"));
        const QJsonObject overall = scores.value("overall").toObject();
        QCOMPARE(overall.value("rag").toString(), QStringLiteral("red"));
        QCOMPARE(overall.value("rated").toInt(), 2);
        QCOMPARE(overall.value("answered").toInt(), 3);
        const QJsonObject lead = scores.value("sections").toArray().first().toObject();
        QCOMPARE(lead.value("id").toString(), QStringLiteral("LEAD"));
        QVERIFY(lead.value("gateFailed").toBool());

        run = cli({"scores", "--db", db, "--assessment", "2"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("Gateway: Not passed")));
        QVERIFY(run.out.contains(QLatin1String("Knowledge gaps")));

        // The evidence survived the rating change.
        run = cli({"export", "--db", db, "--assessment", "2", "--out", dir.filePath("a.json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(fileBytes(dir.filePath("a.json")).contains("Interim DCS since May"));
    }

    void dataVerbErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("new without role")
            << QStringList({"new", "--db", "DB", "--authority", "A", "--respondent", "R"}) << 1
            << "--role is required";
        QTest::newRow("new unknown role") << QStringList({"new", "--db", "DB", "--authority", "A",
                                                          "--respondent", "R", "--role", "mayor"})
                                          << 2 << "unknown role \"mayor\"";
        QTest::newRow("new bad date")
            << QStringList({"new", "--db", "DB", "--authority", "A", "--respondent", "R", "--role",
                            "leader", "--date", "2026-13-01"})
            << 2 << "is not a date";
        QTest::newRow("bad rating") << QStringList({"answer", "--db", "DB", "--assessment", "1",
                                                    "--question", "LEAD-01", "--rating", "4"})
                                    << 2 << "--rating must be";
        QTest::newRow("unknown question")
            << QStringList({"answer", "--db", "DB", "--assessment", "1", "--question", "NOPE-01",
                            "--rating", "1"})
            << 2 << "no question \"NOPE-01\"";
        QTest::newRow("question for another role")
            << QStringList({"answer", "--db", "DB", "--assessment", "1", "--question", "LEAD-03",
                            "--rating", "1"})
            << 2 << "does not apply to the role \"councillor\"";
        QTest::newRow("unknown assessment")
            << QStringList({"answer", "--db", "DB", "--assessment", "77", "--question", "LEAD-01",
                            "--rating", "1"})
            << 2 << "no assessment 77";
        QTest::newRow("assessment not a number")
            << QStringList({"scores", "--db", "DB", "--assessment", "one"}) << 2
            << "must be an assessment id";
        QTest::newRow("scores without db")
            << QStringList({"scores", "--assessment", "1"}) << 1 << "--db is required";
        QTest::newRow("import without files")
            << QStringList({"import", "--db", "DB"}) << 1 << "at least one FILE";
    }

    void dataVerbErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("e.db"));
        QCOMPARE(cli({"new", "--db", db, "--authority", "A", "--respondent", "R", "--role",
                      "councillor"})
                     .exitCode,
                 0);
        const QByteArray before = fileBytes(db);
        arguments.replaceInStrings(QStringLiteral("DB"), db);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(fileBytes(db), before);
    }

    void notAWaymarkDatabaseIsAStorageError()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
        file.close();
        for (const QStringList &arguments :
             {QStringList({"list", "--db", db}),
              QStringList({"scores", "--db", db, "--assessment", "1"}),
              QStringList({"new", "--db", db, "--authority", "A", "--respondent", "R", "--role",
                           "leader"})}) {
            const Run run = cli(arguments);
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.err.contains(QLatin1String("is not a Waymark database")),
                     qPrintable(run.err));
        }
        QCOMPARE(fileBytes(db), QByteArray("These are my notes, not a database.\n"));
    }

    void exportImportRoundTrip()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.db"));
        const QString second = dir.filePath(QStringLiteral("second.db"));
        QCOMPARE(cli({"new", "--db", first, "--authority", "Cyngor Sir Gâr", "--respondent",
                      "Cllr Siân", "--role", "scrutiny"})
                     .out,
                 QStringLiteral("1\n"));
        QCOMPARE(
            cli({"answer", "--db", first, "--assessment", "1", "--question", "SCRU-01", "--rating",
                 "2", "--evidence", "Work programme, \"2026\"; see minutes\nline 2"})
                .exitCode,
            0);
        QCOMPARE(cli({"answer", "--db", first, "--assessment", "1", "--question", "SCRU-02",
                      "--rating", "not-applicable"})
                     .exitCode,
                 0);
        const QString exported = dir.filePath(QStringLiteral("siân.json"));
        QCOMPARE(cli({"export", "--db", first, "--assessment", "1", "--out", exported}).exitCode,
                 0);
        QCOMPARE(QFile::permissions(exported) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        Run run = cli({"import", "--db", second, exported});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("1\n"));
        const QString again = dir.filePath(QStringLiteral("again.json"));
        QCOMPARE(cli({"export", "--db", second, "--assessment", "1", "--out", again}).exitCode, 0);
        QCOMPARE(fileBytes(again), fileBytes(exported));

        // Importing the same file twice updates, rather than duplicates.
        run = cli({"import", "--db", second, exported});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("1\n"));
        QVERIFY(run.err.contains(QLatin1String("already in the database")));
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--db", second, "--json"}).out.toUtf8())
                     .array()
                     .size(),
                 1);
    }

    void importIsAllOrNothingPerFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("i.db"));
        QCOMPARE(
            cli({"new", "--db", db, "--authority", "A", "--respondent", "R", "--role", "leader"})
                .exitCode,
            0);
        const QString good = dir.filePath(QStringLiteral("good.json"));
        QCOMPARE(cli({"export", "--db", db, "--assessment", "1", "--out", good}).exitCode, 0);
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fileBytes(good).replace("\"role\": \"leader\"", "\"role\": \"mayor\""));
        file.close();
        const QString other = dir.filePath(QStringLiteral("other.db"));
        const Run run = cli({"import", "--db", other, bad, good});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QStringLiteral("1\n")); // the good file went in
        QVERIFY2(run.err.contains(bad + QStringLiteral(": ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("mayor")), qPrintable(run.err));
        QVERIFY(run.err.contains(bad + QStringLiteral(": not imported")));
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--db", other, "--json"}).out.toUtf8())
                     .array()
                     .size(),
                 1);
    }

    void exportCsv()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.db"));
        QCOMPARE(cli({"new", "--db", db, "--authority", "Cyngor Sir Gâr", "--respondent", "R",
                      "--role", "councillor"})
                     .exitCode,
                 0);
        QCOMPARE(cli({"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01",
                      "--rating", "2", "--evidence", "Report, \"May\" 2026", "--note", "=SUM(A1)"})
                     .exitCode,
                 0);
        const QString answers = dir.filePath(QStringLiteral("answers.csv"));
        QCOMPARE(cli({"export", "--db", db, "--assessment", "1", "--out", answers, "--format",
                      "answers-csv"})
                     .exitCode,
                 0);
        const QByteArray csv = fileBytes(answers);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("\r\n"));
        QVERIFY(csv.contains("\"Report, \"\"May\"\" 2026\""));
        QVERIFY(csv.contains("'=SUM(A1)")); // never run as a formula in a spreadsheet
        const QString actions = dir.filePath(QStringLiteral("actions.csv"));
        QCOMPARE(cli({"export", "--db", db, "--assessment", "1", "--out", actions, "--format",
                      "actions-csv"})
                     .exitCode,
                 0);
        QVERIFY(fileBytes(actions).startsWith("\xEF\xBB\xBF"));
        const Run bad =
            cli({"export", "--db", db, "--assessment", "1", "--out", actions, "--format", "xlsx"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("--format must be")));
    }

    void restoreTheLatestBackup()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("r.db"));
        QCOMPARE(
            cli({"new", "--db", db, "--authority", "A", "--respondent", "R", "--role", "leader"})
                .exitCode,
            0);
        // This second use of the database takes the day's backup before the answer is saved.
        QCOMPARE(cli({"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01",
                      "--rating", "3"})
                     .exitCode,
                 0);
        Run run = cli({"restore", "--db", db, "--list"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--db", db, "--json"}).out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value("answered")
                     .toInt(),
                 1);

        run = cli({"restore", "--db", db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QLatin1String("Restored")));
        QCOMPARE(QJsonDocument::fromJson(cli({"list", "--db", db, "--json"}).out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value("answered")
                     .toInt(),
                 0);
        QVERIFY(!QDir(dir.path()).entryList({QStringLiteral("r.db.replaced-*")}).isEmpty());

        const Run none = cli({"restore", "--db", dir.filePath(QStringLiteral("never.db"))});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QLatin1String("there are no backups")));
    }

    void exportToUnwritablePathFails()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(
            cli({"new", "--db", db, "--authority", "A", "--respondent", "R", "--role", "leader"})
                .exitCode,
            0);
        const QString out = dir.filePath(QStringLiteral("missing-folder/out.json"));
        const Run run = cli({"export", "--db", db, "--assessment", "1", "--out", out});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(out), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void lockedDatabaseIsAStorageError()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("l.db"));
        QCOMPARE(
            cli({"new", "--db", db, "--authority", "A", "--respondent", "R", "--role", "leader"})
                .exitCode,
            0);
        // Another Waymark holds the database: its lock file names a live process (this test).
        QLockFile lock(db + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock());
        const Run run = cli({"list", "--db", db});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("open in another Waymark")), qPrintable(run.err));
    }

    // On a real read-only disk, where the machine allows one; readOnlyDiskIsAStorageErrorAnywhere
    // tests the same path on every machine.
    void readOnlyDiskIsAStorageError()
    {
        if (const QString why = namespacesUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why + QStringLiteral("; readOnlyDiskIsAStorageErrorAnywhere covers "
                                                  "the same path")));
        QTemporaryDir dir;
        const QString mount = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(mount));
        const QString script =
            QStringLiteral(
                "set -e; mount -t tmpfs -o size=4m tmpfs '%1'; "
                "'%2' new --db '%1/w.db' --authority A --respondent R --role leader >/dev/null; "
                // A plain "remount,ro" is refused inside an ordinary user's namespace; the bind
                // remount is not.
                "sha256sum '%1/w.db' > '%3/before'; mount -o remount,ro,bind '%1'; "
                "set +e; '%2' answer --db '%1/w.db' --assessment 1 --question LEAD-01 --rating 3; "
                "code=$?; "
                "sha256sum '%1/w.db' | cmp -s - '%3/before' && echo UNCHANGED; exit $code")
                .arg(mount, QStringLiteral(WAYMARK_CLI), dir.path());
        const Run run = inNamespace(script);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("read-only")), qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("UNCHANGED")));
    }

    // On a real full disk, where the machine allows one;
    // fullDiskIsAStorageErrorAndKeepsEarlierAnswersAnywhere tests the same path on every machine.
    void fullDiskIsAStorageErrorAndKeepsEarlierAnswers()
    {
        if (const QString why = namespacesUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why + QStringLiteral("; fullDiskIsAStorageErrorAndKeepsEarlierAnswers"
                                                  "Anywhere covers the same path")));
        QTemporaryDir dir;
        const QString mount = dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(mount));
        // Answer with 20,000-character evidence until the 400 KiB disk is full, then check that
        // every answer acknowledged before is still there.
        const QString script =
            QStringLiteral("mount -t tmpfs -o size=400k tmpfs '%1' || exit 99; "
                           "'%2' new --db '%1/w.db' --authority A --respondent R --role "
                           "lead-member >/dev/null || exit 98; "
                           "big=$(head -c 20000 /dev/zero | tr '\\0' x); n=0; "
                           "for q in LEAD-01 LEAD-02 LEAD-03 LEAD-04 LEAD-05 LEAD-06 LEAD-07 "
                           "LEAD-08 LEAD-09 LEAD-10 "
                           "MEMB-01 MEMB-02 MEMB-03 MEMB-04 MEMB-05 MEMB-06 MEMB-07 MEMB-08 "
                           "SCRU-01 SCRU-02 SCRU-03; do "
                           "  '%2' answer --db '%1/w.db' --assessment 1 --question $q --rating 2 "
                           "--evidence \"$big\" --note \"$big\"; code=$?; "
                           "  if [ $code -ne 0 ]; then echo \"FAILED $code AFTER $n\"; break; fi; "
                           "n=$((n+1)); done; "
                           "'%2' list --db '%1/w.db' --json")
                .arg(mount, QStringLiteral(WAYMARK_CLI));
        const Run run = inNamespace(script);
        QVERIFY2(run.out.contains(QLatin1String("FAILED 3 AFTER")), qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(QLatin1String("disk is full")), qPrintable(run.err));
        const int saved =
            run.out.section(QStringLiteral("AFTER "), 1).section(QLatin1Char('\n'), 0, 0).toInt();
        QVERIFY(saved > 0);
        const QString json = run.out.mid(run.out.indexOf(QLatin1Char('[')));
        const QJsonArray list = QJsonDocument::fromJson(json.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value("answered").toInt(), saved);
    }

    // The database's folder is read-only (the fault-injection library's, so on any machine):
    // a change is a storage error and the database is left byte for byte as it was.
    void readOnlyDiskIsAStorageErrorAnywhere()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/w.db");
        QCOMPARE(
            cli({"new", "--db", db, "--authority", "A", "--respondent", "R", "--role", "leader"})
                .exitCode,
            0);
        QCOMPARE(cli({"list", "--db", db}).exitCode, 0); // the day's backup
        const QStringList files =
            QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        const QByteArray before = fileBytes(db);
        Faults faults;
        faults.folder = folder;
        faults.readOnly = true;
        const FaultInjection::Run run = FaultInjection::run(
            QStringLiteral(WAYMARK_CLI),
            {"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01", "--rating", "3"},
            faults);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("read-only")), qPrintable(run.err));
        QCOMPARE(fileBytes(db), before);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 files);
    }

    // The disk fills while an answer is saved (at several points of the transaction), or fails
    // at the sync that commits it: a storage error, and every answer given before is still there,
    // word for word. The fault-injection library's disk, so on any machine.
    void fullDiskIsAStorageErrorAndKeepsEarlierAnswersAnywhere_data()
    {
        QTest::addColumn<qint64>("room");
        QTest::addColumn<QString>("syncError");
        QTest::addColumn<QString>("message");
        QTest::newRow("full after 1,000 bytes") << qint64(1000) << ""
                                                << "disk is full";
        QTest::newRow("full after 8,000 bytes") << qint64(8000) << ""
                                                << "disk is full";
        QTest::newRow("full after 30,000 bytes") << qint64(30000) << ""
                                                 << "disk is full";
        QTest::newRow("full at the sync") << qint64(-1) << "ENOSPC"
                                          << "";
        QTest::newRow("failing at the sync") << qint64(-1) << "EIO"
                                             << "";
    }

    void fullDiskIsAStorageErrorAndKeepsEarlierAnswersAnywhere()
    {
        QFETCH(qint64, room);
        QFETCH(QString, syncError);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/w.db");
        QCOMPARE(cli({"new", "--db", db, "--authority", "A", "--respondent", "R", "--role",
                      "lead-member"})
                     .exitCode,
                 0);
        const QString big(20000, QLatin1Char('x'));
        for (const char *question : {"LEAD-01", "LEAD-02", "LEAD-03"}) {
            QCOMPARE(cli({"answer", "--db", db, "--assessment", "1", "--question", question,
                          "--rating", "2", "--evidence", big, "--note", big})
                         .exitCode,
                     0);
        }
        const QString earlier = dir.filePath(QStringLiteral("earlier.json"));
        QCOMPARE(cli({"export", "--db", db, "--assessment", "1", "--out", earlier}).exitCode, 0);

        Faults faults;
        faults.folder = folder;
        faults.noSpaceAfter = room;
        faults.syncError = syncError;
        const FaultInjection::Run run =
            FaultInjection::run(QStringLiteral(WAYMARK_CLI),
                                {"answer", "--db", db, "--assessment", "1", "--question", "LEAD-04",
                                 "--rating", "2", "--evidence", big, "--note", big},
                                faults);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));

        const QString after = dir.filePath(QStringLiteral("after.json"));
        const Run exported = cli({"export", "--db", db, "--assessment", "1", "--out", after});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(fileBytes(after), fileBytes(earlier));
        const QJsonArray list =
            QJsonDocument::fromJson(cli({"list", "--db", db, "--json"}).out.toUtf8()).array();
        QCOMPARE(list.first().toObject().value("answered").toInt(), 3);
        // And the database takes the next answer once there is room again.
        QCOMPARE(cli({"answer", "--db", db, "--assessment", "1", "--question", "LEAD-04",
                      "--rating", "1"})
                     .exitCode,
                 0);
    }

    void validateShippedBankFileItself()
    {
        const Run run = cli({QStringLiteral("bank"), QStringLiteral("validate"),
                             QStringLiteral(WAYMARK_BANK_FILE)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
