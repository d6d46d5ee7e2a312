// Comparing with an earlier assessment, over a real store holding several assessments. Scoring
// test bank (tests/data/scoring-bank.json), role lead-member. Weights: A-01 gate 3, A-02 1, A-03 2;
// B-01 gate 2, B-02 3, B-03 1; C-01 2.
//   earlier (1 March 2024): A-01 Not met, A-02 Mostly met, B-02 Mostly met
//   now     (1 March 2025): A-01 Fully met, A-02 Mostly met, B-02 Mostly met, B-03 Don't know,
//                           C-01 Mostly met
// Section A: 100 x 2/12 = 16.7 (Red, gate failed) -> 100 x 11/12 = 91.7 Green: up 75.0
// Section B: 100 x 6/9 = 66.7 -> 66.7 (B-03 Don't know is not rated): no change
// Section C: no score -> 66.7: new score
// Changed answers: A-01 better, B-03 changed, C-01 changed.
//
// Across versions of the built-in bank (issue 13), role lead-member, England:
//   earlier (1.0.0, 1 March 2024): LEAD-01 Fully met (w3), LEAD-03 Partially met (w2), LEAD-04
//       Mostly met (w2), LEAD-08 Mostly met (w3), S11-02 Not met (w2), PART-01 Partially met (w3)
//   now (2.0.0, 1 March 2026): LEAD-01 Fully met (w3), LEAD-03 Partially met (w2), LEAD-04 Mostly
//       met (w2), LEAD-11 Fully met (w1), PART-01 Fully met (w3), RISK-01 Mostly met (w2)
//   2.0.0's mapping: LEAD-03 split into LEAD-03 and LEAD-11; LEAD-04 and S11-02 merged into
//   LEAD-04; LEAD-08 and PART-01 merged into PART-01; RISK-01 is new.
// Each scored against its own version:
//   LEAD: 1.0.0 100 x (9+2+4+6)/30 = 70.0 Amber -> 2.0.0 100 x (9+2+4+3)/24 = 75.0 Green: up 5.0
//   S11: 1.0.0 100 x 0/6 = 0.0 Red -> no score now; PART: 33.3 Red -> 100.0 Green: up 66.7
//   RISK: new score 66.7
// Changed answers: LEAD-04 (earlier LEAD-04 Mostly met, S11-02 Not met: changed), LEAD-11
// (earlier Partially met as LEAD-03: better), PART-01 (earlier LEAD-08 Mostly met, PART-01
// Partially met: better), RISK-01 (not asked then: new question). LEAD-01 and LEAD-03 stand.
#include "Accessibility.h"
#include "bank/BankLibrary.h"
#include "bank/BankLoader.h"
#include "summary/CompareView.h"
#include "walkthrough/AssessmentDocument.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Waymark;

class TestCompareView : public QObject
{
    Q_OBJECT

private:
    QuestionBank m_bank;
    std::unique_ptr<BankLibrary> m_banks; // holding m_bank, as the app's holds its banks
    BankLibrary m_builtIn;                // the built-in banks, every version
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AssessmentStore> m_store;
    std::unique_ptr<AssessmentDocument> m_doc;
    qint64 m_earlierId = 0;
    qint64 m_oldestId = 0;

    qint64 addAssessment(const QString &authority, const QString &role, QDate date,
                         const QString &respondent,
                         const QList<QPair<QString, Rating>> &answers = {})
    {
        AssessmentInfo info;
        info.title = QStringLiteral("Review");
        info.authority = authority;
        info.respondent = respondent;
        info.roleId = role;
        info.date = date;
        info.bankId = m_bank.id;
        info.bankVersion = m_bank.version;
        StoreError error;
        if (!m_store->createAssessment(info, &error))
            return 0;
        for (const auto &answer : answers) {
            Answer stored;
            stored.rating = answer.second;
            if (!m_store->saveAnswer(info.id, answer.first, stored, &error))
                return 0;
        }
        return info.id;
    }

    // An assessment of the built-in bank, of a version and under a law, in the store.
    qint64 addBuiltIn(const QString &version, const QString &jurisdiction, QDate date,
                      const QList<QPair<QString, Rating>> &answers)
    {
        AssessmentInfo info;
        info.title = QStringLiteral("Review");
        info.authority = QStringLiteral("Carmarthen");
        info.respondent = QStringLiteral("Cllr ") + version;
        info.roleId = QStringLiteral("lead-member");
        info.date = date;
        info.bankId = m_builtIn.latest().id;
        info.bankVersion = version;
        info.jurisdiction = jurisdiction;
        StoreError error;
        if (!m_store->createAssessment(info, &error))
            return 0;
        for (const auto &[question, rating] : answers) {
            Answer stored;
            stored.rating = rating;
            if (!m_store->saveAnswer(info.id, question, stored, &error))
                return 0;
        }
        return info.id;
    }

    std::unique_ptr<AssessmentDocument> openBuiltIn(qint64 id)
    {
        StoreError error;
        std::optional<Assessment> loaded = m_store->loadAssessment(id, &error);
        if (!loaded)
            return nullptr;
        return std::make_unique<AssessmentDocument>(m_builtIn, *m_store, *loaded);
    }

    // The row of a table whose first column holds text.
    static QStringList rowOf(const QTableView *view, const QString &text)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data().toString() != text)
                continue;
            QStringList cells;
            for (int column = 0; column < view->model()->columnCount(); ++column)
                cells.append(view->model()->index(row, column).data().toString());
            return cells;
        }
        return {QStringLiteral("<no row %1>").arg(text)};
    }

    static QStringList column(const QTableView *view, int column)
    {
        QStringList values;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            values.append(view->model()->index(row, column).data().toString());
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const BankLoadResult loaded =
            BankLoader::loadFile(QStringLiteral(WAYMARK_TEST_DATA "/scoring-bank.json"));
        QVERIFY(loaded.ok());
        m_bank = *loaded.bank;
        m_banks = std::make_unique<BankLibrary>();
        m_banks->add(m_bank);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<AssessmentStore>();
        StoreError error;
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("t.db")),
                              AssessmentStore::OpenMode::CreateIfMissing, &error));
        const QString lead = QStringLiteral("lead-member");
        const QString county = QStringLiteral("Exampleshire");
        m_earlierId = addAssessment(county, lead, QDate(2024, 3, 1), QStringLiteral("Cllr Early"),
                                    {{QStringLiteral("A-01"), Rating::NotMet},
                                     {QStringLiteral("A-02"), Rating::MostlyMet},
                                     {QStringLiteral("B-02"), Rating::MostlyMet}});
        m_oldestId = addAssessment(QStringLiteral("exampleshire "), lead, QDate(2023, 2, 1),
                                   QStringLiteral("Cllr Oldest"));
        // Not offered: another authority, another role, a later date.
        QVERIFY(addAssessment(QStringLiteral("Otherton"), lead, QDate(2024, 6, 1),
                              QStringLiteral("Cllr Other")));
        QVERIFY(addAssessment(county, QStringLiteral("councillor"), QDate(2024, 6, 1),
                              QStringLiteral("Cllr Role")));
        QVERIFY(addAssessment(county, lead, QDate(2026, 1, 1), QStringLiteral("Cllr Later")));
        const qint64 nowId =
            addAssessment(county, lead, QDate(2025, 3, 1), QStringLiteral("Cllr Now"),
                          {{QStringLiteral("A-01"), Rating::FullyMet},
                           {QStringLiteral("A-02"), Rating::MostlyMet},
                           {QStringLiteral("B-02"), Rating::MostlyMet},
                           {QStringLiteral("B-03"), Rating::DontKnow},
                           {QStringLiteral("C-01"), Rating::MostlyMet}});
        QVERIFY(m_earlierId && m_oldestId && nowId);
        std::optional<Assessment> loaded = m_store->loadAssessment(nowId, &error);
        QVERIFY(loaded);
        m_doc = std::make_unique<AssessmentDocument>(*m_banks, *m_store, *loaded);
    }

    void cleanup()
    {
        m_doc.reset();
        m_store.reset();
        m_dir.reset();
    }

    void offersOnlyEarlierAssessmentsOfTheSameAuthorityAndRole()
    {
        CompareView view(m_doc.get());
        QCOMPARE(view.objectName(), QStringLiteral("compareView"));
        auto *combo = view.findChild<QComboBox *>(QStringLiteral("earlierCombo"));
        QVERIFY(combo);
        QVERIFY(!combo->accessibleName().isEmpty());
        QCOMPARE(combo->count(), 2);
        // Newest first, labelled date — respondent — title.
        QCOMPARE(combo->itemData(0).toLongLong(), m_earlierId);
        QCOMPARE(combo->itemText(0), QStringLiteral("1 March 2024 — Cllr Early — Review"));
        QCOMPARE(combo->itemData(1).toLongLong(), m_oldestId);
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(view.earlierId(), m_earlierId);
        for (int i = 0; i < combo->count(); ++i)
            QVERIFY(!combo->itemText(i).contains(QLatin1String("Cllr Other")));
    }

    void sectionTableSaysTheChangeInWords()
    {
        CompareView view(m_doc.get());
        auto *sections = view.findChild<QTableView *>(QStringLiteral("sectionChanges"));
        QVERIFY(sections);
        QAbstractItemModelTester tester(sections->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(sections, 0), (QStringList{"Section A", "Section B", "Section C"}));
        QCOMPARE(column(sections, 1), (QStringList{"16.7", "66.7", "no score"}));
        QCOMPARE(column(sections, 2), (QStringList{"91.7", "66.7", "66.7"}));
        QCOMPARE(column(sections, 3), (QStringList{"▲ up 75.0", "no change", "new score"}));
        QCOMPARE(column(sections, 4), (QStringList{"Red, gate failed", "Amber", "No score"}));
        QCOMPARE(column(sections, 5), (QStringList{"Green", "Amber", "Amber"}));
        // A screen reader hears the change without the arrow.
        QCOMPARE(sections->model()->index(0, 3).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("up 75.0"));

        // Edits to the open assessment show at once: A falls to 0 -> down 16.7.
        m_doc->setRating(QStringLiteral("A-01"), Rating::NotMet);
        m_doc->setRating(QStringLiteral("A-02"), Rating::NotMet);
        QCOMPARE(sections->model()->index(0, 3).data().toString(), QStringLiteral("▼ down 16.7"));
    }

    void questionTableListsExactlyTheChangedAnswers()
    {
        CompareView view(m_doc.get());
        auto *questions = view.findChild<QTableView *>(QStringLiteral("questionChanges"));
        QVERIFY(questions);
        QAbstractItemModelTester tester(questions->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(questions, 0), (QStringList{"A-01", "B-03", "C-01"}));
        QCOMPARE(column(questions, 2), (QStringList{"Not met", "Not answered", "Not answered"}));
        QCOMPARE(column(questions, 3), (QStringList{"Fully met", "Don't know", "Mostly met"}));
        QCOMPARE(column(questions, 4), (QStringList{"better", "changed", "changed"}));
        QCOMPARE(column(questions, 1).first(), QStringLiteral("Is the gate duty in place?"));

        m_doc->setRating(QStringLiteral("A-01"), Rating::NotMet);
        m_doc->setRating(QStringLiteral("A-02"), Rating::NotMet);
        QCOMPARE(column(questions, 0), (QStringList{"A-02", "B-03", "C-01"}));
        QCOMPARE(column(questions, 4).first(), QStringLiteral("worse"));
    }

    void enterOnAChangedQuestionOpensIt()
    {
        CompareView view(m_doc.get());
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &CompareView::questionRequested);
        auto *questions = view.findChild<QTableView *>(QStringLiteral("questionChanges"));
        questions->setFocus();
        questions->setCurrentIndex(questions->model()->index(0, 0));
        QTest::keyClick(questions, Qt::Key_Down);
        QTest::keyClick(questions, Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("B-03"));
        // Tab leaves the table instead of walking its cells.
        QVERIFY(!questions->tabKeyNavigation());
    }

    void choosingAnotherEarlierAssessmentComparesWithIt()
    {
        CompareView view(m_doc.get());
        auto *combo = view.findChild<QComboBox *>(QStringLiteral("earlierCombo"));
        auto *questions = view.findChild<QTableView *>(QStringLiteral("questionChanges"));
        combo->setCurrentIndex(1); // the oldest, with no answers at all
        QCOMPARE(view.earlierId(), m_oldestId);
        QCOMPARE(column(questions, 0), (QStringList{"A-01", "A-02", "B-02", "B-03", "C-01"}));
    }

    void refreshPicksUpANewEarlierAssessment()
    {
        CompareView view(m_doc.get());
        auto *combo = view.findChild<QComboBox *>(QStringLiteral("earlierCombo"));
        QCOMPARE(combo->count(), 2);
        const qint64 added =
            addAssessment(QStringLiteral("Exampleshire"), QStringLiteral("lead-member"),
                          QDate(2024, 9, 1), QStringLiteral("Cllr Autumn"));
        QVERIFY(added);
        view.refresh();
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemData(0).toLongLong(), added);
        // The one chosen before stays chosen.
        QCOMPARE(view.earlierId(), m_earlierId);
    }

    void saysSoWhenThereIsNothingToCompareWith()
    {
        StoreError error;
        const qint64 alone =
            addAssessment(QStringLiteral("Lonely Borough"), QStringLiteral("lead-member"),
                          QDate(2025, 1, 1), QStringLiteral("Cllr Alone"));
        std::optional<Assessment> loaded = m_store->loadAssessment(alone, &error);
        QVERIFY(loaded);
        AssessmentDocument doc(*m_banks, *m_store, *loaded);
        CompareView view(&doc);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *message = view.findChild<QLabel *>(QStringLiteral("noEarlierLabel"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("no earlier assessment")),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(QLatin1String("Lonely Borough")));
        QVERIFY(!view.findChild<QComboBox *>(QStringLiteral("earlierCombo"))->isVisible());
        QVERIFY(!view.findChild<QTableView *>(QStringLiteral("sectionChanges"))->isVisible());
        QCOMPARE(view.earlierId(), 0);
    }

    void earlierVersionIsScoredAgainstItselfAndMatchedThroughTheMapping()
    {
        const qint64 earlierId =
            addBuiltIn(QStringLiteral("1.0.0"), QStringLiteral("england"), QDate(2024, 3, 1),
                       {{QStringLiteral("LEAD-01"), Rating::FullyMet},
                        {QStringLiteral("LEAD-03"), Rating::PartiallyMet},
                        {QStringLiteral("LEAD-04"), Rating::MostlyMet},
                        {QStringLiteral("LEAD-08"), Rating::MostlyMet},
                        {QStringLiteral("S11-02"), Rating::NotMet},
                        {QStringLiteral("PART-01"), Rating::PartiallyMet}});
        const qint64 nowId =
            addBuiltIn(m_builtIn.latest().version, QStringLiteral("england"), QDate(2026, 3, 1),
                       {{QStringLiteral("LEAD-01"), Rating::FullyMet},
                        {QStringLiteral("LEAD-03"), Rating::PartiallyMet},
                        {QStringLiteral("LEAD-04"), Rating::MostlyMet},
                        {QStringLiteral("LEAD-11"), Rating::FullyMet},
                        {QStringLiteral("PART-01"), Rating::FullyMet},
                        {QStringLiteral("RISK-01"), Rating::MostlyMet}});
        QVERIFY(earlierId && nowId);
        const std::unique_ptr<AssessmentDocument> now = openBuiltIn(nowId);
        QVERIFY(now);
        QCOMPARE(now->bank().version, QStringLiteral("2.0.0"));
        CompareView view(now.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.earlierId(), earlierId);

        auto *versions = view.findChild<QLabel *>(QStringLiteral("versionNote"));
        QVERIFY(versions);
        QVERIFY(versions->isVisible());
        QVERIFY2(versions->text().startsWith(QStringLiteral(
                     "The earlier assessment was answered against version 1.0.0 of the questions, "
                     "this one against version 2.0.0.")),
                 qPrintable(versions->text()));
        QVERIFY(versions->text().contains(QStringLiteral("through the mapping")));

        auto *sections = view.findChild<QTableView *>(QStringLiteral("sectionChanges"));
        QAbstractItemModelTester sectionTester(
            sections->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QuestionBank &latest = m_builtIn.latest();
        const auto titleOf = [&latest](const char *id) {
            return latest.section(QLatin1String(id))->title;
        };
        QCOMPARE(rowOf(sections, titleOf("LEAD")),
                 (QStringList{titleOf("LEAD"), "70.0", "75.0", "▲ up 5.0", "Amber", "Green"}));
        QCOMPARE(rowOf(sections, titleOf("S11")), (QStringList{titleOf("S11"), "0.0", "no score",
                                                               "no score now", "Red", "No score"}));
        QCOMPARE(rowOf(sections, titleOf("PART")),
                 (QStringList{titleOf("PART"), "33.3", "100.0", "▲ up 66.7", "Red", "Green"}));
        QCOMPARE(rowOf(sections, titleOf("RISK")), (QStringList{titleOf("RISK"), "no score", "66.7",
                                                                "new score", "No score", "Amber"}));

        auto *questions = view.findChild<QTableView *>(QStringLiteral("questionChanges"));
        QAbstractItemModelTester questionTester(
            questions->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(questions, 0), (QStringList{"LEAD-04", "LEAD-11", "PART-01", "RISK-01"}));
        QCOMPARE(column(questions, 2),
                 (QStringList{"LEAD-04: Mostly met; S11-02: Not met", "Partially met (as LEAD-03)",
                              "LEAD-08: Mostly met; PART-01: Partially met", "not asked then"}));
        QCOMPARE(column(questions, 3),
                 (QStringList{"Mostly met", "Fully met", "Fully met", "Mostly met"}));
        QCOMPARE(column(questions, 4),
                 (QStringList{"changed", "better", "better", "new question"}));
        QCOMPARE(column(questions, 1).at(1), latest.question(QStringLiteral("LEAD-11"))->text);

        // The open assessment changes: PART-01 falls below both earlier answers.
        now->setRating(QStringLiteral("PART-01"), Rating::NotMet);
        QCOMPARE(column(questions, 4).at(2), QStringLiteral("worse"));
    }

    // The same version under another law: matched by id, but a question that law does not ask
    // was not asked then, and the view says which law each was made under.
    void earlierUnderAnotherLawSaysSo()
    {
        const QString version = m_builtIn.latest().version;
        const qint64 earlierId = addBuiltIn(version, QStringLiteral("wales"), QDate(2025, 6, 1),
                                            {{QStringLiteral("MEMB-01"), Rating::PartiallyMet}});
        const qint64 nowId = addBuiltIn(version, QStringLiteral("england"), QDate(2026, 6, 1),
                                        {{QStringLiteral("MEMB-01"), Rating::FullyMet},
                                         {QStringLiteral("CORP-13"), Rating::FullyMet}});
        QVERIFY(earlierId && nowId);
        const std::unique_ptr<AssessmentDocument> now = openBuiltIn(nowId);
        CompareView view(now.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *versions = view.findChild<QLabel *>(QStringLiteral("versionNote"));
        QCOMPARE(versions->text(),
                 QStringLiteral("The earlier assessment was made under the law of Wales, this one "
                                "under the law of England."));
        auto *questions = view.findChild<QTableView *>(QStringLiteral("questionChanges"));
        QCOMPARE(column(questions, 0), (QStringList{"MEMB-01", "CORP-13"}));
        QCOMPARE(column(questions, 2), (QStringList{"Partially met", "not asked then"}));
        QCOMPARE(column(questions, 4), (QStringList{"better", "new question"}));
    }

    void sameVersionSaysNothingAboutVersions()
    {
        CompareView view(m_doc.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("versionNote"))->isVisible());
    }

    void changeWords()
    {
        QCOMPARE(CompareView::changeText(50.0, 62.5), QStringLiteral("▲ up 12.5"));
        QCOMPARE(CompareView::changeText(54.0, 50.0), QStringLiteral("▼ down 4.0"));
        QCOMPARE(CompareView::changeText(66.66, 66.7), QStringLiteral("no change"));
        QCOMPARE(CompareView::changeText(std::nullopt, 40.0), QStringLiteral("new score"));
        QCOMPARE(CompareView::changeText(40.0, std::nullopt), QStringLiteral("no score now"));
    }

    void everyFocusableWidgetHasAnAccessibleName()
    {
        CompareView view(m_doc.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList unnamed = Accessibility::unnamedFocusableWidgets(&view);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QVERIFY(Accessibility::focusableWidgets(&view).size() >= 3);
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
