// The loader and validator on golden good banks and on a folder of deliberately broken ones.
// Each broken bank NAME.json has NAME.expected beside it: the exact problems, one per line, in the
// order the loader reports them. A broken bank without an .expected file fails the test.
#include "GoldenFiles.h"
#include "bank/BankLoader.h"
#include "bank/BankValidator.h"
#include "json/JsonLineMap.h"

#include <QtTest>

using namespace Waymark;

namespace {

const QString DataDir = QStringLiteral(WAYMARK_TEST_DATA "/banks");

} // namespace

class TestBankLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalBankLoads()
    {
        const BankLoadResult loaded =
            BankLoader::loadFile(DataDir + QStringLiteral("/good/minimal.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
        QVERIFY(loaded.problems.isEmpty());
        const QuestionBank &bank = *loaded.bank;
        QCOMPARE(bank.id, QStringLiteral("minimal"));
        QCOMPARE(bank.version, QStringLiteral("1"));
        QCOMPARE(bank.roles.size(), 3);
        QCOMPARE(bank.sections.size(), 1);
        QCOMPARE(bank.questionCount(), 2);
        const Question *first = bank.question(QStringLiteral("A-01"));
        QVERIFY(first);
        QCOMPARE(first->sectionId, QStringLiteral("A"));
        QCOMPARE(first->weight, 3);
        QVERIFY(first->gate);
        QCOMPARE(first->roles, QStringList({"lead-member", "councillor"}));
        QCOMPARE(first->levels.forRating(Rating::PartiallyMet), QStringLiteral("Partly in place."));
        QCOMPARE(first->source.seed, QStringLiteral("003_89fab624736e5632.txt"));
        QCOMPARE(first->line, 30);
        QCOMPARE(bank.questionsFor(QStringLiteral("councillor")).size(), 1);
        QVERIFY(bank.glossaryEntry(QStringLiteral("local authority designated officer")));
        QVERIFY(bank.glossaryEntry(QStringLiteral("lado")));
        QVERIFY(!bank.question(QStringLiteral("B-01")));
    }

    void unknownFieldIsAWarningOnly()
    {
        const BankLoadResult loaded =
            BankLoader::loadFile(DataDir + QStringLiteral("/good/unknown-field-warns.json"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.problems.size(), 1);
        QCOMPARE(loaded.problems.first().toString(),
                 DataDir +
                     QStringLiteral("/good/unknown-field-warns.json:75: warning: question A-02: "
                                    "unknown field \"hint\" is ignored"));
    }

    void missingFileSaysSo()
    {
        const QString path = DataDir + QStringLiteral("/no-such-bank.json");
        const BankLoadResult loaded = BankLoader::loadFile(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.problems.size(), 1);
        QCOMPARE(loaded.problems.first().toString(),
                 path + QStringLiteral(": error: cannot open the file: No such file or directory"));
    }

    void brokenBanks_data() { GoldenFiles::addRows(DataDir + QStringLiteral("/broken"), 15); }

    void brokenBanks()
    {
        QFETCH(QString, name);
        const QString input = DataDir + QStringLiteral("/broken/") + name;
        const BankLoadResult loaded = BankLoader::loadData(GoldenFiles::read(input), name);
        QVERIFY(!loaded.ok());
        QStringList actual;
        for (const BankProblem &problem : loaded.problems)
            actual.append(problem.toString());
        GoldenFiles::compare(actual, input);
    }

    void acronymsAreFound()
    {
        QCOMPARE(BankValidator::acronymsIn(
                     QStringLiteral("The DCS, the ICBs and a LADO; not s11, I or A.")),
                 QStringList({"DCS", "ICB", "LADO"}));
        QCOMPARE(BankValidator::acronymsIn(QStringLiteral("CSPRs and DBS checks, and DBS again")),
                 QStringList({"CSPR", "DBS"}));
    }

    void lineMapFindsNestedValues()
    {
        const QByteArray json =
            "{\n  \"a\": [\n    {\"b\": 1},\n    {\n      \"b\": \"x\\\"y\"\n    }\n  ]\n}\n";
        const JsonLineMap map = JsonLineMap::scan(json);
        QCOMPARE(map.lineOf(QStringLiteral("/a")), 2);
        QCOMPARE(map.lineOf(QStringLiteral("/a/0/b")), 3);
        QCOMPARE(map.lineOf(QStringLiteral("/a/1")), 4);
        QCOMPARE(map.lineOf(QStringLiteral("/a/1/b")), 5);
        // An unmapped path falls back to its nearest ancestor.
        QCOMPARE(map.lineOf(QStringLiteral("/a/1/missing")), 4);
        QVERIFY(map.duplicateKeys().isEmpty());
    }

    void lineMapReportsDuplicateKeys()
    {
        const JsonLineMap map = JsonLineMap::scan("{\"a\": 1,\n \"a\": 2}");
        QCOMPARE(map.duplicateKeys().size(), 1);
        QCOMPARE(map.duplicateKeys().first().path, QStringLiteral("/a"));
        QCOMPARE(map.duplicateKeys().first().line, 2);
    }

    void deepNestingDoesNotCrash()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        const BankLoadResult loaded = BankLoader::loadData(deep, QStringLiteral("deep.json"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBankLoader)
#include "tst_bankloader.moc"
