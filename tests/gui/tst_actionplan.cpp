// The action plan, driven by real clicks and key presses on real widgets (offscreen), checking
// the document and the database after every step.
#include "actionplan/ActionPlanView.h"
#include "actionplan/ActionTableModel.h"
#include "bank/BankLibrary.h"
#include "exchange/CsvExport.h"
#include "store/AssessmentStore.h"
#include "walkthrough/AssessmentDocument.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Waymark;

namespace {

// A fresh database with one assessment open in a document.
struct Fixture
{
    QTemporaryDir dir;
    AssessmentStore store;
    std::unique_ptr<AssessmentDocument> document;

    bool open(BankLibrary &banks)
    {
        const QuestionBank &bank = banks.latest();
        StoreError error;
        if (!dir.isValid() ||
            !store.open(dir.filePath("t.db"), AssessmentStore::OpenMode::CreateIfMissing, &error))
            return false;
        AssessmentInfo info;
        info.title = "Action plan test";
        info.authority = "Testshire County Council";
        info.respondent = "Cllr Test";
        info.roleId = "lead-member";
        info.date = QDate(2026, 3, 1);
        info.bankId = bank.id;
        info.bankVersion = bank.version;
        if (!store.createAssessment(info, &error))
            return false;
        std::optional<Assessment> loaded = store.loadAssessment(info.id, &error);
        if (!loaded)
            return false;
        document = std::make_unique<AssessmentDocument>(banks, store, *loaded);
        return true;
    }

    // The plan as the database has it now.
    QList<Action> storedActions()
    {
        StoreError error;
        const std::optional<Assessment> loaded = store.loadAssessment(document->id(), &error);
        return loaded ? loaded->actions : QList<Action>();
    }

    Action add(const QString &what, const QDate &due, ActionStatus status)
    {
        Action action;
        action.what = what;
        action.due = due;
        action.status = status;
        document->addAction(action);
        return document->assessment().actions.constLast();
    }
};

bool same(const Action &a, const Action &b)
{
    return a.id == b.id && a.questionId == b.questionId && a.what == b.what && a.who == b.who &&
           a.due == b.due && a.status == b.status;
}

// The document's plan and the database's agree, action for action.
bool storedMatches(Fixture &f)
{
    const QList<Action> stored = f.storedActions();
    const QList<Action> &held = f.document->assessment().actions;
    if (stored.size() != held.size())
        return false;
    for (const Action &action : held) {
        const auto found = std::find_if(stored.cbegin(), stored.cend(),
                                        [&action](const Action &s) { return s.id == action.id; });
        if (found == stored.cend() || !same(*found, action))
            return false;
    }
    return true;
}

void clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
}

} // namespace

class TestActionPlan : public QObject
{
    Q_OBJECT

private:
    BankLibrary m_banks; // the built-in banks, as the app has them

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_banks.latest().questionCount() > 0);
    }

    void emptyPlanSaysSo()
    {
        Fixture f;
        QVERIFY(f.open(m_banks));
        ActionPlanView view(f.document.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *empty = view.findChild<QLabel *>("emptyPlanLabel");
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains("No actions yet"));
        QVERIFY(!view.findChild<QTableView *>("actionTable")->isVisible());
        QVERIFY(!view.findChild<QPushButton *>("removeActionButton")->isEnabled());

        f.add("Ask for the dataset", QDate(2026, 6, 1), ActionStatus::NotStarted);
        QVERIFY(!empty->isVisible());
        QVERIFY(view.findChild<QTableView *>("actionTable")->isVisible());
    }

    void addEditChangeStatusAndUndo()
    {
        Fixture f;
        QVERIFY(f.open(m_banks));
        ActionPlanView view(f.document.get());
        QAbstractItemModelTester modelTester(
            view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *table = view.findChild<QTableView *>("actionTable");
        QAbstractItemModelTester proxyTester(
            table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));

        const QString questionId = f.document->questions().at(2)->id;
        view.setCurrentQuestion(questionId);

        // Add: a new action for the current question, not started, due in three months.
        QTest::mouseClick(view.findChild<QPushButton *>("addActionButton"), Qt::LeftButton);
        QCOMPARE(f.document->assessment().actions.size(), 1);
        Action action = f.document->assessment().actions.first();
        QCOMPARE(action.what, QString("New action"));
        QCOMPARE(action.questionId, questionId);
        QCOMPARE(action.status, ActionStatus::NotStarted);
        QCOMPARE(action.due, QDate::currentDate().addMonths(3));
        QVERIFY(action.id > 0);
        QVERIFY(storedMatches(f));
        QCOMPARE(table->currentIndex().column(), int(ActionTableModel::WhatColumn));
        QCOMPARE(table->currentIndex().data(ActionTableModel::ActionIdRole).toLongLong(),
                 action.id);

        // What: the editor is open and chosen, so typing replaces "New action".
        auto *whatEditor = qobject_cast<QLineEdit *>(table->indexWidget(table->currentIndex()));
        QVERIFY(whatEditor);
        QTRY_COMPARE(QApplication::focusWidget(), whatEditor);
        QTest::keyClicks(whatEditor, "Ask for the audit of return interviews");
        QTest::keyClick(whatEditor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(f.document->assessment().actions.first().what,
                     QString("Ask for the audit of return interviews"));
        QVERIFY(storedMatches(f));
        QCOMPARE(table->currentIndex().data().toString(),
                 QString("Ask for the audit of return interviews"));

        // Who: F2 on the cell, type, Enter.
        const int row = table->currentIndex().row();
        table->setCurrentIndex(table->model()->index(row, ActionTableModel::WhoColumn));
        QTest::keyClick(table, Qt::Key_F2);
        auto *whoEditor = qobject_cast<QLineEdit *>(table->indexWidget(table->currentIndex()));
        QVERIFY(whoEditor);
        QTest::keyClicks(whoEditor, "Director of Children's Services");
        QTest::keyClick(whoEditor, Qt::Key_Return);
        QTRY_COMPARE(f.document->assessment().actions.first().who,
                     QString("Director of Children's Services"));
        QVERIFY(storedMatches(f));

        // Status: F2 opens the choice, Down moves to the next status, Enter keeps it.
        table->setCurrentIndex(table->model()->index(row, ActionTableModel::StatusColumn));
        QTest::keyClick(table, Qt::Key_F2);
        auto *statusEditor = qobject_cast<QComboBox *>(table->indexWidget(table->currentIndex()));
        QVERIFY(statusEditor);
        QCOMPARE(statusEditor->currentText(), QString("Not started"));
        QCOMPARE(statusEditor->accessibleName(), QString("Status"));
        QTest::keyClick(statusEditor, Qt::Key_Down);
        QTest::keyClick(statusEditor, Qt::Key_Return);
        QTRY_COMPARE(f.document->assessment().actions.first().status, ActionStatus::InProgress);
        QCOMPARE(table->currentIndex().data().toString(), QString("In progress"));
        QVERIFY(storedMatches(f));

        // Due: the date editor, set and kept with Enter; the cell reads as a long date.
        table->setCurrentIndex(table->model()->index(row, ActionTableModel::DueColumn));
        QTest::keyClick(table, Qt::Key_F2);
        auto *dueEditor = qobject_cast<QDateEdit *>(table->indexWidget(table->currentIndex()));
        QVERIFY(dueEditor);
        QVERIFY(dueEditor->calendarPopup());
        QCOMPARE(dueEditor->date(), QDate::currentDate().addMonths(3));
        dueEditor->setDate(QDate(2026, 6, 1));
        QTest::keyClick(dueEditor, Qt::Key_Return);
        QTRY_COMPARE(f.document->assessment().actions.first().due, QDate(2026, 6, 1));
        QCOMPARE(table->currentIndex().data().toString(), QString("1 June 2026"));
        QCOMPARE(table->currentIndex().data(Qt::AccessibleTextRole).toString(),
                 QString("Due 1 June 2026"));
        QVERIFY(storedMatches(f));

        // Undo takes back one edit at a time, in the table and in the database.
        f.document->undoStack()->undo();
        QCOMPARE(f.document->assessment().actions.first().due, QDate::currentDate().addMonths(3));
        QCOMPARE(f.storedActions().first().due, QDate::currentDate().addMonths(3));
        QCOMPARE(table->currentIndex().data().toString(),
                 ActionTableModel::dateText(QDate::currentDate().addMonths(3)));
        f.document->undoStack()->undo();
        QCOMPARE(f.document->assessment().actions.first().status, ActionStatus::NotStarted);
        f.document->undoStack()->undo();
        QCOMPARE(f.document->assessment().actions.first().who, QString());
        f.document->undoStack()->undo();
        QCOMPARE(f.document->assessment().actions.first().what, QString("New action"));
        QCOMPARE(f.storedActions().first().what, QString("New action"));
        QVERIFY(storedMatches(f));
        f.document->undoStack()->redo();
        QCOMPARE(f.storedActions().first().what, QString("Ask for the audit of return interviews"));
        QCOMPARE(view.model()->index(0, ActionTableModel::WhatColumn).data().toString(),
                 QString("Ask for the audit of return interviews"));
    }

    void emptyWhatIsRefused()
    {
        Fixture f;
        QVERIFY(f.open(m_banks));
        ActionPlanView view(f.document.get());
        f.add("Ask for the dataset", QDate(2026, 6, 1), ActionStatus::NotStarted);
        const int steps = f.document->undoStack()->count();
        ActionTableModel *model = view.model();
        QVERIFY(!model->setData(model->index(0, ActionTableModel::WhatColumn), "   "));
        QVERIFY(!model->setData(model->index(0, ActionTableModel::StatusColumn), 7));
        QVERIFY(!model->setData(model->index(0, ActionTableModel::QuestionColumn), "X1"));
        // Saving what is already there is no change, and no step to undo.
        QVERIFY(
            model->setData(model->index(0, ActionTableModel::WhatColumn), "Ask for the dataset"));
        QCOMPARE(f.document->undoStack()->count(), steps);
        QCOMPARE(f.storedActions().first().what, QString("Ask for the dataset"));
        QVERIFY(!(model->flags(model->index(0, ActionTableModel::QuestionColumn)) &
                  Qt::ItemIsEditable));
        QVERIFY(model->flags(model->index(0, ActionTableModel::WhoColumn)) & Qt::ItemIsEditable);
    }

    void sortsByRealValues()
    {
        Fixture f;
        QVERIFY(f.open(m_banks));
        ActionPlanView view(f.document.get());
        auto *table = view.findChild<QTableView *>("actionTable");
        QAbstractItemModelTester proxyTester(
            table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // As text these sort 1 June, 15 March, 2 January; as dates the other way round.
        f.add("Second", QDate(2026, 6, 1), ActionStatus::Done);
        f.add("First", QDate(2026, 3, 15), ActionStatus::NotStarted);
        f.add("Third", QDate(2027, 1, 2), ActionStatus::InProgress);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QAbstractItemModel *shown = table->model();
        auto column = [shown](int col) {
            QStringList values;
            for (int row = 0; row < shown->rowCount(); ++row)
                values.append(shown->index(row, col).data().toString());
            return values;
        };
        // Plan order until a heading is chosen.
        QCOMPARE(column(ActionTableModel::WhatColumn), QStringList({"Second", "First", "Third"}));

        clickHeader(table, ActionTableModel::DueColumn);
        QCOMPARE(column(ActionTableModel::DueColumn),
                 QStringList({"15 March 2026", "1 June 2026", "2 January 2027"}));
        clickHeader(table, ActionTableModel::DueColumn);
        QCOMPARE(column(ActionTableModel::WhatColumn), QStringList({"Third", "Second", "First"}));

        // Status sorts in workflow order, not alphabetically.
        clickHeader(table, ActionTableModel::StatusColumn);
        QCOMPARE(column(ActionTableModel::StatusColumn),
                 QStringList({"Not started", "In progress", "Done"}));

        // An edit keeps the sort: a date moved later moves the row.
        clickHeader(table, ActionTableModel::DueColumn);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
                 int(ActionTableModel::DueColumn));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        Action first = f.document->assessment().actions.at(1);
        first.due = QDate(2028, 1, 1);
        f.document->updateAction(first);
        QCOMPARE(column(ActionTableModel::WhatColumn), QStringList({"Second", "Third", "First"}));
    }

    void exportsCsv()
    {
        Fixture f;
        QVERIFY(f.open(m_banks));
        f.add("Ask for the dataset", QDate(2026, 6, 1), ActionStatus::NotStarted);
        f.add("=Visit the MASH, \"front door\"", QDate(2026, 7, 1), ActionStatus::Done);
        // What the window's File operations write for the plan's Export to CSV button.
        const auto exportCsv = [&f, this](const QString &path) {
            return CsvExport::writeActionPlan(path, f.document->assessment(), f.document->bank(),
                                              f.store.ownFiles());
        };

        const QString path = f.dir.filePath("plan.csv");
        const SaveResult saved = exportCsv(path);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        // A heading, two rows, and the empty piece after the last line end.
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith("Question ID"));
        QVERIFY(lines.at(1).contains("Ask for the dataset"));
        QVERIFY(lines.at(1).contains("Not started"));
        // Guarded against running as a formula, quoted for the comma and the quotes.
        QVERIFY(lines.at(2).contains("\"'=Visit the MASH, \"\"front door\"\"\""));
        QVERIFY(lines.at(2).contains("Done"));

        const SaveResult failure = exportCsv(f.dir.filePath("no-such-folder/plan.csv"));
        QCOMPARE(failure.status, SaveResult::Status::Failed);
        QVERIFY(!failure.message.isEmpty());
    }

    void deleteKeyRemovesAndUndoRestores()
    {
        Fixture f;
        QVERIFY(f.open(m_banks));
        ActionPlanView view(f.document.get());
        QAbstractItemModelTester modelTester(
            view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Action keep = f.add("Keep me", QDate(2026, 6, 1), ActionStatus::NotStarted);
        const Action gone = f.add("Remove me", QDate(2026, 7, 1), ActionStatus::InProgress);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        auto *table = view.findChild<QTableView *>("actionTable");

        view.selectAction(gone.id, ActionTableModel::WhatColumn);
        QVERIFY(table->hasFocus());
        QVERIFY(view.findChild<QPushButton *>("removeActionButton")->isEnabled());
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(f.document->assessment().actions.size(), 1);
        QCOMPARE(f.document->assessment().actions.first().id, keep.id);
        QVERIFY(storedMatches(f));
        QCOMPARE(view.currentActionId(), keep.id);

        f.document->undoStack()->undo();
        QCOMPARE(f.document->assessment().actions.size(), 2);
        QVERIFY(f.document->action(gone.id).has_value());
        QVERIFY(same(*f.document->action(gone.id), gone));
        QVERIFY(storedMatches(f));

        // The button does the same; the last removal leaves the sentence, not a bare table.
        view.selectAction(keep.id, ActionTableModel::WhoColumn);
        QTest::mouseClick(view.findChild<QPushButton *>("removeActionButton"), Qt::LeftButton);
        view.selectAction(gone.id, ActionTableModel::WhoColumn);
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(f.document->assessment().actions.isEmpty());
        QVERIFY(f.storedActions().isEmpty());
        QVERIFY(view.findChild<QLabel *>("emptyPlanLabel")->isVisible());
        QVERIFY(!view.findChild<QPushButton *>("exportCsvButton")->isEnabled());
    }

    void deleteWhileTypingEditsTheText()
    {
        Fixture f;
        QVERIFY(f.open(m_banks));
        ActionPlanView view(f.document.get());
        f.add("Ask for the dataset", QDate(2026, 6, 1), ActionStatus::NotStarted);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        auto *table = view.findChild<QTableView *>("actionTable");
        view.selectAction(f.document->assessment().actions.first().id, ActionTableModel::WhatColumn,
                          true);
        auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->currentIndex()));
        QVERIFY(editor);
        QTRY_COMPARE(QApplication::focusWidget(), editor);
        QTest::keyClick(editor, Qt::Key_End);
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClick(editor, Qt::Key_Home);
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(f.document->assessment().actions.first().what, QString("sk for the datase"));
        QCOMPARE(f.document->assessment().actions.size(), 1);
    }

    void followsChangesMadeElsewhere()
    {
        Fixture f;
        QVERIFY(f.open(m_banks));
        const Action a = f.add("One", QDate(2026, 6, 1), ActionStatus::NotStarted);
        f.add("Two", QDate(2026, 6, 2), ActionStatus::NotStarted);
        ActionTableModel model(f.document.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Action edited = a;
        edited.who = "Chief executive";
        f.document->updateAction(edited);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, ActionTableModel::WhoColumn).data().toString(),
                 QString("Chief executive"));
        QCOMPARE(model.index(0, ActionTableModel::QuestionColumn).data().toString(),
                 QString("General"));
        f.document->removeAction(a.id);
        QCOMPARE(model.rowCount(), 1);
        f.document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(a.id), 1); // an undone removal comes back at the end
        QCOMPARE(model.index(1, ActionTableModel::WhoColumn).data().toString(),
                 QString("Chief executive"));
    }
};

QTEST_MAIN(TestActionPlan)
#include "tst_actionplan.moc"
