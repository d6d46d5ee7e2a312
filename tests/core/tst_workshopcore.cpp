// Workshops without a window: the spread and disagreement for hand-built groups, agreed answers
// scored as a group assessment, gathering returned files (duplicates, mismatches, broken files),
// the store's workshop tables, and the pack's anonymisation.
#include "store/AssessmentStore.h"
#include "bank/BankLoader.h"
#include "exchange/ExchangeFile.h"
#include "report/NameScrubber.h"
#include "scoring/Scoring.h"
#include "workshop/WorkshopGatherer.h"
#include "report/WorkshopPackComposer.h"
#include "workshop/WorkshopSpread.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Waymark;

namespace {

const QString LeadMember = QStringLiteral("lead-member");
const QString Councillor = QStringLiteral("councillor");
const QString CorporateParenting = QStringLiteral("corporate-parenting");

Assessment member(const QuestionBank &bank, const QString &name, const QString &role,
                  const QHash<QString, Rating> &ratings)
{
    Assessment assessment;
    assessment.info.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    assessment.info.title = QStringLiteral("Workshop");
    assessment.info.authority = QStringLiteral("Borsetshire");
    assessment.info.respondent = name;
    assessment.info.roleId = role;
    assessment.info.bankId = bank.id;
    assessment.info.bankVersion = bank.version;
    assessment.info.created = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    assessment.info.updated = assessment.info.created;
    for (auto rating = ratings.cbegin(); rating != ratings.cend(); ++rating) {
        Answer answer;
        answer.rating = rating.value();
        answer.updated = assessment.info.updated;
        assessment.answers.insert(rating.key(), answer);
    }
    return assessment;
}

// The words of text that are one of names' parts, compared as a reader would: whole words, any
// case, accents and invisible characters disregarded.
QStringList namesIn(const QString &text, const QStringList &parts)
{
    const auto plain = [](const QString &words) {
        QString result;
        for (const QChar c : words.normalized(QString::NormalizationForm_D)) {
            if (!c.isMark() && c.category() != QChar::Other_Format)
                result.append(c);
        }
        return result;
    };
    const QString searched = plain(text);
    QStringList found;
    for (const QString &part : parts) {
        const QRegularExpression word(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                          .arg(QRegularExpression::escape(plain(part))),
                                      QRegularExpression::CaseInsensitiveOption);
        if (word.match(searched).hasMatch())
            found.append(part);
    }
    return found;
}

// Three members whose names have every shape the anonymiser must see through, one of them
// typed with a combining accent (as some keyboards and pasted text do).
const QString Sian = QStringLiteral("Siân Llŷr-Jones");
const QString MaryAnn = QStringLiteral("Cllr Mary-Ann D'Arcy");
const QString Sean = QStringLiteral("Sea\u0301n O'Brien");
const QStringList NameParts = {
    QStringLiteral("Siân"),       QStringLiteral("Llŷr"),    QStringLiteral("Jones"),
    QStringLiteral("Llŷr-Jones"), QStringLiteral("Mary"),    QStringLiteral("Ann"),
    QStringLiteral("Mary-Ann"),   QStringLiteral("MaryAnn"), QStringLiteral("Arcy"),
    QStringLiteral("D'Arcy"),     QStringLiteral("DArcy"),   QStringLiteral("Seán"),
    QStringLiteral("Brien"),      QStringLiteral("O'Brien"), QStringLiteral("OBrien")};

const QuestionSpread &spreadOf(const WorkshopSpread &spread, const QString &questionId)
{
    for (const QuestionSpread &each : spread.questions) {
        if (each.question->id == questionId)
            return each;
    }
    qFatal("no spread for %s", qPrintable(questionId));
}

} // namespace

class TestWorkshopCore : public QObject
{
    Q_OBJECT

private:
    QuestionBank m_bank;
    QString m_leadOnly; // a question for the Lead Member that a councillor is not asked

private Q_SLOTS:
    void initTestCase()
    {
        const BankLoadResult loaded = BankLoader::loadBuiltIn();
        QVERIFY(loaded.ok());
        m_bank = *loaded.bank;
        for (const Question *question : m_bank.questions()) {
            if (!question->appliesTo(Councillor) && !question->appliesTo(CorporateParenting)) {
                m_leadOnly = question->id;
                break;
            }
        }
        QVERIFY(!m_leadOnly.isEmpty());
        QVERIFY(m_bank.question(QStringLiteral("LEAD-01"))->appliesTo(Councillor));
        QVERIFY(!m_bank.question(QStringLiteral("LEAD-01"))->appliesTo(CorporateParenting));
    }

    void spreadOverMixedRoles()
    {
        Workshop workshop;
        workshop.participants = {
            member(m_bank, QStringLiteral("Ann"), LeadMember,
                   {{QStringLiteral("LEAD-01"), Rating::FullyMet}, {m_leadOnly, Rating::NotMet}}),
            member(m_bank, QStringLiteral("Bob"), Councillor,
                   {{QStringLiteral("LEAD-01"), Rating::PartiallyMet}}),
            member(m_bank, QStringLiteral("Cat"), Councillor,
                   {{QStringLiteral("LEAD-01"), Rating::DontKnow}}),
            // LEAD-01 is not asked of corporate parenting: she is not counted for it at all.
            member(m_bank, QStringLiteral("Dee"), CorporateParenting, {}),
        };
        const WorkshopSpread spread = SpreadCalculator::compute(m_bank, workshop);
        QCOMPARE(spread.participants, 4);
        QCOMPARE(spread.questions.size(), m_bank.questionCount());

        const QuestionSpread &lead01 = spreadOf(spread, QStringLiteral("LEAD-01"));
        QCOMPARE(lead01.applicable, 3);
        QCOMPARE(lead01.rated[3], 1);
        QCOMPARE(lead01.rated[1], 1);
        QCOMPARE(lead01.rated[0] + lead01.rated[2], 0);
        QCOMPARE(lead01.dontKnow, 1);
        QCOMPARE(lead01.unanswered, 0);
        QCOMPARE(lead01.lowest, std::optional<int>(1));
        QCOMPARE(lead01.highest, std::optional<int>(3));
        QCOMPARE(lead01.spread(), std::optional<int>(2));
        QVERIFY(lead01.disagreement());

        // Only the Lead Member is asked this one: one rating, no spread to speak of.
        const QuestionSpread &leadOnly = spreadOf(spread, m_leadOnly);
        QCOMPARE(leadOnly.applicable, 1);
        QCOMPARE(leadOnly.rated[0], 1);
        QCOMPARE(leadOnly.spread(), std::optional<int>(0));
        QVERIFY(!leadOnly.disagreement());

        QCOMPARE(spread.disagreements().size(), 1);
        QCOMPARE(spread.disagreements().first().question->id, QStringLiteral("LEAD-01"));
    }

    void oneLevelApartIsNotADisagreement()
    {
        Workshop workshop;
        workshop.participants = {
            member(m_bank, QStringLiteral("Ann"), Councillor,
                   {{QStringLiteral("LEAD-01"), Rating::FullyMet}}),
            member(m_bank, QStringLiteral("Bob"), Councillor,
                   {{QStringLiteral("LEAD-01"), Rating::MostlyMet}}),
        };
        const WorkshopSpread spread = SpreadCalculator::compute(m_bank, workshop);
        const QuestionSpread &lead01 = spreadOf(spread, QStringLiteral("LEAD-01"));
        QCOMPARE(lead01.spread(), std::optional<int>(1));
        QVERIFY(!lead01.disagreement());
    }

    void allDontKnowHasNoRange()
    {
        Workshop workshop;
        workshop.participants = {
            member(m_bank, QStringLiteral("Ann"), Councillor,
                   {{QStringLiteral("LEAD-01"), Rating::DontKnow}}),
            member(m_bank, QStringLiteral("Bob"), Councillor,
                   {{QStringLiteral("LEAD-01"), Rating::DontKnow}}),
        };
        const WorkshopSpread spread = SpreadCalculator::compute(m_bank, workshop);
        const QuestionSpread &lead01 = spreadOf(spread, QStringLiteral("LEAD-01"));
        QCOMPARE(lead01.dontKnow, 2);
        QVERIFY(!lead01.lowest);
        QVERIFY(!lead01.spread());
        QVERIFY(!lead01.disagreement());

        const QJsonObject json = spreadJson(workshop, spread);
        const QJsonObject first = json.value(QStringLiteral("questions")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("LEAD-01"));
        QVERIFY(first.value(QStringLiteral("min")).isNull());
        QVERIFY(first.value(QStringLiteral("spread")).isNull());
        QCOMPARE(first.value(QStringLiteral("counts")).toObject().value(QStringLiteral("dont-know")).toInt(), 2);
        QVERIFY(first.value(QStringLiteral("agreed")).isNull());
    }

    void noMembersAndOneMember()
    {
        Workshop empty;
        const WorkshopSpread none = SpreadCalculator::compute(m_bank, empty);
        QCOMPARE(none.participants, 0);
        for (const QuestionSpread &each : none.questions) {
            QCOMPARE(each.applicable, 0);
            QVERIFY(!each.spread());
        }
        Workshop one;
        one.participants = {member(m_bank, QStringLiteral("Ann"), Councillor,
                                   {{QStringLiteral("LEAD-01"), Rating::NotMet}})};
        const WorkshopSpread spread = SpreadCalculator::compute(m_bank, one);
        const QuestionSpread &lead01 = spreadOf(spread, QStringLiteral("LEAD-01"));
        QCOMPARE(lead01.rated[0], 1);
        QCOMPARE(lead01.spread(), std::optional<int>(0));
    }

    void agreedAnswersAreScoredAsAGroup()
    {
        Workshop workshop;
        workshop.info.uid = QStringLiteral("ws");
        workshop.info.name = QStringLiteral("Autumn");
        workshop.participants = {member(m_bank, QStringLiteral("Bob"), Councillor, {})};
        workshop.agreed.insert(QStringLiteral("LEAD-01"), {Rating::PartiallyMet, QString(), {}});
        workshop.agreed.insert(QStringLiteral("LEAD-02"), {Rating::FullyMet, QString(), {}});
        const QuestionBank group = groupBank(m_bank, workshop);
        const Assessment agreed = groupAssessment(workshop);
        // The group is asked what its members are asked.
        QCOMPARE(group.questionsFor(GroupRoleId).size(), m_bank.questionsFor(Councillor).size());
        const ScoreReport scores = Scorer::score(group, agreed);
        QCOMPARE(scores.gateway, Gateway::NotPassed); // LEAD-01 is a gate, agreed at 1
        QCOMPARE(scores.failedGates, QStringList{QStringLiteral("LEAD-01")});
        QCOMPARE(scores.overall.rated, 2);
        // 100 × (3×1 + w×3) / (3×3 + w×3) with LEAD-01's and LEAD-02's weights.
        const int w1 = m_bank.question(QStringLiteral("LEAD-01"))->weight;
        const int w2 = m_bank.question(QStringLiteral("LEAD-02"))->weight;
        QCOMPARE(scores.overall.weightedRating, w1 * 1 + w2 * 3);
        QCOMPARE(scores.overall.weightedMaximum, (w1 + w2) * 3);
        // An agreed rating on a question no member is asked still counts.
        workshop.agreed.insert(m_leadOnly, {Rating::FullyMet, QString(), {}});
        QVERIFY(groupBank(m_bank, workshop).question(m_leadOnly)->appliesTo(GroupRoleId));
    }

    void storeKeepsWorkshopsParticipantsAndAgreement()
    {
        QTemporaryDir dir;
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("w.db")),
                           AssessmentStore::OpenMode::CreateIfMissing, &error));
        WorkshopInfo info;
        info.name = QStringLiteral("Autumn workshop");
        info.authority = QStringLiteral("Borsetshire");
        info.heldOn = QDate(2026, 11, 30);
        info.bankId = m_bank.id;
        info.bankVersion = m_bank.version;
        QVERIFY(store.createWorkshop(info, &error));
        QVERIFY(info.id > 0);
        QVERIFY(!info.uid.isEmpty());
        QCOMPARE(store.listWorkshops(&error).size(), 1);

        WorkshopGatherer gatherer(store, m_bank);
        const qint64 ann = gatherer.addMember(info.id, QStringLiteral("Ann"), Councillor, &error);
        QVERIFY2(ann > 0, qPrintable(error.message));
        QVERIFY(store.saveAgreed(info.id, QStringLiteral("LEAD-01"),
                                 {Rating::MostlyMet, QStringLiteral("Bob dissents"), {}}, &error));
        std::optional<Workshop> loaded = store.loadWorkshop(info.id, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->info.name, info.name);
        QCOMPARE(loaded->info.heldOn, info.heldOn);
        QCOMPARE(loaded->participants.size(), 1);
        QCOMPARE(loaded->participants.first().info.respondent, QStringLiteral("Ann"));
        QCOMPARE(loaded->participants.first().info.authority, QStringLiteral("Borsetshire"));
        QCOMPARE(loaded->agreed.value(QStringLiteral("LEAD-01")).rating, Rating::MostlyMet);
        QCOMPARE(loaded->agreed.value(QStringLiteral("LEAD-01")).note, QStringLiteral("Bob dissents"));

        // Clearing removes the agreement.
        QVERIFY(store.saveAgreed(info.id, QStringLiteral("LEAD-01"), {}, &error));
        QVERIFY(store.loadWorkshop(info.id, &error)->agreed.isEmpty());

        // Unknown ids are invalid input, and change nothing.
        QVERIFY(!store.loadWorkshop(999, &error));
        QCOMPARE(error.kind, StoreError::Kind::InvalidInput);
        QVERIFY(error.message.contains(QLatin1String("999")));
        QVERIFY(!store.saveAgreed(999, QStringLiteral("LEAD-01"), {Rating::FullyMet, {}, {}}, &error));
        QCOMPARE(error.kind, StoreError::Kind::InvalidInput);
        QVERIFY(!store.removeParticipant(info.id, 12345, &error));
        QCOMPARE(error.kind, StoreError::Kind::InvalidInput);
        QVERIFY(store.removeParticipant(info.id, ann, &error));
        QVERIFY(store.loadWorkshop(info.id, &error)->participants.isEmpty());
    }

    void gatheringReturnedFiles()
    {
        QTemporaryDir dir;
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("w.db")),
                           AssessmentStore::OpenMode::CreateIfMissing, &error));
        WorkshopInfo info;
        info.name = QStringLiteral("Autumn workshop");
        info.authority = QStringLiteral("Borsetshire");
        info.bankId = m_bank.id;
        info.bankVersion = m_bank.version;
        QVERIFY(store.createWorkshop(info, &error));

        const auto write = [&](const QString &name, Assessment assessment) {
            const QString path = dir.filePath(name);
            const SaveResult saved = ExchangeFile::write(path, assessment, &m_bank);
            if (!saved.ok())
                qFatal("%s", qPrintable(saved.message));
            return path;
        };
        Assessment annOld = member(m_bank, QStringLiteral("Ann Jones"), Councillor,
                                   {{QStringLiteral("LEAD-01"), Rating::NotMet}});
        Assessment annNew = member(m_bank, QStringLiteral("  ann   JONES "), Councillor,
                                   {{QStringLiteral("LEAD-01"), Rating::FullyMet}});
        annNew.info.updated = annOld.info.updated.addDays(2);
        Assessment bob = member(m_bank, QStringLiteral("Bob"), Councillor, {});
        Assessment elsewhere = member(m_bank, QStringLiteral("Cat"), Councillor, {});
        elsewhere.info.authority = QStringLiteral("Ambridge");
        const QString broken = dir.filePath(QStringLiteral("broken.waymark"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"waymark-assessment\"");
        file.close();

        WorkshopGatherer gatherer(store, m_bank);
        QList<GatherOutcome> outcomes = gatherer.gather(
            info.id,
            {write(QStringLiteral("ann-old.waymark"), annOld),
             write(QStringLiteral("ann-new.waymark"), annNew),
             write(QStringLiteral("bob.waymark"), bob),
             write(QStringLiteral("cat.waymark"), elsewhere), broken},
            false, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(outcomes.size(), 5);
        QCOMPARE(outcomes.at(0).kind, GatherOutcome::Kind::Added);
        QCOMPARE(outcomes.at(1).kind, GatherOutcome::Kind::Replaced);
        QVERIFY2(outcomes.at(1).message.contains(QLatin1String("replaces")),
                 qPrintable(outcomes.at(1).message));
        QCOMPARE(outcomes.at(2).kind, GatherOutcome::Kind::Added);
        QCOMPARE(outcomes.at(3).kind, GatherOutcome::Kind::Mismatched);
        QVERIFY2(outcomes.at(3).message.contains(QLatin1String("Ambridge")),
                 qPrintable(outcomes.at(3).message));
        QCOMPARE(outcomes.at(4).kind, GatherOutcome::Kind::Invalid);
        QVERIFY(outcomes.at(4).message.contains(QLatin1String("broken.waymark")));

        std::optional<Workshop> workshop = store.loadWorkshop(info.id, &error);
        QCOMPARE(workshop->participants.size(), 2);
        QCOMPARE(workshop->participants.at(0).rating(QStringLiteral("LEAD-01")), Rating::FullyMet);

        // The older file again: kept out, and the facilitator is told why.
        outcomes = gatherer.gather(info.id, {dir.filePath(QStringLiteral("ann-old.waymark"))},
                                   false, &error);
        QCOMPARE(outcomes.first().kind, GatherOutcome::Kind::KeptExisting);
        QVERIFY(outcomes.first().message.contains(QLatin1String("older")));
        // The facilitator decides to take the other council's file after all.
        outcomes = gatherer.gather(info.id, {dir.filePath(QStringLiteral("cat.waymark"))}, true,
                                   &error);
        QCOMPARE(outcomes.first().kind, GatherOutcome::Kind::Added);
        QVERIFY(outcomes.first().message.contains(QLatin1String("added although")));
        QCOMPARE(store.loadWorkshop(info.id, &error)->participants.size(), 3);
    }

    // Issue 13: a workshop reviews under one law. Its answer packs are made under it, and a file
    // made under another law is pointed out before it is added, as one for another council is.
    void returnedFilesUnderAnotherLawAreMismatched()
    {
        QTemporaryDir dir;
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("w.db")),
                           AssessmentStore::OpenMode::CreateIfMissing, &error));
        WorkshopInfo info;
        info.name = QStringLiteral("Gweithdy");
        info.authority = QStringLiteral("Cyngor Sir Gâr");
        info.bankId = m_bank.id;
        info.bankVersion = m_bank.version;
        info.jurisdiction = QStringLiteral("wales");
        QVERIFY(store.createWorkshop(info, &error));
        QCOMPARE(store.loadWorkshop(info.id, &error)->info.jurisdiction, QStringLiteral("wales"));

        const Assessment pack =
            WorkshopGatherer::answerPack(info, m_bank, QStringLiteral("Siân"), Councillor);
        QCOMPARE(pack.info.jurisdiction, QStringLiteral("wales"));
        Assessment english = pack;
        english.info.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        english.info.respondent = QStringLiteral("Ann");
        english.info.jurisdiction = QStringLiteral("england");
        const auto write = [&](const QString &name, const Assessment &assessment) {
            const QString path = dir.filePath(name);
            if (!ExchangeFile::write(path, assessment, &m_bank).ok())
                qFatal("cannot write %s", qPrintable(path));
            return path;
        };
        WorkshopGatherer gatherer(store, m_bank);
        const QList<GatherOutcome> outcomes =
            gatherer.gather(info.id,
                            {write(QStringLiteral("sian.waymark"), pack),
                             write(QStringLiteral("ann.waymark"), english)},
                            false, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(0).kind, GatherOutcome::Kind::Added);
        QCOMPARE(outcomes.at(1).kind, GatherOutcome::Kind::Mismatched);
        QVERIFY2(outcomes.at(1).message.contains(
                     QLatin1String("it was made under the law of England, not Wales")),
                 qPrintable(outcomes.at(1).message));
        // A member added in the room is under the workshop's law too.
        const qint64 added = gatherer.addMember(info.id, QStringLiteral("Bob"), Councillor, &error);
        QVERIFY2(added > 0, qPrintable(error.message));
        QCOMPARE(store.loadAssessment(added, &error)->info.jurisdiction, QStringLiteral("wales"));
    }

    void anonymisedPackNamesNobody()
    {
        Workshop workshop;
        workshop.info.uid = QStringLiteral("ws");
        workshop.info.name = QStringLiteral("Autumn workshop");
        workshop.info.authority = QStringLiteral("Borsetshire");
        workshop.info.facilitator = QStringLiteral("Jo Facilitator");
        workshop.participants = {
            member(m_bank, QStringLiteral("Ann Jones"), Councillor,
                   {{QStringLiteral("LEAD-01"), Rating::FullyMet}}),
            member(m_bank, QStringLiteral("Bob Smith"), Councillor,
                   {{QStringLiteral("LEAD-01"), Rating::DontKnow}}),
        };
        workshop.participants[1].answers[QStringLiteral("LEAD-01")].note =
            QStringLiteral("Ask what ANN JONES was told.");
        workshop.agreed.insert(QStringLiteral("LEAD-01"), {Rating::MostlyMet, QString(), {}});

        WorkshopPackOptions options;
        options.memberReviews = true;
        const QString named = WorkshopPackComposer::compose(workshop, m_bank, options).plainText();
        QVERIFY(named.contains(QLatin1String("Ann Jones")));
        QVERIFY(named.contains(QLatin1String("Bob Smith")));

        options.anonymised = true;
        const ReportDocument document = WorkshopPackComposer::compose(workshop, m_bank, options);
        const QString text = document.plainText() + document.title + document.author +
                             document.subject + document.keywords + document.runningHeader;
        QVERIFY(!text.contains(QLatin1String("Jones"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QLatin1String("Smith"), Qt::CaseInsensitive));
        QVERIFY(text.contains(QLatin1String("Member A")));
        QVERIFY(text.contains(QLatin1String("Member B")));
        QVERIFY(text.contains(QLatin1String("Ask what Member A was told.")));
        // The pack holds the heat map, the disagreements and the merged gaps.
        QVERIFY(text.contains(WorkshopPackComposer::tr("Each member's ratings")));
        QVERIFY(text.contains(WorkshopPackComposer::tr("Questions to ask officers, from every member")));
    }

    void nameScrubberFindsEveryPart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QString &text, const QString &expected) {
            QTest::newRow(name) << text << expected;
        };
        row("markdown", QStringLiteral("Ask *Jones* first"),
            QStringLiteral("Ask *Member A* first"));
        row("markup", QStringLiteral("<b>Jones</b>"), QStringLiteral("<b>Member A</b>"));
        row("brackets and quotes", QStringLiteral("(Jones) and \"Jones\""),
            QStringLiteral("(Member A) and \"Member A\""));
        row("possessive", QStringLiteral("Jones's view"), QStringLiteral("Member A's view"));
        row("typographic possessive", QStringLiteral("Jones’s view"),
            QStringLiteral("Member A’s view"));
        row("upper case", QStringLiteral("LLŶR-JONES AGREED"), QStringLiteral("Member A AGREED"));
        row("hyphen as a space", QStringLiteral("Llŷr Jones said"),
            QStringLiteral("Member A said"));
        row("each piece", QStringLiteral("Llŷr, then Jones"),
            QStringLiteral("Member A, then Member A"));
        row("without the accent", QStringLiteral("llyr and Sian"),
            QStringLiteral("Member A and Member A"));
        row("decomposed text", QStringLiteral("Sia\u0302n said"), QStringLiteral("Member A said"));
        row("whole name", QStringLiteral("Siân Llŷr-Jones said"), QStringLiteral("Member A said"));
        row("first and last", QStringLiteral("Siân Jones said"), QStringLiteral("Member A said"));
        row("first name", QStringLiteral("Mary said"), QStringLiteral("Member B said"));
        row("second name", QStringLiteral("Ann said"), QStringLiteral("Member B said"));
        row("double first name", QStringLiteral("Mary-Ann, Mary Ann, MaryAnn"),
            QStringLiteral("Member B, Member B, Member B"));
        row("apostrophised", QStringLiteral("D'Arcy, D’Arcy, DArcy, Arcy"),
            QStringLiteral("Member B, Member B, Member B, Member B"));
        row("title and name", QStringLiteral("Cllr Mary-Ann D'Arcy said"),
            QStringLiteral("Member B said"));
        row("title kept", QStringLiteral("Councillor D'Arcy said"),
            QStringLiteral("Councillor Member B said"));
        row("stored decomposed", QStringLiteral("Seán said"), QStringLiteral("Member C said"));
        row("surname", QStringLiteral("O'Brien, O’Brien’s, OBrien, Brien"),
            QStringLiteral("Member C, Member C’s, Member C, Member C"));
        row("soft hyphen inside", QStringLiteral("Jo\u00ADnes"), QStringLiteral("Member A"));
        row("zero-width space inside", QStringLiteral("Jo\u200Bnes"), QStringLiteral("Member A"));
        row("across a line break", QStringLiteral("Siân\nLlŷr-Jones"), QStringLiteral("Member A"));
        row("whole words only", QStringLiteral("Jonesy, Annual, Maryland, Marianne"),
            QStringLiteral("Jonesy, Annual, Maryland, Marianne"));
        row("initials left", QStringLiteral("Plan D, option O"),
            QStringLiteral("Plan D, option O"));
        row("others' titles left", QStringLiteral("Cllr Smith"), QStringLiteral("Cllr Smith"));
    }

    void nameScrubberFindsEveryPart()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const NameScrubber scrubber({{Sian, Workshop::anonymousLabel(0)},
                                     {MaryAnn, Workshop::anonymousLabel(1)},
                                     {Sean, Workshop::anonymousLabel(2)}});
        const QString scrubbed = scrubber.scrub(text);
        QCOMPARE(scrubbed, expected.normalized(QString::NormalizationForm_C));
        QCOMPARE(namesIn(scrubbed, NameParts), QStringList());
    }

    void anonymisedPackNamesNoPartOfAnyName()
    {
        Workshop workshop;
        workshop.info.uid = QStringLiteral("ws");
        workshop.info.name = QStringLiteral("Gweithdy'r hydref");
        workshop.info.authority = QStringLiteral("Ynys Môn");
        workshop.participants = {
            member(m_bank, Sian, Councillor, {{QStringLiteral("LEAD-01"), Rating::DontKnow}}),
            member(m_bank, MaryAnn, Councillor, {{QStringLiteral("LEAD-01"), Rating::NotMet}}),
            member(m_bank, Sean, LeadMember, {{QStringLiteral("LEAD-01"), Rating::FullyMet}}),
        };
        workshop.participants[0].answers[QStringLiteral("LEAD-01")].note =
            QStringLiteral("Ask what *O’Brien* and <b>D'Arcy</b> were told; (Mary Ann) "
                           "disagrees with Sean.");
        workshop.participants[1].answers[QStringLiteral("LEAD-01")].evidence =
            QStringLiteral("Jones’s report and LLŶR's minutes");
        workshop.participants[2].answers[QStringLiteral("LEAD-01")].note =
            QStringLiteral("Sia\u0302n Llŷr-Jones and Cllr Mary-Ann D'Arcy dissent");
        workshop.agreed.insert(QStringLiteral("LEAD-01"),
                               {Rating::MostlyMet, QStringLiteral("\"Arcy\" dissents"), {}});

        WorkshopPackOptions options;
        options.memberReviews = true;
        const QString named = WorkshopPackComposer::compose(workshop, m_bank, options).plainText();
        QCOMPARE(namesIn(named, {QStringLiteral("Llŷr-Jones"), QStringLiteral("D'Arcy"),
                                 QStringLiteral("O'Brien")})
                     .size(),
                 3);

        options.anonymised = true;
        const ReportDocument document = WorkshopPackComposer::compose(workshop, m_bank, options);
        const QString text = document.plainText() + document.title + document.author +
                             document.subject + document.keywords + document.runningHeader;
        QCOMPARE(namesIn(text, NameParts), QStringList());
        QVERIFY(text.contains(QLatin1String("Ask what *Member C* and <b>Member B</b> were told; "
                                            "(Member B) disagrees with Member C.")));
        QVERIFY(text.contains(QStringLiteral("Member A’s report and Member A's minutes")));
        QVERIFY(text.contains(QLatin1String("Member A and Member B dissent")));
        QVERIFY(text.contains(QLatin1String("\"Member B\" dissents")));
    }

    void memberTypedTwoWaysIsOneMember()
    {
        QTemporaryDir dir;
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("w.db")),
                           AssessmentStore::OpenMode::CreateIfMissing, &error));
        WorkshopInfo info;
        info.name = QStringLiteral("Gweithdy");
        info.authority = QStringLiteral("Ynys Môn");
        info.bankId = m_bank.id;
        info.bankVersion = m_bank.version;
        QVERIFY(store.createWorkshop(info, &error));
        const auto write = [&](const QString &name, Assessment assessment) {
            const QString path = dir.filePath(name);
            const SaveResult saved = ExchangeFile::write(path, assessment, &m_bank);
            if (!saved.ok())
                qFatal("%s", qPrintable(saved.message));
            return path;
        };
        // Precomposed â and ŷ on one machine, a letter and a combining accent on another.
        Assessment first = member(m_bank, QStringLiteral("Siân Llŷr-Jones"), Councillor,
                                  {{QStringLiteral("LEAD-01"), Rating::NotMet}});
        first.info.authority = QStringLiteral("Ynys Môn");
        Assessment second = member(m_bank, QStringLiteral("SIA\u0302N  LLY\u0302R-JONES"),
                                   Councillor, {{QStringLiteral("LEAD-01"), Rating::FullyMet}});
        second.info.authority = QStringLiteral("Ynys Mo\u0302n");
        second.info.updated = first.info.updated.addDays(1);
        QVERIFY(first.info.respondent !=
                second.info.respondent.normalized(QString::NormalizationForm_C));
        // Accents still count: Sian is not Siân.
        Assessment other = member(m_bank, QStringLiteral("Sian Llyr-Jones"), Councillor, {});
        other.info.authority = QStringLiteral("Ynys Môn");

        WorkshopGatherer gatherer(store, m_bank);
        const QList<GatherOutcome> outcomes =
            gatherer.gather(info.id,
                            {write(QStringLiteral("first.waymark"), first),
                             write(QStringLiteral("second.waymark"), second),
                             write(QStringLiteral("other.waymark"), other)},
                            false, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.at(0).kind, GatherOutcome::Kind::Added);
        QVERIFY2(outcomes.at(1).kind == GatherOutcome::Kind::Replaced,
                 qPrintable(outcomes.at(1).message));
        QCOMPARE(outcomes.at(2).kind, GatherOutcome::Kind::Added);
        const std::optional<Workshop> workshop = store.loadWorkshop(info.id, &error);
        QCOMPARE(workshop->participants.size(), 2);
        QCOMPARE(workshop->participants.at(0).rating(QStringLiteral("LEAD-01")), Rating::FullyMet);
    }

    void anonymousLabelsRunPastZ()
    {
        QCOMPARE(Workshop::anonymousLabel(0), QStringLiteral("Member A"));
        QCOMPARE(Workshop::anonymousLabel(25), QStringLiteral("Member Z"));
        QCOMPARE(Workshop::anonymousLabel(26), QStringLiteral("Member AA"));
        QCOMPARE(Workshop::anonymousLabel(39), QStringLiteral("Member AN"));
    }
};

QTEST_GUILESS_MAIN(TestWorkshopCore)
#include "tst_workshopcore.moc"
