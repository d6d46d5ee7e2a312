// The printed review from the window, as a member reaches it: the summary's buttons and the File
// menu's shortcuts, the real print preview, the real file dialog typed into, the PDF read back.
#include "MainWindow.h"
#include "PdfTools.h"
#include "ReportRenderer.h"
#include "bank/BankLoader.h"
#include "common/Settings.h"
#include "walkthrough/AssessmentDocument.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace Waymark;

namespace {

// Runs handle on the modal dialog named objectName as soon as it is the active modal widget:
// dialogs open one after another, so a fixed zero-time timer could fire on the one before.
void whenModal(QObject *context, const QString &objectName, std::function<void(QWidget *)> handle)
{
    auto *poll = new QTimer(context);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, context, [poll, objectName, handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName || !modal->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        handle(modal);
    });
    poll->start();
}

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private:
    QuestionBank m_bank;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    // The sample council's finished assessment, open on the summary.
    void openSampleSummary()
    {
        m_window = std::make_unique<MainWindow>(m_bank, *m_settings);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openDatabase(m_dir->filePath(QStringLiteral("w.db"))));
        auto *sample = m_window->findChild<QAbstractButton *>(QStringLiteral("sampleButton"));
        QVERIFY(sample);
        sample->click();
        QVERIFY(m_window->document());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("assessmentTabs"));
        QCOMPARE(tabs->currentIndex(), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const BankLoadResult loaded = BankLoader::loadBuiltIn();
        QVERIFY(loaded.ok());
        m_bank = *loaded.bank;
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        // Where the save dialog starts.
        m_settings->setLastFolder(m_dir->path());
    }

    void cleanup() { m_window.reset(); }

    void previewShowsTheWholeReview()
    {
        openSampleSummary();
        int pages = 0;
        QString title;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto closer = qScopeGuard([dialog] { dialog->reject(); });
            title = dialog->windowTitle();
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            QVERIFY(preview);
            pages = preview->pageCount();
        });
        // Ctrl+Shift+P, as the File menu says.
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(pages > 5, qPrintable(QString::number(pages)));
        QVERIFY2(title.contains(m_window->document()->assessment().info.authority),
                 qPrintable(title));
    }

    void summaryButtonSavesAPdfWhereTheMemberTyped()
    {
        openSampleSummary();
        const QString target = m_dir->filePath(QStringLiteral("for committee.pdf"));
        bool offered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto closer = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            // The member types the name and presses Enter.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->selectAll();
            // The dialog opens in the last folder used, with a name suggested; the member
            // types over the name.
            QCOMPARE(QDir(dialog->directory()).canonicalPath(),
                     QDir(m_dir->path()).canonicalPath());
            QVERIFY2(name->text().endsWith(QLatin1String(".pdf")), qPrintable(name->text()));
            QTest::keyClicks(name, QFileInfo(target).fileName());
            // After saving, the window offers to open the file or its folder; Escape closes.
            whenModal(this, QStringLiteral("pdfSavedBox"), [&](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                const auto boxCloser = qScopeGuard([modal] {
                    if (modal->isVisible())
                        static_cast<QDialog *>(modal)->reject();
                });
                QVERIFY(box);
                offered = box->text().contains(QLatin1String("for committee.pdf"));
                QTest::keyClick(box, Qt::Key_Escape);
            });
            QTest::keyClick(name, Qt::Key_Return);
        });
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("exportPdfButton"));
        QVERIFY(button);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QVERIFY(offered);
        QVERIFY(QFile::exists(target));
        QCOMPARE(QFile(target).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        const QString text = PdfTools::text(target);
        const AssessmentInfo &info = m_window->document()->assessment().info;
        QVERIFY2(text.contains(info.authority), qPrintable(text.left(500)));
        QVERIFY(text.contains(QLatin1String("Gateway review of local safeguards")));
    }

    void writePdfToAnUnwritablePlaceExplainsAndWritesNothing()
    {
        ReportDocument document;
        document.title = QStringLiteral("A review");
        document.blocks.append(ReportBlock::paragraph(QStringLiteral("Text")));
        const QString path = m_dir->filePath(QStringLiteral("missing/folder/review.pdf"));
        const SaveResult saved = ReportRenderer::savePdf(document, path);
        QCOMPARE(saved.status, SaveResult::Status::Failed);
        QVERIFY2(saved.message.contains(QLatin1String("review.pdf")), qPrintable(saved.message));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
