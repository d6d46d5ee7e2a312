// The printed review from the window, as a member reaches it: the summary's buttons and the File
// menu's shortcuts, the real print preview, the real file dialog typed into, the PDF read back.
#include "GuiFixture.h"
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "PdfTools.h"
#include "ReportRenderer.h"
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
#include <QTabWidget>
#include <QtTest>

using namespace Waymark;

class TestPrinting : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    // The sample council's finished assessment, open on the summary.
    void openSampleSummary()
    {
        m_window = m_fixture->showMainWindow();
        QVERIFY(m_window->openDatabase(m_fixture->databasePath()));
        auto *sample = m_window->findChild<QAbstractButton *>(QStringLiteral("sampleButton"));
        QVERIFY(sample);
        sample->click();
        QVERIFY(m_window->document());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("assessmentTabs"));
        QCOMPARE(tabs->currentIndex(), 1);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<GuiFixture>();
        // Where the save dialog starts.
        m_fixture->settings().setLastFolder(m_fixture->folder());
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void previewShowsTheWholeReview()
    {
        openSampleSummary();
        int pages = 0;
        QString title;
        ModalDialogs::whenModal<QPrintPreviewDialog>(this, [&](QPrintPreviewDialog *dialog) {
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
        const QString target = m_fixture->path(QStringLiteral("for committee.pdf"));
        bool offered = false;
        ModalDialogs::whenModal<QFileDialog>(this, [&](QFileDialog *dialog) {
            // The member types the name and presses Enter.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->selectAll();
            // The dialog opens in the last folder used, with a name suggested; the member
            // types over the name.
            QCOMPARE(QDir(dialog->directory()).canonicalPath(),
                     QDir(m_fixture->folder()).canonicalPath());
            QVERIFY2(name->text().endsWith(QLatin1String(".pdf")), qPrintable(name->text()));
            QTest::keyClicks(name, QFileInfo(target).fileName());
            // After saving, the window offers to open the file or its folder; Escape closes.
            ModalDialogs::whenModal<QMessageBox>(
                this,
                [&](QMessageBox *box) {
                    offered = box->text().contains(QLatin1String("for committee.pdf"));
                    QTest::keyClick(box, Qt::Key_Escape);
                },
                QStringLiteral("pdfSavedBox"));
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
        const QString path = m_fixture->path(QStringLiteral("missing/folder/review.pdf"));
        const SaveResult saved = ReportRenderer::savePdf(document, path);
        QCOMPARE(saved.status, SaveResult::Status::Failed);
        QVERIFY2(saved.message.contains(QLatin1String("review.pdf")), qPrintable(saved.message));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
