// The loader and validator on golden good banks and on a folder of deliberately broken ones.
// Each broken bank NAME.json has NAME.expected beside it: the exact problems, one per line, in the
// order the loader reports them. A broken bank without an .expected file fails the test.
#include "GoldenFiles.h"
#include "bank/BankLoader.h"
#include "bank/BankValidator.h"
#include "json/JsonScan.h"

#include <QtTest>

using namespace Waymark;

namespace {

const QString DataDir = QStringLiteral(WAYMARK_TEST_DATA "/banks");

// The problems as the .expected files list them, one line each.
QStringList problemLines(const BankLoadResult &loaded)
{
    QStringList lines;
    for (const BankProblem &problem : loaded.problems)
        lines.append(problem.toString());
    return lines;
}

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

    // Issue 13: a format 2 bank for two jurisdictions reads its overrides and mapping, and the
    // bank as it applies in each says that jurisdiction's law, in English and in Welsh.
    void twoJurisdictionsApplyTheirOwnLaw()
    {
        const BankLoadResult loaded =
            BankLoader::loadFile(DataDir + QStringLiteral("/good/two-jurisdictions.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
        QVERIFY(loaded.problems.isEmpty());
        const QuestionBank &bank = *loaded.bank;
        QCOMPARE(bank.jurisdictions.size(), 2);
        QCOMPARE(bank.jurisdiction(QStringLiteral("wales"))->title, QStringLiteral("Wales"));
        QCOMPARE(bank.question(QStringLiteral("A-01"))->subject, QStringLiteral("council"));
        QCOMPARE(bank.mapping.fromVersion, QStringLiteral("0.9"));
        QCOMPARE(bank.mapping.earlierIdsOf(QStringLiteral("A-03")),
                 QStringList{QStringLiteral("A-05")});
        QCOMPARE(bank.mapping.of(QStringLiteral("A-06"))->change, QuestionMapping::Change::Retired);

        const QuestionBank england = bank.inJurisdiction(QStringLiteral("england"));
        QCOMPARE(england.appliedJurisdiction, QStringLiteral("england"));
        QCOMPARE(england.questionCount(), 3);
        const Question *englishGate = england.question(QStringLiteral("A-01"));
        QVERIFY(englishGate->gate);
        QCOMPARE(englishGate->statutoryBasis, QStringLiteral("Children Act 2004, s11"));
        QVERIFY(englishGate->text.contains(QLatin1String("LADO")));

        const QuestionBank wales = bank.inJurisdiction(QStringLiteral("wales"));
        QCOMPARE(wales.questionCount(), 2); // A-02 is England's alone
        QVERIFY(!wales.question(QStringLiteral("A-02")));
        const Question *welsh = wales.question(QStringLiteral("A-01"));
        QVERIFY(!welsh->gate);
        QCOMPARE(welsh->text,
                 QStringLiteral("Has the council told its Designated Officer about the new duty?"));
        QCOMPARE(welsh->statutoryBasis,
                 QStringLiteral("Social Services and Well-being (Wales) Act 2014, s130"));
        QCOMPARE(welsh->levels.notMet, QStringLiteral("Not told."));
        QCOMPARE(welsh->why, QStringLiteral("Why it matters.")); // not overridden: kept
        QCOMPARE(wales.questionsFor(QStringLiteral("councillor")).size(), 2);

        // Translated after applying, and applied after translating: the same Welsh.
        QuestionBank walesInWelsh = wales;
        QVERIFY(walesInWelsh.translate(QStringLiteral("cy")));
        QCOMPARE(walesInWelsh.question(QStringLiteral("A-01"))->text,
                 QStringLiteral("A yw'r cyngor wedi dweud wrth ei Swyddog Dynodedig?"));
        QCOMPARE(walesInWelsh.jurisdiction(QStringLiteral("wales"))->title,
                 QStringLiteral("Cymru"));
        QuestionBank welshFirst = bank;
        QVERIFY(welshFirst.translate(QStringLiteral("cy")));
        QCOMPARE(welshFirst.inJurisdiction(QStringLiteral("wales"))
                     .question(QStringLiteral("A-01"))
                     ->text,
                 QStringLiteral("A yw'r cyngor wedi dweud wrth ei Swyddog Dynodedig?"));
        QCOMPARE(welshFirst.inJurisdiction(QStringLiteral("england"))
                     .question(QStringLiteral("A-01"))
                     ->text,
                 QStringLiteral("A yw'r cyngor wedi dweud wrth ei LADO?"));

        // A bank that does not distinguish jurisdictions applies everywhere, as it is.
        const BankLoadResult minimal =
            BankLoader::loadFile(DataDir + QStringLiteral("/good/minimal.json"));
        QCOMPARE(minimal.bank->inJurisdiction(QStringLiteral("wales")).questionCount(), 2);
        QVERIFY(bank.inJurisdiction(QStringLiteral("scotland")).sections.isEmpty());
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
        GoldenFiles::compare(problemLines(loaded), input);
    }

    // A bank saved by an editor that starts its files with a byte order mark reads as the same
    // bank: each problem on its own line, and a repeated key found. (Until issue 12 the line map
    // stopped at the mark: every problem was on line 1 and a repeated key went unnoticed.)
    void byteOrderMarkKeepsLinesAndDuplicateKeys_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("duplicate key") << QStringLiteral("duplicate-key");
        QTest::newRow("weight out of range") << QStringLiteral("weight-out-of-range");
    }

    void byteOrderMarkKeepsLinesAndDuplicateKeys()
    {
        QFETCH(QString, name);
        const QString input = DataDir + QStringLiteral("/broken/") + name + QStringLiteral(".json");
        const BankLoadResult loaded = BankLoader::loadData(
            QByteArray("\xEF\xBB\xBF") + GoldenFiles::read(input), name + QStringLiteral(".json"));
        GoldenFiles::compare(problemLines(loaded), input);
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
        const JsonScan map = JsonScan::scan(json);
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
        const JsonScan map = JsonScan::scan("{\"a\": 1,\n \"a\": 2}");
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
