// The printed review from the window, as a member reaches it: the summary's buttons and the File
// menu's shortcuts, the real print preview, the real file dialog typed into, the PDF read back.
#include "GuiFixture.h"
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "OdfTools.h"
#include "PdfTools.h"
#include "ReportRenderer.h"
#include "walkthrough/AssessmentDocument.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
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

#include <functional>

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

    // Presses Space on the summary's "Save review as…" button. In the file dialog, choose()
    // sets the type and name as the member does; then Enter saves, and the box that offers to
    // open the saved file is closed with Escape. Returns that box's text ("" if none opened).
    QString saveFromSummary(const std::function<void(QFileDialog *, QLineEdit *)> &choose)
    {
        QString offered;
        ModalDialogs::whenModal<QFileDialog>(this, [&](QFileDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            choose(dialog, name);
            ModalDialogs::whenModal<QMessageBox>(
                this,
                [&](QMessageBox *box) {
                    offered = box->text();
                    QTest::keyClick(box, Qt::Key_Escape);
                },
                QStringLiteral("pdfSavedBox"));
            QTest::keyClick(name, Qt::Key_Return);
        });
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("exportPdfButton"));
        if (!button)
            return QString();
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        return offered;
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
        const QString offered = saveFromSummary([&](QFileDialog *dialog, QLineEdit *name) {
            // The member types the name and presses Enter.
            name->selectAll();
            // The dialog opens in the last folder used, with a name suggested; the member
            // types over the name.
            QCOMPARE(QDir(dialog->directory()).canonicalPath(),
                     QDir(m_fixture->folder()).canonicalPath());
            QVERIFY2(name->text().endsWith(QLatin1String(".pdf")), qPrintable(name->text()));
            QTest::keyClicks(name, QFileInfo(target).fileName());
        });
        // After saving, the window offers to open the file or its folder.
        QVERIFY2(offered.contains(QLatin1String("for committee.pdf")), qPrintable(offered));
        QVERIFY(QFile::exists(target));
        QCOMPARE(QFile(target).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        const QString text = PdfTools::text(target);
        const AssessmentInfo &info = m_window->document()->assessment().info;
        QVERIFY2(text.contains(info.authority), qPrintable(text.left(500)));
        QVERIFY(text.contains(QLatin1String("Gateway review of local safeguards")));
    }

    // Issue 15: the member picks the web page or the document in the dialog's file types with
    // the keyboard (the name's extension follows), or types a name ending in .odt.
    void summaryButtonSavesTheFormatTheMemberChose_data()
    {
        QTest::addColumn<int>("typeDowns"); // Down presses in the file types: 1 web page, 2 ODT
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("saved");
        QTest::newRow("web page, chosen in the types")
            << 1 << QStringLiteral("for committee") << QStringLiteral("for committee.html");
        QTest::newRow("document, chosen in the types")
            << 2 << QStringLiteral("for committee") << QStringLiteral("for committee.odt");
        QTest::newRow("document, by the typed name")
            << 0 << QStringLiteral("template.odt") << QStringLiteral("template.odt");
        QTest::newRow("web page, by the typed name, whatever the type")
            << 2 << QStringLiteral("site.html") << QStringLiteral("site.html");
    }

    void summaryButtonSavesTheFormatTheMemberChose()
    {
        QFETCH(int, typeDowns);
        QFETCH(QString, typed);
        QFETCH(QString, saved);
        openSampleSummary();
        const QString target = m_fixture->path(saved);
        QString suffixShown;
        const QString offered = saveFromSummary([&](QFileDialog *dialog, QLineEdit *name) {
            auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
            QVERIFY(types);
            QCOMPARE(types->count(), 3);
            types->setFocus();
            for (int i = 0; i < typeDowns; ++i)
                QTest::keyClick(types, Qt::Key_Down);
            // The suggested name's extension follows the type.
            suffixShown = QFileInfo(name->text()).suffix();
            name->setFocus();
            name->selectAll();
            QTest::keyClicks(name, typed);
        });
        QCOMPARE(suffixShown, QStringList({"pdf", "html", "odt"}).at(typeDowns));
        QVERIFY2(offered.contains(saved), qPrintable(offered));
        QVERIFY2(QFile::exists(target), qPrintable(target));
        QCOMPARE(QDir(m_fixture->folder())
                     .entryList({QStringLiteral("for committee*"), QStringLiteral("template*"),
                                 QStringLiteral("site*")}),
                 QStringList({saved}));
        const AssessmentInfo &info = m_window->document()->assessment().info;
        QString text;
        QString authority = info.authority;
        if (saved.endsWith(QLatin1String(".html"))) {
            authority = authority.toHtmlEscaped();
            QFile file(target);
            QVERIFY(file.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(file.readAll());
            QVERIFY(text.startsWith(QLatin1String("<!DOCTYPE html>")));
            QVERIFY(text.contains(QLatin1String("<html lang=\"en\">")));
        } else {
            QString error;
            text = OdfTools::text(OdfTools::entry(target, QStringLiteral("content.xml")), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY2(text.contains(authority), qPrintable(text.left(500)));
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
