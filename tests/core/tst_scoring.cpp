// Scoring against hand-computed cases. The bank (tests/data/scoring-bank.json) has:
//   A-01 gate w3 (lead-member, councillor)   A-02 w1 (lead-member)   A-03 w2 (lead-member,
//   councillor) B-01 gate w2 (lead-member)               B-02 w3 (lead-member, councillor)   B-03
//   w1 (lead-member) C-01 w2 (lead-member, scrutiny)
// Every expected figure below is worked out by hand in the comment beside it.
#include "bank/BankLoader.h"
#include "text/ControlCharacters.h"
#include "json/PublicJson.h"
#include "scoring/Scoring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Waymark;

Q_DECLARE_METATYPE(Waymark::Answer)
Q_DECLARE_METATYPE(Waymark::Rag)

namespace {

using AnswerMap = QHash<QString, Answer>;
const QString LeadMember = QStringLiteral("lead-member");

AnswerMap answers(std::initializer_list<std::pair<const char *, Rating>> ratings)
{
    AnswerMap result;
    for (const auto &[id, rating] : ratings) {
        Answer answer;
        answer.rating = rating;
        result.insert(QString::fromLatin1(id), answer);
    }
    return result;
}

const SectionScore &sectionOf(const ScoreReport &report, const QString &id)
{
    for (const SectionScore &section : report.sections) {
        if (section.sectionId == id)
            return section;
    }
    qFatal("no section %s in the report", qPrintable(id));
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private:
    QuestionBank m_bank;

private Q_SLOTS:
    void initTestCase()
    {
        const BankLoadResult loaded =
            BankLoader::loadFile(QStringLiteral(WAYMARK_TEST_DATA "/scoring-bank.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
        m_bank = *loaded.bank;
    }

    void nothingAnswered()
    {
        const ScoreReport report = Scorer::score(m_bank, LeadMember, {});
        QVERIFY(!report.overall.score().has_value());
        QCOMPARE(report.overall.rag(), Rag::None);
        QCOMPARE(report.overallRag(), Rag::None);
        QCOMPARE(report.overall.rated, 0);
        QCOMPARE(report.overall.answered, 0);
        QCOMPARE(report.overall.applicable, 7);
        QCOMPARE(report.overall.coverage(), 0.0);
        // Both gates unanswered: incomplete, not failed.
        QCOMPARE(report.gateway, Gateway::Incomplete);
        QCOMPARE(report.openGates, QStringList({"A-01", "B-01"}));
        QVERIFY(report.failedGates.isEmpty());
        QVERIFY(report.priorities.isEmpty());
        QCOMPARE(report.sections.size(), 3);
        for (const SectionScore &section : report.sections) {
            QVERIFY(!section.tally.score().has_value());
            QCOMPARE(section.rag(), Rag::None);
        }
    }

    void allDontKnow()
    {
        QHash<QString, Answer> all;
        for (const Question *question : m_bank.questions())
            all.insert(question->id, Answer{Rating::DontKnow, {}, {}, false, {}});
        const ScoreReport report = Scorer::score(m_bank, LeadMember, all);
        QVERIFY(!report.overall.score().has_value());
        QCOMPARE(report.overall.rated, 0);
        QCOMPARE(report.overall.answered, 7);
        QCOMPARE(report.overall.coverage(), 1.0);
        QCOMPARE(report.gateway, Gateway::Incomplete);
        QCOMPARE(report.knowledgeGaps,
                 QStringList({"A-01", "A-02", "A-03", "B-01", "B-02", "B-03", "C-01"}));
        QVERIFY(report.priorities.isEmpty());
    }

    void ragBoundaries_data()
    {
        QTest::addColumn<AnswerMap>("given");
        QTest::addColumn<double>("expectedScore");
        QTest::addColumn<Rag>("expectedRag");

        // A-01 w3 rated 2 (6/9) + A-02 w1 rated 3 (3/3) = 9/12 = exactly 75.
        QTest::newRow("exactly 75 is green")
            << answers({{"A-01", Rating::MostlyMet}, {"A-02", Rating::FullyMet}}) << 75.0
            << Rag::Green;
        // A-01 w3 rated 2 (6/9) + A-02 w1 rated 2 (2/3) = 8/12 = 66.67.
        QTest::newRow("66.7 is amber")
            << answers({{"A-01", Rating::MostlyMet}, {"A-02", Rating::MostlyMet}}) << 800.0 / 12
            << Rag::Amber;
        // A-01 w3 rated 2 (6/9) + A-02 w1 rated 0 (0/3) = 6/12 = exactly 50.
        QTest::newRow("exactly 50 is amber")
            << answers({{"A-01", Rating::MostlyMet}, {"A-02", Rating::NotMet}}) << 50.0
            << Rag::Amber;
        // B-02 w3 rated 1 (3/9) + B-03 w1 rated 2 (2/3) = 5/12 = 41.67.
        QTest::newRow("41.7 is red")
            << answers({{"B-02", Rating::PartiallyMet}, {"B-03", Rating::MostlyMet}}) << 500.0 / 12
            << Rag::Red;
        // B-02 w3 rated 3 (9/9) + B-03 w1 rated 0 (0/3) + A-02 w1 rated 2 (2/3) = 11/15 = 73.3.
        QTest::newRow("73.3 is amber") << answers({{"B-02", Rating::FullyMet},
                                                   {"B-03", Rating::NotMet},
                                                   {"A-02", Rating::MostlyMet}})
                                       << 1100.0 / 15 << Rag::Amber;
        // B-02 w3 rated 0 (0/9): a score of 0 is red, not "no score".
        QTest::newRow("zero is red") << answers({{"B-02", Rating::NotMet}}) << 0.0 << Rag::Red;
        // All rated 3: 100.
        QTest::newRow("all fully met") << answers({{"A-01", Rating::FullyMet},
                                                   {"A-02", Rating::FullyMet},
                                                   {"A-03", Rating::FullyMet},
                                                   {"B-01", Rating::FullyMet},
                                                   {"B-02", Rating::FullyMet},
                                                   {"B-03", Rating::FullyMet},
                                                   {"C-01", Rating::FullyMet}})
                                       << 100.0 << Rag::Green;
    }

    void ragBoundaries()
    {
        QFETCH(AnswerMap, given);
        QFETCH(double, expectedScore);
        QFETCH(Rag, expectedRag);
        const ScoreReport report = Scorer::score(m_bank, LeadMember, given);
        QVERIFY(report.overall.score().has_value());
        QCOMPARE(*report.overall.score(), expectedScore);
        QCOMPARE(report.overall.rag(), expectedRag);
    }

    void dontKnowAndNotApplicableAreNotScored()
    {
        // A-02 w1 rated 3 (3/3); A-03 Don't know and B-02 Not applicable add nothing: 100.
        const ScoreReport report = Scorer::score(m_bank, LeadMember,
                                                 answers({{"A-02", Rating::FullyMet},
                                                          {"A-03", Rating::DontKnow},
                                                          {"B-02", Rating::NotApplicable}}));
        QCOMPARE(*report.overall.score(), 100.0);
        QCOMPARE(report.overall.rated, 1);
        QCOMPARE(report.overall.answered, 3);
        QCOMPARE(report.knowledgeGaps, QStringList({"A-03"}));
    }

    void overallIsWeightedNotAnAverageOfSections()
    {
        // Section A: A-02 w1 rated 3 -> 100. Section B: B-02 w3 rated 0 -> 0.
        // Average of sections would be 50; overall is (3 + 0) / (3 + 9) = 25.
        const ScoreReport report = Scorer::score(
            m_bank, LeadMember, answers({{"A-02", Rating::FullyMet}, {"B-02", Rating::NotMet}}));
        QCOMPARE(*sectionOf(report, "A").tally.score(), 100.0);
        QCOMPARE(*sectionOf(report, "B").tally.score(), 0.0);
        QCOMPARE(*report.overall.score(), 25.0);
        QCOMPARE(report.overall.rag(), Rag::Red);
        QVERIFY(!sectionOf(report, "C").tally.score().has_value());
    }

    void gateUnansweredVersusFailed()
    {
        // B-01 passes (rated 2), A-01 unanswered: incomplete.
        ScoreReport report =
            Scorer::score(m_bank, LeadMember, answers({{"B-01", Rating::MostlyMet}}));
        QCOMPARE(report.gateway, Gateway::Incomplete);
        QCOMPARE(report.openGates, QStringList({"A-01"}));
        QVERIFY(report.failedGates.isEmpty());

        // A-01 rated 1 fails even though B-01 is unanswered: not passed beats incomplete.
        report = Scorer::score(m_bank, LeadMember, answers({{"A-01", Rating::PartiallyMet}}));
        QCOMPARE(report.gateway, Gateway::NotPassed);
        QCOMPARE(report.failedGates, QStringList({"A-01"}));
        QCOMPARE(report.openGates, QStringList({"B-01"}));

        // Both gates rated 2 or 3: passed.
        report = Scorer::score(m_bank, LeadMember,
                               answers({{"A-01", Rating::FullyMet}, {"B-01", Rating::MostlyMet}}));
        QCOMPARE(report.gateway, Gateway::Passed);
    }

    void gateRatedZeroFails()
    {
        const ScoreReport report = Scorer::score(
            m_bank, LeadMember, answers({{"A-01", Rating::FullyMet}, {"B-01", Rating::NotMet}}));
        QCOMPARE(report.gateway, Gateway::NotPassed);
        QCOMPARE(report.failedGates, QStringList({"B-01"}));
    }

    void gateDontKnowLeavesGatewayIncomplete()
    {
        const ScoreReport report = Scorer::score(
            m_bank, LeadMember, answers({{"A-01", Rating::DontKnow}, {"B-01", Rating::FullyMet}}));
        QCOMPARE(report.gateway, Gateway::Incomplete);
        QCOMPARE(report.openGates, QStringList({"A-01"}));
        QCOMPARE(report.knowledgeGaps, QStringList({"A-01"}));
    }

    void gateNotApplicableNeitherFailsNorBlocks()
    {
        const ScoreReport report =
            Scorer::score(m_bank, LeadMember,
                          answers({{"A-01", Rating::NotApplicable}, {"B-01", Rating::FullyMet}}));
        QCOMPARE(report.gateway, Gateway::Passed);
        QVERIFY(report.openGates.isEmpty());
    }

    void failedGateMakesSectionAndOverallRed()
    {
        // Section A: A-01 w3 rated 1 (3/9), A-02 w1 rated 3 (3/3), A-03 w2 rated 3 (6/6)
        // = 12/18 = 66.7, amber by score, but red because its gate failed.
        // Section B: B-01 w2 rated 3, B-02 w3 rated 3 -> 100, green.
        // Overall (12 + 15) / (18 + 15) = 27/33 = 81.8, green by score, red by the gateway.
        const ScoreReport report = Scorer::score(m_bank, LeadMember,
                                                 answers({{"A-01", Rating::PartiallyMet},
                                                          {"A-02", Rating::FullyMet},
                                                          {"A-03", Rating::FullyMet},
                                                          {"B-01", Rating::FullyMet},
                                                          {"B-02", Rating::FullyMet}}));
        const SectionScore &a = sectionOf(report, "A");
        QCOMPARE(*a.tally.score(), 1200.0 / 18);
        QCOMPARE(a.tally.rag(), Rag::Amber);
        QVERIFY(a.gateFailed);
        QCOMPARE(a.rag(), Rag::Red);
        const SectionScore &b = sectionOf(report, "B");
        QVERIFY(!b.gateFailed);
        QCOMPARE(b.rag(), Rag::Green);
        QCOMPARE(*report.overall.score(), 2700.0 / 33);
        QCOMPARE(report.overall.rag(), Rag::Green);
        QCOMPARE(report.overallRag(), Rag::Red);
    }

    void prioritiesOrder()
    {
        // Rated 0 or 1: A-01 gate w3 r1, A-02 w1 r0, A-03 w2 r1, B-01 gate w2 r0, B-02 w3 r1,
        // B-03 w1 r1, C-01 w2 r0.
        // Gates first, weight high first: A-01 (gate w3), B-01 (gate w2);
        // then B-02 (w3); then w2: C-01 (r0) before A-03 (r1); then w1: A-02 (r0), B-03 (r1).
        const ScoreReport report = Scorer::score(m_bank, LeadMember,
                                                 answers({{"A-01", Rating::PartiallyMet},
                                                          {"A-02", Rating::NotMet},
                                                          {"A-03", Rating::PartiallyMet},
                                                          {"B-01", Rating::NotMet},
                                                          {"B-02", Rating::PartiallyMet},
                                                          {"B-03", Rating::PartiallyMet},
                                                          {"C-01", Rating::NotMet}}));
        QCOMPARE(report.priorities,
                 QStringList({"A-01", "B-01", "B-02", "C-01", "A-03", "A-02", "B-03"}));
    }

    void prioritiesTieBreakOnBankOrder()
    {
        // A-03 and C-01 are both w2, not gates, rated 1: bank order decides.
        const ScoreReport report = Scorer::score(m_bank, LeadMember,
                                                 answers({{"C-01", Rating::PartiallyMet},
                                                          {"A-03", Rating::PartiallyMet},
                                                          {"B-02", Rating::MostlyMet}}));
        QCOMPARE(report.priorities, QStringList({"A-03", "C-01"}));
    }

    void onlyQuestionsForTheRoleCount()
    {
        // A councillor answers, B-02 only. A-02 and C-01 answers are ignored.
        // A-01 w3 r3 (9/9) + B-02 w3 r0 (0/9) = 9/18 = 50; A-02 rated 0 would have lowered it.
        const ScoreReport report = Scorer::score(m_bank, QStringLiteral("councillor"),
                                                 answers({{"A-01", Rating::FullyMet},
                                                          {"B-02", Rating::NotMet},
                                                          {"A-02", Rating::NotMet},
                                                          {"C-01", Rating::DontKnow}}));
        QCOMPARE(report.overall.applicable, 3);
        QCOMPARE(report.overall.answered, 2);
        QCOMPARE(*report.overall.score(), 50.0);
        QVERIFY(report.knowledgeGaps.isEmpty());
        QCOMPARE(report.priorities, QStringList({"B-02"}));
        // B-01 is a gate but not the councillor's: the gateway rests on A-01 alone.
        QCOMPARE(report.gateway, Gateway::Passed);
        // Section C has no councillor questions, so it is not in the report.
        QCOMPARE(report.sections.size(), 2);
    }

    void coverageCountsEveryAnswer()
    {
        // 4 of 7 answered, one of each non-score kind.
        const ScoreReport report = Scorer::score(m_bank, LeadMember,
                                                 answers({{"A-01", Rating::FullyMet},
                                                          {"A-02", Rating::DontKnow},
                                                          {"A-03", Rating::NotApplicable},
                                                          {"B-01", Rating::NotMet}}));
        QCOMPARE(report.overall.answered, 4);
        QCOMPARE(report.overall.applicable, 7);
        QCOMPARE(report.overall.coverage(), 4.0 / 7);
        QCOMPARE(sectionOf(report, "A").tally.answered, 3);
        QCOMPARE(sectionOf(report, "A").tally.rated, 1);
    }

    void publicJsonShape()
    {
        // A-01 w3 r2 + A-02 w1 r2 = 8/12 = 66.666..., printed as 66.7.
        const ScoreReport report = Scorer::score(m_bank, LeadMember,
                                                 answers({{"A-01", Rating::MostlyMet},
                                                          {"A-02", Rating::MostlyMet},
                                                          {"B-01", Rating::NotMet},
                                                          {"B-03", Rating::DontKnow}}));
        const QJsonObject json = PublicJson::scores(42, report);
        QCOMPARE(json.value("assessment").toInteger(), 42);
        QCOMPARE(json.value("gateway").toString(), QStringLiteral("not-passed"));
        QCOMPARE(json.value("failedGates").toArray(), QJsonArray({"B-01"}));
        QCOMPARE(json.value("knowledgeGaps").toArray(), QJsonArray({"B-03"}));
        QCOMPARE(json.value("priorities").toArray(), QJsonArray({"B-01"}));
        const QJsonObject overall = json.value("overall").toObject();
        // 8 / (12 + 6) = 44.4 overall, and red anyway because the gateway is not passed.
        QCOMPARE(overall.value("score").toDouble(), 44.4);
        QCOMPARE(overall.value("rag").toString(), QStringLiteral("red"));
        QCOMPARE(overall.value("rated").toInt(), 3);
        QCOMPARE(overall.value("answered").toInt(), 4);
        QCOMPARE(overall.value("applicable").toInt(), 7);
        const QJsonArray sections = json.value("sections").toArray();
        QCOMPARE(sections.size(), 3);
        const QJsonObject a = sections.at(0).toObject();
        QCOMPARE(a.value("id").toString(), QStringLiteral("A"));
        QCOMPARE(a.value("score").toDouble(), 66.7);
        QCOMPARE(a.value("rag").toString(), QStringLiteral("amber"));
        QCOMPARE(a.value("gateFailed").toBool(), false);
        const QJsonObject b = sections.at(1).toObject();
        QCOMPARE(b.value("gateFailed").toBool(), true);
        QCOMPARE(b.value("rag").toString(), QStringLiteral("red"));
        const QJsonObject c = sections.at(2).toObject();
        QVERIFY(c.value("score").isNull());
        QCOMPARE(c.value("rag").toString(), QStringLiteral("none"));
    }

    void publicJsonEscapesEveryControlCharacter()
    {
        // Every UTF-16 unit that is a character on its own, each in a string between letters.
        for (char32_t u = 0; u <= 0xffff; ++u) {
            if (QChar::isSurrogate(u))
                continue;
            const QString text = QStringLiteral("a") + QChar(char16_t(u)) + QStringLiteral("b");
            const QString json = QString::fromUtf8(
                PublicJson::toJson(QJsonDocument(QJsonObject{{QStringLiteral("s"), text}})));
            for (const QChar c : json) {
                if (isControlCharacter(c) && c != QLatin1Char('\n'))
                    QFAIL(qPrintable(
                        QStringLiteral("U+%1 is raw in %2").arg(uint(u), 4, 16).arg(json)));
            }
            QJsonParseError error;
            const QJsonObject back = QJsonDocument::fromJson(json.toUtf8(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(back.value(QStringLiteral("s")).toString(), text);
            // QJsonDocument itself escapes C0; from DEL on, only the controls are escaped.
            if (u >= 0x7f) {
                QCOMPARE(
                    json.contains(QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'))),
                    isControlCharacter(QChar(char16_t(u))));
            }
        }
    }

    void controlCharactersAreEscapedAndLettersKept()
    {
        QCOMPARE(escapeControlCharacters(u"Siân \x1b[2J\x07\u202Eab\u2069\x7f\u0085\n"),
                 QStringLiteral("Siân \\u001b[2J\\u0007\\u202eab\\u2069\\u007f\\u0085\\u000a"));
        QCOMPARE(escapeControlCharacters(u"one\ntwo\r", Newlines::Keep),
                 QStringLiteral("one\ntwo\\u000d"));
        // Emoji (a zero-width joiner and the tags of the Welsh flag among them) are not controls.
        const QString emoji = QStringLiteral("🏴\U000E0067\U000E0062\U000E0077\U000E006C"
                                             "\U000E0073\U000E007F 👩\u200D👧");
        QCOMPARE(escapeControlCharacters(emoji), emoji);
    }

    void ratingKeysRoundTrip()
    {
        for (Rating rating : {Rating::NotMet, Rating::PartiallyMet, Rating::MostlyMet,
                              Rating::FullyMet, Rating::DontKnow, Rating::NotApplicable}) {
            QCOMPARE(ratingFromKey(ratingKey(rating)), std::optional<Rating>(rating));
        }
        QCOMPARE(ratingFromKey(QStringLiteral("4")), std::nullopt);
        QCOMPARE(ratingFromKey(QString()), std::nullopt);
        QCOMPARE(ratingKey(Rating::DontKnow), QStringLiteral("dont-know"));
        QCOMPARE(ratingValue(Rating::MostlyMet), 2);
        QVERIFY(!isRated(Rating::NotApplicable));
        QVERIFY(isAnswered(Rating::NotApplicable));
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
