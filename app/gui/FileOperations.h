#pragma once

#include "report/ReportDocument.h"
#include "store/AssessmentStore.h"

#include <QObject>
#include <QStringList>

class QMainWindow;

namespace Waymark {

class BankLibrary;
class Settings;

// What the main window does with files, each with the dialogs it takes: choosing a database or
// exchange files, importing those files, the exports of the open assessment (an exchange file,
// its answers as CSV, its action plan as CSV, its gateway review as PDF, HTML or ODT), and putting
// back the latest backup of a damaged database. File dialogs start in the last folder used; results
// are told in the window's status bar, failures in a box. Nothing is written over the database's
// own files (AssessmentStore::ownFiles()). Each file is read, and each assessment exported,
// against its own bank version (BankLibrary).
class FileOperations : public QObject
{
    Q_OBJECT

public:
    FileOperations(BankLibrary &banks, AssessmentStore &store, Settings &settings,
                   QMainWindow *window);

    // The database to open or create, as the member chose it; empty when they cancelled.
    QString chooseDatabase();
    // The exchange files to import, as the member chose them; empty when they cancelled.
    QStringList chooseImportFiles();
    // Imports exchange files into the open store, each all or nothing, and says what became of
    // them. Returns the id of the last one imported, or 0.
    qint64 importFiles(const QStringList &paths);

    // After the store failed to open path with error: when the database is damaged and has a
    // backup, offers to put the latest back (keeping the damaged file) and opens it. Returns
    // whether the store is open now; if not, error says why.
    bool offerLatestBackup(const QString &path, StoreError *error);

    void exportExchangeFile(const Assessment &assessment);
    void exportAnswersCsv(const Assessment &assessment);
    // The action plan starts in the Documents folder, where spreadsheets are kept. Returns what
    // was said of the saved file (for the action plan's own status line), or "" if none was.
    QString exportActionPlanCsv(const Assessment &assessment);
    void exportReview(const AssessmentInfo &info, const ReportDocument &review);

private:
    // In the status bar: done, or the save's warning when it has one (saved, but not private).
    QString showSaved(const QString &done, const SaveResult &saved);
    void offerToOpen(const QString &path);
    void reportError(const QString &title, const QString &message);

    BankLibrary &m_banks;
    AssessmentStore &m_store;
    Settings &m_settings;
    QMainWindow *m_window;
};

} // namespace Waymark
