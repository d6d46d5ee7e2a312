// What the app lets a member write, it can export, and what it exports, Waymark imports: text
// limits in the question page, the action plan and the New assessment dialog, driven by key
// presses and widget calls; a rating taken back becomes a clear that travels; an export that
// would not import is refused with a message; the repair of an old database is shown.
#include "GuiFixture.h"
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "actionplan/ActionPlanView.h"
#include "actionplan/ActionTableModel.h"
#include "exchange/ExchangeFile.h"
#include "walkthrough/AssessmentDocument.h"
#include "walkthrough/NewAssessmentDialog.h"
#include "walkthrough/QuestionPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace Waymark;

namespace {

// Types one character as a key press, as a keyboard with that letter would.
void typeCharacter(QWidget *widget, const QString &character)
{
    QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, character, Qt::NoModifier);
}

void rawExec(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestExchangeGui : public QObject
{
    Q_OBJECT

private:
    const QuestionBank &m_bank = GuiFixture::bank();
    std::unique_ptr<GuiFixture> m_fixture;
    QString m_db;

    std::unique_ptr<MainWindow> makeWindow() { return m_fixture->showMainWindow(); }

    // A window with a new councillor's assessment open.
    std::unique_ptr<MainWindow> windowWithAssessment()
    {
        auto window = makeWindow();
        if (!window->openDatabase(m_db))
            qFatal("cannot open the database");
        AssessmentInfo info;
        info.authority = QStringLiteral("Cyngor Sir Gâr");
        info.respondent = QStringLiteral("Cllr Siân");
        info.roleId = QStringLiteral("councillor");
        info.date = QDate(2026, 11, 23);
        info.bankId = m_bank.id;
        info.bankVersion = m_bank.version;
        StoreError error;
        if (!window->store().createAssessment(info, &error) || !window->openAssessment(info.id))
            qFatal("cannot open an assessment");
        return window;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_fixture = std::make_unique<GuiFixture>();
        m_db = m_fixture->databasePath();
    }

    void cleanup() { m_fixture.reset(); }

    void evidenceStopsAtTheLimitAsTheMemberTypes()
    {
        auto window = windowWithAssessment();
        AssessmentDocument *document = window->document();
        auto *page = window->findChild<QuestionPage *>();
        const QString question = page->questionId();
        auto *evidence = page->findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"));
        auto *refused = page->findChild<QLabel *>(QStringLiteral("textRefusedLabel"));
        QVERIFY(evidence && refused);
        evidence->setFocus();
        // 19,999 characters pasted in one go: 19,998 letters and an emoji of two UTF-16 units.
        const QString nearly = QString(19998, QLatin1Char('x')) + QStringLiteral("👍");
        evidence->insertPlainText(nearly);
        QCOMPARE(document->answer(question).evidence, nearly);
        QVERIFY(refused->isHidden());

        // One more key makes 20,000 characters: allowed. The next is refused, and says so.
        typeCharacter(evidence, QStringLiteral("ŵ"));
        QCOMPARE(document->answer(question).evidence, nearly + QStringLiteral("ŵ"));
        typeCharacter(evidence, QStringLiteral("y"));
        QCOMPARE(document->answer(question).evidence, nearly + QStringLiteral("ŵ"));
        QCOMPARE(evidence->toPlainText(), nearly + QStringLiteral("ŵ"));
        QVERIFY(refused->isVisible());
        QVERIFY2(refused->text().contains(QStringLiteral("at most 20,000 characters")),
                 qPrintable(refused->text()));
        QCOMPARE(evidence->textCursor().position(), evidence->toPlainText().size());
        // A paste over the limit is refused whole.
        evidence->insertPlainText(QStringLiteral("👍👍"));
        QCOMPARE(document->answer(question).evidence, nearly + QStringLiteral("ŵ"));
        // Deleting is always allowed, and the note goes away.
        QTest::keyClick(evidence, Qt::Key_Backspace);
        QCOMPARE(document->answer(question).evidence, nearly);
        QVERIFY(refused->isHidden());
        // A NUL, which a paste could bring, is refused too.
        evidence->insertPlainText(QString(QChar(0)));
        QCOMPARE(document->answer(question).evidence, nearly);
        QVERIFY(refused->isVisible());

        // What was typed is saved, exports, and the export imports.
        StoreError error;
        const std::optional<Assessment> stored =
            window->store().loadAssessment(document->id(), &error);
        QCOMPARE(stored->answer(question).evidence, nearly);
        QVERIFY(ExchangeFile::exportProblems(*stored, m_bank).isEmpty());
        QVERIFY(ExchangeFile::fromJson(ExchangeFile::toJson(*stored, &m_bank), m_bank,
                                       QStringLiteral("x.json"))
                    .ok());
    }

    void aTextStoredTooLongCanBeCutDown()
    {
        auto window = windowWithAssessment();
        AssessmentDocument *document = window->document();
        auto *page = window->findChild<QuestionPage *>();
        const QString question = page->questionId();
        // As an older Waymark could store it.
        const QString tooLong(20005, QLatin1Char('n'));
        QVERIFY(window->document()->store().saveAnswer(
            document->id(), question,
            [&] {
                Answer answer;
                answer.note = tooLong;
                return answer;
            }(),
            nullptr));
        const qint64 id = document->id();
        QVERIFY(window->openAssessment(id));
        page = window->findChild<QuestionPage *>();
        auto *note = page->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        QCOMPARE(note->toPlainText(), tooLong);
        note->setFocus();
        note->moveCursor(QTextCursor::End);
        QTest::keyClick(note, Qt::Key_Backspace);
        QCOMPARE(window->document()->answer(question).note, tooLong.chopped(1));
        typeCharacter(note, QStringLiteral("x")); // but not made longer again
        QCOMPARE(window->document()->answer(question).note, tooLong.chopped(1));
    }

    void actionPlanRefusesTextOverTheLimit()
    {
        auto window = windowWithAssessment();
        AssessmentDocument *document = window->document();
        ActionPlanView view(document);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Action action;
        action.what = QStringLiteral("Ask for the audit");
        QVERIFY(document->addAction(action));
        auto *table = view.findChild<QTableView *>(QStringLiteral("actionTable"));
        table->setCurrentIndex(table->model()->index(0, ActionTableModel::WhatColumn));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->currentIndex()));
        QVERIFY(editor);
        editor->setText(QString(20001, QLatin1Char('w')));
        QTest::keyClick(editor, Qt::Key_Return);
        auto *status = view.findChild<QLabel *>(QStringLiteral("actionPlanStatus"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("at most 20,000 characters")),
                     qPrintable(status->text()));
        QCOMPARE(document->assessment().actions.first().what, QStringLiteral("Ask for the audit"));
        // The limit itself is fine.
        QVERIFY(view.model()->setData(view.model()->index(0, ActionTableModel::WhoColumn),
                                      QString(20000, QLatin1Char('d'))));
        QCOMPARE(document->assessment().actions.first().who.size(), 20000);
        Action longer = document->assessment().actions.first();
        longer.who += QLatin1Char('d');
        QVERIFY(!document->updateAction(longer));
    }

    void newAssessmentDialogRefusesATitleOverTheLimit()
    {
        NewAssessmentDialog dialog(GuiFixture::banks());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QLineEdit *>(QStringLiteral("authorityEdit"))->setText("Cyngor");
        dialog.findChild<QLineEdit *>(QStringLiteral("respondentEdit"))->setText("Cllr Siân");
        auto *start = dialog.findChild<QAbstractButton *>(QStringLiteral("startButton"));
        QVERIFY(start->isEnabled());
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->setText(QString(20000, QLatin1Char('t')));
        QVERIFY(start->isEnabled());
        title->setFocus();
        title->end(false);
        QTest::keyClick(title, Qt::Key_T);
        QVERIFY(!start->isEnabled());
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))
                     ->text()
                     .contains(QStringLiteral("at most 20,000 characters")),
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text()));
        QTest::keyClick(title, Qt::Key_Backspace);
        QVERIFY(start->isEnabled());
    }

    void ratingTakenBackInTheAppIsAClearThatTravels()
    {
        auto window = windowWithAssessment();
        auto *page = window->findChild<QuestionPage *>();
        const QString question = page->questionId();
        page->setFocus();
        QTest::keyClick(page, Qt::Key_3);
        QTest::keyClick(page, Qt::Key_3); // the same answer again takes it back
        const Assessment &assessment = window->document()->assessment();
        QVERIFY(!assessment.answers.contains(question));
        QVERIFY(assessment.cleared.contains(question));
        QCOMPARE(window->document()->scores().overall.answered, 0);
        StoreError error;
        const std::optional<Assessment> stored =
            window->store().loadAssessment(assessment.info.id, &error);
        QCOMPARE(stored->cleared.value(question), assessment.cleared.value(question));
        const QJsonObject file =
            QJsonDocument::fromJson(ExchangeFile::toJson(*stored, &m_bank)).object();
        QCOMPARE(file.value("formatVersion").toInt(), 2);
        QCOMPARE(file.value("cleared").toArray().first().toObject().value("question").toString(),
                 question);
    }

    void exportThatWouldNotImportIsRefused()
    {
        auto window = windowWithAssessment();
        const qint64 id = window->document()->id();
        const QString question = window->findChild<QuestionPage *>()->questionId();
        window->document()->setRating(question, Rating::MostlyMet);
        // Evidence stored before the limit was kept.
        window->closeAssessment();
        window->store().close();
        rawExec(m_db, QStringLiteral("UPDATE answer SET evidence = '%1'")
                          .arg(QString(25000, QLatin1Char('e'))));
        QVERIFY(window->openDatabase(m_db));
        QVERIFY(window->openAssessment(id));
        QString shown;
        ModalDialogs::acceptMessageBox(this, &shown);
        window->findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
        QVERIFY2(shown.contains(QStringLiteral("answers[0].evidence (%1): evidence is 25000 "
                                               "characters long; the most allowed is 20000")
                                    .arg(question)),
                 qPrintable(shown));
    }

    void repairOfAnOldDatabaseIsShown()
    {
        QVERIFY(QFile::copy(QStringLiteral(WAYMARK_TEST_DATA "/db/v2.db"), m_db));
        QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db));
        QVERIFY2(window->statusBar()->currentMessage().contains(
                     QStringLiteral("3 change time(s) in assessment(s) 2 were more than a day "
                                    "ahead of this computer's clock")),
                 qPrintable(window->statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestExchangeGui)
#include "tst_exchangegui.moc"
