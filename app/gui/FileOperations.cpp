#include "FileOperations.h"

#include "ReportRenderer.h"
#include "bank/BankLibrary.h"
#include "common/ErrorBox.h"
#include "common/Settings.h"
#include "exchange/CsvExport.h"
#include "exchange/ExchangeFile.h"
#include "printing/ReportFileDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

namespace Waymark {

FileOperations::FileOperations(BankLibrary &banks, AssessmentStore &store, Settings &settings,
                               QMainWindow *window)
    : QObject(window)
    , m_banks(banks)
    , m_store(store)
    , m_settings(settings)
    , m_window(window)
{
}

QString FileOperations::chooseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Open or create a Waymark database"), m_settings.lastFolder(),
        tr("Waymark databases (*.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_settings.setLastFolder(QFileInfo(path).absolutePath());
    return path;
}

QStringList FileOperations::chooseImportFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_window, tr("Import Waymark files"), m_settings.lastFolder(),
                                      tr("Waymark files (*.json *.waymark);;All files (*)"));
    if (!paths.isEmpty())
        m_settings.setLastFolder(QFileInfo(paths.constFirst()).absolutePath());
    return paths;
}

qint64 FileOperations::importFiles(const QStringList &paths)
{
    qint64 lastId = 0;
    QStringList done;
    QStringList notes; // answers kept aside because they count nowhere here
    for (const QString &path : paths) {
        // Checked against the bank version the file names: an assessment made against 1.0.0 is
        // read as 1.0.0 asked it.
        const ExchangeReadResult read = ExchangeFile::read(path, m_banks);
        if (!read.ok()) {
            QStringList lines;
            for (const ExchangeProblem &problem : read.problems.mid(0, 15))
                lines.append(problem.toString());
            if (read.problems.size() > 15)
                lines.append(tr("… and %1 more").arg(read.problems.size() - 15));
            reportError(tr("Not imported"),
                        tr("%1 was not imported, and nothing was changed:\n\n%2")
                            .arg(QDir::toNativeSeparators(path), lines.join(QLatin1Char('\n'))));
            continue;
        }
        StoreError error;
        const std::optional<ImportOutcome> outcome =
            m_store.importAssessment(*read.assessment, &error);
        if (!outcome) {
            reportError(tr("Not imported"), error.message);
            continue;
        }
        lastId = outcome->id;
        done.append(outcome->created ? tr("%1 (new)").arg(read.assessment->info.respondent)
                                     : tr("%1 (updated)").arg(read.assessment->info.respondent));
        for (const ExchangeProblem &note : read.notes)
            notes.append(note.toString());
    }
    if (!done.isEmpty()) {
        QString message = tr("Imported: %1").arg(done.join(tr(", ")));
        if (!notes.isEmpty())
            message += QLatin1Char(' ') + notes.join(QLatin1Char(' '));
        m_window->statusBar()->showMessage(message, notes.isEmpty() ? 8000 : 20000);
    }
    return lastId;
}

bool FileOperations::offerLatestBackup(const QString &path, StoreError *error)
{
    const QStringList saved = AssessmentStore::backups(path);
    if (error->kind != StoreError::Kind::Corrupt || saved.isEmpty())
        return false;
    const auto answer = QMessageBox::question(
        m_window, tr("The database is damaged"),
        tr("%1\n\nPut back the latest backup (%2)? The damaged file is kept beside it.")
            .arg(error->message, QDir::toNativeSeparators(saved.constFirst())));
    if (answer != QMessageBox::Yes ||
        !AssessmentStore::restoreBackup(saved.constFirst(), path, error) ||
        !m_store.open(path, AssessmentStore::OpenMode::ExistingOnly, error))
        return false;
    m_window->statusBar()->showMessage(tr("The latest backup was put back."), 8000);
    return true;
}

void FileOperations::exportExchangeFile(const Assessment &assessment)
{
    // Whatever Waymark exports, Waymark imports: a file its own import would refuse is not
    // written (a text stored longer than the limit before the limit was kept, say).
    const QuestionBank &bank = m_banks.forAssessment(assessment.info);
    const QStringList problems = ExchangeFile::exportProblems(assessment, bank);
    if (!problems.isEmpty()) {
        reportError(tr("Not exported"),
                    tr("This assessment was not exported, because Waymark could not import the "
                       "file. Change what is listed here, then export again:\n\n%1")
                        .arg(problems.join(QLatin1Char('\n'))));
        return;
    }
    const AssessmentInfo &info = assessment.info;
    const QString suggested =
        QDir(m_settings.lastFolder())
            .filePath(QStringLiteral("%1 - %2.json").arg(info.authority, info.respondent));
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export as a Waymark file"), suggested,
                                     tr("Waymark files (*.json *.waymark)"));
    if (path.isEmpty())
        return;
    const SaveResult saved = ExchangeFile::write(path, assessment, &bank, m_store.ownFiles());
    if (!saved.ok())
        reportError(tr("Not exported"), saved.message);
    else
        showSaved(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), saved);
}

void FileOperations::exportAnswersCsv(const Assessment &assessment)
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export answers as CSV"), m_settings.lastFolder(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const SaveResult saved = CsvExport::writeAnswers(
        path, assessment, m_banks.forAssessment(assessment.info), m_store.ownFiles());
    if (!saved.ok())
        reportError(tr("Not exported"), saved.message);
    else
        showSaved(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), saved);
}

QString FileOperations::exportActionPlanCsv(const Assessment &assessment)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the action plan"),
                                                      QDir(folder).filePath(tr("action-plan.csv")),
                                                      tr("CSV files for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return QString();
    const SaveResult saved = CsvExport::writeActionPlan(
        path, assessment, m_banks.forAssessment(assessment.info), m_store.ownFiles());
    if (!saved.ok()) {
        reportError(tr("Could not export the action plan"), saved.message);
        return QString();
    }
    return showSaved(tr("Action plan exported to %1").arg(QDir::toNativeSeparators(path)), saved);
}

void FileOperations::exportReview(const AssessmentInfo &info, const ReportDocument &review)
{
    const QString suggested =
        QDir(m_settings.lastFolder())
            .filePath(tr("Gateway review - %1 - %2").arg(info.authority, info.respondent));
    const std::optional<ReportFileDialog::Choice> choice = ReportFileDialog::ask(
        m_window, tr("Export the gateway review (PDF, web page or document)"), suggested);
    if (!choice)
        return;
    m_settings.setLastFolder(QFileInfo(choice->path).absolutePath());
    const SaveResult saved =
        ReportRenderer::save(review, choice->path, choice->format, m_store.ownFiles());
    if (!saved.ok()) {
        reportError(tr("The review was not saved"), saved.message);
        return;
    }
    showSaved(tr("Saved %1").arg(QDir::toNativeSeparators(choice->path)), saved);
    offerToOpen(choice->path);
}

void FileOperations::offerToOpen(const QString &path)
{
    QMessageBox box(QMessageBox::Information, tr("Review saved"),
                    tr("The gateway review is saved as %1.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Close, m_window);
    box.setObjectName(QStringLiteral("pdfSavedBox"));
    QPushButton *openFile = box.addButton(tr("&Open the file"), QMessageBox::AcceptRole);
    QPushButton *openFolder = box.addButton(tr("Show the &folder"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == openFile)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else if (box.clickedButton() == openFolder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

QString FileOperations::showSaved(const QString &done, const SaveResult &saved)
{
    // A file that could not be made private is saved all the same (a USB stick keeps no
    // permissions): the member is told without being stopped, for longer than a plain "saved".
    if (saved.warning.isEmpty()) {
        m_window->statusBar()->showMessage(done, 8000);
        return done;
    }
    m_window->statusBar()->showMessage(saved.warning, 30000);
    return saved.warning;
}

void FileOperations::reportError(const QString &title, const QString &message)
{
    showErrorBox(m_window, QStringLiteral("errorBox"), title, message);
}

} // namespace Waymark
