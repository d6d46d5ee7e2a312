// Issue 11 in the app: every save dialog (File › Export as a file, answers as CSV, the review as
// PDF; the action plan's CSV; the workshop pack's PDF; the workshop's answer packs), driven as a
// member drives it: the real file dialog, the real "replace it?" question. Choosing the open
// database under any name is refused with a clear message and nothing written; a full disk says
// so and keeps the earlier file; a USB stick (a disk that keeps no permissions) saves with a
// warning that does not stop the member. The disks are the fault-injection library's, loaded
// into this test, so these run the same on any machine.
#include "FaultInjection.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "actionplan/ActionPlanView.h"
#include "assessment/SampleAssessment.h"
#include "store/AssessmentStore.h"
#include "workshop/WorkshopWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QtTest>

#include <unistd.h>

using namespace Waymark;
using FaultInjection::Faults;

namespace {

// Answers the modal dialogs a save opens, in whatever order they come, until it is destroyed:
// the file dialog gets the path typed into its name field and Enter; "already exists, replace
// it?" gets Yes (the member insists); the workshop's print options are accepted; the answer
// packs dialog gets a member, a folder and Write; every other message box is read and closed.
class DialogDriver : public QObject
{
public:
    QString path;               // typed into the file dialog
    QString packFolder;         // given to the answer packs dialog
    QStringList messages;       // the text of each message box closed, in order
    QStringList boxObjectNames; // and its object name
    bool confirmedReplace = false;

    explicit DialogDriver(QObject *parent)
        : QObject(parent)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, &DialogDriver::poll);
        timer->start();
    }

private:
    QList<QPointer<QWidget>> m_handled;

    bool handled(QWidget *widget) const
    {
        for (const QPointer<QWidget> &each : m_handled) {
            if (each && each == widget)
                return true;
        }
        return false;
    }

    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || handled(modal))
            return;
        m_handled.append(modal);
        // Answered from the event loop, not from here: answering may open the next dialog,
        // and a timer does not fire again while its own slot runs.
        QTimer::singleShot(0, this, [this, dialog = QPointer<QWidget>(modal)] {
            if (dialog)
                answer(dialog);
        });
    }

    void answer(QWidget *modal)
    {
        if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            ModalDialogs::chooseFile(files, path);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (box->text().contains(QLatin1String("already exists"))) {
                confirmedReplace = true;
                box->button(QMessageBox::Yes)->click();
                return;
            }
            messages.append(box->text());
            boxObjectNames.append(box->objectName());
            box->done(QMessageBox::Close);
        } else if (modal->objectName() == QLatin1String("workshopPrintDialog")) {
            static_cast<QDialog *>(modal)->accept();
        } else if (modal->objectName() == QLatin1String("workshopPacksDialog")) {
            auto *dialog = static_cast<QDialog *>(modal);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("packNameEdit"));
            name->setFocus();
            QTest::keyClicks(name, QStringLiteral("Cllr Bryn"));
            QTest::keyClick(name, Qt::Key_Return);
            dialog->findChild<QLineEdit *>(QStringLiteral("packFolderEdit"))->setText(packFolder);
            dialog->findChild<QAbstractButton *>(QStringLiteral("packWriteButton"))->click();
            // Refused or failed, the dialog stays open with its message: the member gives up.
            if (dialog->isVisible())
                dialog->reject();
        } else {
            qWarning("an unexpected dialog: %s", qPrintable(modal->objectName()));
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        }
    }
};

// The name a dialog saves under: the report dialogs (the review, the workshop pack) add the
// chosen type's extension to a name typed without one, before asking about replacing a file.
QString savedAs(const QString &dialog, const QString &typed)
{
    const bool report =
        dialog == QLatin1String("exportPdfAction") || dialog == QLatin1String("exportPackAction");
    return report && !QFileInfo(typed).fileName().contains(QLatin1Char('.'))
               ? typed + QStringLiteral(".pdf")
               : typed;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestSaveDialogs : public QObject
{
    Q_OBJECT

    const QuestionBank &m_bank = GuiFixture::bank();
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QString m_db;
    QString m_out; // where outputs go, and where the faults apply

    QString path(const QString &name) const { return m_fixture->path(name); }

    // The sample assessment open in the window, on a database that has a backup and a workshop.
    void openWindow()
    {
        {
            AssessmentStore store;
            StoreError error;
            QVERIFY2(store.open(m_db, AssessmentStore::OpenMode::CreateIfMissing, &error),
                     qPrintable(error.message));
            // As File › Look at a sample makes it: under England's law.
            QVERIFY(store.importAssessment(
                sampleAssessment(GuiFixture::bankIn(QStringLiteral("england"))), &error));
            WorkshopInfo workshop;
            workshop.name = QStringLiteral("Autumn workshop");
            workshop.authority = QStringLiteral("Borsetshire County Council");
            workshop.heldOn = QDate(2026, 11, 23);
            workshop.bankId = m_bank.id;
            workshop.bankVersion = m_bank.version;
            QVERIFY(store.createWorkshop(workshop, &error));
            QVERIFY(store.backupNow(nullptr, &error));
        }
        m_window = m_fixture->showMainWindow();
        QVERIFY(m_window->openDatabase(m_db));
        QVERIFY(m_window->openAssessment(1));
        QVERIFY(m_window->document());
    }

    QAction *action(QObject *owner, const QString &name)
    {
        auto *found = owner->findChild<QAction *>(name);
        if (!found)
            qFatal("no action %s", qPrintable(name));
        return found;
    }

    // Runs what the member does (opening a save dialog), while a DialogDriver answers the
    // dialogs; returns when the last one has closed.
    void save(const std::function<void()> &start)
    {
        start();
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    ActionPlanView *actionPlan()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("assessmentTabs"));
        auto *view = m_window->findChild<ActionPlanView *>();
        if (!tabs || !view)
            qFatal("no action plan");
        tabs->setCurrentWidget(view);
        return view;
    }

    WorkshopWindow *workshopWindow()
    {
        m_window->openWorkshops();
        WorkshopWindow *window = m_window->workshopWindow();
        if (!window || !window->workshop())
            qFatal("the workshop window did not open its workshop");
        return window;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<GuiFixture>();
        m_fixture->settings().setLastFolder(m_fixture->folder());
        m_db = path(QStringLiteral("w.db"));
        m_out = path(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(m_out));
    }

    void cleanup()
    {
        FaultInjection::clearInThisProcess();
        m_window.reset();
        m_fixture.reset();
    }

    // --- Item 1: never over the database -----------------------------------------------------

    void everySaveDialogRefusesTheDatabase_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<QString>("target");
        const QList<std::pair<const char *, const char *>> targets = {
            {"the database", "w.db"},
            {"a link to it", "out/link-to.db"},
            {"its WAL", "w.db-wal"},
            {"a file among its backups", "w-backups/export"},
        };
        for (const char *dialog : {"exportAction", "exportCsvAction", "exportPdfAction",
                                   "actionPlanCsv", "exportPackAction"}) {
            for (const auto &[kind, target] : targets)
                QTest::addRow("%s, %s", dialog, kind) << dialog << target;
        }
    }

    void everySaveDialogRefusesTheDatabase()
    {
        QFETCH(QString, dialog);
        QFETCH(QString, target);
        openWindow();
        QVERIFY(QFile::link(m_db, path(QStringLiteral("out/link-to.db"))));
        const QByteArray database = readFile(m_db);
        const QStringList files = listing(m_fixture->folder());
        const QStringList backups = listing(path(QStringLiteral("w-backups")));

        DialogDriver driver(this);
        driver.path = path(target);
        if (dialog == QLatin1String("actionPlanCsv")) {
            ActionPlanView *view = actionPlan();
            save([view] {
                view->findChild<QAbstractButton *>(QStringLiteral("exportCsvButton"))->click();
            });
        } else if (dialog == QLatin1String("exportPackAction")) {
            WorkshopWindow *window = workshopWindow();
            save([&] { action(window, dialog)->trigger(); });
        } else {
            save([&] { action(m_window.get(), dialog)->trigger(); });
        }

        QCOMPARE(driver.messages.size(), 1);
        const QString message = driver.messages.constFirst();
        QVERIFY2(message.startsWith(QStringLiteral("Cannot save %1: that would overwrite the "
                                                   "database %2")
                                        .arg(savedAs(dialog, driver.path), m_db)),
                 qPrintable(message));
        QVERIFY(message.contains(QLatin1String("Nothing was written")));
        // The database, its folder and its backups are as they were.
        QCOMPARE(readFile(m_db), database);
        QCOMPARE(listing(m_fixture->folder()), files);
        QCOMPARE(listing(path(QStringLiteral("w-backups"))), backups);
    }

    // The workshop's answer packs never go into the database's backup folder.
    void answerPacksRefuseTheBackupFolder()
    {
        openWindow();
        WorkshopWindow *window = workshopWindow();
        const QStringList backups = listing(path(QStringLiteral("w-backups")));
        DialogDriver driver(this);
        driver.packFolder = path(QStringLiteral("w-backups"));
        save([&] { action(window, QStringLiteral("answerPacksAction"))->trigger(); });
        QCOMPARE(driver.messages.size(), 1);
        QVERIFY2(driver.messages.constFirst().contains(
                     QLatin1String("would overwrite the database ") + m_db),
                 qPrintable(driver.messages.constFirst()));
        QCOMPARE(listing(path(QStringLiteral("w-backups"))), backups);
    }

    // --- Item 3: a full disk --------------------------------------------------------------------

    void fullDiskSaysSoAndKeepsTheEarlierFile_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<QString>("syncError");
        for (const char *dialog : {"exportAction", "exportCsvAction", "exportPdfAction",
                                   "actionPlanCsv", "exportPackAction"}) {
            QTest::addRow("%s, full while writing", dialog) << dialog << "";
            QTest::addRow("%s, full at the last flush", dialog) << dialog << "ENOSPC";
        }
    }

    void fullDiskSaysSoAndKeepsTheEarlierFile()
    {
        QFETCH(QString, dialog);
        QFETCH(QString, syncError);
        openWindow();
        const QString typed = m_out + QStringLiteral("/earlier");
        const QString target = savedAs(dialog, typed);
        QFile earlier(target);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("the earlier export");
        earlier.close();
        Faults faults;
        faults.folder = m_out;
        faults.noSpaceAfter = syncError.isEmpty() ? 0 : -1;
        faults.syncError = syncError;
        QVERIFY(FaultInjection::inThisProcess(faults));

        DialogDriver driver(this);
        driver.path = typed;
        if (dialog == QLatin1String("actionPlanCsv")) {
            ActionPlanView *view = actionPlan();
            save([view] {
                view->findChild<QAbstractButton *>(QStringLiteral("exportCsvButton"))->click();
            });
        } else if (dialog == QLatin1String("exportPackAction")) {
            WorkshopWindow *window = workshopWindow();
            save([&] { action(window, dialog)->trigger(); });
        } else {
            save([&] { action(m_window.get(), dialog)->trigger(); });
        }
        FaultInjection::clearInThisProcess();
        QVERIFY(driver.confirmedReplace);
        QCOMPARE(driver.messages.size(), 1);
        QVERIFY2(
            driver.messages.constFirst().startsWith(QStringLiteral("The disk is full: ") + target),
            qPrintable(driver.messages.constFirst()));
        QCOMPARE(readFile(target), QByteArray("the earlier export"));
        QCOMPARE(listing(m_out), QStringList({QFileInfo(target).fileName()}));
    }

    // --- Item 4: a USB stick ------------------------------------------------------------------

    // Saved, and told in the status bar, without a box to click away (the PDF's usual "saved,
    // open it?" box apart).
    void usbStickSavesWithAWarningThatDoesNotStop_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const char *dialog : {"exportAction", "exportCsvAction", "exportPdfAction",
                                   "actionPlanCsv", "exportPackAction"})
            QTest::addRow("%s", dialog) << dialog;
    }

    void usbStickSavesWithAWarningThatDoesNotStop()
    {
        QFETCH(QString, dialog);
        openWindow();
        Faults faults;
        faults.folder = m_out;
        faults.chmod = QStringLiteral("ignore");
        QVERIFY(FaultInjection::inThisProcess(faults));
        const QString typed = m_out + QStringLiteral("/on-the-stick");
        const QString target = savedAs(dialog, typed);

        DialogDriver driver(this);
        driver.path = typed;
        QStatusBar *status = m_window->statusBar();
        if (dialog == QLatin1String("actionPlanCsv")) {
            ActionPlanView *view = actionPlan();
            save([view] {
                view->findChild<QAbstractButton *>(QStringLiteral("exportCsvButton"))->click();
            });
        } else if (dialog == QLatin1String("exportPackAction")) {
            WorkshopWindow *window = workshopWindow();
            status = window->statusBar();
            save([&] { action(window, dialog)->trigger(); });
        } else {
            save([&] { action(m_window.get(), dialog)->trigger(); });
        }
        FaultInjection::clearInThisProcess();
        QVERIFY(QFileInfo(target).size() > 0);
        // Only the PDF's offer to open it; no warning box.
        for (const QString &message : std::as_const(driver.messages))
            QVERIFY2(!message.contains(QLatin1String("private")), qPrintable(message));
        QVERIFY2(status->currentMessage().startsWith(
                     target + QStringLiteral(" was saved, but it could not be made private")),
                 qPrintable(status->currentMessage()));
    }

    void answerPacksOnAUsbStickSaveWithAWarning()
    {
        openWindow();
        WorkshopWindow *window = workshopWindow();
        Faults faults;
        faults.folder = m_out;
        faults.chmod = QStringLiteral("eperm");
        QVERIFY(FaultInjection::inThisProcess(faults));
        DialogDriver driver(this);
        driver.packFolder = m_out;
        save([&] { action(window, QStringLiteral("answerPacksAction"))->trigger(); });
        FaultInjection::clearInThisProcess();
        QCOMPARE(driver.messages, QStringList());
        QCOMPARE(listing(m_out), QStringList({"Cllr Bryn.waymark"}));
        const QString message = window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QLatin1String(" written to ") + m_out), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("could not be made private")), qPrintable(message));
    }
};

int main(int argc, char **argv)
{
    FaultInjection::preloadIntoThisProcess(argv);
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestSaveDialogs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_savedialogs.moc"
