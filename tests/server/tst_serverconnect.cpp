// Issue 14: File › Connect to the council's database…, by key presses, against the real
// PostgreSQL cluster: the dialog, the title and status bar naming the server, the password kept
// out of the settings, the offer to copy this computer's assessments, and a refused login that
// leaves the member where they were.
#include "GuiFixture.h"
#include "ModalDialogs.h"
#include "PgCluster.h"
#include "server/AnswerHistoryDialog.h"
#include "server/HandInDialog.h"
#include "server/ServerConnectDialog.h"
#include "server/ServerLink.h"
#include "store/postgres/ServerAdmin.h"
#include "walkthrough/AssessmentDocument.h"
#include "walkthrough/QuestionPage.h"
#include "walkthrough/WalkthroughView.h"
#include "workshop/WorkshopDocument.h"
#include "workshop/WorkshopWindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>

using namespace Waymark;

namespace {

// Types the server's details into the dialog and presses Enter (Connect).
void typeDetails(ServerConnectDialog *dialog, const QString &database, const QString &user,
                 const QString &password)
{
    auto type = [dialog](const char *name, const QString &text) {
        auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    };
    type("serverHost", PgCluster::cluster().host);
    auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("serverPort"));
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, QString::number(PgCluster::cluster().port));
    type("serverDatabase", database);
    type("serverUser", user);
    type("serverPassword", password);
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("serverPassword")),
                    Qt::Key_Return);
}

// A Leader's assessment against the latest bank, as the tests' members start one.
AssessmentInfo leaderAssessment(const QString &respondent)
{
    AssessmentInfo info;
    info.authority = QStringLiteral("Testshire");
    info.respondent = respondent;
    info.roleId = QStringLiteral("leader");
    info.bankId = GuiFixture::bank().id;
    info.bankVersion = GuiFixture::bank().version;
    return info;
}

} // namespace

class TestServerConnect : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_fixture;
    bool m_serverDown = false;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_PG_CLUSTER();
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    }
    void init() { m_fixture = std::make_unique<GuiFixture>(); }
    void cleanup()
    {
        m_fixture.reset();
        // A test that failed while the server was down must not take the next ones with it.
        if (m_serverDown && PgCluster::control(QStringLiteral("resume")))
            m_serverDown = false;
    }

    void connectingByKeysNamesTheServerAndOffersToCopy()
    {
        const QString database = PgCluster::setUpDatabase(
            QStringLiteral("gui"), {{QStringLiteral("wm_gui"), QStringLiteral("gui secret pw"),
                                     QStringLiteral("member")}});
        QVERIFY(!database.isEmpty());
        StoreError error;

        // The member has been working on this computer.
        auto window = m_fixture->showMainWindow();
        QVERIFY(window->openDatabase(m_fixture->databasePath()));
        AssessmentInfo info = leaderAssessment(QStringLiteral("Gwen"));
        QVERIFY(window->store().createAssessment(info, &error));
        Answer answer;
        answer.rating = Rating::MostlyMet;
        answer.evidence = QStringLiteral("Typed on the laptop");
        QVERIFY(window->store().saveAnswer(info.id, QStringLiteral("LEAD-01"), answer, &error));
        QVERIFY(window->windowTitle().contains(QStringLiteral("waymark.db")));

        QString copyQuestion;
        ModalDialogs::whenModal<ServerConnectDialog>(
            window.get(), [&](ServerConnectDialog *dialog) {
                // TLS is on unless the member turns it off.
                QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("serverTls"))->isChecked());
                typeDetails(dialog, database, QStringLiteral("wm_gui"),
                            QStringLiteral("gui secret pw"));
            });
        ModalDialogs::whenModal<QMessageBox>(
            window.get(),
            [&](QMessageBox *box) {
                copyQuestion = box->text();
                QTest::keyClick(box, Qt::Key_Return); // Yes is the default
            },
            QStringLiteral("copyToServerQuestion"));
        QTest::keyClick(window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(window->store().path().startsWith(QLatin1String("postgresql://")),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!copyQuestion.isEmpty(), 10000);
        QVERIFY2(copyQuestion.contains(QStringLiteral("waymark.db")), qPrintable(copyQuestion));
        QTRY_COMPARE_WITH_TIMEOUT(window->store().countAssessments(&error), 1, 10000);

        // The window says where the answers now are, and never the password.
        QVERIFY2(
            window->windowTitle().contains(QStringLiteral("council database %1").arg(database)),
            qPrintable(window->windowTitle()));
        auto *status = window->findChild<QLabel *>(QStringLiteral("databaseStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(database) &&
                     status->text().contains(QLatin1String("wm_gui")),
                 qPrintable(status->text()));
        QVERIFY(!window->windowTitle().contains(QLatin1String("secret")));
        QVERIFY(!status->text().contains(QLatin1String("secret")));
        m_fixture->settings().sync();
        QFile ini(m_fixture->path(QStringLiteral("settings/settings.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray kept = ini.readAll();
        QVERIFY(kept.contains("wm_gui"));
        QVERIFY2(!kept.contains("secret"), "the password reached the settings file");

        // The copied answer is on the server, under the member's own login.
        const QList<AssessmentSummary> onServer = window->store().listAssessments(&error);
        QCOMPARE(onServer.size(), 1);
        const std::optional<Assessment> copied =
            window->store().loadAssessment(onServer.first().info.id, &error);
        QVERIFY(copied);
        QCOMPARE(copied->answer(QStringLiteral("LEAD-01")).evidence,
                 QStringLiteral("Typed on the laptop"));
    }

    void typingWhileTheServerIsDownLosesNothing()
    {
        const QString database = PgCluster::setUpDatabase(
            QStringLiteral("offline"),
            {{QStringLiteral("wm_offline"), QStringLiteral("off pw"), QStringLiteral("member")}});
        QVERIFY(!database.isEmpty());
        StoreError error;
        auto window = m_fixture->showMainWindow();
        QVERIFY(window->openDatabase(
            PgCluster::address(database, QStringLiteral("wm_offline"), QStringLiteral("off pw")),
            AssessmentStore::OpenMode::ExistingOnly));
        auto *link = window->findChild<ServerLink *>();
        QVERIFY(link);
        link->setRetryInterval(250);
        AssessmentInfo info = leaderAssessment(QStringLiteral("Owen"));
        QVERIFY(window->store().createAssessment(info, &error));
        QVERIFY(window->openAssessment(info.id));

        auto *page = window->findChild<QuestionPage *>();
        auto *walkthrough = window->findChild<WalkthroughView *>();
        auto *saveStatus = window->findChild<QLabel *>(QStringLiteral("saveStatus"));
        auto *evidence = page->findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"));
        const QString first = walkthrough->currentQuestion();
        page->setFocus();
        QTest::keyClick(page, Qt::Key_3);
        QTest::keyClick(page, Qt::Key_K, Qt::AltModifier);
        QTRY_COMPARE(window->focusWidget(), evidence);
        QTest::keyClicks(evidence, QStringLiteral("Before the outage"));
        QCOMPARE(saveStatus->text(), QStringLiteral("All changes saved"));

        // The server goes away in the middle of the sitting; the member types on.
        m_serverDown = true;
        QVERIFY(PgCluster::control(QStringLiteral("pause")));
        QString unexpected; // an error box would stop the member mid-sentence
        ModalDialogs::whenModal<QMessageBox>(window.get(), [&](QMessageBox *box) {
            unexpected = box->text() + QLatin1Char(' ') + box->informativeText();
            box->accept();
        });
        QTest::keyClicks(evidence, QStringLiteral(", and during it"));
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
        QVERIFY2(saveStatus->text().startsWith(QLatin1String("Not connected")),
                 qPrintable(saveStatus->text()));
        QVERIFY(!QApplication::activeModalWidget()); // no error box in the member's way
        QTest::keyClick(page, Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(walkthrough->currentQuestion() != first);
        const QString second = walkthrough->currentQuestion();
        page->setFocus();
        QTest::keyClick(page, Qt::Key_1);
        QTest::keyClick(page, Qt::Key_K, Qt::AltModifier);
        QTRY_COMPARE(window->focusWidget(), evidence);
        QTest::keyClicks(evidence, QStringLiteral("Typed offline on 4 June"));
        QVERIFY(link->waiting() > 0);
        // Kept on this computer, for the member's eyes only.
        QFileInfo journal(m_fixture->settings().journalPath());
        QVERIFY(journal.exists());
        QCOMPARE(journal.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                          QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        // The server comes back: everything typed reaches it, in order.
        QVERIFY(PgCluster::control(QStringLiteral("resume")));
        m_serverDown = false;
        QTRY_COMPARE_WITH_TIMEOUT(saveStatus->text(), QStringLiteral("All changes saved"), 20000);
        QCOMPARE(link->waiting(), 0);
        AssessmentStore check;
        QVERIFY(check.open(PgCluster::superAddress(database),
                           AssessmentStore::OpenMode::ExistingOnly, &error));
        const std::optional<Assessment> onServer = check.loadAssessment(info.id, &error);
        QVERIFY2(onServer, qPrintable(error.message));
        QCOMPARE(onServer->answer(first).evidence,
                 QStringLiteral("Before the outage, and during it"));
        QCOMPARE(onServer->rating(first), Rating::FullyMet);
        QCOMPARE(onServer->answer(second).evidence, QStringLiteral("Typed offline on 4 June"));
        QCOMPARE(onServer->rating(second), Rating::PartiallyMet); // key 1
        // And the member's next keystroke goes straight to the server again.
        QTest::keyClicks(evidence, QStringLiteral("!"));
        QCOMPARE(saveStatus->text(), QStringLiteral("All changes saved"));
        QCOMPARE(check.loadAssessment(info.id, &error)->answer(second).evidence,
                 QStringLiteral("Typed offline on 4 June!"));
    }

    void changesOnTheServerShowAsTheyHappen()
    {
        const QString database = PgCluster::setUpDatabase(
            QStringLiteral("live"),
            {{QStringLiteral("wm_live"), QStringLiteral("live pw"), QStringLiteral("member")},
             {QStringLiteral("wm_livefac"), QStringLiteral("fac pw"),
              QStringLiteral("facilitator")}});
        QVERIFY(!database.isEmpty());
        StoreError error;
        const QString member =
            PgCluster::address(database, QStringLiteral("wm_live"), QStringLiteral("live pw"));

        // The member's laptop has the assessment open; their tablet changes an answer.
        auto window = m_fixture->showMainWindow();
        QVERIFY(window->openDatabase(member, AssessmentStore::OpenMode::ExistingOnly));
        AssessmentInfo info = leaderAssessment(QStringLiteral("Lena"));
        QVERIFY(window->store().createAssessment(info, &error));
        QVERIFY(window->openAssessment(info.id));
        auto *walkthrough = window->findChild<WalkthroughView *>();
        auto *evidence = window->findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"));
        const QString question = walkthrough->currentQuestion();
        AssessmentStore tablet;
        QVERIFY(tablet.open(member, AssessmentStore::OpenMode::ExistingOnly, &error));
        Answer typed;
        typed.rating = Rating::PartiallyMet;
        typed.evidence = QStringLiteral("Typed on the tablet");
        QVERIFY(tablet.saveAnswer(info.id, question, typed, &error));
        QTRY_COMPARE_WITH_TIMEOUT(evidence->toPlainText(), QStringLiteral("Typed on the tablet"),
                                  2000);
        QCOMPARE(window->document()->answer(question).rating, Rating::PartiallyMet);

        // The member hands in; a facilitator's spread shows each rating within a second.
        AssessmentStore facilitator;
        QVERIFY(facilitator.open(
            PgCluster::address(database, QStringLiteral("wm_livefac"), QStringLiteral("fac pw")),
            AssessmentStore::OpenMode::ExistingOnly, &error));
        WorkshopInfo workshop;
        workshop.name = QStringLiteral("Live round");
        workshop.bankId = GuiFixture::bank().id;
        workshop.bankVersion = GuiFixture::bank().version;
        QVERIFY(facilitator.createWorkshop(workshop, &error));
        QVERIFY(tablet.addParticipant(workshop.id, info.id, &error));
        window.reset();
        m_fixture = std::make_unique<GuiFixture>();
        auto room = m_fixture->showMainWindow();
        QVERIFY(room->openDatabase(
            PgCluster::address(database, QStringLiteral("wm_livefac"), QStringLiteral("fac pw")),
            AssessmentStore::OpenMode::ExistingOnly));
        room->openWorkshops();
        WorkshopDocument *shown = room->workshopWindow()->document();
        QVERIFY(shown->open(workshop.id, &error));
        QCOMPARE(shown->workshop()->participants.size(), 1);
        typed.rating = Rating::FullyMet;
        QVERIFY(tablet.saveAnswer(info.id, question, typed, &error));
        QTRY_COMPARE_WITH_TIMEOUT(shown->workshop()->participants.first().rating(question),
                                  Rating::FullyMet, 1000);
    }

    void anEarlierVersionIsShownAndRestoredByKeys()
    {
        const QString database = PgCluster::setUpDatabase(
            QStringLiteral("versions"),
            {{QStringLiteral("wm_versions"), QStringLiteral("v pw"), QStringLiteral("member")}});
        QVERIFY(!database.isEmpty());
        StoreError error;
        const QString member =
            PgCluster::address(database, QStringLiteral("wm_versions"), QStringLiteral("v pw"));
        auto window = m_fixture->showMainWindow();
        QVERIFY(window->openDatabase(member, AssessmentStore::OpenMode::ExistingOnly));
        AssessmentInfo info = leaderAssessment(QStringLiteral("Vera"));
        QVERIFY(window->store().createAssessment(info, &error));
        const QString question = GuiFixture::bankIn(QStringLiteral("england"))
                                     .questionsFor(QStringLiteral("leader"))
                                     .first()
                                     ->id;
        // Two laptops of one member: the tablet's later text overwrote the laptop's.
        for (const char *text : {"Written on the laptop", "Written on the tablet"}) {
            Answer answer;
            answer.rating = Rating::MostlyMet;
            answer.evidence = QLatin1String(text);
            QVERIFY(window->store().saveAnswer(info.id, question, answer, &error));
        }
        QVERIFY(window->openAssessment(info.id));
        auto *evidence = window->findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"));
        QCOMPARE(evidence->toPlainText(), QStringLiteral("Written on the tablet"));

        int rows = 0;
        ModalDialogs::whenModal<AnswerHistoryDialog>(
            window.get(), [&](AnswerHistoryDialog *dialog) {
                auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("historyTable"));
                rows = table->rowCount();
                QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Written on the tablet"));
                QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Written on the laptop"));
                QCOMPARE(table->item(1, 1)->text(), QStringLiteral("wm_versions"));
                QTest::keyClick(table, Qt::Key_Down);
                QTest::keyClick(table, Qt::Key_Return); // Restore is the default button
            });
        QTest::keyClick(window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(evidence->toPlainText(), QStringLiteral("Written on the laptop"));
        QCOMPARE(rows, 2);
        AssessmentStore check;
        QVERIFY(check.open(member, AssessmentStore::OpenMode::ExistingOnly, &error));
        QCOMPARE(check.loadAssessment(info.id, &error)->answer(question).evidence,
                 QStringLiteral("Written on the laptop"));
        // One undoable edit.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(evidence->toPlainText(), QStringLiteral("Written on the tablet"));
    }

    void handingInByKeysReachesTheFacilitatorsWindow()
    {
        const QString database = PgCluster::setUpDatabase(
            QStringLiteral("handin"),
            {{QStringLiteral("wm_handin"), QStringLiteral("h pw"), QStringLiteral("member")},
             {QStringLiteral("wm_handfac"), QStringLiteral("hf pw"),
              QStringLiteral("facilitator")}});
        QVERIFY(!database.isEmpty());
        StoreError error;
        const QString facilitatorAddress =
            PgCluster::address(database, QStringLiteral("wm_handfac"), QStringLiteral("hf pw"));
        // The facilitator's workshop, on screen in their Waymark.
        GuiFixture facilitatorsLaptop;
        auto room = facilitatorsLaptop.showMainWindow();
        QVERIFY(room->openDatabase(facilitatorAddress, AssessmentStore::OpenMode::ExistingOnly));
        WorkshopInfo workshop;
        workshop.name = QStringLiteral("Autumn panel");
        workshop.facilitator = QStringLiteral("Fay");
        workshop.bankId = GuiFixture::bank().id;
        workshop.bankVersion = GuiFixture::bank().version;
        QVERIFY(room->store().createWorkshop(workshop, &error));
        room->openWorkshops();
        WorkshopDocument *shown = room->workshopWindow()->document();
        QVERIFY(shown->open(workshop.id, &error));
        QCOMPARE(shown->workshop()->participants.size(), 0);

        // A member hands their assessment in from their own Waymark: no file.
        auto window = m_fixture->showMainWindow();
        QVERIFY(window->openDatabase(
            PgCluster::address(database, QStringLiteral("wm_handin"), QStringLiteral("h pw")),
            AssessmentStore::OpenMode::ExistingOnly));
        AssessmentInfo info = leaderAssessment(QStringLiteral("Hari"));
        QVERIFY(window->store().createAssessment(info, &error));
        QVERIFY(window->openAssessment(info.id));
        QStringList listed;
        ModalDialogs::whenModal<HandInDialog>(window.get(), [&](HandInDialog *dialog) {
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("workshopList"));
            for (int row = 0; row < list->count(); ++row)
                listed.append(list->item(row)->text());
            QTest::keyClick(list, Qt::Key_Return);
        });
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(listed, QStringList{QStringLiteral("Autumn panel, run by Fay")});
        QTRY_COMPARE_WITH_TIMEOUT(shown->workshop()->participants.size(), 1, 1000);
        QCOMPARE(shown->workshop()->participants.first().info.respondent, QStringLiteral("Hari"));
    }

    void aRefusedLoginLeavesTheMemberWhereTheyWere()
    {
        auto window = m_fixture->showMainWindow();
        QVERIFY(window->openDatabase(m_fixture->databasePath()));
        QString shown;
        ModalDialogs::whenModal<ServerConnectDialog>(
            window.get(), [&](ServerConnectDialog *dialog) {
                typeDetails(dialog, QStringLiteral("postgres"), QStringLiteral("wm_gui"),
                            QStringLiteral("not the password"));
            });
        ModalDialogs::whenModal<QMessageBox>(window.get(), [&](QMessageBox *box) {
            shown = box->text() + QLatin1Char(' ') + box->informativeText();
            box->accept();
        });
        QTest::keyClick(window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        QVERIFY2(shown.contains(QLatin1String("authentication failed")), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1String("not the password")));
        // Back on the file the member had open.
        QTRY_VERIFY_WITH_TIMEOUT(window->store().isOpen(), 5000);
        QCOMPARE(window->store().path(), AssessmentStore::resolvePath(m_fixture->databasePath()));
    }
};

QTEST_MAIN(TestServerConnect)
#include "tst_serverconnect.moc"
