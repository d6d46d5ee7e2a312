// The facilitator's workshop window as a facilitator uses it: real files gathered, real key
// presses, a real database in a temporary folder. Fixtures are built with the store directly.
#include "Accessibility.h"
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "bank/BankLibrary.h"
#include "common/Settings.h"
#include "exchange/ExchangeFile.h"
#include "workshop/WorkshopDocument.h"
#include "workshop/WorkshopGatherer.h"
#include "workshop/WorkshopPacksDialog.h"
#include "workshop/WorkshopPresenter.h"
#include "workshop/WorkshopSpreadModel.h"
#include "workshop/WorkshopWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <functional>
#include <memory>
#include <vector>

using namespace Waymark;

namespace {

// Names that appear nowhere in the bank, so that finding one in the window can only be a leak.
const QString Alice = QStringLiteral("Alice Zebedee");
const QString Bob = QStringLiteral("Bob Quillfeather");
const QString Carol = QStringLiteral("Carol Wintergreen");

using Accessibility::unnamedFocusableWidgets;

// Model testers on the spread table's filter and on the model beneath it, so that every change a
// test makes (filters, sorting, agreed ratings, a reload) is checked against the model contract.
std::vector<std::unique_ptr<QAbstractItemModelTester>> testSpreadModels(QWidget *window)
{
    auto *table = window->findChild<QTableView *>(QStringLiteral("spreadTable"));
    auto *filter = qobject_cast<WorkshopSpreadFilter *>(table->model());
    if (!filter || !qobject_cast<WorkshopSpreadModel *>(filter->sourceModel()))
        qFatal("the spread table does not show a filtered WorkshopSpreadModel");
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(filter), filter->sourceModel()}) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    return testers;
}

// Every text a member could read in a window: its title, its labels, buttons and the cells and
// headers of every model under it.
QStringList textsIn(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        texts.append(widget->accessibleName());
        texts.append(widget->accessibleDescription());
        texts.append(widget->toolTip());
    }
    const QList<QAbstractItemModel *> models = root->findChildren<QAbstractItemModel *>();
    for (QAbstractItemModel *model : models) {
        for (int column = 0; column < model->columnCount(); ++column)
            texts.append(model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                for (int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                    texts.append(index.data(role).toString());
            }
        }
    }
    return texts;
}

QStringList leakedNames(QWidget *root)
{
    QStringList found;
    const QStringList texts = textsIn(root);
    for (const QString &name : {Alice, Bob, Carol}) {
        for (const QString &text : texts) {
            if (text.contains(name, Qt::CaseInsensitive) ||
                text.contains(name.section(QLatin1Char(' '), 1), Qt::CaseInsensitive))
                found.append(QStringLiteral("%1 in \"%2\"").arg(name, text.left(80)));
        }
    }
    return found;
}

// The text of a cell of the spread table, found by question id whatever the sorting.
QString cell(QAbstractItemModel *model, const QString &questionId, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(WorkshopSpreadModel::QuestionIdRole).toString() == questionId)
            return index.data().toString();
    }
    return QStringLiteral("<no row for %1>").arg(questionId);
}

} // namespace

class TestWorkshop : public QObject
{
    Q_OBJECT

private:
    BankLibrary m_banks; // the built-in banks, as the app has them
    QuestionBank m_bank; // the latest, under England's law: the workshops' bank
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AssessmentStore> m_store;
    WorkshopInfo m_info;
    // Two councillor questions and a gate that applies to councillors.
    QString m_q1;
    QString m_q2;

    std::unique_ptr<WorkshopWindow> makeWindow()
    {
        auto window = std::make_unique<WorkshopWindow>(*m_store, m_banks);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("the workshop window did not become active");
        return window;
    }

    // A member's returned file, as their own Waymark writes it.
    QString writeReturn(const QString &fileName, const QString &name, const QString &authority,
                        const QDateTime &updated, const QHash<QString, Rating> &ratings)
    {
        WorkshopInfo info = m_info;
        info.authority = authority;
        Assessment pack =
            WorkshopGatherer::answerPack(info, m_bank, name, QStringLiteral("councillor"));
        for (auto it = ratings.cbegin(); it != ratings.cend(); ++it) {
            Answer answer;
            answer.rating = it.value();
            answer.updated = updated;
            pack.answers.insert(it.key(), answer);
        }
        pack.info.updated = updated;
        const QString path = m_dir->filePath(fileName);
        const SaveResult saved = ExchangeFile::write(path, pack, &m_bank);
        if (!saved.ok())
            qFatal("%s", qPrintable(saved.message));
        return path;
    }

    // Three councillors in the room: q1 rated 3, 1 and Don't know (they disagree); q2 rated 2,
    // 2 and not answered (they agree).
    void buildGroup()
    {
        WorkshopGatherer gatherer(*m_store, m_bank);
        StoreError error;
        const QList<QPair<QString, QList<Rating>>> members{
            {Alice, {Rating::FullyMet, Rating::MostlyMet}},
            {Bob, {Rating::PartiallyMet, Rating::MostlyMet}},
            {Carol, {Rating::DontKnow, Rating::Unanswered}},
        };
        for (const auto &member : members) {
            const qint64 id =
                gatherer.addMember(m_info.id, member.first, QStringLiteral("councillor"), &error);
            QVERIFY2(id > 0, qPrintable(error.message));
            const QStringList questions{m_q1, m_q2};
            for (int i = 0; i < questions.size(); ++i) {
                Answer answer;
                answer.rating = member.second.at(i);
                QVERIFY(m_store->saveAnswer(id, questions.at(i), answer, &error));
            }
        }
    }

    // Runs check on the next modal dialog, active as on a desktop, then closes it whatever
    // happened.
    void onNextDialog(const std::function<void(QDialog *)> &check)
    {
        ModalDialogs::whenModal(this, [check](QDialog *dialog) {
            // The offscreen platform does not activate a new dialog by itself; a desktop does.
            dialog->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), dialog);
            check(dialog);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QuestionBank &latest = m_banks.latest();
        QVERIFY(latest.questionCount() > 0);
        m_bank = m_banks.applied(latest.id, latest.version, QStringLiteral("england"));
        const QList<const Question *> councillor =
            m_bank.questionsFor(QStringLiteral("councillor"));
        QVERIFY(councillor.size() > 3);
        m_q1 = councillor.at(0)->id;
        m_q2 = councillor.at(1)->id;
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<AssessmentStore>();
        StoreError error;
        QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("waymark.db")),
                              AssessmentStore::OpenMode::CreateIfMissing, &error));
        m_info = WorkshopInfo();
        m_info.name = QStringLiteral("Cabinet workshop");
        m_info.authority = QStringLiteral("Borsetshire County Council");
        m_info.heldOn = QDate(2026, 6, 3);
        m_info.facilitator = QStringLiteral("Dana Facilitator");
        m_info.bankId = m_bank.id;
        m_info.bankVersion = m_bank.version;
        QVERIFY(m_store->createWorkshop(m_info, &error));
        QApplication::setFont(QFont(QApplication::font().family(), 10));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void gatherTellsWhatBecameOfEachFile()
    {
        const QDateTime earlier(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
        const QDateTime later(QDate(2026, 5, 20), QTime(9, 0), Qt::UTC);
        const QDateTime earliest(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        const QStringList files{
            writeReturn(QStringLiteral("alice.waymark"), Alice, m_info.authority, earlier,
                        {{m_q1, Rating::NotMet}}),
            writeReturn(QStringLiteral("bob.waymark"), Bob, m_info.authority, earlier,
                        {{m_q1, Rating::FullyMet}}),
            // Alice again, later: her newer answers win.
            writeReturn(QStringLiteral("alice-again.waymark"), Alice, m_info.authority, later,
                        {{m_q1, Rating::MostlyMet}}),
            // And an old copy of hers: not added.
            writeReturn(QStringLiteral("alice-old.waymark"), Alice, m_info.authority, earliest,
                        {{m_q1, Rating::PartiallyMet}}),
            writeReturn(QStringLiteral("carol.waymark"), Carol,
                        QStringLiteral("Elsewhere Borough Council"), earlier,
                        {{m_q1, Rating::NotMet}}),
            m_dir->filePath(QStringLiteral("broken.waymark")),
        };
        {
            QFile broken(files.last());
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("{ this is not a Waymark file");
        }

        auto window = makeWindow();
        QString summary;
        QString headline;
        QString secondHeadline;
        onNextDialog([&](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("gatherSummaryDialog"));
            summary = dialog->findChild<QTextBrowser *>(QStringLiteral("gatherSummaryText"))
                          ->toPlainText();
            headline = dialog->findChild<QLabel *>(QStringLiteral("gatherHeadline"))->text();
            QStringList unnamed = unnamedFocusableWidgets(dialog);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
            auto *anyway = dialog->findChild<QAbstractButton *>(QStringLiteral("addAnywayButton"));
            QVERIFY(anyway);
            QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
            QTRY_VERIFY(!dialog->isVisible()); // the button animates its click
            // The second summary, for the file added anyway, opens once this one has closed.
            onNextDialog([&](QDialog *second) {
                secondHeadline =
                    second->findChild<QLabel *>(QStringLiteral("gatherHeadline"))->text();
            });
        });
        window->gatherFiles(files);

        QCOMPARE(headline, QStringLiteral("2 added, 1 replaced by a newer file, 1 older file(s) "
                                          "not added, 1 for another council or bank, not "
                                          "added, 1 could not be read."));
        QVERIFY2(summary.contains(QStringLiteral("Replaced: the newer file wins (1)")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("alice-again.waymark: Alice Zebedee was "
                                                 "already here")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Kept the answers already here")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Elsewhere Borough Council")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Could not be read: nothing was changed (1)")),
                 qPrintable(summary));
        QCOMPARE(secondHeadline, QStringLiteral("1 added."));

        // Alice (her newer file), Bob and Carol (added anyway).
        StoreError error;
        const std::optional<Workshop> stored = m_store->loadWorkshop(m_info.id, &error);
        QVERIFY(stored);
        QCOMPARE(stored->participants.size(), 3);
        QStringList names;
        for (const Assessment &member : stored->participants) {
            names.append(member.info.respondent);
            if (member.info.respondent == Alice)
                QCOMPARE(member.rating(m_q1), Rating::MostlyMet);
        }
        names.sort();
        QCOMPARE(names, (QStringList{Alice, Bob, Carol}));
        auto *members = window->findChild<QListWidget *>(QStringLiteral("membersList"));
        QCOMPARE(members->count(), 3);
        QCOMPARE(window->workshop()->participants.size(), 3);
    }

    void spreadTableCountsAndFilters()
    {
        buildGroup();
        auto window = makeWindow();
        const auto testers = testSpreadModels(window.get());
        auto *table = window->findChild<QTableView *>(QStringLiteral("spreadTable"));
        QAbstractItemModel *model = table->model();
        using M = WorkshopSpreadModel;
        QCOMPARE(cell(model, m_q1, M::Fully3Column), QStringLiteral("1"));
        QCOMPARE(cell(model, m_q1, M::Mostly2Column), QStringLiteral("0"));
        QCOMPARE(cell(model, m_q1, M::Partly1Column), QStringLiteral("1"));
        QCOMPARE(cell(model, m_q1, M::NotMet0Column), QStringLiteral("0"));
        QCOMPARE(cell(model, m_q1, M::DontKnowColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, m_q1, M::UnansweredColumn), QStringLiteral("0"));
        QCOMPARE(cell(model, m_q1, M::RangeColumn), QStringLiteral("1–3"));
        QCOMPARE(cell(model, m_q1, M::DisagreeColumn), QStringLiteral("Disagree (2 apart)"));
        QCOMPARE(cell(model, m_q1, M::AgreedColumn), QStringLiteral("not yet"));
        QCOMPARE(cell(model, m_q2, M::Mostly2Column), QStringLiteral("2"));
        QCOMPARE(cell(model, m_q2, M::UnansweredColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, m_q2, M::RangeColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, m_q2, M::DisagreeColumn), QString());
        // Only the questions councillors are asked.
        QCOMPARE(model->rowCount(), m_bank.questionsFor(QStringLiteral("councillor")).size());

        // Disagreements only, by its underlined letter.
        QTest::keyClick(window.get(), Qt::Key_O, Qt::AltModifier);
        auto *disagreements =
            window->findChild<QCheckBox *>(QStringLiteral("disagreementsOnlyCheck"));
        QTRY_VERIFY(disagreements->isChecked()); // the check box animates its click
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data(WorkshopSpreadModel::QuestionIdRole).toString(), m_q1);

        // Sorting by the number of Mostly met answers puts q2 first when descending.
        QTest::keyClick(window.get(), Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(!disagreements->isChecked());
        QCOMPARE(model->rowCount(), m_bank.questionsFor(QStringLiteral("councillor")).size());
        table->sortByColumn(M::Mostly2Column, Qt::DescendingOrder);
        QCOMPARE(model->index(0, 0).data(WorkshopSpreadModel::QuestionIdRole).toString(), m_q2);

        // Gates only.
        auto *gates = window->findChild<QCheckBox *>(QStringLiteral("gatesOnlyCheck"));
        gates->setFocus();
        QTest::keyClick(gates, Qt::Key_Space);
        int councillorGates = 0;
        for (const Question *question : m_bank.questionsFor(QStringLiteral("councillor")))
            councillorGates += question->gate ? 1 : 0;
        QVERIFY(councillorGates > 0);
        QCOMPARE(model->rowCount(), councillorGates);
    }

    void agreeByKeyboard()
    {
        buildGroup();
        auto window = makeWindow();
        const auto testers = testSpreadModels(window.get());
        auto *table = window->findChild<QTableView *>(QStringLiteral("spreadTable"));
        auto *score = window->findChild<QLabel *>(QStringLiteral("groupScoreLabel"));
        auto *gateway = window->findChild<QLabel *>(QStringLiteral("groupGatewayLabel"));
        const QString scoreBefore = score->text();
        QVERIFY2(scoreBefore.contains(QStringLiteral("none yet")), qPrintable(scoreBefore));
        QVERIFY(gateway->text().startsWith(QStringLiteral("Gateway: ")));

        // Down the table to q2, then agree Mostly met with the 2 key.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < 200 && window->currentQuestion() != m_q2; ++i)
            QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(window->currentQuestion(), m_q2);
        QTest::keyClick(table, Qt::Key_2);
        StoreError error;
        std::optional<Workshop> stored = m_store->loadWorkshop(m_info.id, &error);
        QVERIFY(stored);
        QCOMPARE(stored->agreed.value(m_q2).rating, Rating::MostlyMet);
        QVERIFY(score->text() != scoreBefore);
        QCOMPARE(score->text(), QStringLiteral("Group score: 66.7 out of 100, Amber"));
        QCOMPARE(cell(table->model(), m_q2, WorkshopSpreadModel::AgreedColumn),
                 QStringLiteral("Mostly met"));
        QVERIFY(window->findChild<QAbstractButton *>(QStringLiteral("agree_2"))->isChecked());

        // Changing it to Fully met changes the score again.
        QTest::keyClick(table, Qt::Key_3);
        QCOMPARE(score->text(), QStringLiteral("Group score: 100.0 out of 100, Green"));

        // A dissent, typed in the note box (its letters are not agreeing keys there).
        QTest::keyClick(window.get(), Qt::Key_T, Qt::AltModifier);
        auto *note = window->findChild<QPlainTextEdit *>(QStringLiteral("agreeNoteEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), note);
        QTest::keyClicks(note, QStringLiteral("Carol dissents: no data"));
        QTRY_COMPARE(m_store->loadWorkshop(m_info.id, &error)->agreed.value(m_q2).note,
                     QStringLiteral("Carol dissents: no data"));
        QCOMPARE(m_store->loadWorkshop(m_info.id, &error)->agreed.value(m_q2).rating,
                 Rating::FullyMet);

        // Delete clears the rating (the note stays, as the room's record).
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        stored = m_store->loadWorkshop(m_info.id, &error);
        QCOMPARE(stored->agreed.value(m_q2).rating, Rating::Unanswered);
        QVERIFY2(score->text().contains(QStringLiteral("none yet")), qPrintable(score->text()));
    }

    // Opening another workshop shows it once (it is read from the store once) and starts the
    // table afresh at its first question; an agreed answer is shown once too, from what was
    // saved rather than read again.
    void openingAnotherWorkshopShowsItOnce()
    {
        buildGroup();
        WorkshopInfo other;
        other.name = QStringLiteral("Scrutiny workshop");
        other.authority = m_info.authority;
        other.bankId = m_bank.id;
        other.bankVersion = m_bank.version;
        StoreError error;
        QVERIFY2(m_store->createWorkshop(other, &error), qPrintable(error.message));
        auto window = makeWindow();
        WorkshopDocument *document = window->document();
        QSignalSpy opened(document, &WorkshopDocument::opened);
        QSignalSpy changed(document, &WorkshopDocument::changed);
        const qint64 notOpen = document->id() == m_info.id ? other.id : m_info.id;
        QVERIFY(window->openWorkshop(notOpen));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(changed.size(), 0);
        auto *table = window->findChild<QTableView *>(QStringLiteral("spreadTable"));
        QCOMPARE(table->currentIndex().row(), 0);

        QVERIFY(window->openWorkshop(m_info.id));
        opened.clear();
        changed.clear();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_3);
        QCOMPARE(opened.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_store->loadWorkshop(m_info.id, &error)
                     ->agreed.value(window->currentQuestion())
                     .rating,
                 Rating::FullyMet);
    }

    void roundEntryByKeys()
    {
        buildGroup();
        auto window = makeWindow();
        const auto testers = testSpreadModels(window.get());
        window->selectQuestion(m_q2);
        onNextDialog([&](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("workshopRoundDialog"));
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("roundTable"));
            QCOMPARE(table->rowCount(), 3);
            QCOMPARE(QApplication::focusWidget(), table);
            // One key per member, down the room.
            QTest::keyClick(table, Qt::Key_0);
            QTest::keyClick(table, Qt::Key_D);
            QTest::keyClick(table, Qt::Key_N);
            QCOMPARE(table->item(0, 1)->text(), ratingLabel(Rating::NotMet));
            QCOMPARE(table->item(2, 1)->text(), ratingLabel(Rating::NotApplicable));
            // Anonymised by default: no names in the room's view.
            const QStringList leaks = leakedNames(dialog);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
            const QStringList unnamed = unnamedFocusableWidgets(dialog);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        });
        QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);

        StoreError error;
        const std::optional<Workshop> stored = m_store->loadWorkshop(m_info.id, &error);
        QList<Rating> ratings;
        for (const Assessment &member : stored->participants)
            ratings.append(member.rating(m_q2));
        QCOMPARE(ratings, (QList<Rating>{Rating::NotMet, Rating::DontKnow, Rating::NotApplicable}));
        // The window shows the new spread: 0 and 2 were given, so the members now disagree.
        auto *table = window->findChild<QTableView *>(QStringLiteral("spreadTable"));
        QCOMPARE(cell(table->model(), m_q2, WorkshopSpreadModel::NotMet0Column),
                 QStringLiteral("1"));
    }

    void anonymisedWindowShowsNoName()
    {
        buildGroup();
        auto window = makeWindow();
        QVERIFY(window->isAnonymised());
        window->selectQuestion(m_q1);
        QStringList leaks = leakedNames(window.get());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
        auto *members = window->findChild<QListWidget *>(QStringLiteral("membersList"));
        QVERIFY(members->item(0)->text().startsWith(QStringLiteral("Member A, ")));

        // Show names, by its underlined letter: now the names are there (the check can fail).
        QTest::keyClick(window.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(!window->isAnonymised());
        QVERIFY(!leakedNames(window.get()).isEmpty());
        QVERIFY(members->item(0)->text().startsWith(Alice));

        // The presenter view never shows a name, even while the window does.
        window->present();
        WorkshopPresenter *presenter = window->presenter();
        QVERIFY(presenter);
        leaks = leakedNames(presenter);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));

        // And back: anonymised again everywhere.
        presenter->close();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(window->isAnonymised());
        leaks = leakedNames(window.get());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
    }

    void presenterIsDrivenByKeys()
    {
        buildGroup();
        auto window = makeWindow();
        window->selectQuestion(m_q1);
        QTest::keyClick(window.get(), Qt::Key_F5);
        QPointer<WorkshopPresenter> presenter = window->presenter();
        QVERIFY(presenter);
        QVERIFY(presenter->isFullScreen());
        QVERIFY(QTest::qWaitForWindowActive(presenter));
        QCOMPARE(presenter->currentQuestion(), m_q1);
        auto *position = presenter->findChild<QLabel *>(QStringLiteral("presenterPosition"));
        const int asked = m_bank.questionsFor(QStringLiteral("councillor")).size();
        QVERIFY2(position->text().contains(QStringLiteral("Question 1 of %1").arg(asked)),
                 qPrintable(position->text()));

        QTest::keyClick(presenter, Qt::Key_Right);
        QCOMPARE(presenter->currentQuestion(), m_q2);
        QCOMPARE(window->currentQuestion(), m_q2); // the window follows
        QTest::keyClick(presenter, Qt::Key_PageDown);
        QTest::keyClick(presenter, Qt::Key_PageUp);
        QCOMPARE(presenter->currentQuestion(), m_q2);
        QTest::keyClick(presenter, Qt::Key_Left);
        QCOMPARE(presenter->currentQuestion(), m_q1);
        QTest::keyClick(presenter, Qt::Key_Left); // stays at the first
        QCOMPARE(presenter->currentQuestion(), m_q1);

        // The chart says the counts in words.
        auto *chart = presenter->findChild<QWidget *>(QStringLiteral("presenterChart"));
        QVERIFY2(chart->accessibleDescription().contains(QStringLiteral("Fully met: 1.")),
                 qPrintable(chart->accessibleDescription()));

        // D: only the question they disagree on.
        QTest::keyClick(presenter, Qt::Key_Right);
        QTest::keyClick(presenter, Qt::Key_D);
        QVERIFY(presenter->disagreementsOnly());
        QCOMPARE(presenter->currentQuestion(), m_q1);
        QVERIFY(position->text().contains(QStringLiteral("Question 1 of 1")));
        QTest::keyClick(presenter, Qt::Key_Right);
        QCOMPARE(presenter->currentQuestion(), m_q1);
        QTest::keyClick(presenter, Qt::Key_D);
        QVERIFY(!presenter->disagreementsOnly());

        // T: the section timer.
        auto *timer = presenter->findChild<QLabel *>(QStringLiteral("presenterTimer"));
        QTest::keyClick(presenter, Qt::Key_T);
        QVERIFY(presenter->timerRunning());
        QTRY_VERIFY(presenter->sectionElapsed() >= 100);
        QVERIFY2(timer->text().contains(QStringLiteral("00:00")), qPrintable(timer->text()));
        QTest::keyClick(presenter, Qt::Key_T);
        QVERIFY(!presenter->timerRunning());
        QVERIFY2(timer->text().contains(QStringLiteral("stopped")), qPrintable(timer->text()));

        // Agreeing in the window shows on the projector at once.
        window->selectQuestion(m_q1);
        auto *agreed = presenter->findChild<QLabel *>(QStringLiteral("presenterAgreed"));
        QCOMPARE(agreed->text(), QStringLiteral("Agreed: not agreed yet"));
        window->findChild<QAbstractButton *>(QStringLiteral("agree_1"))->click();
        QCOMPARE(agreed->text(), QStringLiteral("Agreed: Partially met"));

        QTest::keyClick(presenter, Qt::Key_Escape);
        QTRY_VERIFY(!presenter);
    }

    void newWorkshopByKeyboard()
    {
        auto window = makeWindow();
        onNextDialog([&](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("workshopNewDialog"));
            auto *create =
                dialog->findChild<QAbstractButton *>(QStringLiteral("createWorkshopButton"));
            QVERIFY(!create->isEnabled()); // a name is needed
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("workshopNameEdit"));
            QCOMPARE(QApplication::focusWidget(), name);
            QTest::keyClicks(name, QStringLiteral("   "));
            QVERIFY(!create->isEnabled());
            QTest::keyClicks(name, QStringLiteral("Scrutiny workshop"));
            QVERIFY(create->isEnabled());
            const QStringList unnamed = unnamedFocusableWidgets(dialog);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(window->workshop());
        QCOMPARE(window->workshop()->info.name, QStringLiteral("Scrutiny workshop"));
        QCOMPARE(window->workshop()->info.authority, m_info.authority); // suggested from the last
        StoreError error;
        QCOMPARE(m_store->listWorkshops(&error).size(), 2);
        auto *chooser = window->findChild<QComboBox *>(QStringLiteral("workshopCombo"));
        QCOMPARE(chooser->count(), 2);
        QVERIFY(chooser->currentText().startsWith(QStringLiteral("Scrutiny workshop")));
    }

    // Issue 13: a workshop made under the law of Wales, chosen by keyboard, shows the questions
    // Wales's law asks, in its words; the next workshop is offered the same law.
    void newWorkshopUnderWalesLawAsksWalesQuestions()
    {
        const QuestionBank &latest = m_banks.latest();
        const QuestionBank &wales =
            m_banks.applied(latest.id, latest.version, QStringLiteral("wales"));
        auto window = makeWindow();
        QCOMPARE(window->document()->bank().appliedJurisdiction, QStringLiteral("england"));
        onNextDialog([&](QDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("workshopNameEdit"));
            QTest::keyClicks(name, QStringLiteral("Gweithdy craffu"));
            QTest::keyClick(name, Qt::Key_Tab); // the council
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            auto *law = dialog->findChild<QComboBox *>(QStringLiteral("workshopJurisdictionCombo"));
            QCOMPARE(QApplication::focusWidget(), law);
            QCOMPARE(law->currentData().toString(), QStringLiteral("england")); // the open one's
            QCOMPARE(law->accessibleName(), QStringLiteral("The law the workshop reviews under"));
            QTest::keyClick(law, Qt::Key_Down);
            QCOMPARE(law->currentText(), QStringLiteral("Wales"));
            QTest::keyClick(law, Qt::Key_Return);
        });
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(window->workshop());
        QCOMPARE(window->workshop()->info.name, QStringLiteral("Gweithdy craffu"));
        QCOMPARE(window->workshop()->info.jurisdiction, QStringLiteral("wales"));
        StoreError error;
        QCOMPARE(m_store->loadWorkshop(window->workshop()->info.id, &error)->info.jurisdiction,
                 QStringLiteral("wales"));
        QCOMPARE(window->document()->bank().appliedJurisdiction, QStringLiteral("wales"));
        auto *details = window->findChild<QLabel *>(QStringLiteral("workshopDetails"));
        QVERIFY2(details->text().contains(QStringLiteral("law of Wales")),
                 qPrintable(details->text()));
        auto *sections = window->findChild<QComboBox *>(QStringLiteral("sectionFilterCombo"));
        QCOMPARE(sections->count(), wales.sections.size() + 1);

        // A councillor in the room is asked Wales's questions, and the spread shows them.
        QVERIFY2(window->document()->addMember(QStringLiteral("Siân"), QStringLiteral("councillor"),
                                               &error),
                 qPrintable(error.message));
        QCOMPARE(window->workshop()->participants.first().info.jurisdiction,
                 QStringLiteral("wales"));
        const auto testers = testSpreadModels(window.get());
        QAbstractItemModel *model =
            window->findChild<QTableView *>(QStringLiteral("spreadTable"))->model();
        QCOMPARE(model->rowCount(), wales.questionsFor(QStringLiteral("councillor")).size());
        QVERIFY(m_bank.question(QStringLiteral("MEMB-09"))); // asked under England's law only
        QCOMPARE(cell(model, QStringLiteral("MEMB-09"), WorkshopSpreadModel::IdColumn),
                 QStringLiteral("<no row for MEMB-09>"));
        window->selectQuestion(QStringLiteral("MEMB-01"));
        const QString text =
            window->findChild<QLabel *>(QStringLiteral("agreeQuestionText"))->text();
        QVERIFY2(text.contains(QStringLiteral("Regional Safeguarding Board")), qPrintable(text));

        // The next workshop is offered Wales, the open one's law.
        QString offered;
        onNextDialog([&](QDialog *dialog) {
            offered = dialog->findChild<QComboBox *>(QStringLiteral("workshopJurisdictionCombo"))
                          ->currentData()
                          .toString();
            dialog->reject();
        });
        window->activateWindow(); // back from the first dialog
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(offered, QStringLiteral("wales"));
    }

    void answerPacksAreWrittenPerMember()
    {
        const QString folder = m_dir->filePath(QStringLiteral("packs"));
        QVERIFY(QDir().mkpath(folder));
        // A returned file already there is never overwritten.
        QFile existing(QDir(folder).filePath(QStringLiteral("Alice Zebedee.waymark")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("returned");
        existing.close();

        WorkshopPacksDialog dialog(m_info, m_bank, folder);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("packNameEdit"));
        name->setFocus();
        QTest::keyClicks(name, Alice);
        QTest::keyClick(name, Qt::Key_Return);
        QTest::keyClicks(name, QStringLiteral("Cllr O'Brien: Chair / Vice"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(dialog.members().size(), 2);
        QCOMPARE(dialog.members().at(0).roleId, QStringLiteral("councillor"));
        const QStringList unnamed = unnamedFocusableWidgets(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        dialog.findChild<QAbstractButton *>(QStringLiteral("packWriteButton"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QStringList written = dialog.written();
        QCOMPARE(written.size(), 2);
        QCOMPARE(QFileInfo(written.at(0)).fileName(), QStringLiteral("Alice Zebedee (2).waymark"));
        QCOMPARE(QFileInfo(written.at(1)).fileName(),
                 QStringLiteral("Cllr O'Brien- Chair - Vice.waymark"));
        QFile kept(existing.fileName());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("returned"));
        const ExchangeReadResult read = ExchangeFile::read(written.at(0), m_bank);
        QVERIFY(read.ok());
        QCOMPARE(read.assessment->info.respondent, Alice);
        QCOMPARE(read.assessment->info.authority, m_info.authority);
        QCOMPARE(read.assessment->info.roleId, QStringLiteral("councillor"));

        // A pack returned unanswered gathers as a member of the workshop.
        StoreError error;
        WorkshopGatherer gatherer(*m_store, m_bank);
        const QList<GatherOutcome> outcomes =
            gatherer.gather(m_info.id, {written.at(0)}, false, &error);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.at(0).kind, GatherOutcome::Kind::Added);
    }

    void openedFromTheMainWindowsMenu()
    {
        // The main window opens the database itself, so the fixture's store lets go of it.
        const QString path = m_store->path();
        m_store.reset();
        Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
        MainWindow main(m_banks, settings);
        main.show();
        QVERIFY(main.openDatabase(path));
        main.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&main));
        QVERIFY(!main.workshopWindow());
        QTest::keyClick(&main, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        WorkshopWindow *window = main.workshopWindow();
        QVERIFY(window);
        QVERIFY(window->isVisible());
        QVERIFY(window->workshop());
        QCOMPARE(window->workshop()->info.name, m_info.name);
        // Again: the same window, not a second one.
        QTest::keyClick(&main, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(main.workshopWindow(), window);
        QCOMPARE(main.findChildren<WorkshopWindow *>().size(), 1);
    }

    void everyFocusableWidgetHasAnAccessibleName()
    {
        buildGroup();
        auto window = makeWindow();
        window->selectQuestion(m_q1);
        QStringList unnamed = unnamedFocusableWidgets(window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        const auto checkDialog = [&](const QString &objectName) {
            onNextDialog([&, objectName](QDialog *dialog) {
                QCOMPARE(dialog->objectName(), objectName);
                unnamed = unnamedFocusableWidgets(dialog);
            });
        };
        const struct
        {
            const char *button;
            const char *dialog;
        } routes[] = {
            {"newWorkshopButton", "workshopNewDialog"},
            {"answerPacksButton", "workshopPacksDialog"},
            {"addMemberButton", "workshopMemberDialog"},
            {"roundEntryButton", "workshopRoundDialog"},
            {"printPackButton", "workshopPrintDialog"},
        };
        for (const auto &route : routes) {
            unnamed = QStringList{QStringLiteral("dialog did not open")};
            checkDialog(QLatin1String(route.dialog));
            window->findChild<QAbstractButton *>(QLatin1String(route.button))->click();
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(QLatin1String(route.dialog) + QStringLiteral(": ") +
                                unnamed.join(QStringLiteral(", "))));
        }
    }
};

QTEST_MAIN(TestWorkshop)
#include "tst_workshop.moc"
