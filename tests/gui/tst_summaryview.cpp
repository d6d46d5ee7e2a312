// The summary page, driven by real widgets (offscreen) over a document with hand-chosen answers
// in the scoring test bank (tests/data/scoring-bank.json, role lead-member):
//   A-01 gate w3  Partially met   -> failed gate, first priority
//   A-02      w1  Partially met   -> priority
//   A-03      w2  Mostly met, flagged
//   B-01 gate w2  Don't know      -> knowledge gap, open gate
//   B-02      w3  Fully met
//   B-03      w1  Not met         -> priority (before A-02: lower rating, same weight)
//   C-01      w2  unanswered
// Section A = 100 x (3+1+4)/18 = 44.4 Red (gate failed); B = 100 x 9/12 = 75.0 Green; C no score.
// Overall = 100 x 17/30 = 56.7 (Amber by score, Red because the gateway is not passed).
#include "Accessibility.h"
#include "ModalDialogs.h"
#include "bank/BankLibrary.h"
#include "bank/BankLoader.h"
#include "summary/ScoreChartWidget.h"
#include "summary/ScoringHelpDialog.h"
#include "summary/SummaryView.h"
#include "walkthrough/AssessmentDocument.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <memory>

using namespace Waymark;

namespace {

QStringList idsIn(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        const QString id = list->item(i)->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

} // namespace

class TestSummaryView : public QObject
{
    Q_OBJECT

private:
    QuestionBank m_bank;
    std::unique_ptr<BankLibrary> m_banks; // holding m_bank, as the app's holds its banks
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AssessmentStore> m_store;
    std::unique_ptr<AssessmentDocument> m_doc;

    template<typename T>
    T *child(QWidget *view, const char *name)
    {
        T *found = view->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
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
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<AssessmentStore>();
        StoreError error;
        QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("t.db")),
                               AssessmentStore::OpenMode::CreateIfMissing, &error),
                 qPrintable(error.message));
        AssessmentInfo info;
        info.title = QStringLiteral("Spring review");
        info.authority = QStringLiteral("Exampleshire");
        info.respondent = QStringLiteral("Cllr Example");
        info.roleId = QStringLiteral("lead-member");
        info.date = QDate(2025, 3, 1);
        info.bankId = m_bank.id;
        info.bankVersion = m_bank.version;
        QVERIFY(m_store->createAssessment(info, &error));
        std::optional<Assessment> loaded = m_store->loadAssessment(info.id, &error);
        QVERIFY(loaded);
        m_doc = std::make_unique<AssessmentDocument>(*m_banks, *m_store, *loaded);

        m_doc->setRating(QStringLiteral("A-01"), Rating::PartiallyMet);
        m_doc->setRating(QStringLiteral("A-02"), Rating::PartiallyMet);
        m_doc->setRating(QStringLiteral("A-03"), Rating::MostlyMet);
        m_doc->setFlagged(QStringLiteral("A-03"), true);
        m_doc->setRating(QStringLiteral("B-01"), Rating::DontKnow);
        m_doc->setNote(QStringLiteral("B-01"), QStringLiteral("Ask the DCS for the audit"));
        m_doc->setRating(QStringLiteral("B-02"), Rating::FullyMet);
        m_doc->setRating(QStringLiteral("B-03"), Rating::NotMet);
        Action action;
        action.questionId = QStringLiteral("B-03");
        action.what = QStringLiteral("Ask for the missing-children report");
        action.who = QStringLiteral("Cllr Jones");
        action.due = QDate(2025, 6, 1);
        action.status = ActionStatus::InProgress;
        m_doc->addAction(action);
        QCOMPARE(m_doc->assessment().actions.size(), 1);
    }

    void cleanup()
    {
        m_doc.reset();
        m_store.reset();
        m_dir.reset();
    }

    void labelsSayGatewayScoreAndCoverageInWords()
    {
        SummaryView view(m_doc.get());
        QCOMPARE(view.objectName(), QStringLiteral("summaryView"));
        const QString gateway = child<QLabel>(&view, "gatewayLabel")->text();
        QVERIFY2(gateway.contains(QLatin1String("Not passed")), qPrintable(gateway));
        QVERIFY(gateway.contains(QLatin1String("A-01")));
        QVERIFY2(gateway.contains(QLatin1String("B-01")), qPrintable(gateway)); // still open
        const QString overall = child<QLabel>(&view, "overallLabel")->text();
        QVERIFY2(overall.contains(QLatin1String("56.7")), qPrintable(overall));
        QVERIFY(overall.contains(QLatin1String("Red")));
        QVERIFY(overall.contains(QLatin1String("gateway is not passed")));
        QCOMPARE(child<QLabel>(&view, "coverageLabel")->text(),
                 QStringLiteral("6 of 7 questions answered."));
        // Everything sits in a scroll area, so large text scrolls instead of clipping.
        QVERIFY(view.findChild<QScrollArea *>());
    }

    void listsHoldTheExpectedQuestionsInOrder()
    {
        SummaryView view(m_doc.get());
        const char *names[] = {"failedGatesList", "prioritiesList", "knowledgeGapsList",
                               "flaggedList", "actionsList"};
        for (const char *name : names) {
            auto *list = child<QListWidget>(&view, name);
            QVERIFY(list);
            QVERIFY(!list->accessibleName().isEmpty());
            QAbstractItemModelTester tester(list->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        QCOMPARE(idsIn(child<QListWidget>(&view, "failedGatesList")), QStringList{"A-01"});
        QCOMPARE(idsIn(child<QListWidget>(&view, "prioritiesList")),
                 (QStringList{"A-01", "B-03", "A-02"}));
        QCOMPARE(idsIn(child<QListWidget>(&view, "knowledgeGapsList")), QStringList{"B-01"});
        QCOMPARE(idsIn(child<QListWidget>(&view, "flaggedList")), QStringList{"A-03"});
        QCOMPARE(idsIn(child<QListWidget>(&view, "actionsList")), QStringList{"B-03"});

        // Items read "ID  question text"; the action says what, who, when and its status.
        auto *priorities = child<QListWidget>(&view, "prioritiesList");
        QVERIFY(priorities->item(1)->text().startsWith(
            QLatin1String("B-03  Is the light question in B met?")));
        QVERIFY(priorities->item(0)->text().contains(QLatin1String("Partially met")));
        const QString action = child<QListWidget>(&view, "actionsList")->item(0)->text();
        QVERIFY2(action.contains(QLatin1String("Ask for the missing-children report")),
                 qPrintable(action));
        QVERIFY(action.contains(QLatin1String("Cllr Jones")));
        QVERIFY(action.contains(QLatin1String("1 June 2025")));
        QVERIFY(action.contains(QLatin1String("In progress")));
        const QString gap = child<QListWidget>(&view, "knowledgeGapsList")->item(0)->text();
        QVERIFY(gap.contains(QLatin1String("Ask the DCS for the audit")));
    }

    void enterAndDoubleClickOpenTheQuestion()
    {
        SummaryView view(m_doc.get());
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &SummaryView::questionRequested);
        auto *priorities = child<QListWidget>(&view, "prioritiesList");
        priorities->setFocus();
        QTest::keyClick(priorities, Qt::Key_Home);
        QTest::keyClick(priorities, Qt::Key_Down);
        QTest::keyClick(priorities, Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("B-03"));

        auto *gaps = child<QListWidget>(&view, "knowledgeGapsList");
        // A real click lands on what is on screen, so bring the list into view first.
        view.findChild<QScrollArea *>()->ensureWidgetVisible(gaps);
        const QRect rect = gaps->visualItemRect(gaps->item(0));
        // A double-click is a press followed by the double-click event, as a real mouse sends.
        QTest::mousePress(gaps->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(gaps->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(gaps->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("B-01"));

        // The words standing in for an empty list lead nowhere.
        m_doc->setFlagged(QStringLiteral("A-03"), false);
        auto *flagged = child<QListWidget>(&view, "flaggedList");
        flagged->setFocus();
        QTest::keyClick(flagged, Qt::Key_Home);
        QTest::keyClick(flagged, Qt::Key_Enter);
        QCOMPARE(spy.size(), 2);
    }

    void listsFollowTheDocument()
    {
        SummaryView view(m_doc.get());
        // Every list's model is checked through all the rebuilding that follows.
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QListWidget *list : view.findChildren<QListWidget *>())
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        QCOMPARE(testers.size(), size_t(5));
        auto *failed = child<QListWidget>(&view, "failedGatesList");
        auto *gateway = child<QLabel>(&view, "gatewayLabel");

        m_doc->setRating(QStringLiteral("A-01"), Rating::FullyMet);
        QVERIFY(idsIn(failed).isEmpty());
        QCOMPARE(failed->count(), 1);
        QCOMPARE(failed->item(0)->text(), QStringLiteral("No failed gates."));
        QVERIFY2(gateway->text().contains(QLatin1String("Incomplete")),
                 qPrintable(gateway->text()));
        QVERIFY(gateway->text().contains(QLatin1String("B-01")));
        QCOMPARE(idsIn(child<QListWidget>(&view, "prioritiesList")), (QStringList{"B-03", "A-02"}));

        m_doc->setRating(QStringLiteral("B-01"), Rating::MostlyMet);
        QVERIFY(gateway->text().contains(QLatin1String("Passed")));
        QVERIFY(idsIn(child<QListWidget>(&view, "knowledgeGapsList")).isEmpty());
        QCOMPARE(child<QLabel>(&view, "coverageLabel")->text(),
                 QStringLiteral("6 of 7 questions answered."));

        m_doc->setRating(QStringLiteral("C-01"), Rating::DontKnow);
        QCOMPARE(idsIn(child<QListWidget>(&view, "knowledgeGapsList")), QStringList{"C-01"});
        QCOMPARE(child<QLabel>(&view, "coverageLabel")->text(),
                 QStringLiteral("7 of 7 questions answered."));

        m_doc->removeAction(m_doc->assessment().actions.first().id);
        QVERIFY(idsIn(child<QListWidget>(&view, "actionsList")).isEmpty());
        QCOMPARE(child<QListWidget>(&view, "actionsList")->item(0)->text(),
                 QStringLiteral("No actions yet."));

        // Undo brings the action, and then the rating, back.
        m_doc->undoStack()->undo();
        QCOMPARE(idsIn(child<QListWidget>(&view, "actionsList")), QStringList{"B-03"});
        m_doc->undoStack()->undo();
        QVERIFY(idsIn(child<QListWidget>(&view, "knowledgeGapsList")).isEmpty());
    }

    // A rating changes the scores and the answer; the lists are rebuilt once for it, not once
    // for each signal (each rebuild resets a list's model).
    void aChangeRebuildsTheListsOnce()
    {
        SummaryView view(m_doc.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy rebuilt(child<QListWidget>(&view, "prioritiesList")->model(),
                           &QAbstractItemModel::modelReset);
        m_doc->setRating(QStringLiteral("C-01"), Rating::NotMet);
        QCOMPARE(rebuilt.size(), 1);
        m_doc->setNote(QStringLiteral("C-01"), QStringLiteral("A"));
        QCOMPARE(rebuilt.size(), 2);
        QCOMPARE(idsIn(child<QListWidget>(&view, "prioritiesList")),
                 (QStringList{"A-01", "C-01", "B-03", "A-02"}));
    }

    // In the window the summary is a tab: while another tab shows, ratings and typing leave it
    // alone, and it is rebuilt once, up to date, when its tab is chosen.
    void aHiddenSummaryIsRebuiltOnceWhenShown()
    {
        QTabWidget tabs;
        tabs.addTab(new QWidget, QStringLiteral("Questions"));
        auto *view = new SummaryView(m_doc.get());
        tabs.addTab(view, QStringLiteral("Summary"));
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QVERIFY(!view->isVisible());
        auto *priorities = child<QListWidget>(view, "prioritiesList");
        QSignalSpy rebuilt(priorities->model(), &QAbstractItemModel::modelReset);
        m_doc->setRating(QStringLiteral("C-01"), Rating::NotMet);
        for (const QString &typed :
             {QStringLiteral("A"), QStringLiteral("As"), QStringLiteral("Ask")})
            m_doc->setNote(QStringLiteral("C-01"), typed);
        QCOMPARE(rebuilt.size(), 0);

        tabs.setCurrentWidget(view);
        QVERIFY(view->isVisible());
        QCOMPARE(rebuilt.size(), 1);
        QCOMPARE(idsIn(priorities), (QStringList{"A-01", "C-01", "B-03", "A-02"}));
        m_doc->setRating(QStringLiteral("C-01"), Rating::FullyMet);
        QCOMPARE(rebuilt.size(), 2);
        QCOMPARE(idsIn(priorities), (QStringList{"A-01", "B-03", "A-02"}));
    }

    void chartDescribesEverySectionInWords()
    {
        SummaryView view(m_doc.get());
        auto *chart = view.findChild<ScoreChartWidget *>();
        QVERIFY(chart);
        QCOMPARE(chart->accessibleName(), QStringLiteral("Section scores chart"));
        const QString description = chart->accessibleDescription();
        QVERIFY2(description.contains(QLatin1String("Section A: score 44.4, Red because a "
                                                    "statutory gate failed.")),
                 qPrintable(description));
        QVERIFY(description.contains(QLatin1String("Section B: score 75.0, Green.")));
        QVERIFY(description.contains(QLatin1String("Section C: No score")));

        m_doc->setRating(QStringLiteral("C-01"), Rating::MostlyMet);
        QVERIFY2(
            chart->accessibleDescription().contains(QLatin1String("Section C: score 66.7, Amber.")),
            qPrintable(chart->accessibleDescription()));
        QCOMPARE(chart->sections().size(), 3);
        QVERIFY(chart->sizeHint().height() > chart->fontMetrics().lineSpacing() * 3);
    }

    void howScoringWorksOpensTheExplanation()
    {
        SummaryView view(m_doc.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *button = child<QPushButton>(&view, "howScoringWorksButton");
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty());

        QString shownText;
        QString shownTitle;
        // Read the dialog and close it with its button.
        ModalDialogs::whenModal<ScoringHelpDialog>(this, [&](ScoringHelpDialog *dialog) {
            shownTitle = dialog->windowTitle();
            if (auto *text = dialog->findChild<QTextBrowser *>())
                shownText = text->toPlainText();
            auto *close = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
            QTest::mouseClick(close, Qt::LeftButton);
        });
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);

        QCOMPARE(shownTitle, QStringLiteral("How scoring works"));
        QVERIFY(shownText.contains(QLatin1String("Green at 75 or more")));
        QVERIFY(shownText.contains(QLatin1String("A gate fails when it is rated Not met or "
                                                 "Partially met")));
        QVERIFY(shownText.contains(QLatin1String("not knowing is a finding")));
        QVERIFY(!QApplication::activeModalWidget());
    }

    void everyFocusableWidgetHasAnAccessibleName()
    {
        SummaryView view(m_doc.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList unnamed = Accessibility::unnamedFocusableWidgets(&view);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QVERIFY(Accessibility::focusableWidgets(&view).size() >= 6);
    }
};

QTEST_MAIN(TestSummaryView)
#include "tst_summaryview.moc"
