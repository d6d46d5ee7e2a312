// Inputs saved from the libFuzzer runs of tests/fuzz (docs/fuzzing.md), fed back to the parsers
// on every test run: each file of fuzz-regressions/bank/ to BankLoader::loadData(), each of
// fuzz-regressions/exchange/ to ExchangeFile::fromJson() against the scoring bank (the bank the
// exchange harness uses). The parser must return, with a bank or an assessment or with problems,
// and never with neither. The inputs are raw bytes, often not JSON and not UTF-8; nothing checks
// the messages, which other suites pin down. An empty folder fails: the folders are the point.
#include "GoldenFiles.h"
#include "bank/BankLoader.h"
#include "exchange/ExchangeFile.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Waymark;

namespace {

const QString RegressionDir = QStringLiteral(WAYMARK_TEST_DATA "/fuzz-regressions");

QStringList inputsIn(const QString &folder)
{
    const QDir dir(RegressionDir + QLatin1Char('/') + folder);
    QStringList paths;
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (!name.endsWith(QLatin1String(".md"))) // a README beside the inputs is not one
            paths.append(dir.filePath(name));
    }
    return paths;
}

void addRows(const QString &folder)
{
    QTest::addColumn<QString>("path");
    const QStringList paths = inputsIn(folder);
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void foldersHaveInputs();
    void bankInput_data();
    void bankInput();
    void exchangeInput_data();
    void exchangeInput();

private:
    QuestionBank m_bank;
};

void TestFuzzRegressions::initTestCase()
{
    const BankLoadResult loaded =
        BankLoader::loadFile(QStringLiteral(WAYMARK_TEST_DATA "/scoring-bank.json"));
    QVERIFY2(loaded.ok(), "cannot load the scoring bank");
    m_bank = *loaded.bank;
}

void TestFuzzRegressions::foldersHaveInputs()
{
    QVERIFY2(!inputsIn(QStringLiteral("bank")).isEmpty(),
             qPrintable(QStringLiteral("no inputs in %1/bank").arg(RegressionDir)));
    QVERIFY2(!inputsIn(QStringLiteral("exchange")).isEmpty(),
             qPrintable(QStringLiteral("no inputs in %1/exchange").arg(RegressionDir)));
}

void TestFuzzRegressions::bankInput_data()
{
    addRows(QStringLiteral("bank"));
}

void TestFuzzRegressions::bankInput()
{
    QFETCH(QString, path);
    const QByteArray input = GoldenFiles::read(path);
    const BankLoadResult result = BankLoader::loadData(input, QStringLiteral("fuzz.json"));
    // A bank, or at least one error saying why not.
    QVERIFY(result.ok() || hasErrors(result.problems));
    QVERIFY(!(result.ok() && hasErrors(result.problems)));
    // Each points at a line the input has (0: the file as a whole), however broken the input.
    const int lines = int(input.count('\n')) + 1;
    for (const BankProblem &problem : result.problems) {
        QVERIFY(!problem.toString().isEmpty());
        QVERIFY2(problem.line >= 0 && problem.line <= lines, qPrintable(problem.toString()));
    }
}

void TestFuzzRegressions::exchangeInput_data()
{
    addRows(QStringLiteral("exchange"));
}

void TestFuzzRegressions::exchangeInput()
{
    QFETCH(QString, path);
    const ExchangeReadResult result =
        ExchangeFile::fromJson(GoldenFiles::read(path), m_bank, QStringLiteral("fuzz.json"));
    // An assessment with no problems, or problems and no assessment: all or nothing.
    QCOMPARE(result.ok(), result.problems.isEmpty());
    for (const ExchangeProblem &problem : result.problems)
        QVERIFY(!problem.toString().isEmpty());
    if (result.ok()) {
        // What imports must export and import again.
        const QByteArray written = ExchangeFile::toJson(*result.assessment, &m_bank);
        QVERIFY(!written.isEmpty());
        (void)ExchangeFile::fromJson(written, m_bank, QStringLiteral("fuzz-again.json"));
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
