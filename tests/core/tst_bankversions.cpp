// Issue 13: the banks assessments were answered against. BankLibrary gives each assessment its
// own version under its own law, in the library's language, and VersionMatch pairs up questions
// of two versions through the mapping the later one carries. Built-in banks 1.0.0 and 2.0.0.
#include "bank/BankLibrary.h"
#include "bank/BankLoader.h"
#include "bank/VersionMatch.h"

#include <QtTest>

using namespace Waymark;

class TestBankVersions : public QObject
{
    Q_OBJECT

    static AssessmentInfo infoOf(const QString &version, const QString &jurisdiction)
    {
        AssessmentInfo info;
        info.bankId = QStringLiteral("waymark-gateway");
        info.bankVersion = version;
        info.jurisdiction = jurisdiction;
        return info;
    }

private Q_SLOTS:
    void latestIsTheNewestBuiltInVersion()
    {
        BankLibrary banks;
        QCOMPARE(banks.latest().version, BankLoader::builtInVersions().constLast());
        QCOMPARE(banks.latest().version, QStringLiteral("2.0.0"));
        // As read: no jurisdiction applied, every question still there.
        QVERIFY(banks.latest().appliedJurisdiction.isEmpty());
        QVERIFY(banks.latest().question(QStringLiteral("MEMB-09")));
        QVERIFY(banks.latest().question(QStringLiteral("PART-12")));
    }

    void eachAssessmentGetsItsOwnVersionUnderItsOwnLaw()
    {
        BankLibrary banks;
        QString note;
        const QuestionBank &first =
            banks.forAssessment(infoOf(QStringLiteral("1.0.0"), QStringLiteral("england")), &note);
        QVERIFY(note.isEmpty());
        QCOMPARE(first.version, QStringLiteral("1.0.0"));
        QVERIFY(first.question(QStringLiteral("LEAD-08"))); // 1.0.0's alone

        const QuestionBank &wales =
            banks.forAssessment(infoOf(QStringLiteral("2.0.0"), QStringLiteral("wales")), &note);
        QVERIFY(note.isEmpty());
        QCOMPARE(wales.appliedJurisdiction, QStringLiteral("wales"));
        QVERIFY(!wales.question(QStringLiteral("MEMB-09"))); // England's law alone
        QVERIFY(wales.question(QStringLiteral("PART-12")));  // Wales's law alone
        QVERIFY(wales.question(QStringLiteral("MEMB-01"))
                    ->text.contains(QStringLiteral("Regional Safeguarding Board")));
        // Kept: the same reference each time, so views may hold it.
        QCOMPARE(&banks.forAssessment(infoOf(QStringLiteral("2.0.0"), QStringLiteral("wales"))),
                 &wales);
        const QuestionBank &england =
            banks.forAssessment(infoOf(QStringLiteral("2.0.0"), QStringLiteral("england")));
        QVERIFY(&england != &wales);
        QVERIFY(england.question(QStringLiteral("MEMB-09")));
        QVERIFY(!england.question(QStringLiteral("PART-12")));
    }

    void aVersionNotHeldGivesTheLatestWithANote()
    {
        BankLibrary banks;
        QString note;
        const QuestionBank &shown =
            banks.forAssessment(infoOf(QStringLiteral("0.9.0"), QStringLiteral("england")), &note);
        QCOMPARE(shown.version, QStringLiteral("2.0.0"));
        QCOMPARE(shown.appliedJurisdiction, QStringLiteral("england"));
        QCOMPARE(note, QStringLiteral("This assessment was answered against waymark-gateway "
                                      "version 0.9.0, which this Waymark does not have; it is "
                                      "shown against version 2.0.0, matching questions by their "
                                      "id."));
    }

    void everyBankIsInTheLibrarysLanguage()
    {
        BankLibrary banks(QStringLiteral("cy"));
        const QuestionBank &first =
            banks.forAssessment(infoOf(QStringLiteral("1.0.0"), QStringLiteral("england")));
        QCOMPARE(first.language, QStringLiteral("cy"));
        QVERIFY(first.question(QStringLiteral("LEAD-04"))
                    ->text.contains(QStringLiteral("sy'n gyfrifol am gadw plant")));
        const QuestionBank &wales =
            banks.forAssessment(infoOf(QStringLiteral("2.0.0"), QStringLiteral("wales")));
        QCOMPARE(wales.language, QStringLiteral("cy"));
        QVERIFY(wales.question(QStringLiteral("MEMB-01"))
                    ->text.contains(QStringLiteral("Bwrdd Diogelu Rhanbarthol")));
        QCOMPARE(wales.jurisdiction(QStringLiteral("wales"))->title, QStringLiteral("Cymru"));
    }

    void oneVersionMatchesQuestionsToThemselves()
    {
        BankLibrary banks;
        const QuestionBank &england =
            banks.forAssessment(infoOf(QStringLiteral("2.0.0"), QStringLiteral("england")));
        const QuestionBank &wales =
            banks.forAssessment(infoOf(QStringLiteral("2.0.0"), QStringLiteral("wales")));
        const VersionMatch match(england, wales);
        QCOMPARE(match.way(), VersionMatch::Way::SameVersion);
        QCOMPARE(match.otherIdsOf(QStringLiteral("LEAD-04")), QStringList{"LEAD-04"});
        // Not asked under the other's law: nothing stands for it.
        QCOMPARE(match.otherIdsOf(QStringLiteral("MEMB-09")), QStringList());
    }

    void laterVersionFindsEarlierQuestionsThroughItsMapping()
    {
        BankLibrary banks;
        const QuestionBank &now =
            banks.forAssessment(infoOf(QStringLiteral("2.0.0"), QStringLiteral("england")));
        const QuestionBank &then =
            banks.forAssessment(infoOf(QStringLiteral("1.0.0"), QStringLiteral("england")));
        const VersionMatch match(now, then);
        QCOMPARE(match.way(), VersionMatch::Way::Mapping);
        QCOMPARE(match.otherIdsOf(QStringLiteral("LEAD-01")), QStringList{"LEAD-01"});
        QCOMPARE(match.otherIdsOf(QStringLiteral("LEAD-04")), (QStringList{"LEAD-04", "S11-02"}));
        QCOMPARE(match.otherIdsOf(QStringLiteral("PART-01")), (QStringList{"LEAD-08", "PART-01"}));
        QCOMPARE(match.otherIdsOf(QStringLiteral("LEAD-11")), QStringList{"LEAD-03"}); // split
        QCOMPARE(match.otherIdsOf(QStringLiteral("RISK-01")), QStringList());          // new
    }

    void earlierVersionFindsLaterQuestionsThroughTheLatersMapping()
    {
        BankLibrary banks;
        const QuestionBank &first =
            banks.forAssessment(infoOf(QStringLiteral("1.0.0"), QStringLiteral("england")));
        const QuestionBank &england =
            banks.forAssessment(infoOf(QStringLiteral("2.0.0"), QStringLiteral("england")));
        const VersionMatch match(first, england);
        QCOMPARE(match.way(), VersionMatch::Way::Mapping);
        QCOMPARE(match.otherIdsOf(QStringLiteral("LEAD-03")), (QStringList{"LEAD-03", "LEAD-11"}));
        QCOMPARE(match.otherIdsOf(QStringLiteral("LEAD-08")), QStringList{"PART-01"});
        // The later bank under Wales's law asks only what Wales's law asks: MEMB-07 was split
        // into MEMB-07 and MEMB-09, and MEMB-09 is England's law alone.
        QCOMPARE(match.otherIdsOf(QStringLiteral("MEMB-07")), (QStringList{"MEMB-07", "MEMB-09"}));
        const QuestionBank &wales =
            banks.forAssessment(infoOf(QStringLiteral("2.0.0"), QStringLiteral("wales")));
        QCOMPARE(VersionMatch(first, wales).otherIdsOf(QStringLiteral("MEMB-07")),
                 QStringList{"MEMB-07"});
    }

    void banksNoMappingLinksMatchById()
    {
        const BankLoadResult loaded =
            BankLoader::loadFile(QStringLiteral(WAYMARK_TEST_DATA "/scoring-bank.json"));
        QVERIFY(loaded.ok());
        BankLibrary banks;
        const QuestionBank &builtIn =
            banks.forAssessment(infoOf(QStringLiteral("2.0.0"), QStringLiteral("england")));
        const VersionMatch match(*loaded.bank, builtIn);
        QCOMPARE(match.way(), VersionMatch::Way::ById);
        QCOMPARE(match.otherIdsOf(QStringLiteral("A-01")), QStringList());
        QCOMPARE(VersionMatch(builtIn, *loaded.bank).otherIdsOf(QStringLiteral("LEAD-01")),
                 QStringList());
        QCOMPARE(VersionMatch(*loaded.bank, *loaded.bank).otherIdsOf(QStringLiteral("A-01")),
                 QStringList{"A-01"});
    }
};

QTEST_MAIN(TestBankVersions)
#include "tst_bankversions.moc"
