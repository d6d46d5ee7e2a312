// Assessments across versions of the question bank: each is scored against its own version under
// its own law (BankLibrary), questions are followed through the mapping (BankLineage), a trend
// runs across a 1.0.0 and a 2.0.0 assessment of one authority and role (Trend), and a next cycle
// carries evidence and open actions forward (NextCycle), and VersionMatch pairs the questions of
// two versions, in either order, for comparisons.
#include "TrendCycles.h"
#include "assessment/NextCycle.h"
#include "bank/BankLibrary.h"
#include "bank/BankLineage.h"
#include "bank/BankLoader.h"
#include "bank/VersionMatch.h"
#include "json/PublicJson.h"
#include "scoring/Trend.h"
#include "text/NameMatching.h"
#include "text/TextRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Waymark;

namespace {

using namespace TrendCycles;

// A small bank of one's own: questions Q-01.. in one section, all for one role.
QuestionBank smallBank(const QString &version, const QStringList &ids)
{
    QuestionBank bank;
    bank.id = QStringLiteral("own-bank");
    bank.version = version;
    bank.title = QStringLiteral("Own bank");
    bank.roles.append({QStringLiteral("member"), QStringLiteral("Member"), QString(), 0});
    Section section;
    section.id = QStringLiteral("Q");
    section.title = QStringLiteral("Questions");
    for (const QString &id : ids) {
        Question question;
        question.id = id;
        question.sectionId = section.id;
        question.text = id + QLatin1Char('?');
        question.roles = {QStringLiteral("member")};
        section.questions.append(question);
    }
    bank.sections.append(section);
    bank.buildIndex();
    return bank;
}

const TrendQuestion *trendQuestion(const Trend &trend, const QString &id)
{
    for (const TrendQuestion &question : trend.questions) {
        if (question.questionId == id)
            return &question;
    }
    return nullptr;
}

QStringList idsOf(const TrendAnswer &answer)
{
    QStringList ids;
    for (const TrendAnswer::Earlier &earlier : answer.answers)
        ids.append(earlier.questionId);
    return ids;
}

} // namespace

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
    void bothVersionsAreBuiltIn()
    {
        QVERIFY(BankLoader::builtInVersions().contains(QStringLiteral("1.0.0")));
        QVERIFY(BankLoader::builtInVersions().contains(QStringLiteral("2.0.0")));
        BankLibrary banks;
        QCOMPARE(banks.latest().version, QStringLiteral("2.0.0"));
        QCOMPARE(banks.bank(QStringLiteral("waymark-gateway"), QStringLiteral("1.0.0")).version,
                 QStringLiteral("1.0.0"));
    }

    // Every 1.0.0 question carries into 2.0.0: as itself, reworded, merged or split, never lost.
    void everyEarlierQuestionIsFollowed()
    {
        BankLibrary banks;
        const QuestionBank &earlier =
            banks.bank(QStringLiteral("waymark-gateway"), QStringLiteral("1.0.0"));
        const QuestionBank &latest = banks.latest();
        const BankLineage lineage(banks, earlier, latest);
        QVERIFY(lineage.mapped());
        QSet<QString> reached;
        for (const Question *question : earlier.questions()) {
            const BankLineage::Link link = lineage.forward(question->id);
            QVERIFY2(!link.ids.isEmpty(), qPrintable(question->id));
            for (const QString &id : link.ids) {
                QVERIFY2(latest.question(id),
                         qPrintable(question->id + QStringLiteral(" → ") + id));
                // And back again: the later question names the earlier one among its sources.
                QVERIFY2(lineage.backward(id).ids.contains(question->id), qPrintable(id));
                reached.insert(id);
            }
        }
        QCOMPARE(earlier.questionCount(), 111);
        QCOMPARE(reached.size() + 37, latest.questionCount()); // 37 questions are new in 2.0.0

        const BankLineage::Link split = lineage.forward(QStringLiteral("LEAD-03"));
        QCOMPARE(split.ids, QStringList({"LEAD-03", "LEAD-11"}));
        QVERIFY(split.split);
        const BankLineage::Link merged = lineage.backward(QStringLiteral("LEAD-04"));
        QCOMPARE(merged.ids, QStringList({"LEAD-04", "S11-02"}));
        QVERIFY(merged.merged);
        QVERIFY(lineage.backward(QStringLiteral("ORG-03")).ids.isEmpty()); // new in 2.0.0
    }

    // Through two mappings, a retired question and versions no mapping joins.
    void lineageAcrossSeveralVersions()
    {
        BankLibrary banks;
        const QuestionBank v1 = smallBank(QStringLiteral("1"), {"Q-01", "Q-02", "Q-03"});
        QuestionBank v2 = smallBank(QStringLiteral("2"), {"Q-01", "Q-04", "Q-05"});
        v2.mapping.fromVersion = QStringLiteral("1");
        v2.mapping.questions = {
            {QStringLiteral("Q-02"), {"Q-04", "Q-05"}, QuestionMapping::Change::Split, {}, 0},
            {QStringLiteral("Q-03"),
             {},
             QuestionMapping::Change::Retired,
             QStringLiteral("gone"),
             0},
        };
        QuestionBank v3 = smallBank(QStringLiteral("3"), {"Q-01", "Q-06"});
        v3.mapping.fromVersion = QStringLiteral("2");
        v3.mapping.questions = {
            {QStringLiteral("Q-04"), {"Q-06"}, QuestionMapping::Change::Merged, {}, 0},
            {QStringLiteral("Q-05"), {"Q-06"}, QuestionMapping::Change::Merged, {}, 0},
        };
        banks.add(v1);
        banks.add(v2);
        banks.add(v3);

        const BankLineage lineage(banks, v1, v3);
        QVERIFY(lineage.mapped());
        // Q-01 is listed by neither mapping: the same question all along.
        QCOMPARE(lineage.forward(QStringLiteral("Q-01")).ids, QStringList({"Q-01"}));
        const BankLineage::Link throughBoth = lineage.forward(QStringLiteral("Q-02"));
        QCOMPARE(throughBoth.ids, QStringList({"Q-06"}));
        QVERIFY(throughBoth.split && throughBoth.merged);
        const BankLineage::Link retired = lineage.forward(QStringLiteral("Q-03"));
        QVERIFY(retired.retired);
        QCOMPARE(retired.reason, QStringLiteral("gone"));
        QCOMPARE(lineage.backward(QStringLiteral("Q-06")).ids, QStringList({"Q-02"}));

        // No mapping from version 1 in a bank that says nothing: matched by id.
        const QuestionBank unmapped = smallBank(QStringLiteral("9"), {"Q-01", "Q-02"});
        const BankLineage byId(banks, v1, unmapped);
        QVERIFY(!byId.mapped());
        QCOMPARE(byId.forward(QStringLiteral("Q-02")).ids, QStringList({"Q-02"}));
        QVERIFY(byId.forward(QStringLiteral("Q-03")).retired);
    }

    // An assessment of 1.0.0 scores as it did before 2.0.0 arrived.
    void earlierAssessmentScoresAgainstItsOwnVersion()
    {
        const Assessment earlier = firstCycle();
        const BankLoadResult v1 = BankLoader::loadBuiltIn(QStringLiteral("1.0.0"));
        QVERIFY(v1.ok());
        const ScoreReport asBefore = Scorer::score(*v1.bank, earlier);
        QCOMPARE(asBefore.overall.applicable, 111);

        BankLibrary banks;
        const QuestionBank &own = banks.forAssessment(earlier.info);
        QCOMPARE(own.version, QStringLiteral("1.0.0"));
        const ScoreReport now = Scorer::score(own, earlier);
        QCOMPARE(now.overall.weightedRating, asBefore.overall.weightedRating);
        QCOMPARE(now.overall.weightedMaximum, asBefore.overall.weightedMaximum);
        QCOMPARE(now.overall.applicable, asBefore.overall.applicable);
        QCOMPARE(now.knowledgeGaps, asBefore.knowledgeGaps);
        QCOMPARE(now.priorities, asBefore.priorities);
        // Against the latest bank it would not: it has other questions.
        QVERIFY(Scorer::score(banks.latest(), earlier).overall.applicable != 111);

        const QJsonObject json = PublicJson::scores(earlier, banks);
        QCOMPARE(json.value("bank").toObject().value("version").toString(),
                 QStringLiteral("1.0.0"));
        QCOMPARE(json.value("jurisdiction").toString(), QStringLiteral("england"));
        QCOMPARE(json.value("overall").toObject().value("applicable").toInt(), 111);
        QCOMPARE(json.value("overall").toObject().value("score"),
                 PublicJson::roundedScore(asBefore.overall.score()));
    }

    // A Wales assessment of 2.0.0 is scored without England's questions, and with Wales' gates.
    void assessmentScoresUnderItsOwnLaw()
    {
        BankLibrary banks;
        Assessment wales = assessmentOf(QStringLiteral("2.0.0"), QDate(2026, 5, 1), 3);
        wales.info.jurisdiction = QStringLiteral("wales");
        const QuestionBank &applied = banks.forAssessment(wales.info);
        QCOMPARE(applied.appliedJurisdiction, QStringLiteral("wales"));
        QCOMPARE(applied.questionsFor(LeadMember).size(), 147);
        QVERIFY(!applied.question(QStringLiteral("LRN-03"))); // Panel notification: England only
        QVERIFY(applied.question(QStringLiteral("PART-12"))); // the Board's annual plan: Wales only
        QCOMPARE(Scorer::score(applied, wales).overall.applicable, 147);
        QCOMPARE(PublicJson::scores(wales, banks).value("jurisdiction").toString(),
                 QStringLiteral("wales"));

        Assessment england = wales;
        england.info.jurisdiction = QStringLiteral("england");
        QCOMPARE(Scorer::score(banks.forAssessment(england.info), england).overall.applicable, 152);
    }

    void authorityIsComparedAsPeopleTypeIt()
    {
        QVERIFY(NameMatching::same(QStringLiteral("Borsetshire County Council"),
                                   QStringLiteral("  borsetshire\tCOUNTY  council ")));
        // The same letters, one keyboard composing the accent and another not.
        QVERIFY(NameMatching::same(QStringLiteral("Cyngor Sir Ynys M\u00f4n"),
                                   QStringLiteral("cyngor sir ynys mo\u0302n")));
        QVERIFY(!NameMatching::same(QStringLiteral("Ynys M\u00f4n"), QStringLiteral("Ynys Mon")));
        QVERIFY(!NameMatching::same(QStringLiteral("Borsetshire"), QStringLiteral("Barsetshire")));
    }

    void trendAcrossVersions()
    {
        BankLibrary banks;
        const Assessment earlier = firstCycle();
        const Assessment later = secondCycle();
        const Assessment otherCouncil = assessmentOf(QStringLiteral("2.0.0"), QDate(2026, 1, 1), 7,
                                                     QStringLiteral("Barsetshire"));
        const Assessment otherRole = assessmentOf(QStringLiteral("2.0.0"), QDate(2026, 1, 1), 8,
                                                  Authority, QStringLiteral("scrutiny"));
        // Given newest first: the trend puts them in date order.
        const Trend trend = Trend::build({later, otherCouncil, earlier, otherRole}, banks,
                                         QStringLiteral("borsetshire county council"), LeadMember);
        QCOMPARE(trend.cycles.size(), 2);
        QCOMPARE(trend.cycles.at(0).assessment.info.id, 1);
        QCOMPARE(trend.cycles.at(1).assessment.info.id, 2);
        QCOMPARE(trend.authority, later.info.authority);
        QCOMPARE(trend.bankVersion, QStringLiteral("2.0.0"));
        QCOMPARE(trend.jurisdiction, QStringLiteral("england"));

        // Each cycle scored against its own version: the same numbers as scoring it alone.
        const ScoreReport first =
            Scorer::score(*BankLoader::loadBuiltIn(QStringLiteral("1.0.0")).bank, earlier);
        QCOMPARE(trend.cycles.at(0).bankVersion, QStringLiteral("1.0.0"));
        QCOMPARE(trend.cycles.at(0).scores.overall.weightedRating, first.overall.weightedRating);
        QCOMPARE(trend.cycles.at(0).scores.overall.weightedMaximum, first.overall.weightedMaximum);
        QCOMPARE(trend.cycles.at(0).scores.overall.applicable, 111);
        QCOMPARE(trend.cycles.at(1).bankVersion, QStringLiteral("2.0.0"));
        QCOMPARE(trend.cycles.at(1).scores.overall.applicable, 152);
        // LEAD: 1.0.0 rated LEAD-01 3 (w3), LEAD-03 1 (w2), LEAD-04 2 (w2): 13 of 21.
        const TrendSection &lead = trend.sections.at(0);
        QCOMPARE(lead.sectionId, QStringLiteral("LEAD"));
        QVERIFY(lead.cycles.at(0) && lead.cycles.at(1));
        QCOMPARE(lead.cycles.at(0)->tally.weightedRating, 3 * 3 + 2 * 1 + 2 * 2);
        QCOMPARE(lead.cycles.at(0)->tally.weightedMaximum, 3 * 3 + 2 * 3 + 2 * 3);
        // A section new in 2.0.0 starts there.
        const auto org = std::find_if(trend.sections.cbegin(), trend.sections.cend(),
                                      [](const TrendSection &s) { return s.sectionId == "ORG"; });
        QVERIFY(org != trend.sections.cend());
        QVERIFY(!org->cycles.at(0));
        QVERIFY(org->cycles.at(1));

        // Split: the one earlier rating shown for each part, flagged.
        const TrendQuestion *lead03 = trendQuestion(trend, QStringLiteral("LEAD-03"));
        const TrendQuestion *lead11 = trendQuestion(trend, QStringLiteral("LEAD-11"));
        QVERIFY(lead03 && lead11);
        QCOMPARE(idsOf(lead11->cycles.at(0)), QStringList({"LEAD-03"}));
        QCOMPARE(lead11->cycles.at(0).answers.at(0).rating, Rating::PartiallyMet);
        QVERIFY(lead11->cycles.at(0).beforeSplit);
        QVERIFY(lead03->cycles.at(0).beforeSplit);
        QVERIFY(!lead03->cycles.at(1).beforeSplit);
        QCOMPARE(lead03->movement(), TrendQuestion::Movement::Up);
        QCOMPARE(lead11->movement(), TrendQuestion::Movement::Down);
        // Merged: both earlier ratings, level their mean.
        const TrendQuestion *lead04 = trendQuestion(trend, QStringLiteral("LEAD-04"));
        QCOMPARE(idsOf(lead04->cycles.at(0)), QStringList({"LEAD-04", "S11-02"}));
        QCOMPARE(*lead04->cycles.at(0).level(), 1.0);
        QCOMPARE(lead04->movement(), TrendQuestion::Movement::Up);
        // Unchanged in meaning; a Don't know is no level.
        QCOMPARE(trendQuestion(trend, QStringLiteral("LEAD-01"))->movement(),
                 TrendQuestion::Movement::Same);
        const TrendQuestion *lrn03 = trendQuestion(trend, QStringLiteral("LRN-03"));
        QCOMPARE(lrn03->cycles.at(0).answers.at(0).rating, Rating::DontKnow);
        QCOMPARE(lrn03->movement(), TrendQuestion::Movement::Unknown);
        // New in 2.0.0: not asked then.
        QVERIFY(!trendQuestion(trend, QStringLiteral("ORG-03"))->cycles.at(0).asked());

        QList<QString> moved;
        for (const TrendQuestion *question : trend.moved())
            moved.append(question->questionId);
        QCOMPARE(moved, QStringList({"LEAD-03", "LEAD-04", "LEAD-11"}));
        QVERIFY(trend.retired.isEmpty()); // 2.0.0 retired nothing

        const QJsonObject json = PublicJson::trend(trend);
        const QJsonArray assessments = json.value("assessments").toArray();
        QCOMPARE(assessments.size(), 2);
        QCOMPARE(assessments.at(0).toObject().value("bank").toObject().value("version").toString(),
                 QStringLiteral("1.0.0"));
        QCOMPARE(assessments.at(0).toObject().value("overall").toObject().value("applicable"), 111);
        QCOMPARE(assessments.at(1).toObject().value("jurisdiction").toString(),
                 QStringLiteral("england"));
        const QJsonArray questions = json.value("questions").toArray();
        QCOMPARE(questions.size(), 152);
        for (const QJsonValue &value : questions) {
            const QJsonObject question = value.toObject();
            if (question.value("id") != QStringLiteral("LEAD-11"))
                continue;
            QCOMPARE(question.value("movement").toString(), QStringLiteral("down"));
            const QJsonObject cycle = question.value("cycles").toArray().at(0).toObject();
            QCOMPARE(cycle.value("beforeSplit").toBool(), true);
            QCOMPARE(cycle.value("answers").toArray().at(0).toObject().value("question"),
                     QStringLiteral("LEAD-03"));
            QCOMPARE(cycle.value("answers").toArray().at(0).toObject().value("rating"), 1);
        }
    }

    // A question no later version asks is listed as retired, with its ratings.
    void trendListsRetiredQuestions()
    {
        BankLibrary banks;
        QuestionBank v1 = smallBank(QStringLiteral("1"), {"Q-01", "Q-02"});
        QuestionBank v2 = smallBank(QStringLiteral("2"), {"Q-01"});
        v2.mapping.fromVersion = QStringLiteral("1");
        v2.mapping.questions = {{QStringLiteral("Q-02"),
                                 {},
                                 QuestionMapping::Change::Retired,
                                 QStringLiteral("asked in "
                                                "Q-01"),
                                 0}};
        banks.add(v1);
        banks.add(v2);
        Assessment a = assessmentOf(QStringLiteral("1"), QDate(2024, 1, 1), 1, Authority,
                                    QStringLiteral("member"));
        a.info.bankId = v1.id;
        a.answers.insert(QStringLiteral("Q-02"), rated(Rating::MostlyMet));
        Assessment b = a;
        b.info.id = 2;
        b.info.bankVersion = QStringLiteral("2");
        b.info.date = QDate(2025, 1, 1);
        const Trend trend = Trend::build({a, b}, banks, Authority, QStringLiteral("member"));
        QCOMPARE(trend.bankVersion, QStringLiteral("2"));
        QCOMPARE(trend.questions.size(), 1);
        QCOMPARE(trend.retired.size(), 1);
        QCOMPARE(trend.retired.at(0).questionId, QStringLiteral("Q-02"));
        QCOMPARE(trend.retired.at(0).bankVersion, QStringLiteral("1"));
        QCOMPARE(trend.retired.at(0).reason, QStringLiteral("asked in Q-01"));
        QCOMPARE(trend.retired.at(0).cycles.at(0), std::optional<Rating>(Rating::MostlyMet));
        QVERIFY(!trend.retired.at(0).cycles.at(1));
    }

    void nextCycleCarriesEvidenceAndOpenActions()
    {
        BankLibrary banks;
        Assessment earlier = firstCycle();
        earlier.info.title = QStringLiteral("Review 2025");
        earlier.answers[QStringLiteral("LEAD-03")] =
            rated(Rating::MostlyMet, QStringLiteral("Saw the DCS's job description."),
                  QStringLiteral("Ask about the interim."));
        earlier.answers[QStringLiteral("LEAD-04")] =
            rated(Rating::MostlyMet, QStringLiteral("Summary approved by Cabinet."));
        earlier.answers[QStringLiteral("S11-02")] =
            rated(Rating::NotMet, QStringLiteral("No directorate leads named."));
        Action open;
        open.id = 11;
        open.questionId = QStringLiteral("LEAD-03");
        open.what = QStringLiteral("Ask for the delegation scheme");
        open.who = QStringLiteral("Monitoring officer");
        open.due = QDate(2025, 9, 1);
        open.status = ActionStatus::InProgress;
        Action general = open;
        general.id = 12;
        general.questionId.clear();
        general.status = ActionStatus::NotStarted;
        Action done = open;
        done.id = 13;
        done.questionId = QStringLiteral("LEAD-01");
        done.status = ActionStatus::Done;
        earlier.actions = {open, general, done};

        const NextCycleResult next = NextCycle::from(earlier, banks, QDate(2026, 5, 2));
        const AssessmentInfo &info = next.assessment.info;
        QCOMPARE(info.authority, earlier.info.authority);
        QCOMPARE(info.respondent, earlier.info.respondent);
        QCOMPARE(info.roleId, earlier.info.roleId);
        QCOMPARE(info.jurisdiction, QStringLiteral("england"));
        QCOMPARE(info.title, QStringLiteral("Review 2025"));
        QCOMPARE(info.bankVersion, QStringLiteral("2.0.0"));
        QCOMPARE(info.date, QDate(2026, 5, 2));
        QVERIFY(!info.uid.isEmpty() && info.uid != earlier.info.uid);
        QCOMPARE(info.id, 0);

        const QString mark = QStringLiteral("From 1 May 2025 — check it still holds.");
        QCOMPARE(NextCycle::evidenceMark(QDate(2025, 5, 1)), mark);
        // Split: the evidence goes to both parts.
        for (const char *id : {"LEAD-03", "LEAD-11"}) {
            const Answer carried = next.assessment.answers.value(QString::fromLatin1(id));
            QCOMPARE(carried.evidence, mark + QStringLiteral("\nSaw the DCS's job description."));
        }
        // Merged: both earlier evidences, in the earlier bank's order.
        QCOMPARE(next.assessment.answers.value(QStringLiteral("LEAD-04")).evidence,
                 mark + QStringLiteral("\nSummary approved by Cabinet.\n\nNo directorate leads "
                                       "named."));
        // No ratings, no notes, no flags: only evidence.
        for (auto it = next.assessment.answers.cbegin(); it != next.assessment.answers.cend();
             ++it) {
            QCOMPARE(it->rating, Rating::Unanswered);
            QVERIFY(it->note.isEmpty());
            QVERIFY(!it->flagged);
            QVERIFY2(it->evidence.startsWith(mark), qPrintable(it.key()));
        }
        QCOMPARE(next.assessment.answers.size(), 3);
        QCOMPARE(next.evidenceCarried, 3);
        QCOMPARE(next.notesLeft, 1);

        // Open actions with their status; the done one stays behind.
        QCOMPARE(next.assessment.actions.size(), 2);
        QCOMPARE(next.actionsCarried, 2);
        QCOMPARE(next.actionsDone, 1);
        const Action &carried = next.assessment.actions.at(0);
        QCOMPARE(carried.id, 0);
        QCOMPARE(carried.questionId, QStringLiteral("LEAD-03"));
        QCOMPARE(carried.status, ActionStatus::InProgress);
        QCOMPARE(carried.what, open.what);
        QCOMPARE(carried.who, open.who);
        QCOMPARE(carried.due, open.due);
        QCOMPARE(next.assessment.actions.at(1).questionId, QString());
        QCOMPARE(next.assessment.actions.at(1).status, ActionStatus::NotStarted);
        QVERIFY(next.leftOut.isEmpty());
    }

    // Under Wales' law, evidence for a question asked only in England is left out and counted.
    void nextCycleLeavesOutWhatNoLongerApplies()
    {
        BankLibrary banks;
        Assessment earlier = assessmentOf(QStringLiteral("2.0.0"), QDate(2026, 1, 10), 4);
        earlier.info.jurisdiction = QStringLiteral("wales");
        earlier.answers.insert(QStringLiteral("LRN-03"),
                               rated(Rating::FullyMet, QStringLiteral("Notified in time.")));
        earlier.answers.insert(QStringLiteral("LEAD-01"),
                               rated(Rating::FullyMet, QStringLiteral("Appointed in 2024.")));
        Action action;
        action.questionId = QStringLiteral("LRN-03");
        action.what = QStringLiteral("Check the notifications");
        earlier.actions = {action};
        const NextCycleResult next = NextCycle::from(earlier, banks, QDate(2027, 1, 10));
        QCOMPARE(next.assessment.info.jurisdiction, QStringLiteral("wales"));
        QCOMPARE(next.leftOut, QStringList({"LRN-03"}));
        QCOMPARE(next.evidenceCarried, 1);
        QVERIFY(next.assessment.answers.contains(QStringLiteral("LEAD-01")));
        // The open action is kept, as a general one, rather than lost.
        QCOMPARE(next.assessment.actions.size(), 1);
        QVERIFY(next.assessment.actions.at(0).questionId.isEmpty());
    }

    void carriedEvidenceStaysWithinTheLimit()
    {
        BankLibrary banks;
        Assessment earlier = firstCycle();
        earlier.answers[QStringLiteral("LEAD-01")] =
            rated(Rating::FullyMet, QString(TextRules::MaxLength, QLatin1Char('x')));
        const NextCycleResult next = NextCycle::from(earlier, banks);
        const QString evidence = next.assessment.answers.value(QStringLiteral("LEAD-01")).evidence;
        QCOMPARE(TextRules::characterCount(evidence), TextRules::MaxLength);
        QVERIFY(evidence.endsWith(QChar(0x2026)));
        QCOMPARE(next.shortened, 1);
        QCOMPARE(next.assessment.info.date, QDate::currentDate());
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
        const VersionMatch match(banks, england, wales);
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
        const VersionMatch match(banks, now, then);
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
        const VersionMatch match(banks, first, england);
        QCOMPARE(match.way(), VersionMatch::Way::Mapping);
        QCOMPARE(match.otherIdsOf(QStringLiteral("LEAD-03")), (QStringList{"LEAD-03", "LEAD-11"}));
        QCOMPARE(match.otherIdsOf(QStringLiteral("LEAD-08")), QStringList{"PART-01"});
        // The later bank under Wales's law asks only what Wales's law asks: MEMB-07 was split
        // into MEMB-07 and MEMB-09, and MEMB-09 is England's law alone.
        QCOMPARE(match.otherIdsOf(QStringLiteral("MEMB-07")), (QStringList{"MEMB-07", "MEMB-09"}));
        const QuestionBank &wales =
            banks.forAssessment(infoOf(QStringLiteral("2.0.0"), QStringLiteral("wales")));
        QCOMPARE(VersionMatch(banks, first, wales).otherIdsOf(QStringLiteral("MEMB-07")),
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
        const VersionMatch match(banks, *loaded.bank, builtIn);
        QCOMPARE(match.way(), VersionMatch::Way::ById);
        QCOMPARE(match.otherIdsOf(QStringLiteral("A-01")), QStringList());
        QCOMPARE(VersionMatch(banks, builtIn, *loaded.bank).otherIdsOf(QStringLiteral("LEAD-01")),
                 QStringList());
        QCOMPARE(VersionMatch(banks, *loaded.bank, *loaded.bank).otherIdsOf(QStringLiteral("A-01")),
                 QStringList{"A-01"});
    }
};

QTEST_GUILESS_MAIN(TestBankVersions)
#include "tst_bankversions.moc"
