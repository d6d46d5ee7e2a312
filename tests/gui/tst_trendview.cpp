// The Trend view in the whole window, driven by keys: a council's Lead Member assessed under
// bank 1.0.0 and again under 2.0.0 (tests/support/TrendCycles.h), each scored against its own
// version, questions followed through the mapping, and the view following the open assessment's
// answers as they change.
#include "Accessibility.h"
#include "GuiFixture.h"
#include "TrendCycles.h"
#include "chart/TrendChartPainter.h"
#include "trend/TrendChartWidget.h"
#include "trend/TrendView.h"
#include "walkthrough/AssessmentDocument.h"
#include "walkthrough/WalkthroughView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Waymark;

namespace {

QStringList column(const QTableView *view, int index)
{
    QStringList cells;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        cells.append(view->model()->index(row, index).data().toString());
    return cells;
}

QStringList header(const QTableView *view)
{
    QStringList cells;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        cells.append(view->model()->headerData(c, Qt::Horizontal).toString());
    return cells;
}

} // namespace

class TestTrendView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    qint64 store(Assessment assessment)
    {
        AssessmentStore &store = m_window->store();
        assessment.info.id = 0;
        assessment.info.uid.clear();
        StoreError error;
        if (!store.createAssessment(assessment.info, &error))
            return 0;
        for (auto it = assessment.answers.cbegin(); it != assessment.answers.cend(); ++it) {
            if (!store.saveAnswer(assessment.info.id, it.key(), it.value(), &error))
                return 0;
        }
        return assessment.info.id;
    }

    TrendView *showTrendByKey()
    {
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("assessmentTabs"));
        auto *view = m_window->findChild<TrendView *>(QStringLiteral("trendView"));
        if (!tabs || !view || tabs->currentWidget() != view)
            return nullptr;
        return view;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<GuiFixture>();
        m_window = m_fixture->showMainWindow();
        QVERIFY(m_window->openDatabase(m_fixture->databasePath()));
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void showsEveryCycleAgainstItsOwnVersion()
    {
        const qint64 first = store(TrendCycles::firstCycle());
        const qint64 second = store(TrendCycles::secondCycle());
        // Another council's and another role's are no part of it.
        QVERIFY(store(TrendCycles::assessmentOf(QStringLiteral("2.0.0"), QDate(2026, 1, 1), 7,
                                                QStringLiteral("Barsetshire"))));
        QVERIFY(
            store(TrendCycles::assessmentOf(QStringLiteral("2.0.0"), QDate(2026, 1, 1), 8,
                                            TrendCycles::Authority, QStringLiteral("scrutiny"))));
        QVERIFY(first && second);
        QVERIFY(m_window->openAssessment(second));
        TrendView *view = showTrendByKey();
        QVERIFY(view);

        const Trend &trend = view->trend();
        QCOMPARE(trend.cycles.size(), 2);
        auto *about = view->findChild<QLabel *>(QStringLiteral("trendAbout"));
        QVERIFY2(about->text().startsWith(QStringLiteral(
                     "Every assessment of borsetshire COUNTY council as Lead Member")),
                 qPrintable(about->text()));

        auto *cycles = view->findChild<QTableView *>(QStringLiteral("trendCycles"));
        QAbstractItemModelTester cycleTester(
            cycles->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(cycles, 0), (QStringList{"1 May 2025", "1 May 2026 (this assessment)"}));
        QCOMPARE(column(cycles, 2), (QStringList{"version 1.0.0", "version 2.0.0"}));
        // As tall as its rows, so the page scrolls and no row hides behind the table's edge.
        QTRY_VERIFY(cycles->height() >=
                    cycles->horizontalHeader()->height() + cycles->verticalHeader()->length());
        QCOMPARE(column(cycles, 4).at(0), gatewayLabel(trend.cycles.at(0).scores.gateway));

        auto *sections = view->findChild<QTableView *>(QStringLiteral("trendSections"));
        QAbstractItemModelTester sectionTester(
            sections->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(header(sections), (QStringList{"Section", "1 May 2025", "1 May 2026", "Change"}));
        QCOMPARE(sections->model()->rowCount(), trend.sections.size());

        auto *questions = view->findChild<QTableView *>(QStringLiteral("trendQuestions"));
        QAbstractItemModelTester questionTester(
            questions->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList ids = column(questions, 0);
        const int lead11 = ids.indexOf(QStringLiteral("LEAD-11"));
        QVERIFY(lead11 >= 0);
        QCOMPARE(column(questions, 2).at(lead11),
                 QStringLiteral("Partially met (as LEAD-03), before the question was split"));
        QCOMPARE(column(questions, 4).at(lead11), QStringLiteral("▼ worse"));
        QCOMPARE(questions->model()->index(lead11, 4).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("worse"));
        QVERIFY(!ids.contains(QStringLiteral("LEAD-01"))); // it stood still

        // The chart: the overall line, then every section's when asked for, by keys.
        auto *chart = view->findChild<TrendChartWidget *>(QStringLiteral("trendChart"));
        QCOMPARE(chart->data().series.size(), 1);
        QVERIFY(chart->accessibleDescription().contains(QStringLiteral("1 May 2025")));
        auto *withSections = view->findChild<QCheckBox *>(QStringLiteral("trendWithSections"));
        withSections->setFocus();
        QTest::keyClick(withSections, Qt::Key_Space);
        QCOMPARE(chart->data().series.size(), 1 + trend.sections.size());
    }

    void followsTheOpenAssessmentAndOpensAQuestionByEnter()
    {
        store(TrendCycles::firstCycle());
        const qint64 second = store(TrendCycles::secondCycle());
        QVERIFY(m_window->openAssessment(second));
        TrendView *view = showTrendByKey();
        QVERIFY(view);
        auto *questions = view->findChild<QTableView *>(QStringLiteral("trendQuestions"));
        QVERIFY(!column(questions, 0).contains(QStringLiteral("LEAD-01")));

        // LEAD-01 falls in the open assessment: the view moves it at once.
        AssessmentDocument *document = m_window->document();
        document->setRating(QStringLiteral("LEAD-01"), Rating::NotMet);
        const QStringList ids = column(questions, 0);
        const int lead01 = ids.indexOf(QStringLiteral("LEAD-01"));
        QVERIFY(lead01 >= 0);
        QCOMPARE(column(questions, 4).at(lead01), QStringLiteral("▼ worse"));

        // Enter on a moved question opens it in the walkthrough.
        questions->setFocus();
        questions->setCurrentIndex(questions->model()->index(0, 0));
        for (int i = 0; i < lead01; ++i)
            QTest::keyClick(questions, Qt::Key_Down);
        QTest::keyClick(questions, Qt::Key_Return);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("assessmentTabs"));
        auto *walkthrough = m_window->findChild<WalkthroughView *>();
        QTRY_COMPARE(tabs->currentWidget(), walkthrough);
        QCOMPARE(walkthrough->currentQuestion(), QStringLiteral("LEAD-01"));
    }

    void saysSoWhenThereIsOnlyOneAssessment()
    {
        const qint64 only = store(TrendCycles::secondCycle());
        QVERIFY(m_window->openAssessment(only));
        TrendView *view = showTrendByKey();
        QVERIFY(view);
        auto *about = view->findChild<QLabel *>(QStringLiteral("trendAbout"));
        QVERIFY2(about->text().startsWith(QStringLiteral("This is the only assessment")),
                 qPrintable(about->text()));
        QVERIFY(!view->findChild<TrendChartWidget *>(QStringLiteral("trendChart"))->isVisible());
    }

    void everyFocusableWidgetHasAnAccessibleName()
    {
        store(TrendCycles::firstCycle());
        QVERIFY(m_window->openAssessment(store(TrendCycles::secondCycle())));
        TrendView *view = showTrendByKey();
        QVERIFY(view);
        const QStringList unnamed = Accessibility::unnamedFocusableWidgets(view);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QVERIFY(Accessibility::focusableWidgets(view).size() >= 5);
        // Where a person looks at it: WAYMARK_GRAB=file.png keeps a picture of the view.
        const QString grab = qEnvironmentVariable("WAYMARK_GRAB");
        if (!grab.isEmpty()) {
            m_window->resize(1100, 900);
            QCoreApplication::processEvents();
            QVERIFY(view->grab().save(grab));
        }
    }
};

QTEST_MAIN(TestTrendView)
#include "tst_trendview.moc"
