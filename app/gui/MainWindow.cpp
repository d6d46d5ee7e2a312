#include "MainWindow.h"

#include "FileOperations.h"
#include "Version.h"
#include "actionplan/ActionPlanView.h"
#include "assessment/NextCycle.h"
#include "assessment/SampleAssessment.h"
#include "bank/BankLibrary.h"
#include "common/DroppedFiles.h"
#include "common/ErrorBox.h"
#include "common/Jurisdictions.h"
#include "common/LanguageMenu.h"
#include "common/Settings.h"
#include "glossary/GlossaryPanel.h"
#include "printing/ReviewPrinter.h"
#include "report/ReviewComposer.h"
#include "report/WorkbookComposer.h"
#include "server/ServerActions.h"
#include "server/ServerConnector.h"
#include "server/ServerWatch.h"
#include "summary/CompareView.h"
#include "summary/ScoringHelpDialog.h"
#include "summary/SummaryView.h"
#include "trend/TrendView.h"
#include "walkthrough/AssessmentDocument.h"
#include "walkthrough/NewAssessmentDialog.h"
#include "walkthrough/QuestionPage.h"
#include "walkthrough/StartPage.h"
#include "walkthrough/WalkthroughView.h"
#include "workshop/WorkshopDocument.h"
#include "workshop/WorkshopWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>

namespace Waymark {

MainWindow::MainWindow(BankLibrary &banks, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_banks(banks)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_baseFontSize = QApplication::font().pointSizeF();
    m_undoGroup = new QUndoGroup(this);
    m_files = new FileOperations(banks, m_store, settings, this);

    m_start = new StartPage(banks, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("assessmentTabs"));
    m_tabs->setAccessibleName(tr("Assessment views"));
    m_tabs->setDocumentMode(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_glossaryDock = new QDockWidget(tr("Jargon buster"), this);
    m_glossaryDock->setObjectName(QStringLiteral("glossaryDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_glossaryDock);
    m_glossaryDock->hide();
    // The panel's 120 terms are built the first time the dock shows, not at start-up: most
    // sittings never open it, and every millisecond before the first window counts.
    connect(m_glossaryDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            glossaryPanel();
    });

    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_saveStatus->setAccessibleName(tr("Save status"));
    statusBar()->addPermanentWidget(m_saveStatus);
    m_databaseStatus = new QLabel(this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseStatus->setAccessibleName(tr("Database"));
    statusBar()->addPermanentWidget(m_databaseStatus);

    m_server = new ServerActions(this, m_store, m_settings);
    connect(m_server, &ServerActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_server, &ServerActions::allSaved, this,
            [this] { setSaveStatus(tr("All changes saved")); });
    // A member's own answer typed on another machine shows here (and the workshop window
    // follows the server itself: openWorkshops()).
    connect(&m_server->watch(), &ServerWatch::assessmentChanged, this, [this](qint64 id) {
        if (m_document && m_document->id() == id && m_document->takeChangesFromStore() > 0)
            statusBar()->showMessage(tr("Answers changed on another computer are shown."), 8000);
    });

    buildActions();
    buildMenus();

    connect(m_start, &StartPage::openRequested, this, &MainWindow::openAssessment);
    connect(m_start, &StartPage::newRequested, this, &MainWindow::newAssessment);
    connect(m_start, &StartPage::openDatabaseRequested, this, &MainWindow::chooseDatabase);
    connect(m_start, &StartPage::importRequested, this, &MainWindow::chooseImport);
    connect(m_start, &StartPage::sampleRequested, this, &MainWindow::openSample);
    connect(m_start, &StartPage::showAllRequested, this, [this] { refreshStartPage(true); });

    resize(1100, 760);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    setTextScale(m_settings.textScale());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The workshop window uses the store, which is gone before Qt deletes child windows.
    delete m_workshopWindow;
    // The views hold the document; they go first. The session keeps naming the assessment, so
    // that it opens again next time.
    const qint64 open = m_settings.assessment();
    closeAssessment();
    if (open > 0)
        m_settings.setAssessment(open);
}

void MainWindow::buildActions()
{
    const auto add = [this](const QString &text, const QKeySequence &shortcut, const char *name,
                            auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newAction =
        add(tr("&New assessment…"), QKeySequence::New, "newAction", &MainWindow::newAssessment);
    m_nextCycleAction = add(tr("Start the ne&xt cycle from this one…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), "nextCycleAction",
                            &MainWindow::startNextCycle);
    m_openDatabaseAction = add(tr("Open &database…"), QKeySequence::Open, "openDatabaseAction",
                               &MainWindow::chooseDatabase);
    m_connectServerAction = add(tr("&Connect to the council's database…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                "connectServerAction", &MainWindow::connectToServer);
    m_importAction = add(tr("&Import a file…"), QKeySequence(Qt::CTRL | Qt::Key_I), "importAction",
                         &MainWindow::chooseImport);
    m_exportAction = add(tr("&Export as a file…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                         "exportAction", &MainWindow::exportExchangeFile);
    m_exportCsvAction = add(tr("Export answers as &CSV…"), QKeySequence(), "exportCsvAction",
                            &MainWindow::exportAnswersCsv);
    m_printPreviewAction =
        add(tr("P&rint preview…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
            "printPreviewAction", &MainWindow::previewReview);
    m_printAction =
        add(tr("&Print…"), QKeySequence::Print, "printAction", &MainWindow::printReview);
    m_exportPdfAction = add(tr("Export &review as PDF, web page or document…"), QKeySequence(),
                            "exportPdfAction", &MainWindow::exportReview);
    m_workbookAction =
        add(tr("Blank &workbook…"), QKeySequence(), "workbookAction", &MainWindow::previewWorkbook);
    m_closeAction = add(tr("&Close assessment"), QKeySequence::Close, "closeAssessmentAction",
                        &MainWindow::closeAssessment);
    m_historyAction =
        add(tr("Earlier &versions of this answer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
            "answerHistoryAction", [this] {
                if (m_document)
                    m_server->showAnswerHistory(*m_document, m_walkthrough->currentQuestion());
            });
    m_handInAction = add(tr("&Hand in to workshop…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), "handInAction", [this] {
                             if (m_document)
                                 m_server->handIn(*m_document);
                         });
    m_assessmentActions = {m_nextCycleAction,    m_exportAction,  m_exportCsvAction,
                           m_printPreviewAction, m_printAction,   m_exportPdfAction,
                           m_closeAction,        m_historyAction, m_handInAction};

    const auto showTab = [this](QAction *action, int index) {
        connect(action, &QAction::triggered, this, [this, index] {
            if (m_document)
                m_tabs->setCurrentIndex(index);
        });
        m_assessmentActions.append(action);
        addAction(action);
    };
    m_showQuestions = new QAction(tr("&Questions"), this);
    m_showQuestions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    showTab(m_showQuestions, 0);
    m_showSummary = new QAction(tr("&Summary"), this);
    m_showSummary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    showTab(m_showSummary, 1);
    m_showActionPlan = new QAction(tr("&Action plan"), this);
    m_showActionPlan->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    showTab(m_showActionPlan, 2);
    m_showCompare = new QAction(tr("C&ompare with an earlier assessment"), this);
    m_showCompare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    showTab(m_showCompare, 3);
    m_showTrend = new QAction(tr("&Trend across assessments"), this);
    m_showTrend->setObjectName(QStringLiteral("showTrendAction"));
    m_showTrend->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    showTab(m_showTrend, 4);
    for (QAction *action : std::as_const(m_assessmentActions))
        action->setEnabled(false);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_newAction, m_nextCycleAction, m_openDatabaseAction, m_connectServerAction,
                      m_importAction});
    file->addSeparator();
    file->addActions({m_exportAction, m_exportCsvAction});
    file->addSeparator();
    file->addActions({m_printPreviewAction, m_printAction, m_exportPdfAction, m_workbookAction});
    file->addSeparator();
    file->addAction(m_closeAction);
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y and Ctrl+Shift+Z both redo, whichever the member's other programs taught them.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &extra :
         {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        if (!redoKeys.contains(extra))
            redoKeys.append(extra);
    }
    redo->setShortcuts(redoKeys);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_historyAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showQuestions);
    view->addAction(m_showSummary);
    view->addAction(m_showActionPlan);
    view->addAction(m_showCompare);
    view->addAction(m_showTrend);
    view->addSeparator();
    QAction *glossary = m_glossaryDock->toggleViewAction();
    glossary->setText(tr("&Jargon buster"));
    glossary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    view->addAction(glossary);
    view->addSeparator();
    QAction *larger = view->addAction(tr("&Larger text"));
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(larger, &QAction::triggered, this, [this] { setTextScale(m_textScale + 0.15); });
    QAction *smaller = view->addAction(tr("&Smaller text"));
    smaller->setShortcut(QKeySequence::ZoomOut);
    connect(smaller, &QAction::triggered, this, [this] { setTextScale(m_textScale - 0.15); });
    QAction *normal = view->addAction(tr("&Normal text size"));
    normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(normal, &QAction::triggered, this, [this] { setTextScale(1.0); });
    view->addSeparator();
    view->addMenu(new LanguageMenu(m_settings, this));

    // A facilitator's gathering of members' answers; its own window, so that the facilitator can
    // keep an assessment open beside it.
    QMenu *workshop = menuBar()->addMenu(tr("&Workshop"));
    QAction *workshops = workshop->addAction(tr("&Workshops…"));
    workshops->setObjectName(QStringLiteral("workshopsAction"));
    workshops->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(workshops, &QAction::triggered, this, &MainWindow::openWorkshops);
    workshop->addAction(m_handInAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *scoring = help->addAction(tr("How &scoring works"));
    connect(scoring, &QAction::triggered, this, &MainWindow::showScoringHelp);
    QAction *about = help->addAction(tr("&About Waymark"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

bool MainWindow::openDatabase(const QString &path, AssessmentStore::OpenMode mode)
{
    closeAssessment();
    // The application data folder does not exist before the first start.
    if (mode == AssessmentStore::OpenMode::CreateIfMissing)
        QDir().mkpath(QFileInfo(path).absolutePath());
    StoreError error;
    if (!m_store.open(path, mode, &error) && !m_files->offerLatestBackup(path, &error)) {
        reportError(tr("Cannot open the database"), error.message);
        return false;
    }
    // A lock taken over, a disk that does not keep permissions, a backup that failed: nothing
    // that stops the member, so not a dialog, but shown long enough to be read.
    if (!m_store.warning().isEmpty())
        statusBar()->showMessage(
            QString(m_store.warning()).replace(QLatin1Char('\n'), QLatin1Char(' ')), 30000);
    m_settings.setDatabase(m_store.path());
    m_server->databaseOpened(path);
    refreshStartPage();
    updateTitle();
    return true;
}

void MainWindow::connectToServer()
{
    const auto open = [this](const QString &location) {
        return openDatabase(location, AssessmentStore::OpenMode::ExistingOnly);
    };
    // The copy offered on connecting adds to the list.
    if (m_server->connectToServer(open))
        refreshStartPage();
}

void MainWindow::refreshStartPage(bool all)
{
    // The most recent are what a member returns to; a council-wide database can hold
    // thousands, and listing them all would slow every start.
    constexpr int RecentShown = 50;
    StoreError error;
    const QList<AssessmentSummary> list = m_store.listAssessments(&error, all ? -1 : RecentShown);
    const int total = error.isError() ? 0 : m_store.countAssessments(&error);
    if (error.isError())
        reportError(tr("Cannot read the database"), error.message);
    m_start->setAssessments(list, m_store.path(), total);
}

bool MainWindow::openAssessment(qint64 id)
{
    closeAssessment();
    StoreError error;
    std::optional<Assessment> loaded = m_store.loadAssessment(id, &error);
    if (!loaded) {
        reportError(tr("Cannot open the assessment"), error.message);
        return false;
    }
    if (!m_banks.forAssessment(loaded->info).hasRole(loaded->info.roleId)) {
        reportError(tr("Cannot open the assessment"),
                    tr("It was answered as \"%1\", a role this question bank does not have.")
                        .arg(loaded->info.roleId));
        return false;
    }
    m_document = std::make_unique<AssessmentDocument>(m_banks, m_store, std::move(*loaded));
    AssessmentDocument *document = m_document.get();
    m_undoGroup->addStack(document->undoStack());
    m_undoGroup->setActiveStack(document->undoStack());

    m_walkthrough = new WalkthroughView(document);
    m_summary = new SummaryView(document);
    m_actionPlan = new ActionPlanView(document);
    m_compare = new CompareView(document);
    m_trend = new TrendView(document);
    m_tabs->addTab(m_walkthrough, tr("Questions"));
    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(m_actionPlan, tr("Action plan"));
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->addTab(m_trend, tr("Trend"));

    connect(m_walkthrough, &WalkthroughView::currentQuestionChanged, this,
            [this](const QString &questionId) {
                m_settings.setQuestion(questionId);
                m_actionPlan->setCurrentQuestion(questionId);
            });
    connect(m_walkthrough->questionPage(), &QuestionPage::addActionRequested, this,
            &MainWindow::addActionFor);
    connect(m_walkthrough->questionPage(), &QuestionPage::glossaryTermActivated, this,
            &MainWindow::showTerm);
    connect(m_summary, &SummaryView::questionRequested, this, &MainWindow::showQuestion);
    connect(m_summary, &SummaryView::printPreviewRequested, this, &MainWindow::previewReview);
    connect(m_summary, &SummaryView::exportPdfRequested, this, &MainWindow::exportReview);
    connect(m_compare, &CompareView::questionRequested, this, &MainWindow::showQuestion);
    connect(m_trend, &TrendView::questionRequested, this, &MainWindow::showQuestion);
    connect(m_actionPlan, &ActionPlanView::exportRequested, this, [this] {
        const QString said = m_files->exportActionPlanCsv(m_document->assessment());
        if (!said.isEmpty())
            m_actionPlan->showStatus(said);
    });
    connect(m_actionPlan, &ActionPlanView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { m_settings.setTab(index); });
    connect(document, &AssessmentDocument::saved, this,
            [this] { setSaveStatus(tr("All changes saved")); });
    m_server->keepOffline(*document);
    connect(document, &AssessmentDocument::savedOffline, this, [this] {
        setSaveStatus(tr("Not connected — your answers are kept on this computer and will be "
                         "sent"));
    });
    connect(document, &AssessmentDocument::saveFailed, this, [this](const QString &message) {
        setSaveStatus(tr("Not saved"));
        reportError(tr("Your last change was not saved"), message);
    });

    m_actionPlan->setCurrentQuestion(m_walkthrough->currentQuestion());
    for (QAction *action : std::as_const(m_assessmentActions))
        action->setEnabled(true);
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(0);
    m_settings.setAssessment(id);
    setSaveStatus(tr("All changes saved"));
    updateTitle();
    // Answered against a version this Waymark does not have: shown against the latest, and the
    // member told so for as long as it is open.
    if (!document->bankNote().isEmpty())
        statusBar()->showMessage(document->bankNote());
    if (m_glossary)
        glossaryPanel(); // the jargon buster follows the assessment's bank
    m_walkthrough->questionPage()->setFocus();
    return true;
}

void MainWindow::closeAssessment()
{
    if (!m_document)
        return;
    m_tabs->clear();
    delete m_walkthrough;
    delete m_summary;
    delete m_actionPlan;
    delete m_compare;
    delete m_trend;
    m_walkthrough = nullptr;
    m_summary = nullptr;
    m_actionPlan = nullptr;
    m_compare = nullptr;
    m_trend = nullptr;
    m_undoGroup->removeStack(m_document->undoStack());
    m_document.reset();
    for (QAction *action : std::as_const(m_assessmentActions))
        action->setEnabled(false);
    m_settings.forgetAssessment();
    m_saveStatus->clear();
    statusBar()->clearMessage();
    if (m_glossary)
        glossaryPanel();
    if (m_store.isOpen())
        refreshStartPage();
    m_stack->setCurrentWidget(m_start);
    updateTitle();
}

void MainWindow::restoreSession()
{
    // A council's server with the password the keyring kept, if any; a file as it is.
    const QString path = ServerConnector::withKeptPassword(m_settings.database());
    // The app's own database is started on first use; one the member opened elsewhere (a USB
    // stick, a shared folder) that is no longer there must not be replaced by an empty one.
    const bool own = AssessmentStore::resolvePath(path) ==
                     AssessmentStore::resolvePath(AssessmentStore::defaultPath());
    if (!openDatabase(path, own ? AssessmentStore::OpenMode::CreateIfMissing
                                : AssessmentStore::OpenMode::ExistingOnly))
        return;
    const qint64 id = m_settings.assessment();
    const QString question = m_settings.question();
    const int tab = m_settings.tab();
    if (id > 0 && openAssessment(id)) {
        if (!question.isEmpty())
            m_walkthrough->goToQuestion(question);
        m_tabs->setCurrentIndex(qBound(0, tab, m_tabs->count() - 1));
    }
}

void MainWindow::newAssessment()
{
    if (!m_store.isOpen() && !openDatabase(AssessmentStore::defaultPath()))
        return;
    NewAssessmentDialog dialog(m_banks, this);
    dialog.setAuthority(m_settings.lastAuthority());
    dialog.setJurisdiction(m_settings.lastJurisdiction());
    if (dialog.exec() != QDialog::Accepted)
        return;
    AssessmentInfo info = dialog.info();
    StoreError error;
    if (!m_store.createAssessment(info, &error)) {
        reportError(tr("Cannot start the assessment"), error.message);
        return;
    }
    m_settings.setLastAuthority(info.authority);
    m_settings.setLastJurisdiction(info.jurisdiction);
    openAssessment(info.id);
}

// A new assessment for the next round of review, from the open one (NextCycle): the member is
// told first what will carry and what will not, because the new assessment starts with no
// ratings; then it is stored and opened, and the status bar says what was carried.
void MainWindow::startNextCycle()
{
    if (!m_document)
        return;
    const Assessment &earlier = m_document->assessment();
    QMessageBox ask(QMessageBox::Question, tr("Start the next cycle"),
                    tr("Start a new assessment for the next cycle of review, from this one?"),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("nextCycleQuestion"));
    ask.setInformativeText(
        tr("The new assessment is for the same council, member, role and law, against the latest "
           "question bank. Each answer's evidence is carried forward, marked \"%1\", so that you "
           "check it still holds. Ratings and notes are not carried: you rate afresh. Open actions "
           "are carried with their status for review. This assessment is kept as it is.")
            .arg(NextCycle::evidenceMark(earlier.info.date)));
    QPushButton *start = ask.addButton(tr("&Start the next cycle"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(start);
    ask.exec();
    if (ask.clickedButton() != start)
        return;

    NextCycleResult next = NextCycle::from(earlier, m_banks);
    StoreError error;
    const std::optional<ImportOutcome> stored = m_store.importAssessment(next.assessment, &error);
    if (!stored) {
        reportError(tr("Cannot start the next cycle"), error.message);
        return;
    }
    openAssessment(stored->id);
    QString carried = tr("Next cycle started: evidence carried for %n question(s), to be checked;",
                         nullptr, next.evidenceCarried);
    carried += QLatin1Char(' ');
    carried += tr("%n open action(s) carried for review.", nullptr, next.actionsCarried);
    if (!next.leftOut.isEmpty()) {
        carried += QLatin1Char(' ');
        carried += tr("Not carried, because no longer asked: %1.")
                       .arg(QLocale().createSeparatedList(next.leftOut));
    }
    statusBar()->showMessage(carried);
}

void MainWindow::chooseDatabase()
{
    const QString path = m_files->chooseDatabase();
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseImport()
{
    const QStringList paths = m_files->chooseImportFiles();
    if (!paths.isEmpty())
        importFiles(paths);
}

qint64 MainWindow::importFiles(const QStringList &paths)
{
    if (!m_store.isOpen() && !openDatabase(AssessmentStore::defaultPath()))
        return 0;
    const qint64 lastId = m_files->importFiles(paths);
    if (!m_document)
        refreshStartPage();
    return lastId;
}

void MainWindow::openSample()
{
    if (!m_store.isOpen() && !openDatabase(AssessmentStore::defaultPath()))
        return;
    StoreError error;
    // The sample has a fixed uid, so opening it again updates it rather than adding another. It
    // is made under England's law, the default, against the latest bank.
    const QuestionBank &latest = m_banks.latest();
    const std::optional<ImportOutcome> outcome = m_store.importAssessment(
        sampleAssessment(
            m_banks.applied(latest.id, latest.version, AssessmentInfo::defaultJurisdiction())),
        &error);
    if (!outcome) {
        reportError(tr("Cannot open the sample"), error.message);
        return;
    }
    openAssessment(outcome->id);
}

void MainWindow::exportExchangeFile()
{
    if (m_document)
        m_files->exportExchangeFile(m_document->assessment());
}

void MainWindow::exportAnswersCsv()
{
    if (m_document)
        m_files->exportAnswersCsv(m_document->assessment());
}

std::optional<ReportDocument> MainWindow::composeReview()
{
    if (!m_document)
        return std::nullopt;
    // With the earlier assessments of the same authority and role, for the Trend page.
    StoreError error;
    const std::optional<QList<Assessment>> cycles = m_document->trendCycles(&error);
    if (!cycles) {
        reportError(tr("Cannot read the earlier assessments for the trend"), error.message);
        return std::nullopt;
    }
    ReviewOptions options;
    options.trend = Trend::endingWith(m_document->assessment(), *cycles, m_banks);
    return ReviewComposer::compose(m_document->assessment(), m_document->bank(), options);
}

void MainWindow::previewReview()
{
    if (const std::optional<ReportDocument> review = composeReview())
        ReviewPrinter(this).preview(*review);
}

void MainWindow::printReview()
{
    const std::optional<ReportDocument> review = composeReview();
    if (review && ReviewPrinter(this).print(*review))
        statusBar()->showMessage(tr("The gateway review was sent to the printer."), 8000);
}

void MainWindow::exportReview()
{
    if (const std::optional<ReportDocument> review = composeReview())
        m_files->exportReview(m_document->assessment().info, *review);
}

void MainWindow::previewWorkbook()
{
    // The open assessment's role and bank, or the member chooses a role, and the workbook has the
    // latest questions under the law of the last assessment started.
    if (m_document) {
        ReviewPrinter(this).preview(
            WorkbookComposer::compose(m_document->bank(), m_document->assessment().info.roleId));
        return;
    }
    const QuestionBank &latest = m_banks.latest();
    const QuestionBank &bank =
        m_banks.applied(latest.id, latest.version, m_settings.lastJurisdiction());
    QStringList titles;
    for (const Role &role : bank.roles)
        titles.append(role.title);
    bool chosen = false;
    const QString title = QInputDialog::getItem(
        this, tr("Blank workbook"),
        tr("Which role is the workbook for? Its questions follow the law of %1.")
            .arg(jurisdictionTitle(m_banks, bank, m_settings.lastJurisdiction())),
        titles, 0, false, &chosen);
    if (!chosen)
        return;
    ReviewPrinter(this).preview(
        WorkbookComposer::compose(bank, bank.roles.value(titles.indexOf(title)).id));
}

WorkshopWindow *MainWindow::workshopWindow() const
{
    return m_workshopWindow;
}

void MainWindow::openWorkshops()
{
    if (!m_store.isOpen() && !openDatabase(AssessmentStore::defaultPath()))
        return;
    if (!m_workshopWindow) {
        m_workshopWindow = new WorkshopWindow(m_store, m_banks, this);
        m_workshopWindow->follow(m_server->watch());
    }
    m_workshopWindow->show();
    m_workshopWindow->raise();
    m_workshopWindow->activateWindow();
}

void MainWindow::showQuestion(const QString &questionId)
{
    if (!m_document)
        return;
    m_tabs->setCurrentWidget(m_walkthrough);
    m_walkthrough->goToQuestion(questionId);
    m_walkthrough->questionPage()->setFocus();
}

void MainWindow::addActionFor(const QString &questionId)
{
    if (!m_document)
        return;
    m_actionPlan->setCurrentQuestion(questionId);
    m_tabs->setCurrentWidget(m_actionPlan);
    m_actionPlan->addActionForCurrentQuestion();
}

void MainWindow::showTerm(const QString &term)
{
    m_glossaryDock->show();
    glossaryPanel()->showTerm(term);
}

GlossaryPanel *MainWindow::glossaryPanel()
{
    // Built again only for a bank of another version: every jurisdiction shares the glossary.
    const QuestionBank &bank = currentBank();
    if (!m_glossary || m_glossaryBank->id != bank.id || m_glossaryBank->version != bank.version) {
        auto *panel = new GlossaryPanel(bank, m_glossaryDock);
        m_glossaryDock->setWidget(panel);
        delete m_glossary;
        m_glossary = panel;
        m_glossaryBank = &bank;
    }
    return m_glossary;
}

const QuestionBank &MainWindow::currentBank()
{
    return m_document ? m_document->bank() : m_banks.latest();
}

void MainWindow::showScoringHelp()
{
    ScoringHelpDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Waymark"),
        tr("<h3>Waymark %1</h3><p>A gateway review of local safeguards for elected "
           "members and non-executives.</p><p>Question bank: %2, version %3.</p>"
           "<p>Runs offline; your answers stay on this computer.</p><p>MIT licence.</p>")
            .arg(QStringLiteral(WAYMARK_VERSION), m_banks.latest().title.toHtmlEscaped(),
                 m_banks.latest().version.toHtmlEscaped()));
}

void MainWindow::setTextScale(double scale)
{
    m_textScale = qBound(0.8, scale, 2.5);
    QFont font = QApplication::font();
    font.setPointSizeF(m_baseFontSize * m_textScale);
    QApplication::setFont(font);
    m_settings.setTextScale(m_textScale);
}

void MainWindow::setSaveStatus(const QString &text)
{
    m_saveStatus->setText(text);
    m_saveStatus->setAccessibleDescription(text);
}

void MainWindow::updateTitle()
{
    QString title;
    if (m_document) {
        const AssessmentInfo &info = m_document->assessment().info;
        title = tr("%1, %2 (law of %3) - Waymark")
                    .arg(info.authority, info.respondent,
                         jurisdictionTitle(m_banks, m_document->bank(), info.jurisdiction));
    } else {
        title = tr("Waymark: gateway review of local safeguards");
    }
    // Which database is open, always: a member on the council's server must never take it for
    // their laptop's file, nor the other way round. A file by its name (the path on hover).
    const QString where = m_server->openDatabaseName();
    const bool onFile = !where.isEmpty() && !AssessmentStore::isServerAddress(m_store.path());
    const QString shown = onFile ? QFileInfo(m_store.path()).fileName() : where;
    m_databaseStatus->setText(where.isEmpty() ? QString() : tr("Database: %1").arg(shown));
    m_databaseStatus->setToolTip(where);
    m_databaseStatus->setAccessibleDescription(where);
    if (!where.isEmpty())
        title = tr("%1 [%2]").arg(title, shown);
    setWindowTitle(title);
}

void MainWindow::reportError(const QString &title, const QString &message)
{
    showErrorBox(this, QStringLiteral("errorBox"), title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Everything is already saved; only the window's own state is left to keep.
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    const qint64 id = importFiles(paths);
    if (id > 0 && !m_document)
        openAssessment(id);
}

} // namespace Waymark
