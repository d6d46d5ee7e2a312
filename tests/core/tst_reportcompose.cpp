// Composing the gateway review and the blank workbook, checked on the blocks the renderer paints.
// The hand-built bank below has:
//   section A "Leadership":  A-01 gate w3 (lead-member, councillor)  A-02 w1 (lead-member)
//                            A-03 w2 (lead-member, councillor)       A-04 w1 (lead-member)
//   section B "Partnership": B-01 gate w2 (lead-member)  B-02 w3 (lead-member, councillor)
//                            B-03 w1 (lead-member)       B-04 gate w1 (lead-member)
//   section C "Front door":  C-01 w2 (lead-member, scrutiny)  C-02 gate w1 (lead-member)
// and a glossary of DCS, LADO, early help, corporate parent, MASH and MAPPA, where MAPPA is used
// by no text and MASH only by C-01, which a councillor does not answer.
#include "TrendCycles.h"
#include "Version.h"
#include "assessment/SampleAssessment.h"
#include "bank/BankLibrary.h"
#include "bank/BankLoader.h"
#include "report/ReviewComposer.h"
#include "report/WorkbookComposer.h"
#include "scoring/Scoring.h"
#include "scoring/Trend.h"

#include <QLocale>
#include <QtTest>

using namespace Waymark;

namespace {

const QString LeadMember = QStringLiteral("lead-member");
const QString Councillor = QStringLiteral("councillor");
const QString Scrutiny = QStringLiteral("scrutiny");

Question makeQuestion(const char *id, const char *section, const char *text, int weight, bool gate,
                      const QStringList &roles)
{
    Question question;
    question.id = QString::fromUtf8(id);
    question.sectionId = QString::fromUtf8(section);
    question.text = QString::fromUtf8(text);
    question.why = QStringLiteral("Why %1 matters.").arg(question.id);
    question.howToKnow = QStringLiteral("Ask for the report on %1.").arg(question.id);
    question.levels = {QStringLiteral("%1 all in place.").arg(question.id),
                       QStringLiteral("%1 mostly in place.").arg(question.id),
                       QStringLiteral("%1 partly in place.").arg(question.id),
                       QStringLiteral("%1 not in place.").arg(question.id)};
    question.statutoryBasis =
        gate ? QStringLiteral("Children Act 2004, s11 (%1)").arg(question.id) : QString();
    question.roles = roles;
    question.weight = weight;
    question.gate = gate;
    return question;
}

QuestionBank makeBank()
{
    QuestionBank bank;
    bank.id = QStringLiteral("compose-test");
    bank.version = QStringLiteral("2.3");
    bank.title = QStringLiteral("Compose test bank");
    bank.roles = {
        {LeadMember, QStringLiteral("Lead Member for Children's Services"),
         QStringLiteral("Sees every question."), 0},
        {Councillor, QStringLiteral("Councillor"), QStringLiteral("Every member."), 0},
        {Scrutiny, QStringLiteral("Scrutiny member"), QStringLiteral("Holds to account."), 0}};
    const QStringList all = {LeadMember};
    const QStringList withCouncillor = {LeadMember, Councillor};
    const QStringList withScrutiny = {LeadMember, Scrutiny};

    Section a;
    a.id = QStringLiteral("A");
    a.title = QStringLiteral("Leadership");
    a.summary = QStringLiteral("Who answers for children's safety.");
    a.questions = {
        makeQuestion("A-01", "A", "Has the council appointed a DCS?", 3, true, withCouncillor),
        makeQuestion("A-02", "A", "Does the council publish its early help offer?", 1, false, all),
        makeQuestion("A-03", "A", "Do members receive performance reports?", 2, false,
                     withCouncillor),
        makeQuestion("A-04", "A", "Is there a member champion?", 1, false, all)};
    Section b;
    b.id = QStringLiteral("B");
    b.title = QStringLiteral("Partnership");
    b.summary = QStringLiteral("Working with partners.");
    b.questions = {
        makeQuestion("B-01", "B", "Are allegations against staff referred to the LADO?", 2, true,
                     all),
        makeQuestion("B-02", "B", "Do partners share information?", 3, false, withCouncillor),
        makeQuestion("B-03", "B", "Is the partnership plan published?", 1, false, all),
        makeQuestion("B-04", "B", "Are partners' duties agreed in writing?", 1, true, all)};
    Section c;
    c.id = QStringLiteral("C");
    c.title = QStringLiteral("Front door");
    c.summary = QStringLiteral("How concerns reach the council.");
    c.questions = {
        makeQuestion("C-01", "C", "Does the MASH respond within a day?", 2, false, withScrutiny),
        makeQuestion("C-02", "C", "Is there an out-of-hours service?", 1, true, all)};
    bank.sections = {a, b, c};
    bank.glossary = {
        {QStringLiteral("DCS"),
         {QStringLiteral("Director of Children's Services")},
         QStringLiteral("The senior officer accountable for children's services."),
         0},
        {QStringLiteral("LADO"),
         {QStringLiteral("local authority designated officer")},
         QStringLiteral("The officer who handles allegations against adults working with "
                        "children."),
         0},
        {QStringLiteral("early help"),
         {},
         QStringLiteral("Support for a family before problems grow."),
         0},
        {QStringLiteral("corporate parent"),
         {QStringLiteral("corporate parenting")},
         QStringLiteral("The council as parent of the children it looks after."),
         0},
        {QStringLiteral("MASH"),
         {QStringLiteral("multi-agency safeguarding hub")},
         QStringLiteral("Where partners decide together what happens to a referral."),
         0},
        {QStringLiteral("MAPPA"),
         {},
         QStringLiteral("Multi-agency public protection arrangements."),
         0}};
    bank.buildIndex();
    return bank;
}

Answer answer(Rating rating, const QString &evidence = {}, const QString &note = {},
              bool flagged = false)
{
    Answer result;
    result.rating = rating;
    result.evidence = evidence;
    result.note = note;
    result.flagged = flagged;
    return result;
}

Assessment baseAssessment(const QuestionBank &bank, const QString &role)
{
    Assessment assessment;
    assessment.info.title = QStringLiteral("Autumn review 2026");
    assessment.info.authority = QStringLiteral("Borsetshire County Council");
    assessment.info.respondent = QStringLiteral("Cllr Pat Example");
    assessment.info.roleId = role;
    assessment.info.date = QDate(2026, 10, 12);
    assessment.info.bankId = bank.id;
    assessment.info.bankVersion = bank.version;
    assessment.info.created = QDateTime(QDate(2026, 10, 5), QTime(9, 30), Qt::UTC);
    assessment.info.updated = QDateTime(QDate(2026, 10, 12), QTime(16, 10), Qt::UTC);
    return assessment;
}

// Lead Member: gate A-01 fails, B-01 Don't know, B-04 met, C-02 not applicable; priorities
// A-01 (gate), B-02 (w3, 0), C-01 (w2, 0), A-03 (w2, 1); A-04 is left unanswered.
Assessment fullAssessment(const QuestionBank &bank)
{
    Assessment assessment = baseAssessment(bank, LeadMember);
    assessment.answers = {
        {QStringLiteral("A-01"), answer(Rating::PartiallyMet)},
        {QStringLiteral("A-02"),
         answer(Rating::DontKnow, {}, QStringLiteral("Ask how the offer reaches families."))},
        {QStringLiteral("A-03"),
         answer(Rating::PartiallyMet, QStringLiteral("Quarterly report seen at Cabinet."))},
        {QStringLiteral("B-01"), answer(Rating::DontKnow)},
        {QStringLiteral("B-02"), answer(Rating::NotMet)},
        {QStringLiteral("B-03"),
         answer(Rating::FullyMet, {},
                QStringLiteral("Raise our role as corporate parent at the next meeting."), true)},
        {QStringLiteral("B-04"), answer(Rating::MostlyMet)},
        {QStringLiteral("C-01"), answer(Rating::NotMet)},
        {QStringLiteral("C-02"), answer(Rating::NotApplicable)},
    };
    Action late;
    late.questionId = QStringLiteral("B-02");
    late.what = QStringLiteral("Agree an information-sharing protocol");
    late.who = QStringLiteral("Partnership manager");
    late.due = QDate(2027, 3, 1);
    late.status = ActionStatus::InProgress;
    Action undated;
    undated.what = QStringLiteral("Hold a member briefing");
    Action early;
    early.questionId = QStringLiteral("A-01");
    early.what = QStringLiteral("Confirm the DCS appointment");
    early.who = QStringLiteral("Chief Executive");
    early.due = QDate(2026, 11, 30);
    early.status = ActionStatus::Done;
    assessment.actions = {late, undated, early};
    return assessment;
}

// The blocks of the part of the document under the level-1 heading `title`, up to the next.
QList<ReportBlock> part(const ReportDocument &document, const QString &title)
{
    QList<ReportBlock> blocks;
    bool inside = false;
    for (const ReportBlock &block : document.blocks) {
        if (block.kind == ReportBlock::Kind::Heading && block.level == 1) {
            if (inside)
                break;
            inside = block.text == title;
            continue;
        }
        if (inside)
            blocks.append(block);
    }
    return blocks;
}

bool hasPart(const ReportDocument &document, const QString &title)
{
    for (const ReportBlock &block : document.blocks) {
        if (block.kind == ReportBlock::Kind::Heading && block.level == 1 && block.text == title)
            return true;
    }
    return false;
}

QStringList levelOneHeadings(const ReportDocument &document)
{
    QStringList headings;
    for (const ReportBlock &block : document.blocks) {
        if (block.kind == ReportBlock::Kind::Heading && block.level == 1)
            headings.append(block.text);
    }
    return headings;
}

QList<ReportBlock> ofKind(const QList<ReportBlock> &blocks, ReportBlock::Kind kind, int level = -1)
{
    QList<ReportBlock> found;
    for (const ReportBlock &block : blocks) {
        if (block.kind == kind && (level < 0 || block.level == level))
            found.append(block);
    }
    return found;
}

QStringList texts(const QList<ReportBlock> &blocks)
{
    QStringList result;
    for (const ReportBlock &block : blocks)
        result.append(block.text);
    return result;
}

QStringList column(const ReportTable &table, int index)
{
    QStringList cells;
    for (const QStringList &row : table.rows)
        cells.append(row.value(index));
    return cells;
}

// The one table of a part; fails the test when there is not exactly one.
ReportTable onlyTable(const QList<ReportBlock> &blocks)
{
    const QList<ReportBlock> tables = ofKind(blocks, ReportBlock::Kind::Table);
    if (tables.size() != 1) {
        qWarning("expected one table, found %d", int(tables.size()));
        return {};
    }
    return tables.first().table;
}

QString fact(const ReportCover &cover, const QString &label)
{
    for (const auto &entry : cover.facts) {
        if (entry.first == label)
            return entry.second;
    }
    return QStringLiteral("<no fact %1>").arg(label);
}

QString questionHeading(const QuestionBank &bank, const QString &id)
{
    return id + QLatin1Char(' ') + bank.question(id)->text;
}

QStringList ids(const QList<const Question *> &questions)
{
    QStringList result;
    for (const Question *question : questions)
        result.append(question->id);
    return result;
}

// The fields that follow the heading of question `id` in the findings, up to the next heading.
QList<ReportBlock> findingOf(const ReportDocument &document, const QuestionBank &bank,
                             const QString &id)
{
    const QList<ReportBlock> findings = part(document, QStringLiteral("Findings by section"));
    QList<ReportBlock> blocks;
    bool inside = false;
    for (const ReportBlock &block : findings) {
        if (block.kind == ReportBlock::Kind::Heading) {
            if (inside)
                break;
            inside = block.level == 3 && block.text == questionHeading(bank, id);
            continue;
        }
        if (inside)
            blocks.append(block);
    }
    return blocks;
}

QString fieldText(const QList<ReportBlock> &blocks, const QString &label)
{
    for (const ReportBlock &block : blocks) {
        if (block.kind == ReportBlock::Kind::Field && block.label == label)
            return block.text;
    }
    return QStringLiteral("<no field %1>").arg(label);
}

} // namespace

class TestReportCompose : public QObject
{
    Q_OBJECT

private:
    QuestionBank m_bank;
    QuestionBank m_builtIn;

private Q_SLOTS:
    void initTestCase()
    {
        m_bank = makeBank();
        const BankLoadResult loaded = BankLoader::loadBuiltIn();
        QVERIFY(loaded.ok());
        m_builtIn = *loaded.bank;
    }

    void metadataAndCover()
    {
        const QDate producedOn(2026, 10, 20);
        const ReportDocument document =
            ReviewComposer::compose(fullAssessment(m_bank), m_bank, ReviewOptions{producedOn, {}});
        const QString version = QStringLiteral(WAYMARK_VERSION);
        QCOMPARE(document.title,
                 QStringLiteral("Gateway review of local safeguards: Borsetshire County Council"));
        QCOMPARE(document.author, QStringLiteral("Cllr Pat Example"));
        QCOMPARE(document.subject, QStringLiteral("Self-assessment by the Lead Member for "
                                                  "Children's Services against Compose test bank "
                                                  "2.3"));
        QCOMPARE(document.creator, QStringLiteral("Waymark ") + version);
        QVERIFY(document.keywords.contains(QStringLiteral("Borsetshire County Council")));
        QCOMPARE(document.runningHeader,
                 QStringLiteral("Gateway review · Borsetshire County Council · Cllr Pat Example"));
        QVERIFY(
            document.runningFooter.contains(QLocale().toString(producedOn, QLocale::ShortFormat)));
        QVERIFY(document.runningFooter.contains(version));

        const ReportCover &cover = document.cover;
        QCOMPARE(cover.kicker, QStringLiteral("Gateway review of local safeguards"));
        QCOMPARE(cover.title, QStringLiteral("Borsetshire County Council"));
        QCOMPARE(cover.subtitle, QStringLiteral("Autumn review 2026"));
        QCOMPARE(fact(cover, QStringLiteral("Member")), QStringLiteral("Cllr Pat Example"));
        QCOMPARE(fact(cover, QStringLiteral("Role")),
                 QStringLiteral("Lead Member for Children's Services"));
        QCOMPARE(fact(cover, QStringLiteral("Assessment date")),
                 QLocale().toString(QDate(2026, 10, 12), QLocale::LongFormat));
        const QDateTime updated =
            QDateTime(QDate(2026, 10, 12), QTime(16, 10), Qt::UTC).toLocalTime();
        QCOMPARE(fact(cover, QStringLiteral("Last changed")),
                 QLocale().toString(updated.date(), QLocale::LongFormat) + QStringLiteral(" at ") +
                     updated.time().toString(QStringLiteral("HH:mm")));
        QCOMPARE(fact(cover, QStringLiteral("Question bank")),
                 QStringLiteral("Compose test bank 2.3"));
        // Every Lead Member question but A-04 is answered.
        QCOMPARE(fact(cover, QStringLiteral("Questions answered")), QStringLiteral("9 of 10"));
        // Rated: A-01 3x1, A-03 2x1, B-02 3x0, B-03 1x3, B-04 1x2, C-01 2x0 = 10 of 3x12 = 36:
        // 27.8, Red on its own as well as through the failed gate.
        QVERIFY2(cover.statement.startsWith(QStringLiteral("Gateway: Not passed.")),
                 qPrintable(cover.statement));
        QVERIFY2(cover.statement.contains(QLocale().toString(100.0 * 10 / 36, 'f', 1)),
                 qPrintable(cover.statement));
        QVERIFY(cover.statement.contains(QStringLiteral("Red")));
        QCOMPARE(cover.footnote,
                 QStringLiteral("Produced with Waymark %1 on %2.")
                     .arg(version, QLocale().toString(producedOn, QLocale::LongFormat)));
    }

    void partsInOrder()
    {
        const ReportDocument document = ReviewComposer::compose(fullAssessment(m_bank), m_bank, {});
        QCOMPARE(levelOneHeadings(document),
                 QStringList({"At a glance", "Statutory gates", "Priorities for improvement",
                              "Questions to ask officers", "Findings by section", "Action plan",
                              "How the scores work", "Glossary"}));
    }

    void noTrendPageWithoutEarlierCycles()
    {
        BankLibrary banks;
        const Assessment first = TrendCycles::firstCycle();
        const Assessment second = TrendCycles::secondCycle();
        // Only later, undated, other councils' and other roles' assessments: no earlier cycle.
        Assessment undated = TrendCycles::assessmentOf(QStringLiteral("1.0.0"), QDate(), 3);
        const Assessment otherCouncil = TrendCycles::assessmentOf(
            QStringLiteral("1.0.0"), QDate(2024, 1, 1), 4, QStringLiteral("Barsetshire"));
        const Assessment otherRole =
            TrendCycles::assessmentOf(QStringLiteral("1.0.0"), QDate(2024, 1, 1), 5,
                                      TrendCycles::Authority, QStringLiteral("scrutiny"));
        ReviewOptions options;
        options.trend =
            Trend::endingWith(first, {first, second, undated, otherCouncil, otherRole}, banks);
        QCOMPARE(options.trend.cycles.size(), 1);
        QVERIFY(!options.trend.hasEarlierCycles());
        const ReportDocument document =
            ReviewComposer::compose(first, banks.forAssessment(first.info), options);
        QVERIFY(!levelOneHeadings(document).contains(QStringLiteral("Trend")));
        QVERIFY(ofKind(document.blocks, ReportBlock::Kind::TrendChart).isEmpty());
        // And none when the caller gives no trend at all.
        QVERIFY(!levelOneHeadings(ReviewComposer::compose(first, banks.forAssessment(first.info)))
                     .contains(QStringLiteral("Trend")));
    }

    void trendPageAcrossVersions()
    {
        BankLibrary banks;
        const Assessment first = TrendCycles::firstCycle();
        const Assessment second = TrendCycles::secondCycle();
        const QuestionBank &own = banks.forAssessment(second.info);
        ReviewOptions options;
        // The second among the others too, as the store last saved it: counted once.
        options.trend = Trend::endingWith(second, {second, first}, banks);
        QCOMPARE(options.trend.cycles.size(), 2);
        const ReportDocument document = ReviewComposer::compose(second, own, options);
        const QStringList parts = levelOneHeadings(document);
        QCOMPARE(parts.indexOf(QStringLiteral("Trend")),
                 parts.indexOf(QStringLiteral("At a glance")) + 1);
        const QList<ReportBlock> trend = part(document, QStringLiteral("Trend"));

        // The chart: the overall score of each cycle, each against its own version.
        const QList<ReportBlock> charts = ofKind(trend, ReportBlock::Kind::TrendChart);
        QCOMPARE(charts.size(), 1);
        const TrendChartData &chart = charts.first().trendChart;
        QCOMPARE(chart.dates, QList<QDate>({QDate(2025, 5, 1), QDate(2026, 5, 1)}));
        QCOMPARE(chart.versions, QStringList({"1.0.0", "2.0.0"}));
        QCOMPARE(chart.series.size(), 1);
        QCOMPARE(chart.series.first().title, QStringLiteral("Overall"));
        const ScoreReport then =
            Scorer::score(*BankLoader::loadBuiltIn(QStringLiteral("1.0.0")).bank, first);
        const ScoreReport now = Scorer::score(own, second);
        QCOMPARE(chart.series.first().scores.at(0), then.overall.score());
        QCOMPARE(chart.series.first().scores.at(1), now.overall.score());

        const QList<ReportBlock> tables = ofKind(trend, ReportBlock::Kind::Table);
        QVERIFY(tables.size() >= 3);
        // Each cycle: date, version, score with its RAG in words and as a pattern, gateway.
        const ReportTable &cycles = tables.at(0).table;
        QCOMPARE(cycles.rows.size(), 2);
        QCOMPARE(column(cycles, 1), QStringList({"Version 1.0.0", "Version 2.0.0"}));
        QVERIFY(cycles.rows.at(1).at(0).endsWith(QStringLiteral("(this review)")));
        QVERIFY(!cycles.rows.at(0).at(0).contains(QStringLiteral("this review")));
        QCOMPARE(cycles.ragColumn, 2);
        QCOMPARE(cycles.rowRags.at(1), now.overallRag());
        QCOMPARE(cycles.rows.at(1).at(2),
                 QStringLiteral("%1, %2").arg(QLocale().toString(*now.overall.score(), 'f', 1),
                                              ragLabel(now.overallRag())));
        QCOMPARE(cycles.rows.at(0).at(3), gatewayLabel(then.gateway));

        // Sections: a column per cycle and the change; LEAD was 15 of 21 under 1.0.0 (LEAD-01 3
        // of weight 3, LEAD-03 1 and LEAD-04 2 of weight 2).
        const ReportTable &sections = tables.at(1).table;
        QCOMPARE(sections.header.size(), 4);
        QCOMPARE(sections.header.last(), QStringLiteral("Change"));
        QCOMPARE(sections.rows.size(), options.trend.sections.size());
        const QStringList lead = sections.rows.at(0);
        QVERIFY2(lead.at(1).startsWith(QLocale().toString(100.0 * 15 / 21, 'f', 1)),
                 qPrintable(lead.join(QLatin1Char('|'))));
        const int org = column(sections, 0).indexOf(options.trend.sections.at(1).title);
        QVERIFY(org >= 0);

        // Questions that moved, followed through the mapping: LEAD-11 was part of LEAD-03.
        const ReportTable &moved = tables.at(2).table;
        const int lead11 = column(moved, 0).indexOf(QStringLiteral("LEAD-11"));
        QVERIFY(lead11 >= 0);
        QVERIFY2(moved.rows.at(lead11).at(2).contains(
                     QStringLiteral("Partially met (as LEAD-03), before the question was split")),
                 qPrintable(moved.rows.at(lead11).at(2)));
        QCOMPARE(moved.rows.at(lead11).at(3), QStringLiteral("Worse"));
        const int lead04 = column(moved, 0).indexOf(QStringLiteral("LEAD-04"));
        QVERIFY(lead04 >= 0);
        QVERIFY(moved.rows.at(lead04).at(2).contains(QStringLiteral("Not met (as S11-02)")));
        QCOMPARE(moved.rows.at(lead04).at(3), QStringLiteral("Better"));
        QCOMPARE(column(moved, 0).indexOf(QStringLiteral("LEAD-01")), -1); // it stood still

        // Questions no longer asked, each with the mapping's reason.
        QCOMPARE(tables.size(), options.trend.retired.isEmpty() ? 3 : 4);
        if (!options.trend.retired.isEmpty()) {
            const ReportTable &retired = tables.at(3).table;
            QCOMPARE(retired.rows.size(), options.trend.retired.size());
            QCOMPARE(retired.rows.first().at(3), options.trend.retired.first().reason);
        }
        // The chart is named in the plain text, so a search of the document finds it.
        QVERIFY(document.plainText().contains(QStringLiteral("Overall")));
    }

    void atAGlance()
    {
        const Assessment assessment = fullAssessment(m_bank);
        const ReportDocument document = ReviewComposer::compose(assessment, m_bank, {});
        const QList<ReportBlock> glance = part(document, QStringLiteral("At a glance"));
        QVERIFY(!glance.isEmpty());
        QCOMPARE(glance.first().kind, ReportBlock::Kind::Paragraph);
        QCOMPARE(glance.first().style, TextStyle::Lead);
        QVERIFY2(glance.first().text.contains(QStringLiteral("Not passed")) &&
                     glance.first().text.contains(QStringLiteral("A-01")),
                 qPrintable(glance.first().text));

        bool gateway = false;
        bool overall = false;
        for (const ReportBlock &block : glance) {
            if (block.kind != ReportBlock::Kind::Field)
                continue;
            if (block.label == QStringLiteral("Gateway")) {
                gateway = true;
                QCOMPARE(block.text, QStringLiteral("Not passed"));
                QCOMPARE(block.rag, Rag::Red);
            } else if (block.label == QStringLiteral("Overall score")) {
                overall = true;
                QVERIFY(block.text.startsWith(QLocale().toString(100.0 * 10 / 36, 'f', 1) +
                                              QStringLiteral(" out of 100")));
                QCOMPARE(block.rag, Rag::Red);
            } else if (block.label == QStringLiteral("Answered")) {
                QCOMPARE(block.text, QStringLiteral("9 of 10 questions"));
            } else if (block.label == QStringLiteral("Knowledge gaps")) {
                QVERIFY(block.text.startsWith(QStringLiteral("2 ")));
            }
        }
        QVERIFY(gateway && overall);

        const QList<ReportBlock> charts = ofKind(glance, ReportBlock::Kind::Chart);
        QCOMPARE(charts.size(), 1);
        const ScoreReport scores = Scorer::score(m_bank, assessment);
        QCOMPARE(charts.first().chart.size(), scores.sections.size());

        const ReportTable table = onlyTable(glance);
        QCOMPARE(column(table, 0), QStringList({"Leadership", "Partnership", "Front door"}));
        QCOMPARE(table.ragColumn, 2);
        // A: A-01 3x1 + A-03 2x1 = 5 of 15 = 33.3 and a failed gate; B: 0 + 3 + 2 = 5 of 15,
        // 33.3; C: C-01 0 of 6 = 0.0.
        QCOMPARE(table.rowRags, QList<Rag>({Rag::Red, Rag::Red, Rag::Red}));
        QCOMPARE(column(table, 2), QStringList({"Red", "Red", "Red"}));
        QCOMPARE(column(table, 3), QStringList({"3 of 4", "4 of 4", "2 of 2"}));
        QCOMPARE(column(table, 4), QStringList({"Gate failed", "", ""}));
        for (const QStringList &row : table.rows)
            QCOMPARE(row.size(), table.header.size());
        QCOMPARE(table.stretch.size(), table.header.size());
    }

    void everyApplicableSectionUnderFindings_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("lead-member")
            << LeadMember << QStringList({"Leadership", "Partnership", "Front door"});
        QTest::newRow("councillor") << Councillor << QStringList({"Leadership", "Partnership"});
        QTest::newRow("scrutiny") << Scrutiny << QStringList({"Front door"});
    }

    void everyApplicableSectionUnderFindings()
    {
        QFETCH(QString, role);
        QFETCH(QStringList, sections);
        Assessment assessment = fullAssessment(m_bank);
        assessment.info.roleId = role;
        const ReportDocument document = ReviewComposer::compose(assessment, m_bank, {});
        const QList<ReportBlock> findings = part(document, QStringLiteral("Findings by section"));
        const QList<ReportBlock> headings = ofKind(findings, ReportBlock::Kind::Heading, 2);
        QCOMPARE(texts(headings), sections);

        const ScoreReport scores = Scorer::score(m_bank, assessment);
        QCOMPARE(headings.size(), scores.sections.size());
        for (int i = 0; i < headings.size(); ++i)
            QCOMPARE(headings.at(i).rag, scores.sections.at(i).rag());

        // Every question of the role, in bank order, under its heading.
        QStringList expected;
        for (const Question *question : m_bank.questionsFor(role))
            expected.append(questionHeading(m_bank, question->id));
        QCOMPARE(texts(ofKind(findings, ReportBlock::Kind::Heading, 3)), expected);
    }

    void findingsCarryAnswersAndActions()
    {
        const ReportDocument document = ReviewComposer::compose(fullAssessment(m_bank), m_bank, {});
        const QList<ReportBlock> a01 = findingOf(document, m_bank, QStringLiteral("A-01"));
        QCOMPARE(fieldText(a01, QStringLiteral("Answer")),
                 QStringLiteral("Partially met (statutory gate)"));
        QCOMPARE(fieldText(a01, QStringLiteral("Action")),
                 QStringLiteral("Confirm the DCS appointment — Chief Executive, by %1, Done")
                     .arg(QLocale().toString(QDate(2026, 11, 30), QLocale::LongFormat)));

        const QList<ReportBlock> a03 = findingOf(document, m_bank, QStringLiteral("A-03"));
        QCOMPARE(fieldText(a03, QStringLiteral("Answer")), QStringLiteral("Partially met"));
        QCOMPARE(fieldText(a03, QStringLiteral("Evidence")),
                 QStringLiteral("Quarterly report seen at Cabinet."));
        // No note, so no empty note field.
        for (const ReportBlock &block : a03)
            QVERIFY(block.label != QStringLiteral("Note or question for officers"));

        const QList<ReportBlock> a04 = findingOf(document, m_bank, QStringLiteral("A-04"));
        QCOMPARE(fieldText(a04, QStringLiteral("Answer")), QStringLiteral("Not answered"));

        const QList<ReportBlock> b03 = findingOf(document, m_bank, QStringLiteral("B-03"));
        QCOMPARE(fieldText(b03, QStringLiteral("Note or question for officers")),
                 QStringLiteral("Raise our role as corporate parent at the next meeting."));
        QVERIFY(texts(b03).contains(QStringLiteral("Flagged for follow-up.")));
        QVERIFY(!texts(a03).contains(QStringLiteral("Flagged for follow-up.")));
    }

    void gatesTable()
    {
        const Assessment assessment = fullAssessment(m_bank);
        const ReportDocument document = ReviewComposer::compose(assessment, m_bank, {});
        const ReportTable table = onlyTable(part(document, QStringLiteral("Statutory gates")));
        QStringList gates;
        for (const Question *question : m_bank.questionsFor(LeadMember)) {
            if (question->gate)
                gates.append(question->id);
        }
        QCOMPARE(gates, QStringList({"A-01", "B-01", "B-04", "C-02"}));
        QCOMPARE(column(table, 0), gates);
        QCOMPARE(column(table, 1).first(), m_bank.question(QStringLiteral("A-01"))->text);
        QCOMPARE(column(table, 2),
                 QStringList({"Partially met", "Don't know", "Mostly met", "Not applicable"}));
        QCOMPARE(column(table, 3), QStringList({"Failed", "Not known", "Met", "Not applicable"}));
        QCOMPARE(table.ragColumn, 3);
        QCOMPARE(table.rowRags, QList<Rag>({Rag::Red, Rag::Amber, Rag::Green, Rag::None}));
        // Every failed gate of the scores is shown failed.
        const ScoreReport scores = Scorer::score(m_bank, assessment);
        for (const QString &id : scores.failedGates)
            QCOMPARE(table.rows.at(column(table, 0).indexOf(id)).at(3), QStringLiteral("Failed"));
    }

    void roleWithoutGates()
    {
        Assessment assessment = fullAssessment(m_bank);
        assessment.info.roleId = Scrutiny;
        const ReportDocument document = ReviewComposer::compose(assessment, m_bank, {});
        const QList<ReportBlock> gates = part(document, QStringLiteral("Statutory gates"));
        QVERIFY(ofKind(gates, ReportBlock::Kind::Table).isEmpty());
        QVERIFY(texts(gates).contains(QStringLiteral("No statutory gate applies to the Scrutiny "
                                                     "member.")));
    }

    void prioritiesInOrder()
    {
        const Assessment assessment = fullAssessment(m_bank);
        const ScoreReport scores = Scorer::score(m_bank, assessment);
        QCOMPARE(scores.priorities, QStringList({"A-01", "B-02", "C-01", "A-03"}));
        const ReportDocument document = ReviewComposer::compose(assessment, m_bank, {});
        const ReportTable table =
            onlyTable(part(document, QStringLiteral("Priorities for improvement")));
        QCOMPARE(column(table, 0), QStringList({"1", "2", "3", "4"}));
        QCOMPARE(column(table, 1), scores.priorities);
        QCOMPARE(column(table, 2).at(1), m_bank.question(QStringLiteral("B-02"))->text);
        QCOMPARE(column(table, 3),
                 QStringList({"Partially met", "Not met", "Not met", "Partially met"}));
        QCOMPARE(column(table, 4),
                 QStringList({"Statutory gate, weight 3", "Weight 3", "Weight 2", "Weight 2"}));
    }

    void knowledgeGapsAsQuestions()
    {
        const Assessment assessment = fullAssessment(m_bank);
        const ScoreReport scores = Scorer::score(m_bank, assessment);
        QCOMPARE(scores.knowledgeGaps, QStringList({"A-02", "B-01"}));
        const ReportDocument document = ReviewComposer::compose(assessment, m_bank, {});
        const QList<ReportBlock> gaps = part(document, QStringLiteral("Questions to ask officers"));
        QStringList expected;
        for (const QString &id : scores.knowledgeGaps)
            expected.append(questionHeading(m_bank, id));
        QCOMPARE(texts(ofKind(gaps, ReportBlock::Kind::Heading, 3)), expected);
        QCOMPARE(fieldText(gaps, QStringLiteral("Note or question for officers")),
                 QStringLiteral("Ask how the offer reaches families."));
        QCOMPARE(fieldText(gaps, QStringLiteral("How would you know?")),
                 m_bank.question(QStringLiteral("A-02"))->howToKnow);
    }

    void actionPlan()
    {
        const ReportDocument document = ReviewComposer::compose(fullAssessment(m_bank), m_bank, {});
        const ReportTable table = onlyTable(part(document, QStringLiteral("Action plan")));
        QCOMPARE(table.header, QStringList({"Question", "What", "Who", "By when", "Status"}));
        // By due date, the undated one last.
        QCOMPARE(column(table, 0), QStringList({"A-01", "B-02", "General"}));
        QCOMPARE(column(table, 1),
                 QStringList({"Confirm the DCS appointment",
                              "Agree an information-sharing protocol", "Hold a member briefing"}));
        QCOMPARE(column(table, 2),
                 QStringList({"Chief Executive", "Partnership manager", "Nobody named"}));
        QCOMPARE(column(table, 3),
                 QStringList({QLocale().toString(QDate(2026, 11, 30), QLocale::LongFormat),
                              QLocale().toString(QDate(2027, 3, 1), QLocale::LongFormat),
                              "No date set"}));
        QCOMPARE(column(table, 4), QStringList({"Done", "In progress", "Not started"}));
    }

    void hostileMemberTextIsVerbatim()
    {
        const QString evidence = QStringLiteral("<img src=\"/etc/passwd\"> and <b>bold</b>");
        QString note = QStringLiteral("&amp; %1 %2 \"quoted\"\nsecond line\r\n\tthird\n");
        note += QString(3000, QLatin1Char('x'));
        const QString what = QStringLiteral("<script>alert(1)</script> & %1");
        const QString who = QStringLiteral("O'Brien & \"Sons\" %2 <i>");
        const QString respondent = QStringLiteral("Cllr <b>Jones</b> %1");

        Assessment assessment = fullAssessment(m_bank);
        assessment.info.respondent = respondent;
        assessment.answers[QStringLiteral("A-03")].evidence = evidence;
        assessment.answers[QStringLiteral("A-03")].note = note;
        assessment.answers[QStringLiteral("A-02")].note = note;
        Action action;
        action.questionId = QStringLiteral("A-03");
        action.what = what;
        action.who = who;
        action.due = QDate(2026, 12, 1);
        assessment.actions.append(action);

        const ReportDocument document = ReviewComposer::compose(assessment, m_bank, {});
        QCOMPARE(document.author, respondent);
        QCOMPARE(fact(document.cover, QStringLiteral("Member")), respondent);

        const QList<ReportBlock> a03 = findingOf(document, m_bank, QStringLiteral("A-03"));
        QCOMPARE(fieldText(a03, QStringLiteral("Evidence")), evidence);
        QCOMPARE(fieldText(a03, QStringLiteral("Note or question for officers")), note);
        const QString line = fieldText(a03, QStringLiteral("Action"));
        QVERIFY2(line.startsWith(what + QStringLiteral(" — ") + who + QStringLiteral(", by ")),
                 qPrintable(line));

        const QList<ReportBlock> gaps = part(document, QStringLiteral("Questions to ask officers"));
        QCOMPARE(fieldText(gaps, QStringLiteral("Note or question for officers")), note);

        const ReportTable plan = onlyTable(part(document, QStringLiteral("Action plan")));
        const int row = int(column(plan, 1).indexOf(what));
        QVERIFY(row >= 0);
        QCOMPARE(plan.rows.at(row).at(2), who);
    }

    void emptyAssessment()
    {
        const Assessment assessment = baseAssessment(m_bank, LeadMember);
        const ReportDocument document = ReviewComposer::compose(assessment, m_bank, {});
        // The same parts, with the glossary of the question texts.
        QCOMPARE(levelOneHeadings(document),
                 QStringList({"At a glance", "Statutory gates", "Priorities for improvement",
                              "Questions to ask officers", "Findings by section", "Action plan",
                              "How the scores work", "Glossary"}));
        QVERIFY(document.cover.statement.contains(QStringLiteral("Incomplete")));
        QVERIFY(document.cover.statement.contains(QStringLiteral("No score yet")));
        QCOMPARE(fact(document.cover, QStringLiteral("Questions answered")),
                 QStringLiteral("0 of 10"));

        const QList<ReportBlock> glance = part(document, QStringLiteral("At a glance"));
        QCOMPARE(fieldText(glance, QStringLiteral("Overall score")),
                 QStringLiteral("No score yet: no question is rated"));
        QCOMPARE(fieldText(glance, QStringLiteral("Gateway")), QStringLiteral("Incomplete"));

        const QList<ReportBlock> priorities =
            part(document, QStringLiteral("Priorities for improvement"));
        QVERIFY(ofKind(priorities, ReportBlock::Kind::Table).isEmpty());
        QCOMPARE(texts(priorities),
                 QStringList({"There are no priorities for improvement: no question is rated Not "
                              "met or Partially met."}));
        const QList<ReportBlock> gaps = part(document, QStringLiteral("Questions to ask officers"));
        QVERIFY(ofKind(gaps, ReportBlock::Kind::Heading).isEmpty());
        QCOMPARE(texts(gaps), QStringList({"There are no knowledge gaps: no question is answered "
                                           "Don't know."}));
        const QList<ReportBlock> plan = part(document, QStringLiteral("Action plan"));
        QVERIFY(ofKind(plan, ReportBlock::Kind::Table).isEmpty());
        QCOMPARE(texts(plan), QStringList({"No actions have been recorded."}));

        const ReportTable gates = onlyTable(part(document, QStringLiteral("Statutory gates")));
        QCOMPARE(column(gates, 3),
                 QStringList({"Not answered", "Not answered", "Not answered", "Not answered"}));

        // Every question is there, unanswered; no table anywhere is empty.
        for (const Question *question : m_bank.questionsFor(LeadMember)) {
            const QList<ReportBlock> finding = findingOf(document, m_bank, question->id);
            const QString expected = question->gate
                                         ? QStringLiteral("Not answered (statutory gate)")
                                         : QStringLiteral("Not answered");
            QCOMPARE(fieldText(finding, QStringLiteral("Answer")), expected);
        }
        for (const ReportBlock &block : document.blocks) {
            if (block.kind == ReportBlock::Kind::Table)
                QVERIFY(!block.table.rows.isEmpty());
        }
    }

    void glossaryOfTermsUsed()
    {
        const ReportDocument document = ReviewComposer::compose(fullAssessment(m_bank), m_bank, {});
        const ReportTable glossary = onlyTable(part(document, QStringLiteral("Glossary")));
        // DCS, early help, LADO from question texts; corporate parent from a member's note; MASH
        // from C-01; never MAPPA, which nothing uses. Alphabetical, ignoring case.
        QCOMPARE(column(glossary, 0),
                 QStringList({"corporate parent", "DCS", "early help", "LADO", "MASH"}));
        QCOMPARE(column(glossary, 1).at(1),
                 QStringLiteral("The senior officer accountable for children's services."));

        // A councillor does not answer A-02, B-01 or C-01, and this one wrote no note.
        Assessment councillor = baseAssessment(m_bank, Councillor);
        const ReportDocument short_ = ReviewComposer::compose(councillor, m_bank, {});
        QCOMPARE(column(onlyTable(part(short_, QStringLiteral("Glossary"))), 0),
                 QStringList({"DCS"}));
    }

    void noGlossaryWhenNoTermIsUsed()
    {
        QuestionBank bank = makeBank();
        bank.glossary = {{QStringLiteral("MAPPA"), {}, QStringLiteral("Unused."), 0}};
        const ReportDocument document =
            ReviewComposer::compose(baseAssessment(bank, LeadMember), bank, {});
        QVERIFY(!hasPart(document, QStringLiteral("Glossary")));
    }

    void builtInSample()
    {
        const Assessment sample = sampleAssessment(m_builtIn);
        const ScoreReport scores = Scorer::score(m_builtIn, sample);
        QCOMPARE(scores.gateway, Gateway::NotPassed);
        const ReportDocument document = ReviewComposer::compose(sample, m_builtIn, {});

        const ReportTable gates = onlyTable(part(document, QStringLiteral("Statutory gates")));
        for (const QString &id : scores.failedGates) {
            const int row = int(column(gates, 0).indexOf(id));
            QVERIFY2(row >= 0, qPrintable(id));
            QCOMPARE(gates.rows.at(row).at(3), QStringLiteral("Failed"));
            QCOMPARE(gates.rowRags.at(row), Rag::Red);
        }
        QCOMPARE(column(onlyTable(part(document, QStringLiteral("Priorities for improvement"))), 1),
                 scores.priorities);
        QStringList sections;
        for (const SectionScore &section : scores.sections)
            sections.append(section.title);
        QCOMPARE(texts(ofKind(part(document, QStringLiteral("Findings by section")),
                              ReportBlock::Kind::Heading, 2)),
                 sections);
        QCOMPARE(onlyTable(part(document, QStringLiteral("Action plan"))).rows.size(),
                 sample.actions.size());
        QVERIFY(hasPart(document, QStringLiteral("Glossary")));
    }

    // The cover says which law the questions are asked under; a bank of one law (the test bank)
    // names none, so shows none.
    void coverNamesTheLaw()
    {
        QCOMPARE(fact(ReviewComposer::compose(fullAssessment(m_bank), m_bank, {}).cover,
                      QStringLiteral("Law")),
                 QStringLiteral("<no fact Law>"));
        const QuestionBank wales = m_builtIn.inJurisdiction(QStringLiteral("wales"));
        Assessment sample = sampleAssessment(wales);
        sample.info.jurisdiction = QStringLiteral("wales");
        QCOMPARE(fact(ReviewComposer::compose(sample, wales, {}).cover, QStringLiteral("Law")),
                 QStringLiteral("Wales"));
        sample.info.jurisdiction = QStringLiteral("england");
        const QuestionBank england = m_builtIn.inJurisdiction(QStringLiteral("england"));
        QCOMPARE(fact(ReviewComposer::compose(sample, england, {}).cover, QStringLiteral("Law")),
                 QStringLiteral("England"));
        QCOMPARE(
            fact(WorkbookComposer::compose(wales, LeadMember, {}).cover, QStringLiteral("Law")),
            QStringLiteral("Wales"));
    }

    void workbookHasTheRolesQuestions_data()
    {
        QTest::addColumn<bool>("builtIn");
        QTest::addColumn<QString>("role");
        QTest::newRow("test bank, lead-member") << false << LeadMember;
        QTest::newRow("test bank, councillor") << false << Councillor;
        QTest::newRow("test bank, scrutiny") << false << Scrutiny;
        for (const Role &role : std::as_const(m_builtIn.roles))
            QTest::newRow(qPrintable(QStringLiteral("built-in, ") + role.id)) << true << role.id;
    }

    void workbookHasTheRolesQuestions()
    {
        QFETCH(bool, builtIn);
        QFETCH(QString, role);
        const QuestionBank &bank = builtIn ? m_builtIn : m_bank;
        const ReportDocument document = WorkbookComposer::compose(bank, role, {});

        // Exactly the role's questions, in bank order: compared by id.
        QStringList headingIds;
        for (const ReportBlock &heading : ofKind(document.blocks, ReportBlock::Kind::Heading, 3))
            headingIds.append(heading.text.section(QLatin1Char(' '), 0, 0));
        QVERIFY(!headingIds.isEmpty());
        QCOMPARE(headingIds, ids(bank.questionsFor(role)));
        QStringList expected;
        for (const Question *question : bank.questionsFor(role))
            expected.append(questionHeading(bank, question->id));
        QCOMPARE(texts(ofKind(document.blocks, ReportBlock::Kind::Heading, 3)), expected);

        // After each question heading, before the next: six tick boxes and two ruled spaces.
        const QStringList choices = {"Fully met (3)", "Mostly met (2)", "Partially met (1)",
                                     "Not met (0)",   "Don't know",     "Not applicable"};
        int questions = 0;
        for (int i = 0; i < document.blocks.size(); ++i) {
            const ReportBlock &block = document.blocks.at(i);
            if (block.kind != ReportBlock::Kind::Heading || block.level != 3)
                continue;
            ++questions;
            QList<ReportBlock> body;
            for (int j = i + 1; j < document.blocks.size() &&
                                document.blocks.at(j).kind != ReportBlock::Kind::Heading;
                 ++j)
                body.append(document.blocks.at(j));
            const QList<ReportBlock> ticks = ofKind(body, ReportBlock::Kind::TickBoxes);
            QCOMPARE(ticks.size(), 1);
            QCOMPARE(ticks.first().label, QStringLiteral("Your answer"));
            QCOMPARE(ticks.first().choices, choices);
            const QList<ReportBlock> ruled = ofKind(body, ReportBlock::Kind::RuledLines);
            QCOMPARE(ruled.size(), 2);
            QCOMPARE(ruled.at(0).label, QStringLiteral("How do you know? (evidence)"));
            QCOMPARE(ruled.at(1).label, QStringLiteral("Notes and questions for officers"));
            QCOMPARE(ruled.at(0).lines, 3);
            QCOMPARE(ruled.at(1).lines, 3);
            const ReportTable levels = onlyTable(body);
            QCOMPARE(levels.rows.size(), 4);
        }
        QCOMPARE(questions, int(bank.questionsFor(role).size()));
    }

    void workbookContent()
    {
        const QDate producedOn(2026, 10, 20);
        const ReportDocument document = WorkbookComposer::compose(m_bank, Councillor, {producedOn});
        QCOMPARE(document.title, QStringLiteral("Workbook: Compose test bank — Councillor"));
        QCOMPARE(document.cover.kicker, QStringLiteral("Workbook"));
        QCOMPARE(document.cover.title, QStringLiteral("Compose test bank"));
        QCOMPARE(document.cover.subtitle, QStringLiteral("For the Councillor"));
        QVERIFY(fact(document.cover, QStringLiteral("Name")).startsWith(QStringLiteral("____")));
        QVERIFY(fact(document.cover, QStringLiteral("Council")).startsWith(QStringLiteral("____")));
        QVERIFY(fact(document.cover, QStringLiteral("Date")).startsWith(QStringLiteral("____")));
        QVERIFY(
            document.cover.footnote.contains(QLocale().toString(producedOn, QLocale::LongFormat)));

        QCOMPARE(levelOneHeadings(document), QStringList({"How to use this workbook", "Leadership",
                                                          "Partnership", "Glossary"}));
        const ReportTable scale = onlyTable(part(document, QStringLiteral("How to use this "
                                                                          "workbook")));
        QCOMPARE(column(scale, 0),
                 QStringList({"Fully met (3)", "Mostly met (2)", "Partially met (1)", "Not met (0)",
                              "Don't know", "Not applicable"}));

        // A gate says so, with its statutory basis; its levels are the question's own.
        const QList<ReportBlock> leadership = part(document, QStringLiteral("Leadership"));
        QVERIFY(texts(leadership)
                    .contains(QStringLiteral("Statutory gate: a duty the law says must be in "
                                             "place. Statutory basis: Children Act 2004, s11 "
                                             "(A-01)")));
        QCOMPARE(fieldText(leadership, QStringLiteral("Why this matters")),
                 QStringLiteral("Why A-01 matters."));
        QCOMPARE(fieldText(leadership, QStringLiteral("How would you know?")),
                 QStringLiteral("Ask for the report on A-01."));
        const QList<ReportBlock> tables = ofKind(leadership, ReportBlock::Kind::Table);
        QCOMPARE(tables.size(), 2);
        QCOMPARE(column(tables.first().table, 1),
                 QStringList({"A-01 all in place.", "A-01 mostly in place.",
                              "A-01 partly in place.", "A-01 not in place."}));

        // DCS from A-01; not LADO, early help or MASH, which only other roles' questions use.
        QCOMPARE(column(onlyTable(part(document, QStringLiteral("Glossary"))), 0),
                 QStringList({"DCS"}));
    }

    void workbookForUnknownRole()
    {
        const ReportDocument document =
            WorkbookComposer::compose(m_bank, QStringLiteral("no-such-role"), {});
        QVERIFY(ofKind(document.blocks, ReportBlock::Kind::Heading, 3).isEmpty());
        QVERIFY(document.plainText().contains(
            QStringLiteral("No question in this question bank applies to the no-such-role.")));
    }
};

QTEST_GUILESS_MAIN(TestReportCompose)
#include "tst_reportcompose.moc"
