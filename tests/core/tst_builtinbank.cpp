// The bank Waymark ships: it loads without a single error or warning, is complete question by
// question, cites a real seed, and explains every acronym it uses.
#include "bank/BankLoader.h"
#include "bank/BankValidator.h"
#include "assessment/SampleAssessment.h"
#include "scoring/Scoring.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Waymark;

class TestBuiltInBank : public QObject
{
    Q_OBJECT

private:
    QuestionBank m_bank;

private Q_SLOTS:
    void initTestCase()
    {
        // Read in full (lines mapped, duplicate keys sought), as a facilitator's bank would be.
        const BankLoadResult loaded = BankLoader::loadFile(BankLoader::builtInPath());
        QCOMPARE(BankLoader::loadBuiltIn().bank->questionCount(), loaded.bank ? loaded.bank->questionCount() : -1);
        QStringList problems;
        for (const BankProblem &problem : loaded.problems)
            problems.append(problem.toString());
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(loaded.ok());
        m_bank = *loaded.bank;
    }

    void identity()
    {
        QCOMPARE(m_bank.id, QStringLiteral("waymark-gateway"));
        QVERIFY(!m_bank.version.isEmpty());
        QVERIFY(!m_bank.title.isEmpty());
    }

    void sizeIsAsPlanned()
    {
        QVERIFY2(m_bank.sections.size() >= 9 && m_bank.sections.size() <= 12,
                 qPrintable(QString::number(m_bank.sections.size())));
        QVERIFY2(m_bank.questionCount() >= 80 && m_bank.questionCount() <= 120,
                 qPrintable(QString::number(m_bank.questionCount())));
        QVERIFY2(m_bank.glossary.size() >= 60, qPrintable(QString::number(m_bank.glossary.size())));
    }

    void rolesAreTheSixOfTheProduct()
    {
        QStringList ids;
        for (const Role &role : m_bank.roles) {
            ids.append(role.id);
            QVERIFY2(!role.description.isEmpty(), qPrintable(role.id));
        }
        QCOMPARE(ids, QStringList({"leader", "lead-member", "scrutiny", "corporate-parenting",
                                   "councillor", "non-executive"}));
    }

    void leadMemberSeesEverythingAndOthersASubset()
    {
        QCOMPARE(m_bank.questionsFor(QStringLiteral("lead-member")).size(), m_bank.questionCount());
        for (const Role &role : m_bank.roles) {
            if (role.id == QLatin1String("lead-member"))
                continue;
            const int count = m_bank.questionsFor(role.id).size();
            QVERIFY2(count >= 15 && count < m_bank.questionCount(),
                     qPrintable(role.id + QStringLiteral(": ") + QString::number(count)));
        }
    }

    void everyQuestionIsComplete()
    {
        const QSet<QString> seeds = {
            QStringLiteral("000_ac104a9a254c4a7b.txt"), QStringLiteral("001_787317a3662e4d6d.txt"),
            QStringLiteral("002_38bfef7fb963d431.txt"), QStringLiteral("003_89fab624736e5632.txt"),
            QStringLiteral("004_485aba68e5d19e50.txt")};
        for (const Section &section : m_bank.sections) {
            QVERIFY(!section.title.isEmpty());
            QVERIFY2(!section.summary.isEmpty(), qPrintable(section.id));
            const QRegularExpression idPattern(QRegularExpression::escape(section.id) +
                                               QStringLiteral("-\\d\\d"));
            int number = 0;
            for (const Question &q : section.questions) {
                const QByteArray where = q.id.toUtf8();
                ++number;
                QVERIFY2(idPattern.match(q.id).hasMatch(), where.constData());
                QCOMPARE(q.id,
                         section.id + QStringLiteral("-%1").arg(number, 2, 10, QLatin1Char('0')));
                QVERIFY2(q.text.endsWith(QLatin1Char('?')), where.constData());
                QVERIFY2(q.text.split(QLatin1Char(' ')).size() <= 35, where.constData());
                QVERIFY2(!q.why.isEmpty() && !q.howToKnow.isEmpty(), where.constData());
                QVERIFY2(!q.levels.fullyMet.isEmpty() && !q.levels.mostlyMet.isEmpty() &&
                             !q.levels.partiallyMet.isEmpty() && !q.levels.notMet.isEmpty(),
                         where.constData());
                QVERIFY2(!q.statutoryBasis.isEmpty(), where.constData());
                QVERIFY2(seeds.contains(q.source.seed), where.constData());
                QVERIFY2(!q.source.note.isEmpty(), where.constData());
                QVERIFY2(q.weight >= 1 && q.weight <= 3, where.constData());
                QVERIFY2(!q.text.contains(QLatin1Char('<')), where.constData());
            }
        }
    }

    void gatesAreFewAndStatutory()
    {
        int gates = 0;
        for (const Question *q : m_bank.questions()) {
            if (!q->gate)
                continue;
            ++gates;
            QVERIFY2(!q->statutoryBasis.startsWith(QLatin1String("Good practice")),
                     qPrintable(q->id));
        }
        QVERIFY2(gates >= 8 && gates <= m_bank.questionCount() / 4,
                 qPrintable(QString::number(gates)));
    }

    void everyAcronymIsInTheGlossary()
    {
        for (const Question *q : m_bank.questions()) {
            const QString all =
                QStringList({q->text, q->why, q->howToKnow, q->levels.fullyMet, q->levels.mostlyMet,
                             q->levels.partiallyMet, q->levels.notMet})
                    .join(QLatin1Char(' '));
            for (const QString &acronym : BankValidator::acronymsIn(all)) {
                QVERIFY2(m_bank.glossaryEntry(acronym) ||
                             m_bank.glossaryEntry(acronym + QLatin1Char('s')),
                         qPrintable(q->id + QStringLiteral(" uses ") + acronym));
            }
        }
        for (const GlossaryEntry &entry : m_bank.glossary)
            QVERIFY2(entry.definition.size() >= 20, qPrintable(entry.term));
    }

    void sampleAssessmentShowsEveryPartOfTheSummary()
    {
        const Assessment sample = sampleAssessment(m_bank);
        QCOMPARE(sample.info.roleId, QStringLiteral("lead-member"));
        QCOMPARE(sample.answers.size(), m_bank.questionCount());
        const ScoreReport report = Scorer::score(m_bank, sample);
        QCOMPARE(report.overall.answered, report.overall.applicable);
        QCOMPARE(report.gateway, Gateway::NotPassed);
        QCOMPARE(report.failedGates, QStringList({"DUTY-05"}));
        QVERIFY(!report.knowledgeGaps.isEmpty());
        QVERIFY(report.priorities.size() >= 5);
        QCOMPARE(report.priorities.first(), QStringLiteral("DUTY-05"));
        QCOMPARE(sample.actions.size(), 3);
        for (const Action &action : sample.actions)
            QVERIFY(m_bank.question(action.questionId));
        // The same bank gives the same sample every time (it is imported by uid).
        QCOMPARE(sampleAssessment(m_bank).info.uid, sample.info.uid);
        QCOMPARE(sampleAssessment(m_bank).answers.value(QStringLiteral("LEAD-05")).rating,
                 sample.answers.value(QStringLiteral("LEAD-05")).rating);
    }

    void productGlossaryTermsArePresent()
    {
        // The jargon PRODUCT.md names: a member meets all of it in the questions.
        for (const char *term :
             {"DCS", "LSCB", "LADO", "section 11", "section 47", "CSPR", "MAPPA", "JTAI",
              "corporate parent", "care leaver", "early help", "threshold"}) {
            QVERIFY2(m_bank.glossaryEntry(QString::fromLatin1(term)), term);
        }
    }
};

QTEST_GUILESS_MAIN(TestBuiltInBank)
#include "tst_builtinbank.moc"
