#pragma once

#include "bank/QuestionBank.h"
#include "report/ReportDocument.h"
#include "store/AssessmentStore.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace Waymark {

class ActionPlanView;
class BankLibrary;
class AssessmentDocument;
class CompareView;
class FileOperations;
class GlossaryPanel;
class Settings;
class StartPage;
class SummaryView;
class TrendView;
class WalkthroughView;
class WorkshopWindow;

// The window: the start page, or one open assessment shown as Questions, Summary, Action plan
// and Compare tabs, with the jargon buster beside it. It owns the database connection and the
// open document and wires the views together; the views do the work.
//
// Every assessment is shown, scored, printed and exported against its own question bank (the
// version it was answered against, under its law), which the bank library gives; a new one is
// made against the latest.
class ServerActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // banks: every version of the question bank, in the app's language; the window uses it for
    // as long as it lives. settings holds the window's state between runs (tests pass a
    // temporary one).
    MainWindow(BankLibrary &banks, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database, creating it if it does not exist unless mode says otherwise (a database
    // remembered from last time, or named with --db, must be there); on failure explains and
    // offers a backup when there is one. Returns whether it is open.
    bool openDatabase(const QString &path,
                      AssessmentStore::OpenMode mode = AssessmentStore::OpenMode::CreateIfMissing);
    bool openAssessment(qint64 id);
    void closeAssessment();
    // Imports exchange files; each is all or nothing. Returns the id of the last one imported.
    qint64 importFiles(const QStringList &paths);
    // Reopens what was open last time: database, assessment and question.
    void restoreSession();

    AssessmentDocument *document() const { return m_document.get(); }
    AssessmentStore &store() { return m_store; }
    BankLibrary &banks() { return m_banks; }
    // The facilitator's workshop window, opened from the Workshop menu (null until then).
    WorkshopWindow *workshopWindow() const;
    void openWorkshops();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void refreshStartPage(bool all = false);
    void newAssessment();
    void startNextCycle();
    void chooseDatabase();
    // File › Connect to the council's database… (ServerConnector).
    void connectToServer();
    void chooseImport();
    void openSample();
    void exportExchangeFile();
    void exportAnswersCsv();
    // The open assessment's gateway review, with its trend; none when it cannot be composed.
    std::optional<ReportDocument> composeReview();
    void previewReview();
    void printReview();
    void exportReview();
    void previewWorkbook();
    void showQuestion(const QString &questionId);
    void addActionFor(const QString &questionId);
    void showTerm(const QString &term);
    GlossaryPanel *glossaryPanel();
    // The bank of the open assessment, else the latest: what the jargon buster explains.
    const QuestionBank &currentBank();
    void showScoringHelp();
    void showAbout();
    void setTextScale(double scale);
    void setSaveStatus(const QString &text);
    void updateTitle();
    void reportError(const QString &title, const QString &message);

    BankLibrary &m_banks;
    Settings &m_settings;
    AssessmentStore m_store;
    FileOperations *m_files = nullptr;
    std::unique_ptr<AssessmentDocument> m_document;
    QUndoGroup *m_undoGroup = nullptr;

    QStackedWidget *m_stack = nullptr;
    StartPage *m_start = nullptr;
    QTabWidget *m_tabs = nullptr;
    WalkthroughView *m_walkthrough = nullptr;
    SummaryView *m_summary = nullptr;
    ActionPlanView *m_actionPlan = nullptr;
    CompareView *m_compare = nullptr;
    TrendView *m_trend = nullptr;
    QDockWidget *m_glossaryDock = nullptr;
    GlossaryPanel *m_glossary = nullptr;
    const QuestionBank *m_glossaryBank = nullptr; // the bank the panel was built from
    QLabel *m_saveStatus = nullptr;
    QLabel *m_databaseStatus = nullptr; // which database is open, always shown
    ServerActions *m_server = nullptr;  // the council's server, when one is open
    double m_textScale = 1.0;
    qreal m_baseFontSize = 0;

    QAction *m_nextCycleAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_connectServerAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_handInAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_workbookAction = nullptr;
    QAction *m_closeAction = nullptr;
    QList<QAction *> m_assessmentActions; // enabled only with an assessment open
    QAction *m_showQuestions = nullptr;
    QAction *m_showSummary = nullptr;
    QAction *m_showActionPlan = nullptr;
    QAction *m_showCompare = nullptr;
    QAction *m_showTrend = nullptr;
    QPointer<WorkshopWindow> m_workshopWindow;
};

} // namespace Waymark
