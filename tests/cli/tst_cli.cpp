// Runs the built waymark-cli as a user or a script would and checks stdout, stderr and the exit
// code of each verb (docs/cli.md).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(WAYMARK_CLI), arguments);
    if (!process.waitForFinished(60000))
        qFatal("waymark-cli did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

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
        QVERIFY2(QRegularExpression(QStringLiteral("^waymark-cli \\d+\\.\\d+\\.\\d+\\n$")).match(run.out).hasMatch(),
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
        QTest::newRow("unknown command") << QStringList({"frobnicate"}) << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("unknown bank verb") << QStringList({"bank", "eat"}) << QStringLiteral("unknown command \"bank eat\"");
        QTest::newRow("unknown option") << QStringList({"bank", "show", "--colour"}) << QStringLiteral("Unknown option 'colour'");
        QTest::newRow("validate without file") << QStringList({"bank", "validate"}) << QStringLiteral("give exactly one FILE");
        QTest::newRow("show with stray argument") << QStringList({"bank", "show", "x.json"}) << QStringLiteral("use --bank FILE");
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
        QVERIFY2(run.out.contains(QLatin1String("Bank waymark-gateway, version ")), qPrintable(run.out.left(300)));
        QVERIFY(run.out.contains(QLatin1String("LEAD-01")));
        QVERIFY(run.err.isEmpty());
    }

    void showJsonHasThePublicShape()
    {
        const Run run = cli({QStringLiteral("bank"), QStringLiteral("show"), QStringLiteral("--json")});
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
        const Run run = cli({QStringLiteral("bank"), QStringLiteral("show"), QStringLiteral("--json"),
                             QStringLiteral("--bank"), Banks + QStringLiteral("/good/minimal.json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject bank = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(bank.value("id").toString(), QStringLiteral("minimal"));
        QCOMPARE(bank.value("sections").toArray().size(), 1);
    }

    void showBrokenBankIsInvalidInput()
    {
        const QString file = Banks + QStringLiteral("/broken/unknown-role.json");
        const Run run = cli({QStringLiteral("bank"), QStringLiteral("show"), QStringLiteral("--bank"), file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(file + QStringLiteral(":53: error: question A-02: unknown role \"mayor\"")),
                 qPrintable(run.err));
    }

    void validateGoodBank()
    {
        const QString file = Banks + QStringLiteral("/good/minimal.json");
        const Run run = cli({QStringLiteral("bank"), QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, file + QStringLiteral(": valid question bank \"Minimal good bank\" (minimal, "
                                                "version 1): 1 section, 2 questions, 2 glossary terms\n"));
        QVERIFY(run.err.isEmpty());
    }

    void validateWarnsButPasses()
    {
        const QString file = Banks + QStringLiteral("/good/unknown-field-warns.json");
        const Run run = cli({QStringLiteral("bank"), QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QLatin1String("warning: question A-02: unknown field \"hint\" is ignored")));
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
        QVERIFY(lines.last().startsWith(file + QStringLiteral(": not a valid question bank (errors: ")));
    }

    void validateMissingFile()
    {
        const QString file = Banks + QStringLiteral("/does-not-exist.json");
        const Run run = cli({QStringLiteral("bank"), QStringLiteral("validate"), file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(file + QStringLiteral(": error: cannot open the file")));
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
