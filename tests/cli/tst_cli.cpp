// Runs the built waymark-cli as a user or a script would and checks stdout, stderr and the exit
// code of each verb (docs/cli.md).
#include "CliRunner.h"
#include "FaultInjection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace CliRunner;
using FaultInjection::Faults;

namespace {

const QString Banks = QStringLiteral(WAYMARK_TEST_DATA "/banks");

// What docs/cli.md promises never to print raw: C0 controls (a line break apart), DEL, C1
// controls and the Unicode bidi controls.
bool isControlCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f) || u == 0x061c || u == 0x200e ||
           u == 0x200f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

// The raw control characters in what waymark-cli printed, as U+XXXX; empty when there are none.
QStringList rawControls(const Run &run)
{
    QStringList found;
    for (const QString &printed : {run.out, run.err}) {
        for (const QChar c : printed) {
            if (isControlCharacter(c) || c == QChar::ReplacementCharacter)
                found.append(
                    QStringLiteral("U+%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0')));
        }
    }
    return found;
}

// Text as a hostile or careless user might store it: escape sequences that clear the screen or
// retitle the window, BEL, a C1 CSI, DEL, bidi overrides and isolates, a carriage return and a
// line break that would forge a row, beside Welsh and emoji that must print as they are.
const QString Welsh = QStringLiteral("Cyngor Môn 🏴\U000E0067\U000E0062\U000E0077\U000E006C"
                                     "\U000E0073\U000E007F 👩\u200D👩\u200D👧");
const QString HostileAuthority = Welsh + QStringLiteral(" \x1b[2J\x07\u202Egnp.exe");
const QString HostileRespondent =
    QStringLiteral("Ann \u2066Jones\u2069\x7f\u009b31m\u200F\u061C\r\nforged row");
const QString HostileTitle = QStringLiteral("Review \x1b]0;owned\x07\u202D\u200E");
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Runs SQL on a database file outside Waymark (to make foreign, newer or damaged databases).
void rawSql(const QString &path, const QStringList &statements)
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

// Everything in a folder, hidden files included: what a command left behind.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

// The permission bits of a file as chmod shows them (0600).
int modeOf(const QString &path)
{
    struct stat status;
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777)
                                                                     : -1;
}

// Fills in a test row's placeholders: an argument that is a placeholder, or starts with one and
// a slash ("OUT/a.pdf"). Only whole names are replaced, so that a temporary folder's random name
// is never taken for one.
QStringList filledIn(QStringList arguments, const QList<std::pair<QString, QString>> &values)
{
    for (QString &argument : arguments) {
        for (const auto &[placeholder, value] : values) {
            if (argument == placeholder)
                argument = value;
            else if (argument.startsWith(placeholder + QLatin1Char('/')))
                argument = value + argument.mid(placeholder.size());
        }
    }
    return arguments;
}

QString newDatabase(const QString &path)
{
    const Run run =
        cli({"new", "--db", path, "--authority", "A", "--respondent", "R", "--role", "leader"});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return path;
}

// Runs waymark-cli as an ordinary user. Root is never refused a permission, so under root the
// command runs as nobody (setpriv, util-linux); the folders it works in must let nobody in.
Run cliAsUser(const QStringList &arguments)
{
    if (::geteuid() != 0)
        return cli(arguments);
    QProcess process;
    process.start(QStringLiteral("setpriv"),
                  QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral(WAYMARK_CLI)} +
                      arguments);
    if (!process.waitForFinished(60000))
        qFatal("waymark-cli did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

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

    // A mistyped id is found before the database is opened (opening may create, upgrade or back
    // up a database): on a file that is no database at all the id is what is reported, and the
    // folder is as it was, without so much as a lock file.
    void mistypedIdIsFoundBeforeTheDatabaseIsOpened_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString assessmentId = QStringLiteral("--assessment must be an assessment id");
        QTest::newRow("scores") << QStringList{"scores", "--db", "DB", "--assessment", "one"}
                                << assessmentId;
        QTest::newRow("answer") << QStringList{"answer",       "--db",     "DB",
                                               "--assessment", "0",        "--question",
                                               "LEAD-01",      "--rating", "3"}
                                << assessmentId;
        QTest::newRow("export") << QStringList{"export", "--db",  "DB",        "--assessment",
                                               "-4",     "--out", "OUT/a.json"}
                                << assessmentId;
        QTest::newRow("report") << QStringList{"report", "--db",  "DB",       "--assessment",
                                               "x1",     "--out", "OUT/a.pdf"}
                                << assessmentId;
        QTest::newRow("report pack")
            << QStringList{"report",       "--db", "DB",        "--assessment", "1",
                           "--assessment", "two",  "--out-dir", "OUT/pack"}
            << assessmentId;
        QTest::newRow("workshop spread")
            << QStringList{"workshop", "spread", "--db", "DB", "--workshop", "first"}
            << QStringLiteral("--workshop must be a workshop id");
    }

    void mistypedIdIsFoundBeforeTheDatabaseIsOpened()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(db, "These are my notes, not a database.\n");
        const QStringList before = entries(dir.path());
        const Run run = cli(
            filledIn(arguments, {{QStringLiteral("DB"), db}, {QStringLiteral("OUT"), dir.path()}}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(entries(dir.path()), before);
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
        QCOMPARE(cli({"answer", "--db", first, "--assessment", "1", "--question", "SCRU-03",
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

        // A database with no backups yet has nothing to restore: invalid input.
        const QString young = dir.filePath(QStringLiteral("young.db"));
        QCOMPARE(
            cli({"new", "--db", young, "--authority", "A", "--respondent", "R", "--role", "leader"})
                .exitCode,
            0);
        const Run none = cli({"restore", "--db", young});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QLatin1String("there are no backups")));
        // A name with no database and no backups is a mistake, as for every verb.
        const QString never = dir.filePath(QStringLiteral("never.db"));
        const Run missing = cli({"restore", "--db", never});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains(QStringLiteral("no Waymark database at %1").arg(never)),
                 qPrintable(missing.err));
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
                           "LEAD-09 LEAD-10 LEAD-11 "
                           "MEMB-01 MEMB-02 MEMB-03 MEMB-04 MEMB-05 MEMB-06 MEMB-07 MEMB-08 "
                           "SCRU-01 SCRU-03 SCRU-05; do "
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

    void storedTextIsShownEscaped()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.db"));
        Run run = cli({"new", "--db", db, "--authority", HostileAuthority, "--respondent",
                       HostileRespondent, "--title", HostileTitle, "--role", "lead-member"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(cli({"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01",
                      "--rating", "dont-know"})
                     .exitCode,
                 0);

        run = cli({"list", "--db", db});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(rawControls(run), QStringList());
        QVERIFY2(run.out.contains(Welsh), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("\\u001b[2J\\u0007\\u202egnp.exe")),
                 qPrintable(run.out));
        QVERIFY2(
            run.out.contains(QLatin1String(
                "Ann \\u2066Jones\\u2069\\u007f\\u009b31m\\u200f\\u061c\\u000d\\u000aforged row")),
            qPrintable(run.out));
        // A heading and one row: the line break in the name forged no second row.
        QCOMPARE(run.out.count(QLatin1Char('\n')), 2);

        run = cli({"scores", "--db", db, "--assessment", "1"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(rawControls(run), QStringList());
        QVERIFY(run.out.contains(Welsh));
        QVERIFY(run.out.contains(QLatin1String("\\u001b[2J")));

        // JSON escapes them too, and parses back to exactly what was stored.
        run = cli({"list", "--db", db, "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(rawControls(run), QStringList());
        QVERIFY2(run.out.contains(QLatin1String("\\u202e")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("\\u007f")));
        QJsonParseError error;
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(list.first().toObject().value("authority").toString(), HostileAuthority);
        QCOMPARE(list.first().toObject().value("respondent").toString(), HostileRespondent);
        QCOMPARE(list.first().toObject().value("title").toString(), HostileTitle);
        run = cli({"scores", "--db", db, "--assessment", "1", "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(rawControls(run), QStringList());
        QVERIFY(!QJsonDocument::fromJson(run.out.toUtf8()).object().isEmpty());
    }

    void valuesQuotedInMessagesAreShownEscaped_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString hostile = QStringLiteral("x\x1b[2J\x07\u202E\x7f\u0085y");
        const auto row = [](const char *name, const QStringList &arguments, int exitCode) {
            QTest::newRow(name) << arguments << exitCode;
        };
        row("unknown verb", {hostile}, 1);
        row("unknown workshop verb", {"workshop", hostile}, 1);
        row("unknown option", {"list", "--" + hostile}, 1);
        row("unexpected argument", {"bank", "show", hostile}, 1);
        row("bad rating",
            {"answer", "--db", "DB", "--assessment", "1", "--question", "LEAD-01", "--rating",
             hostile},
            2);
        row("bad assessment id", {"scores", "--db", "DB", "--assessment", hostile}, 2);
        row("unknown question",
            {"answer", "--db", "DB", "--assessment", "1", "--question", hostile, "--rating", "1"},
            2);
        row("unknown role",
            {"new", "--db", "DB", "--authority", "A", "--respondent", "R", "--role", hostile}, 2);
        row("bad date",
            {"new", "--db", "DB", "--authority", "A", "--respondent", "R", "--role", "councillor",
             "--date", hostile},
            2);
        row("bad format",
            {"export", "--db", "DB", "--assessment", "1", "--out", "X", "--format", hostile}, 2);
        row("missing bank file", {"bank", "validate", hostile + ".json"}, 2);
        row("missing exchange file", {"import", "--db", "DB", hostile + ".waymark"}, 2);
        row("bad workshop id", {"workshop", "spread", "--db", "DB", "--workshop", hostile}, 2);
        row("workbook role", {"workbook", "--role", hostile, "--out", "X.pdf"}, 2);
        row("database path", {"list", "--db", hostile + "/w.db"}, 3);
    }

    void valuesQuotedInMessagesAreShownEscaped()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.db"));
        QCOMPARE(cli({"new", "--db", db, "--authority", "A", "--respondent", "R", "--role",
                      "councillor"})
                     .exitCode,
                 0);
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), db);
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^x(?=\x1b)")),
                                   dir.filePath(QStringLiteral("x")));
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(rawControls(run), QStringList());
        QVERIFY2(run.err.contains(QLatin1String("\\u001b[2J\\u0007\\u202e\\u007f\\u0085y")),
                 qPrintable(run.err));
    }

    void localBankTextsAreShownEscaped()
    {
        QTemporaryDir dir;
        QFile minimal(Banks + QStringLiteral("/good/minimal.json"));
        QVERIFY(minimal.open(QIODevice::ReadOnly));
        QJsonObject bank = QJsonDocument::fromJson(minimal.readAll()).object();
        const QString title = QStringLiteral("Ein banc \x1b[31m\u202Edrawkcab\u202C");
        const QString text = QStringLiteral("Has the LADO been told?\x07\x1b[1A\u2067");
        bank.insert(QStringLiteral("title"), title);
        QJsonArray sections = bank.value(QStringLiteral("sections")).toArray();
        QJsonObject section = sections.first().toObject();
        QJsonArray questions = section.value(QStringLiteral("questions")).toArray();
        QJsonObject question = questions.first().toObject();
        question.insert(QStringLiteral("text"), text);
        questions.replace(0, question);
        section.insert(QStringLiteral("questions"), questions);
        sections.replace(0, section);
        bank.insert(QStringLiteral("sections"), sections);
        const QString file = dir.filePath(QStringLiteral("hostile.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(bank).toJson());
        out.close();

        Run run = cli({"bank", "show", "--bank", file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(rawControls(run), QStringList());
        QVERIFY2(run.out.contains(QLatin1String("Ein banc \\u001b[31m\\u202edrawkcab\\u202c")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("told?\\u0007\\u001b[1A\\u2067")));
        run = cli({"bank", "validate", file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(rawControls(run), QStringList());
        run = cli({"bank", "show", "--bank", file, "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(rawControls(run), QStringList());
        const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(shown.value("title").toString(), title);
        QCOMPARE(shown.value("sections")
                     .toArray()
                     .first()
                     .toObject()
                     .value("questions")
                     .toArray()
                     .first()
                     .toObject()
                     .value("text")
                     .toString(),
                 text);
    }

    void workshopTextsAreShownEscaped()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.db"));
        Run run = cli({"workshop", "new", "--db", db, "--name", HostileTitle, "--authority",
                       HostileAuthority, "--facilitator", HostileRespondent});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(cli({"workshop", "member", "--db", db, "--workshop", "1", "--name",
                      HostileRespondent, "--role", "councillor"})
                     .exitCode,
                 0);
        for (const char *verb : {"list", "spread"}) {
            QStringList arguments = {"workshop", verb, "--db", db};
            if (qstrcmp(verb, "spread") == 0)
                arguments << "--workshop"
                          << "1";
            run = cli(arguments);
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(rawControls(run), QStringList());
            QVERIFY2(run.out.contains(QLatin1String("Review \\u001b]0;owned\\u0007")),
                     qPrintable(run.out));
            run = cli(arguments << "--json");
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(rawControls(run), QStringList());
            QJsonParseError error;
            QJsonDocument::fromJson(run.out.toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
        run = cli({"workshop", "list", "--db", db, "--json"});
        const QJsonObject workshop =
            QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject();
        QCOMPARE(workshop.value("authority").toString(), HostileAuthority);
        // A workshop's name and facilitator are stored as one line: white space made single.
        QCOMPARE(workshop.value("facilitator").toString(), HostileRespondent.simplified());
    }

    // Issue 11, item 6: a restore checks the backup as strictly as an opened database, and
    // anything that is not a sound Waymark database of a schema this build reads is refused
    // with the database byte for byte as it was and nothing left beside it.
    void restoreRefusesWhatIsNotASoundBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("random bytes") << "random"
                                      << "not a database file at all";
        QTest::newRow("JSON") << "json"
                              << "not a database file at all";
        QTest::newRow("empty file") << "empty"
                                    << "not a database file at all";
        QTest::newRow("another program's database") << "foreign"
                                                    << "not a Waymark one";
        QTest::newRow("newer Waymark") << "newer"
                                       << "newer version of Waymark";
        QTest::newRow("damaged pages") << "damaged"
                                       << "";
        QTest::newRow("truncated") << "truncated"
                                   << "";
        QTest::newRow("the database itself") << "itself"
                                             << "it is the database itself";
    }

    void restoreRefusesWhatIsNotASoundBackup()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString db = newDatabase(dir.filePath(QStringLiteral("w.db")));
        QCOMPARE(cli({"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01",
                      "--rating", "3"})
                     .exitCode,
                 0);
        QTemporaryDir elsewhere;
        QString offered = elsewhere.filePath(QStringLiteral("offered.db"));
        if (kind == QLatin1String("random")) {
            QByteArray bytes(64 * 1024, Qt::Uninitialized);
            for (char &byte : bytes)
                byte = char(QRandomGenerator::global()->bounded(256));
            writeFile(offered, bytes);
        } else if (kind == QLatin1String("json")) {
            QCOMPARE(cli({"export", "--db", db, "--assessment", "1", "--out", offered}).exitCode,
                     0);
        } else if (kind == QLatin1String("empty")) {
            writeFile(offered, QByteArray());
        } else if (kind == QLatin1String("foreign")) {
            rawSql(offered, {QStringLiteral("CREATE TABLE recipes (name TEXT)"),
                             QStringLiteral("INSERT INTO recipes VALUES ('bara brith')")});
        } else if (kind == QLatin1String("itself")) {
            offered = db;
        } else {
            QVERIFY(QFile::copy(db, offered));
            if (kind == QLatin1String("newer")) {
                rawSql(offered, {QStringLiteral("PRAGMA user_version = 99")});
            } else {
                QFile file(offered);
                QVERIFY(file.open(QIODevice::ReadWrite));
                const qint64 size = file.size();
                if (kind == QLatin1String("truncated")) {
                    QVERIFY(file.resize(size / 2 + 100));
                } else {
                    // The 100-byte header stays; the B-tree pages after the first do not.
                    QVERIFY(file.seek(4096 + 8));
                    file.write(QByteArray(int(size - 4096 - 8), '\x5a'));
                }
            }
        }
        const QByteArray before = fileBytes(db);
        const QStringList filesBefore = entries(dir.path());
        const QByteArray offeredBefore = fileBytes(offered);
        const QStringList offeredFolder = entries(elsewhere.path());

        const Run run = cli({"restore", "--db", db, "--backup", offered});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(offered + QStringLiteral(" cannot be restored: ")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QVERIFY2(run.err.contains(db + QStringLiteral(" was left as it was.")),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("Restored")));
        QCOMPARE(fileBytes(db), before);
        QCOMPARE(entries(dir.path()), filesBefore); // no copy, no .replaced- file, no lock
        // Looking at the offered file changed nothing there either.
        QCOMPARE(fileBytes(offered), offeredBefore);
        QCOMPARE(entries(elsewhere.path()), offeredFolder);
        QCOMPARE(cli({"list", "--db", db}).exitCode, 0);
    }

    void restoreOfASoundBackupKeepsTheReplacedFile()
    {
        QTemporaryDir dir;
        const QString db = newDatabase(dir.filePath(QStringLiteral("w.db")));
        QTemporaryDir elsewhere;
        const QString other = newDatabase(elsewhere.filePath(QStringLiteral("other.db")));
        QCOMPARE(cli({"answer", "--db", other, "--assessment", "1", "--question", "LEAD-01",
                      "--rating", "2"})
                     .exitCode,
                 0);
        const QByteArray replaced = fileBytes(db);
        const QByteArray offered = fileBytes(other);
        Run run = cli({"restore", "--db", db, "--backup", other});
        QCOMPARE(run.exitCode, 0);
        const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("w.db.replaced-*")});
        QCOMPARE(kept.size(), 1);
        QVERIFY2(run.err.contains(QStringLiteral("the file it replaced was kept as %1")
                                      .arg(dir.filePath(kept.constFirst()))),
                 qPrintable(run.err));
        QCOMPARE(fileBytes(dir.filePath(kept.constFirst())), replaced);
        QCOMPARE(fileBytes(db), offered); // the very bytes that were checked
        QCOMPARE(modeOf(db), 0600);
        // A second restore in the same second keeps the first kept file too.
        QCOMPARE(cli({"restore", "--db", db, "--backup", other}).exitCode, 0);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("w.db.replaced-*")}).size(), 2);
        QCOMPARE(fileBytes(dir.filePath(kept.constFirst())), replaced);
        run = cli({"list", "--db", db, "--json"});
        QCOMPARE(
            QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject().value("answered"),
            1);
    }

    // The restored copy is written beside the database first: a disk that fills up, or a flush
    // that fails, leaves the database as it was and no copy behind.
    void restoreOnAFailingDiskChangesNothing_data()
    {
        QTest::addColumn<qint64>("noSpaceAfter");
        QTest::addColumn<QString>("syncError");
        QTest::addColumn<QString>("message");
        // 400 bytes: room for the lock file (a few lines), not for the copy.
        QTest::newRow("full disk") << qint64(400) << QString() << "The disk is full";
        QTest::newRow("failing flush") << qint64(-1) << "EIO"
                                       << "Cannot write the restored copy";
    }

    void restoreOnAFailingDiskChangesNothing()
    {
        QFETCH(qint64, noSpaceAfter);
        QFETCH(QString, syncError);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = newDatabase(dir.filePath(QStringLiteral("w.db")));
        QTemporaryDir elsewhere;
        const QString other = newDatabase(elsewhere.filePath(QStringLiteral("other.db")));
        const QByteArray before = fileBytes(db);
        const QStringList filesBefore = entries(dir.path());
        FaultInjection::Faults faults;
        faults.folder = dir.path();
        faults.noSpaceAfter = noSpaceAfter;
        faults.syncError = syncError;
        const FaultInjection::Run run = FaultInjection::run(
            QStringLiteral(WAYMARK_CLI), {"restore", "--db", db, "--backup", other}, faults);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("Nothing was changed")), qPrintable(run.err));
        QCOMPARE(fileBytes(db), before);
        QCOMPARE(entries(dir.path()), filesBefore);
    }

    // Issue 11: a database named through a symlink is the real file. Its lock, log and backups
    // are beside the real file, and a restore replaces the real file and keeps the link.
    void databaseThroughASymlinkIsTheRealFile()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real"));
        const QString links = dir.filePath(QStringLiteral("links"));
        QVERIFY(QDir().mkpath(real));
        QVERIFY(QDir().mkpath(links));
        const QString db = newDatabase(real + QStringLiteral("/w.db"));
        const QString link = links + QStringLiteral("/w.db");
        QVERIFY(QFile::link(db, link));
        // The second use takes the day's backup.
        QCOMPARE(cli({"answer", "--db", link, "--assessment", "1", "--question", "LEAD-01",
                      "--rating", "3"})
                     .exitCode,
                 0);
        QCOMPARE(entries(links), QStringList{QStringLiteral("w.db")});
        QVERIFY(QFileInfo::exists(real + QStringLiteral("/w-backups")));
        Run run = cli({"restore", "--db", link, "--list"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(real + QStringLiteral("/w-backups/w-")), qPrintable(run.out));

        // The one-Waymark-at-a-time lock is the real file's, whatever name the other used.
        {
            QLockFile held(db + QStringLiteral(".lock"));
            QVERIFY(held.tryLock());
            run = cli({"list", "--db", link});
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.err.contains(QLatin1String("open in another Waymark")),
                     qPrintable(run.err));
        }

        run = cli({"restore", "--db", link});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo(link).isSymbolicLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), db);
        QCOMPARE(entries(links), QStringList{QStringLiteral("w.db")});
        QCOMPARE(QDir(real).entryList({QStringLiteral("w.db.replaced-*")}).size(), 1);
        run = cli({"list", "--db", link, "--json"});
        QCOMPARE(
            QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject().value("answered"),
            0);

        // A new database through a link that points to where it will be.
        const QString future = links + QStringLiteral("/new.db");
        QVERIFY(QFile::link(real + QStringLiteral("/new.db"), future));
        QCOMPARE(cli({"new", "--db", future, "--authority", "A", "--respondent", "R", "--role",
                      "leader"})
                     .exitCode,
                 0);
        QVERIFY(QFileInfo(future).isSymbolicLink());
        QVERIFY(QFileInfo(real + QStringLiteral("/new.db")).isFile());
        QCOMPARE(entries(links), (QStringList{QStringLiteral("new.db"), QStringLiteral("w.db")}));
    }

    // Issue 11: a lock file that is empty or cannot be read, or that names a process no longer
    // running on this machine, is taken over with a note.
    void lockWithNoLiveOwnerIsTakenOver_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("note");
        QTest::newRow("empty") << "empty"
                               << "was empty or could not be read";
        QTest::newRow("unreadable") << "unreadable"
                                    << "was empty or could not be read";
        QTest::newRow("process gone") << "gone"
                                      << "which is no longer running";
    }

    void lockWithNoLiveOwnerIsTakenOver()
    {
        QFETCH(QString, kind);
        QFETCH(QString, note);
        QTemporaryDir dir;
        const QString db = newDatabase(dir.filePath(QStringLiteral("w.db")));
        const QString lock = db + QStringLiteral(".lock");
        if (kind == QLatin1String("empty")) {
            writeFile(lock, QByteArray());
        } else if (kind == QLatin1String("unreadable")) {
            // Not a lock at all, and (for an ordinary user) not readable either.
            writeFile(lock, QByteArray("\x01\x02 not a lock\n"));
            QVERIFY(QFile::setPermissions(lock, QFileDevice::Permissions()));
        } else {
            // A Waymark on this machine whose process has ended (without removing its lock).
            QProcess gone;
            gone.start(QStringLiteral("true"), QStringList());
            QVERIFY(gone.waitForStarted());
            const qint64 pid = gone.processId();
            QVERIFY(gone.waitForFinished());
            writeFile(lock, QStringLiteral("%1\nwaymark-cli\n%2\n")
                                .arg(pid)
                                .arg(QSysInfo::machineHostName())
                                .toUtf8());
        }
        const QByteArray before = fileBytes(db);
        const Run run = cli({"list", "--db", db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(note), qPrintable(run.err));
        QVERIFY2(run.err.contains(kind == QLatin1String("gone") ? db : lock), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(lock)); // released again on exit
        QCOMPARE(fileBytes(db), before);
    }

    void lockFromAnotherComputerIsRefused()
    {
        QTemporaryDir dir;
        const QString db = newDatabase(dir.filePath(QStringLiteral("w.db")));
        const QString lock = db + QStringLiteral(".lock");
        const QByteArray held = "4242\nwaymark\nlaptop-in-the-chamber\n";
        writeFile(lock, held);
        const QByteArray before = fileBytes(db);
        const Run run = cli(
            {"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01", "--rating", "3"});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("on another computer, laptop-in-the-chamber")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("delete the lock file %1").arg(lock)),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("If Waymark is not running on")),
                 qPrintable(run.err));
        QCOMPARE(fileBytes(lock), held);
        QCOMPARE(fileBytes(db), before);
    }

    // Issue 11: only new, import and workshop new create a database; every other verb on a
    // name with no database is a storage error that creates nothing at all.
    void onlyCreatingVerbsCreateADatabase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QStringList workshop = {"--workshop", "1"};
        QTest::newRow("list") << QStringList{"list", "--db", "DB"};
        QTest::newRow("list --json") << QStringList{"list", "--db", "DB", "--json"};
        QTest::newRow("answer") << QStringList{
            "answer", "--db", "DB", "--assessment", "1", "--question", "LEAD-01", "--rating", "3"};
        QTest::newRow("scores") << QStringList{"scores", "--db", "DB", "--assessment", "1"};
        QTest::newRow("export") << QStringList{"export", "--db",  "DB",        "--assessment",
                                               "1",      "--out", "OUT/a.json"};
        QTest::newRow("report") << QStringList{"report", "--db",  "DB",       "--assessment",
                                               "1",      "--out", "OUT/a.pdf"};
        QTest::newRow("report --all")
            << QStringList{"report", "--db", "DB", "--all", "--out-dir", "OUT/pack"};
        QTest::newRow("restore") << QStringList{"restore", "--db", "DB"};
        QTest::newRow("restore --list") << QStringList{"restore", "--db", "DB", "--list"};
        QTest::newRow("restore --backup")
            << QStringList{"restore", "--db", "DB", "--backup", "BACKUP"};
        QTest::newRow("workshop list") << QStringList{"workshop", "list", "--db", "DB"};
        QTest::newRow("workshop add")
            << QStringList{"workshop", "add", "--db", "DB", "--workshop", "1", "EXCHANGE"};
        QTest::newRow("workshop member") << (QStringList{"workshop", "member", "--db", "DB",
                                                         "--name", "Ann", "--role", "leader"} +
                                             workshop);
        QTest::newRow("workshop pack")
            << (QStringList{"workshop", "pack", "--db", "DB", "--member", "Ann", "--role", "leader",
                            "--out", "OUT/p.json"} +
                workshop);
        QTest::newRow("workshop spread")
            << (QStringList{"workshop", "spread", "--db", "DB"} + workshop);
        QTest::newRow("workshop agree") << (QStringList{"workshop", "agree", "--db", "DB",
                                                        "--question", "LEAD-01", "--rating", "3"} +
                                            workshop);
        QTest::newRow("workshop report")
            << (QStringList{"workshop", "report", "--db", "DB", "--out", "OUT/w.pdf"} + workshop);
    }

    void onlyCreatingVerbsCreateADatabase()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        QTemporaryDir sources; // what the verb reads, and where it would write
        const QString db = dir.filePath(QStringLiteral("mistyped.db"));
        const QString origin = newDatabase(sources.filePath(QStringLiteral("origin.db")));
        const QString exchange = sources.filePath(QStringLiteral("a.json"));
        QCOMPARE(cli({"export", "--db", origin, "--assessment", "1", "--out", exchange}).exitCode,
                 0);
        const QStringList sourcesBefore = entries(sources.path());
        const Run run = cli(filledIn(arguments, {{QStringLiteral("DB"), db},
                                                 {QStringLiteral("OUT"), sources.path()},
                                                 {QStringLiteral("BACKUP"), origin},
                                                 {QStringLiteral("EXCHANGE"), exchange}}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("There is no Waymark database at %1").arg(db)),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(entries(dir.path()), QStringList()); // no file, no journal, no lock, no backups
        QCOMPARE(entries(sources.path()), sourcesBefore);
    }

    void creatingVerbsStillCreate()
    {
        QTemporaryDir dir;
        const QString exported = dir.filePath(QStringLiteral("a.json"));
        const QString origin = newDatabase(dir.filePath(QStringLiteral("origin.db")));
        QCOMPARE(cli({"export", "--db", origin, "--assessment", "1", "--out", exported}).exitCode,
                 0);
        const QString imported = dir.filePath(QStringLiteral("imported.db"));
        QCOMPARE(cli({"import", "--db", imported, exported}).exitCode, 0);
        const QString workshop = dir.filePath(QStringLiteral("workshop.db"));
        QCOMPARE(cli({"workshop", "new", "--db", workshop, "--name", "Autumn"}).out,
                 QStringLiteral("1\n"));
        for (const QString &db : {origin, imported, workshop}) {
            QVERIFY(QFileInfo(db).isFile());
            QCOMPARE(modeOf(db), 0600);
        }
    }

    // An empty file is not a database for a verb that only reads or changes one: it is left
    // empty. Turned into a database by `new`, it becomes owner-only like a new file.
    void emptyFileIsADatabaseOnlyOnceStarted()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("empty.db"));
        writeFile(db, QByteArray());
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                              QFile::ReadOther));
        Run run = cli({"list", "--db", db});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(
            run.err.contains(QStringLiteral("%1 is an empty file, not a Waymark database").arg(db)),
            qPrintable(run.err));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("empty.db")});
        QCOMPARE(QFileInfo(db).size(), 0);

        run = cli({"new", "--db", db, "--authority", "A", "--respondent", "R", "--role", "leader"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(modeOf(db), 0600);
        QCOMPARE(cli({"list", "--db", db}).exitCode, 0);
    }

    void emptyDatabaseNameIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("list") << QStringList{"list", "--db", ""};
        QTest::newRow("new") << QStringList{"new",          "--db", "",       "--authority", "A",
                                            "--respondent", "R",    "--role", "leader"};
        QTest::newRow("import") << QStringList{"import", "--db", "", "a.json"};
        QTest::newRow("restore") << QStringList{"restore", "--db", ""};
        QTest::newRow("workshop new")
            << QStringList{"workshop", "new", "--db", "", "--name", "Autumn"};
    }

    void emptyDatabaseNameIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(WAYMARK_CLI), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("--db needs the name of a database file")),
                 qPrintable(err));
        QCOMPARE(entries(dir.path()), QStringList());
    }

    // Issue 11: an option that is given twice is a usage error, whichever verb: the command
    // must not guess which of two databases or two ids was meant.
    void repeatedOptionIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        QTest::newRow("list --db") << QStringList{"list", "--db", "DB", "--db", "OTHER"} << "db";
        QTest::newRow("list --json")
            << QStringList{"list", "--db", "DB", "--json", "--json"} << "json";
        QTest::newRow("new --authority")
            << QStringList{"new", "--db",   "DB",     "--authority",  "A", "--authority",
                           "B",   "--role", "leader", "--respondent", "R"}
            << "authority";
        QTest::newRow("answer --assessment")
            << QStringList{"answer", "--db",       "DB",      "--assessment", "1", "--assessment",
                           "2",      "--question", "LEAD-01", "--rating",     "3"}
            << "assessment";
        QTest::newRow("answer --rating")
            << QStringList{"answer",  "--db",     "DB", "--assessment", "1", "--question",
                           "LEAD-01", "--rating", "3",  "--rating",     "0"}
            << "rating";
        QTest::newRow("scores --assessment")
            << QStringList{"scores", "--db", "DB", "--assessment", "1", "--assessment", "1"}
            << "assessment";
        QTest::newRow("export --out")
            << QStringList{"export", "--db",  "DB",    "--assessment", "1",
                           "--out",  "OUT/a", "--out", "OUT/b"}
            << "out";
        QTest::newRow("import --db")
            << QStringList{"import", "--db", "DB", "--db", "OTHER", "FILE"} << "db";
        QTest::newRow("restore --backup")
            << QStringList{"restore", "--db", "DB", "--backup", "FILE", "--backup", "FILE"}
            << "backup";
        QTest::newRow("report --out")
            << QStringList{"report", "--db",  "DB",    "--assessment", "1",
                           "--out",  "OUT/a", "--out", "OUT/b"}
            << "out";
        QTest::newRow("bank show --bank")
            << QStringList{"bank", "show", "--bank", "FILE", "--bank", "FILE"} << "bank";
        QTest::newRow("workshop spread --workshop")
            << QStringList{"workshop", "spread", "--db", "DB", "--workshop", "1", "--workshop", "2"}
            << "workshop";
        QTest::newRow("workshop new --db")
            << QStringList{"workshop", "new", "--db", "DB", "--db", "OTHER", "--name", "A"} << "db";
        QTest::newRow("workbook --role")
            << QStringList{"workbook",   "--role", "leader",   "--role",
                           "councillor", "--out",  "OUT/w.pdf"}
            << "role";
    }

    void repeatedOptionIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        QTemporaryDir dir;
        const QString db = newDatabase(dir.filePath(QStringLiteral("w.db")));
        const QString other = dir.filePath(QStringLiteral("other.db"));
        const QString file = dir.filePath(QStringLiteral("a.json"));
        QCOMPARE(cli({"export", "--db", db, "--assessment", "1", "--out", file}).exitCode, 0);
        const QStringList before = entries(dir.path());
        const QByteArray bytes = fileBytes(db);
        const Run run = cli(filledIn(arguments, {{QStringLiteral("OTHER"), other},
                                                 {QStringLiteral("DB"), db},
                                                 {QStringLiteral("OUT"), dir.path()},
                                                 {QStringLiteral("FILE"), file}}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--%1 was given more than once").arg(option)),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(entries(dir.path()), before);
        QCOMPARE(fileBytes(db), bytes);
    }

    void assessmentRepeatsForAPack()
    {
        QTemporaryDir dir;
        const QString db = newDatabase(dir.filePath(QStringLiteral("w.db")));
        newDatabase(db);
        const Run run = cli({"report", "--db", db, "--assessment", "1", "--assessment", "2",
                             "--out-dir", dir.filePath(QStringLiteral("pack"))});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QLatin1Char('\n')), 2);
    }

    // Issue 11: every file a verb reads is read up to a documented size, and only when it is an
    // ordinary file: a device that never ends, a FIFO nobody writes to or a huge file is
    // refused at once, with bounded memory.
    void boundedInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("bank validate /dev/zero")
            << QStringList{"bank", "validate", "/dev/zero"} << "it is a device, not a file";
        QTest::newRow("bank validate /dev/urandom")
            << QStringList{"bank", "validate", "/dev/urandom"} << "it is a device, not a file";
        QTest::newRow("bank validate FIFO")
            << QStringList{"bank", "validate", "FIFO"} << "it is a pipe (FIFO), not a file";
        QTest::newRow("bank validate folder")
            << QStringList{"bank", "validate", "DIR"} << "it is a folder, not a file";
        QTest::newRow("bank validate huge")
            << QStringList{"bank", "validate", "HUGE"}
            << "the file is larger than 16 MiB, the most a question bank may be";
        QTest::newRow("bank show --bank /dev/zero")
            << QStringList{"bank", "show", "--bank", "/dev/zero"} << "it is a device, not a file";
        QTest::newRow("import /dev/zero")
            << QStringList{"import", "--db", "DB", "/dev/zero"} << "it is a device, not a file";
        QTest::newRow("import FIFO")
            << QStringList{"import", "--db", "DB", "FIFO"} << "it is a pipe (FIFO), not a file";
        QTest::newRow("import huge")
            << QStringList{"import", "--db", "DB", "HUGE"}
            << "the file is larger than 16 MiB, the most an exchange file may be";
        QTest::newRow("workshop add FIFO")
            << QStringList{"workshop", "add", "--db", "DB", "--workshop", "1", "FIFO"}
            << "it is a pipe (FIFO), not a file";
        QTest::newRow("restore /dev/zero")
            << QStringList{"restore", "--db", "DB", "--backup", "/dev/zero"}
            << "it is a device, not a file";
        QTest::newRow("restore FIFO") << QStringList{"restore", "--db", "DB", "--backup", "FIFO"}
                                      << "it is a pipe (FIFO), not a file";
        QTest::newRow("restore huge")
            << QStringList{"restore", "--db", "DB", "--backup", "GIANT"}
            << "it is larger than 1 GiB, more than any Waymark database holds";
    }

    void boundedInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = newDatabase(dir.filePath(QStringLiteral("w.db")));
        QCOMPARE(cli({"workshop", "new", "--db", db, "--name", "Autumn"}).exitCode, 0);
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Sparse: one byte over each limit, without writing gigabytes.
        const auto sparse = [&](const QString &name, qint64 size) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
                qFatal("cannot make %s", qPrintable(name));
            return file.fileName();
        };
        const QString huge = arguments.contains(QStringLiteral("HUGE"))
                                 ? sparse(QStringLiteral("huge.json"), 16 * 1024 * 1024 + 1)
                                 : QString();
        const QString giant =
            arguments.contains(QStringLiteral("GIANT"))
                ? sparse(QStringLiteral("giant.db"), qint64(1024) * 1024 * 1024 + 1)
                : QString();
        const QByteArray before = fileBytes(db);
        QElapsedTimer timer;
        timer.start();
        const Run run = cli(filledIn(arguments, {{QStringLiteral("FIFO"), fifo},
                                                 {QStringLiteral("DIR"), dir.path()},
                                                 {QStringLiteral("HUGE"), huge},
                                                 {QStringLiteral("GIANT"), giant},
                                                 {QStringLiteral("DB"), db}}));
        QVERIFY2(timer.elapsed() < 10000, "the command did not end at once");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(fileBytes(db), before);
    }

    // Issue 11: a database that was used while it was read-only (SQLite then leaves its -wal and
    // -shm read-only) works again once it is writable, with nothing to delete by hand.
    void databaseOpenedReadOnlyWorksWhenWritableAgain()
    {
        if (::geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("needs setpriv (util-linux) to run as an ordinary user under root; "
                  "tst_store's sideFilesOfAReadOnlyDatabase covers the repair itself");
        if (cliAsUser({QStringLiteral("--version")}).exitCode != 0)
            QSKIP("an ordinary user (nobody) cannot run this build of waymark-cli (a private build "
                  "folder?); tst_store's sideFilesOfAReadOnlyDatabase covers the repair itself");
        QTemporaryDir dir;
        if (::geteuid() == 0)
            QCOMPARE(::chown(QFile::encodeName(dir.path()).constData(), 65534, 65534), 0);
        const QString db = dir.filePath(QStringLiteral("w.db"));
        Run run = cliAsUser(
            {"new", "--db", db, "--authority", "A", "--respondent", "R", "--role", "leader"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        run = cliAsUser({"list", "--db", db});
        QCOMPARE(run.exitCode, 0);
        run = cliAsUser(
            {"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01", "--rating", "3"});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("read-only")), qPrintable(run.err));

        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
        run = cliAsUser(
            {"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01", "--rating", "3"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        for (const QString &side : {db + QStringLiteral("-wal"), db + QStringLiteral("-shm")}) {
            if (QFileInfo::exists(side))
                QCOMPARE(modeOf(side), 0600);
        }
        run = cliAsUser({"list", "--db", db, "--json"});
        QCOMPARE(
            QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject().value("answered"),
            1);
    }

    // The same for a read-only folder or disk: nothing is left behind that keeps the database
    // read-only once the disk is writable again.
    void readOnlyDiskLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString db = newDatabase(dir.filePath(QStringLiteral("w.db")));
        const QStringList before = entries(dir.path());
        FaultInjection::Faults faults;
        faults.folder = dir.path();
        faults.readOnly = true;
        const QStringList answer = {"answer",  "--db",     db, "--assessment", "1", "--question",
                                    "LEAD-01", "--rating", "3"};
        const FaultInjection::Run refused =
            FaultInjection::run(QStringLiteral(WAYMARK_CLI), answer, faults);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QLatin1String("read-only")), qPrintable(refused.err));
        QCOMPARE(entries(dir.path()), before);
        QCOMPARE(cli(answer).exitCode, 0);
    }

    // Issue 11: a database on a disk that does not keep permissions (FAT, exFAT, many network
    // shares) opens and works, with a warning that it could not be made private.
    void diskThatIgnoresPermissionsWarns_data()
    {
        QTest::addColumn<QString>("chmod");
        QTest::newRow("chmod ignored (FAT, exFAT)") << "ignore";
        QTest::newRow("chmod refused") << "eperm";
    }

    void diskThatIgnoresPermissionsWarns()
    {
        QFETCH(QString, chmod);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.db"));
        FaultInjection::Faults faults;
        faults.folder = dir.path();
        faults.chmod = chmod;
        // What a FAT disk shows whatever is asked of it: everyone may read.
        const mode_t umaskBefore = ::umask(022);
        const auto restoreUmask = qScopeGuard([umaskBefore] { ::umask(umaskBefore); });
        const QString warning = QStringLiteral("%1 is on a disk that does not keep file "
                                               "permissions")
                                    .arg(db);
        FaultInjection::Run run = FaultInjection::run(
            QStringLiteral(WAYMARK_CLI),
            {"new", "--db", db, "--authority", "A", "--respondent", "R", "--role", "leader"},
            faults);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("1\n"));
        QVERIFY2(run.err.contains(warning), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("could not make it private")), qPrintable(run.err));
        run = FaultInjection::run(
            QStringLiteral(WAYMARK_CLI),
            {"answer", "--db", db, "--assessment", "1", "--question", "LEAD-01", "--rating", "3"},
            faults);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(warning), qPrintable(run.err));
        run = FaultInjection::run(QStringLiteral(WAYMARK_CLI), {"list", "--db", db, "--json"},
                                  faults);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject().value("answered"),
            1);
        // Where permissions are kept, there is nothing to warn about.
        run = FaultInjection::run(QStringLiteral(WAYMARK_CLI), {"list", "--db", db},
                                  FaultInjection::Faults());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains(warning), qPrintable(run.err));
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
