// The banks Waymark ships: 2.0.0 (England and Wales) and 1.0.0 (England, kept so that earlier
// assessments keep their meaning). Each loads without a single error or warning, is complete
// question by question in English and Welsh, cites a real seed, and explains every acronym it
// uses; 2.0.0's gates cite the law, its "Not met" never means "members don't know", its mapping
// accounts for every 1.0.0 question, and its roles and jurisdictions have the questions the
// editors reported (docs/question-bank.md).
#include "assessment/SampleAssessment.h"
#include "bank/BankLoader.h"
#include "bank/BankValidator.h"
#include "scoring/Scoring.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Waymark;

namespace {

const QStringList Jurisdictions = {QStringLiteral("england"), QStringLiteral("wales")};

// Read in full (lines mapped, duplicate keys sought), as a facilitator's bank would be; every
// problem, warnings included, fails.
QuestionBank loadClean(const QString &path)
{
    const BankLoadResult loaded = BankLoader::loadFile(path);
    QStringList problems;
    for (const BankProblem &problem : loaded.problems)
        problems.append(problem.toString());
    if (!loaded.problems.isEmpty())
        qWarning("%s", qPrintable(problems.join(QLatin1Char('\n'))));
    return loaded.problems.isEmpty() && loaded.ok() ? *loaded.bank : QuestionBank();
}

// The words of a "Not met" that is about members not knowing rather than about something absent
// or failing. 1.0.0 has such descriptors (the test below checks the list finds them there).
bool aboutNotKnowing(const QString &descriptor)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(do(es)? not know|don't know|unaware|not aware|(no one|nobody|no-one) "
                       "(can|could) say|cannot say|can't say|not sure|unsure|no idea|not (been )?"
                       "told|cannot tell|(no one|nobody) knows)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(descriptor).hasMatch();
}

// A citation of an Act or Regulations with a section, regulation or Part number: what a gate
// rests on ("Children Act 2004, s18", "Care Planning ... Regulations 2010, reg 13").
bool citesLegislation(const QString &basis)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(Act|Regulations|Measure)\\b.{0,80}?\\b(s|ss|section|sections|reg|regs|"
                       "regulation|regulations|Part)\\s?\\d+"),
        QRegularExpression::DotMatchesEverythingOption);
    return pattern.match(basis).hasMatch();
}

QStringList allTexts(const Question &q)
{
    return {q.text,
            q.why,
            q.howToKnow,
            q.levels.fullyMet,
            q.levels.mostlyMet,
            q.levels.partiallyMet,
            q.levels.notMet};
}

} // namespace

class TestBuiltInBank : public QObject
{
    Q_OBJECT

private:
    QuestionBank m_bank;    // 2.0.0 as read: every jurisdiction's overrides
    QuestionBank m_earlier; // 1.0.0

private Q_SLOTS:
    void initTestCase()
    {
        m_bank = loadClean(BankLoader::builtInPath());
        QVERIFY(m_bank.questionCount() > 0);
        QCOMPARE(BankLoader::loadBuiltIn().bank->questionCount(), m_bank.questionCount());
        // Earlier versions are compiled in beside the latest, named by their version.
        m_earlier = loadClean(QStringLiteral(":/waymark/bank/waymark-bank-1.0.0.json"));
        QVERIFY(m_earlier.questionCount() > 0);
        QCOMPARE(BankLoader::loadBuiltIn(QStringLiteral("1.0.0")).bank->questionCount(),
                 m_earlier.questionCount());
    }

    void identity()
    {
        QCOMPARE(m_bank.id, QStringLiteral("waymark-gateway"));
        QCOMPARE(m_bank.version, QStringLiteral("2.0.0"));
        QCOMPARE(m_earlier.id, m_bank.id);
        QCOMPARE(m_earlier.version, QStringLiteral("1.0.0"));
        QCOMPARE(BankLoader::builtInVersions(), QStringList({"1.0.0", "2.0.0"}));
        QVERIFY(!m_bank.title.isEmpty());
    }

    // The figures of docs/question-bank.md, as the editors reported them.
    void sizeIsAsReported()
    {
        QCOMPARE(m_bank.sections.size(), 14);
        QCOMPARE(m_bank.questionCount(), 153);
        QCOMPARE(m_bank.glossary.size(), 216);
        QCOMPARE(m_earlier.sections.size(), 12);
        QCOMPARE(m_earlier.questionCount(), 111);
        QCOMPARE(m_earlier.glossary.size(), 121);
        QStringList ids;
        for (const Jurisdiction &jurisdiction : m_bank.jurisdictions)
            ids.append(jurisdiction.id);
        QCOMPARE(ids, Jurisdictions);
        QVERIFY(m_earlier.jurisdictions.isEmpty()); // 1.0.0: England's law, everywhere
    }

    void countsPerRoleAndJurisdiction_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("all");
        QTest::addColumn<int>("england");
        QTest::addColumn<int>("wales");
        QTest::newRow("leader") << "leader" << 61 << 60 << 56;
        QTest::newRow("lead-member") << "lead-member" << 153 << 152 << 147;
        QTest::newRow("scrutiny") << "scrutiny" << 123 << 122 << 118;
        QTest::newRow("corporate-parenting") << "corporate-parenting" << 41 << 41 << 39;
        QTest::newRow("councillor") << "councillor" << 49 << 49 << 47;
        QTest::newRow("non-executive") << "non-executive" << 66 << 65 << 65;
    }

    void countsPerRoleAndJurisdiction()
    {
        QFETCH(QString, role);
        QFETCH(int, all);
        QFETCH(int, england);
        QFETCH(int, wales);
        QCOMPARE(m_bank.questionsFor(role).size(), all);
        QCOMPARE(m_bank.inJurisdiction(QStringLiteral("england")).questionsFor(role).size(),
                 england);
        QCOMPARE(m_bank.inJurisdiction(QStringLiteral("wales")).questionsFor(role).size(), wales);
    }

    void jurisdictionsAsReported()
    {
        const QuestionBank england = m_bank.inJurisdiction(QStringLiteral("england"));
        const QuestionBank wales = m_bank.inJurisdiction(QStringLiteral("wales"));
        QCOMPARE(england.questionCount(), 152);
        QCOMPARE(wales.questionCount(), 147);
        QStringList englandOnly;
        QStringList walesOnly;
        for (const Question *q : m_bank.questions()) {
            if (!wales.question(q->id))
                englandOnly.append(q->id);
            if (!england.question(q->id))
                walesOnly.append(q->id);
        }
        QCOMPARE(englandOnly, QStringList({"MEMB-09", "PART-11", "LRN-03", "DATA-13", "CORP-15",
                                           "CORP-13"}));
        QCOMPARE(walesOnly, QStringList({"PART-12"}));
        int englandGates = 0;
        int walesGates = 0;
        for (const Question *q : england.questions())
            englandGates += q->gate ? 1 : 0;
        for (const Question *q : wales.questions())
            walesGates += q->gate ? 1 : 0;
        QCOMPARE(englandGates, 30);
        QCOMPARE(walesGates, 21);
    }

    void rolesAreTheSixOfTheProduct()
    {
        for (const QuestionBank *bank : {&m_bank, &m_earlier}) {
            QStringList ids;
            for (const Role &role : bank->roles) {
                ids.append(role.id);
                QVERIFY2(!role.description.isEmpty(), qPrintable(role.id));
            }
            QCOMPARE(ids, QStringList({"leader", "lead-member", "scrutiny", "corporate-parenting",
                                       "councillor", "non-executive"}));
        }
    }

    // In each version and under each law: the Lead Member sees every question, every other role
    // has questions of its own and fewer.
    void leadMemberSeesEverythingAndOthersASubset()
    {
        QList<QuestionBank> banks = {m_earlier};
        for (const QString &jurisdiction : Jurisdictions)
            banks.append(m_bank.inJurisdiction(jurisdiction));
        for (const QuestionBank &bank : std::as_const(banks)) {
            const QByteArray where = (bank.version + QLatin1Char(' ') + bank.appliedJurisdiction)
                                         .toUtf8();
            QCOMPARE(bank.questionsFor(QStringLiteral("lead-member")).size(),
                     bank.questionCount());
            for (const Role &role : bank.roles) {
                if (role.id == QLatin1String("lead-member"))
                    continue;
                const int count = bank.questionsFor(role.id).size();
                QVERIFY2(count >= 15 && count < bank.questionCount(),
                         qPrintable(where + ' ' + role.id.toUtf8() + ": " +
                                    QByteArray::number(count)));
            }
        }
    }

    // Non-executives answer about their own organisation and the partnership: at most a third
    // of their questions are about the council's own business (in 2.0.0, none).
    void nonExecutivesAnswerAboutTheirOwnOrganisation()
    {
        for (const QString &jurisdiction : Jurisdictions) {
            const QuestionBank bank = m_bank.inJurisdiction(jurisdiction);
            const QList<const Question *> theirs =
                bank.questionsFor(QStringLiteral("non-executive"));
            int council = 0;
            int organisation = 0;
            for (const Question *q : theirs) {
                council += q->subject == QLatin1String("council") ? 1 : 0;
                organisation += q->subject == QLatin1String("organisation") ? 1 : 0;
            }
            QVERIFY2(council * 3 <= theirs.size(), qPrintable(jurisdiction));
            QCOMPARE(council, 0);
            QCOMPARE(organisation, 14);
        }
        for (const Question *q : m_bank.questions())
            QVERIFY2(!q->subject.isEmpty(), qPrintable(q->id));
    }

    void everyQuestionIsComplete()
    {
        const QSet<QString> seeds = {
            QStringLiteral("000_ac104a9a254c4a7b.txt"), QStringLiteral("001_787317a3662e4d6d.txt"),
            QStringLiteral("002_38bfef7fb963d431.txt"), QStringLiteral("003_89fab624736e5632.txt"),
            QStringLiteral("004_485aba68e5d19e50.txt")};
        QList<QuestionBank> banks = {m_earlier};
        for (const QString &jurisdiction : Jurisdictions)
            banks.append(m_bank.inJurisdiction(jurisdiction));
        for (const QuestionBank &bank : std::as_const(banks)) {
            for (const Section &section : bank.sections) {
                QVERIFY(!section.title.isEmpty());
                QVERIFY2(!section.summary.isEmpty(), qPrintable(section.id));
                const QRegularExpression idPattern(
                    QStringLiteral("^%1-\\d\\d$").arg(QRegularExpression::escape(section.id)));
                for (const Question &q : section.questions) {
                    const QByteArray where =
                        (bank.version + QLatin1Char(' ') + bank.appliedJurisdiction +
                         QLatin1Char(' ') + q.id)
                            .toUtf8();
                    QVERIFY2(idPattern.match(q.id).hasMatch(), where.constData());
                    QVERIFY2(q.text.endsWith(QLatin1Char('?')), where.constData());
                    QVERIFY2(q.text.split(QLatin1Char(' ')).size() <= 35, where.constData());
                    for (const QString &text : allTexts(q))
                        QVERIFY2(!text.trimmed().isEmpty(), where.constData());
                    QVERIFY2(!q.statutoryBasis.isEmpty(), where.constData());
                    QVERIFY2(seeds.contains(q.source.seed), where.constData());
                    QVERIFY2(!q.source.note.isEmpty(), where.constData());
                    QVERIFY2(q.weight >= 1 && q.weight <= 3, where.constData());
                    QVERIFY2(!q.text.contains(QLatin1Char('<')), where.constData());
                }
            }
        }
    }

    // Ids are stable: an id 2.0.0 shares with 1.0.0 is the same question carried on, never a new
    // question given an old id (its answers would be taken for the old question's).
    void idsAreNeverReused()
    {
        for (const Question *q : m_bank.questions()) {
            if (!m_earlier.question(q->id))
                continue;
            const QuestionMapping *entry = m_bank.mapping.of(q->id);
            QVERIFY2(entry && entry->to.contains(q->id), qPrintable(q->id));
        }
    }

    // Every 1.0.0 question is listed exactly once, and points only at 2.0.0 questions.
    void mappingAccountsForEveryEarlierQuestion()
    {
        QCOMPARE(m_bank.mapping.fromVersion, QStringLiteral("1.0.0"));
        QHash<QString, int> listed;
        for (const QuestionMapping &entry : m_bank.mapping.questions) {
            ++listed[entry.from];
            QVERIFY2(m_earlier.question(entry.from), qPrintable(entry.from));
            QVERIFY2(!entry.reason.trimmed().isEmpty(), qPrintable(entry.from));
            for (const QString &id : entry.to)
                QVERIFY2(m_bank.question(id), qPrintable(entry.from + QStringLiteral(" → ") + id));
            if (entry.change == QuestionMapping::Change::Split)
                QVERIFY2(entry.to.size() >= 2, qPrintable(entry.from));
        }
        for (const Question *q : m_earlier.questions())
            QVERIFY2(listed.value(q->id) == 1, qPrintable(q->id));
        QCOMPARE(listed.size(), 111);
        // As reported: 71 reworded, 18 split, 22 merged, none moved or retired.
        QHash<QuestionMapping::Change, int> changes;
        for (const QuestionMapping &entry : m_bank.mapping.questions)
            ++changes[entry.change];
        QCOMPARE(changes.value(QuestionMapping::Change::Reworded), 71);
        QCOMPARE(changes.value(QuestionMapping::Change::Split), 18);
        QCOMPARE(changes.value(QuestionMapping::Change::Merged), 22);
        QCOMPARE(changes.value(QuestionMapping::Change::Retired), 0);
    }

    // A gate is a statutory duty: under each law, its basis cites an Act or Regulations and a
    // section or regulation, never guidance alone.
    void gatesCiteTheLaw()
    {
        for (const QString &jurisdiction : Jurisdictions) {
            const QuestionBank bank = m_bank.inJurisdiction(jurisdiction);
            int gates = 0;
            for (const Question *q : bank.questions()) {
                if (!q->gate)
                    continue;
                ++gates;
                QVERIFY2(citesLegislation(q->statutoryBasis),
                         qPrintable(jurisdiction + QLatin1Char(' ') + q->id + QStringLiteral(": ") +
                                    q->statutoryBasis));
                QVERIFY2(!q->statutoryBasis.startsWith(QLatin1String("Good practice")),
                         qPrintable(q->id));
            }
            QVERIFY2(gates >= 8 && gates <= bank.questionCount() / 4,
                     qPrintable(QString::number(gates)));
        }
        // The rule finds what is not a citation.
        QVERIFY(!citesLegislation(QStringLiteral("Working Together to Safeguard Children 2026, "
                                                 "chapter 4")));
        QVERIFY(citesLegislation(QStringLiteral("Children Act 2004, s18 (in force)")));
    }

    // "Not met" describes something absent or failing; not knowing is the Don't know answer.
    void notMetIsNeverAboutNotKnowing()
    {
        int earlier = 0;
        for (const Question *q : m_earlier.questions())
            earlier += aboutNotKnowing(q->levels.notMet) ? 1 : 0;
        QVERIFY2(earlier >= 10, "the word list no longer finds what 1.0.0 said");
        for (const QString &jurisdiction : Jurisdictions) {
            for (const Question *q : m_bank.inJurisdiction(jurisdiction).questions()) {
                QVERIFY2(!aboutNotKnowing(q->levels.notMet),
                         qPrintable(jurisdiction + QLatin1Char(' ') + q->id + QStringLiteral(": ") +
                                    q->levels.notMet));
            }
        }
    }

    // Welsh for everything a member reads, in both versions: every role, section, question and
    // glossary entry, and every override of 2.0.0 under each jurisdiction.
    void welshIsComplete()
    {
        for (const QuestionBank *bank : {&m_bank, &m_earlier}) {
            QVERIFY(bank->translations.contains(QStringLiteral("cy")));
            const BankTranslation &cy = bank->translations.value(QStringLiteral("cy"));
            QVERIFY(!cy.fields.value(QStringLiteral("title")).isEmpty());
            for (const Role &role : bank->roles) {
                QVERIFY2(!cy.roles.value(role.id).fields.value(QStringLiteral("title")).isEmpty(),
                         qPrintable(role.id));
            }
            for (const Jurisdiction &jurisdiction : bank->jurisdictions) {
                QVERIFY2(!cy.jurisdictions.value(jurisdiction.id)
                              .fields.value(QStringLiteral("title"))
                              .isEmpty(),
                         qPrintable(jurisdiction.id));
            }
            for (const Section &section : bank->sections) {
                const TranslatedItem item = cy.sections.value(section.id);
                QVERIFY2(!item.fields.value(QStringLiteral("title")).isEmpty() &&
                             !item.fields.value(QStringLiteral("summary")).isEmpty(),
                         qPrintable(section.id));
            }
            const QStringList fields = {"text",
                                        "why",
                                        "howToKnow",
                                        "levels.fullyMet",
                                        "levels.mostlyMet",
                                        "levels.partiallyMet",
                                        "levels.notMet"};
            for (const Question *q : bank->questions()) {
                const TranslatedItem item = cy.questions.value(q->id);
                for (const QString &field : fields) {
                    QVERIFY2(!item.fields.value(field).trimmed().isEmpty(),
                             qPrintable(bank->version + QLatin1Char(' ') + q->id +
                                        QLatin1Char(' ') + field));
                }
                for (auto over = q->byJurisdiction.cbegin(); over != q->byJurisdiction.cend();
                     ++over) {
                    const QHash<QString, QString> welsh = item.byJurisdiction.value(over.key());
                    QStringList given;
                    if (over->text)
                        given.append(QStringLiteral("text"));
                    if (over->why)
                        given.append(QStringLiteral("why"));
                    if (over->howToKnow)
                        given.append(QStringLiteral("howToKnow"));
                    if (over->levels)
                        given.append(fields.mid(3));
                    for (const QString &field : std::as_const(given)) {
                        QVERIFY2(!welsh.value(field).trimmed().isEmpty(),
                                 qPrintable(q->id + QLatin1Char(' ') + over.key() +
                                            QLatin1Char(' ') + field));
                    }
                }
            }
            for (const GlossaryEntry &entry : bank->glossary) {
                QVERIFY2(!cy.glossary.value(entry.term)
                              .fields.value(QStringLiteral("definition"))
                              .isEmpty(),
                         qPrintable(entry.term));
            }
        }
        // Translated under each law, no question is left in English.
        for (const QString &jurisdiction : Jurisdictions) {
            QuestionBank welsh = m_bank.inJurisdiction(jurisdiction);
            QVERIFY(welsh.translate(QStringLiteral("cy")));
            for (const Question *q : welsh.questions())
                QVERIFY2(q->textTranslated, qPrintable(jurisdiction + QLatin1Char(' ') + q->id));
        }
    }

    // Wales' questions name Wales' bodies and law where England's name England's.
    void walesSpeaksWalesLaw()
    {
        const QuestionBank wales = m_bank.inJurisdiction(QStringLiteral("wales"));
        const QuestionBank england = m_bank.inJurisdiction(QStringLiteral("england"));
        QVERIFY(wales.question(QStringLiteral("LEAD-01"))->text.contains(
            QLatin1String("Director of Social Services")));
        QVERIFY(england.question(QStringLiteral("LEAD-01"))->text.contains(
            QLatin1String("Director of Children's Services")));
        int regionalBoard = 0;
        int integratedCareBoard = 0;
        for (const Question *q : wales.questions()) {
            const QString all = allTexts(*q).join(QLatin1Char(' '));
            regionalBoard += all.contains(QLatin1String("Regional Safeguarding Board")) ? 1 : 0;
            integratedCareBoard +=
                all.contains(QLatin1String("integrated care board"), Qt::CaseInsensitive) ? 1 : 0;
        }
        QVERIFY(regionalBoard >= 10);
        QCOMPARE(integratedCareBoard, 0);
    }

    void everyAcronymIsInTheGlossary()
    {
        for (const QuestionBank *bank : {&m_bank, &m_earlier}) {
            QList<QuestionBank> applied;
            if (bank->jurisdictions.isEmpty()) {
                applied.append(*bank);
            } else {
                for (const QString &jurisdiction : Jurisdictions)
                    applied.append(bank->inJurisdiction(jurisdiction));
            }
            for (const QuestionBank &each : std::as_const(applied)) {
                for (const Question *q : each.questions()) {
                    for (const QString &acronym :
                         BankValidator::acronymsIn(allTexts(*q).join(QLatin1Char(' ')))) {
                        QVERIFY2(each.glossaryEntry(acronym) ||
                                     each.glossaryEntry(acronym + QLatin1Char('s')),
                                 qPrintable(q->id + QStringLiteral(" uses ") + acronym));
                    }
                }
            }
            for (const GlossaryEntry &entry : bank->glossary)
                QVERIFY2(entry.definition.size() >= 20, qPrintable(entry.term));
        }
    }

    void sampleAssessmentShowsEveryPartOfTheSummary()
    {
        const QuestionBank england = m_bank.inJurisdiction(QStringLiteral("england"));
        const Assessment sample = sampleAssessment(england);
        QCOMPARE(sample.info.roleId, QStringLiteral("lead-member"));
        QCOMPARE(sample.answers.size(), england.questionCount());
        const ScoreReport report = Scorer::score(england, sample);
        QCOMPARE(report.overall.answered, report.overall.applicable);
        QCOMPARE(report.gateway, Gateway::NotPassed);
        QCOMPARE(report.failedGates, QStringList({"DUTY-06"}));
        QVERIFY(!report.knowledgeGaps.isEmpty());
        QVERIFY(report.priorities.size() >= 5);
        QCOMPARE(report.priorities.first(), QStringLiteral("DUTY-06"));
        QCOMPARE(sample.actions.size(), 3);
        for (const Action &action : sample.actions)
            QVERIFY(england.question(action.questionId));
        // The same bank gives the same sample every time (it is imported by uid).
        QCOMPARE(sampleAssessment(england).info.uid, sample.info.uid);
        QCOMPARE(sampleAssessment(england).answers.value(QStringLiteral("LEAD-05")).rating,
                 sample.answers.value(QStringLiteral("LEAD-05")).rating);
    }

    void productGlossaryTermsArePresent()
    {
        // The jargon PRODUCT.md names: a member meets all of it in the questions (2.0.0 writes
        // "section 47 enquiry" and "threshold document", found by their aliases).
        for (const char *term :
             {"DCS", "LSCB", "LADO", "section 11", "section 47", "CSPR", "MAPPA", "JTAI",
              "corporate parent", "care leaver", "early help", "threshold", "safeguarding"}) {
            QVERIFY2(m_bank.glossaryEntry(QString::fromLatin1(term)), term);
        }
        // Issue 13's glossary fixes: "HMI" is not HMI Probation's alias; "child protection" has
        // an entry of its own.
        const GlossaryEntry *childProtection = m_bank.glossaryEntry(QStringLiteral("child "
                                                                                   "protection"));
        QVERIFY(childProtection);
        QCOMPARE(childProtection->term, QStringLiteral("child protection"));
        const GlossaryEntry *hmi = m_bank.glossaryEntry(QStringLiteral("HMI"));
        QVERIFY(!hmi || !hmi->term.contains(QLatin1String("Probation")));
    }
};

QTEST_GUILESS_MAIN(TestBuiltInBank)
#include "tst_builtinbank.moc"
