#include "workshop/WorkshopWindow.h"

#include "ReportRenderer.h"
#include "bank/BankLibrary.h"
#include "common/AnswerChoices.h"
#include "common/DroppedFiles.h"
#include "common/ErrorBox.h"
#include "common/Jurisdictions.h"
#include "printing/ReportFileDialog.h"
#include "printing/ReviewPrinter.h"
#include "report/WorkshopPackComposer.h"
#include "server/ServerWatch.h"
#include "workshop/WorkshopAgreePanel.h"
#include "workshop/WorkshopDocument.h"
#include "workshop/WorkshopGatherDialog.h"
#include "workshop/WorkshopMemberDialog.h"
#include "workshop/WorkshopMembersBox.h"
#include "workshop/WorkshopNewDialog.h"
#include "workshop/WorkshopPacksDialog.h"
#include "workshop/WorkshopPresenter.h"
#include "workshop/WorkshopPrintDialog.h"
#include "workshop/WorkshopResultBox.h"
#include "workshop/WorkshopRoundDialog.h"
#include "workshop/WorkshopSpreadModel.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace Waymark {

namespace {

QPushButton *stepButton(const QString &text, const QString &accessible, const char *name,
                        QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setAccessibleName(accessible);
    button->setAutoDefault(false);
    return button;
}

} // namespace

WorkshopWindow::WorkshopWindow(AssessmentStore &store, BankLibrary &banks, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_store(store)
    , m_banks(banks)
    , m_document(new WorkshopDocument(store, banks, this))
    , m_lastFolder(QDir::homePath())
{
    setObjectName(QStringLiteral("workshopWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setAcceptDrops(true);

    m_model = new WorkshopSpreadModel(this);
    m_filter = new WorkshopSpreadFilter(this);
    m_filter->setSourceModel(m_model);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(buildTopBar());
    m_content = new QWidget(central);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(buildSteps());
    contentLayout->addWidget(buildFilters());

    m_table = new QTableView(m_content);
    m_table->setObjectName(QStringLiteral("spreadTable"));
    m_table->setAccessibleName(tr("How the members answered each question"));
    m_table->setAccessibleDescription(
        tr("One row per question. Choose a question, then press 3, 2, 1, 0, D or N to record "
           "the answer the room agrees."));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkshopSpreadModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WorkshopSpreadModel::QuestionColumn,
                                                      QHeaderView::Stretch);
    // Room for the counts and some of each question's words; the full question is in the
    // panel beside it and in each row's tooltip.
    m_table->setMinimumWidth(m_table->fontMetrics().averageCharWidth() * 115);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkshopWindow::showCurrentQuestion);

    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->setObjectName(QStringLiteral("workshopSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(buildSidePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The table is what the room looks at; the panel takes what is left.
    splitter->setSizes({2000, 1000});
    contentLayout->addWidget(splitter, 1);
    layout->addWidget(m_content, 1);
    setCentralWidget(central);

    // The answer keys of the question page (AnswerChoices), and Delete to clear, wherever the
    // facilitator is in the table or the panel; a note being typed keeps its letters (text
    // boxes take them first).
    const auto agreeKey = [this, splitter](const QKeySequence &sequence, Rating rating) {
        auto *shortcut = new QShortcut(sequence, splitter);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, rating] { m_agree->choose(rating); });
    };
    for (const AnswerChoice &choice : AnswerChoices)
        agreeKey(QKeySequence(choice.qtKey), choice.rating);
    agreeKey(QKeySequence(Qt::Key_Delete), Rating::Unanswered);
    connect(m_agree, &WorkshopAgreePanel::agreedChanged, this, &WorkshopWindow::saveAgreed);
    connect(m_document, &WorkshopDocument::opened, this, &WorkshopWindow::startAfresh);
    connect(m_document, &WorkshopDocument::changed, this, &WorkshopWindow::refresh);
    connect(m_document, &WorkshopDocument::readFailed, this, [this](const QString &message) {
        reportError(tr("Cannot read the workshop"), message);
    });

    buildMenus();
    resize(1200, 800);
    refreshWorkshops();
}

WorkshopWindow::~WorkshopWindow()
{
    // A note typed just before the app closed is still saved.
    m_agree->flushNote();
    if (m_presenter)
        delete m_presenter.data();
}

QWidget *WorkshopWindow::buildTopBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Wor&kshop:"), bar);
    m_chooser = new QComboBox(bar);
    m_chooser->setObjectName(QStringLiteral("workshopCombo"));
    m_chooser->setAccessibleName(tr("Workshop"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_chooser);
    connect(m_chooser, &QComboBox::activated, this,
            [this](int index) { openWorkshop(m_chooser->itemData(index).toLongLong()); });
    QPushButton *create =
        stepButton(tr("New workshop…"), tr("New workshop"), "newWorkshopButton", bar);
    connect(create, &QPushButton::clicked, this, &WorkshopWindow::newWorkshop);
    m_details = new QLabel(bar);
    m_details->setObjectName(QStringLiteral("workshopDetails"));
    m_details->setWordWrap(true);
    m_showNames = new QCheckBox(tr("Show &names"), bar);
    m_showNames->setObjectName(QStringLiteral("showNamesCheck"));
    m_showNames->setAccessibleName(tr("Show members' names"));
    m_showNames->setAccessibleDescription(
        tr("When not ticked, members are shown as Member A, B and so on."));
    m_showNames->setToolTip(tr("Untick before putting this window on a projector."));
    connect(m_showNames, &QCheckBox::toggled, this, [this](bool shown) { setAnonymised(!shown); });

    layout->addWidget(label);
    layout->addWidget(m_chooser);
    layout->addWidget(create);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_showNames);
    return bar;
}

QWidget *WorkshopWindow::buildSteps()
{
    auto *box = new QGroupBox(tr("Steps"), this);
    box->setObjectName(QStringLiteral("stepsBox"));
    auto *layout = new QHBoxLayout(box);
    const auto add = [&](const QString &text, const QString &accessible, const char *name,
                         void (WorkshopWindow::*slot)()) {
        QPushButton *button = stepButton(text, accessible, name, box);
        connect(button, &QPushButton::clicked, this, slot);
        layout->addWidget(button);
        m_needWorkshop.append(button);
        return button;
    };
    add(tr("1. Answer packs…"), tr("Write answer packs for the members"), "answerPacksButton",
        &WorkshopWindow::writeAnswerPacks);
    add(tr("2. Add returned files…"), tr("Add returned files"), "addFilesButton",
        &WorkshopWindow::chooseReturnedFiles);
    add(tr("Add a member in the room…"), tr("Add a member in the room"), "addMemberButton",
        &WorkshopWindow::addMemberInRoom);
    add(tr("Round entry…"), tr("Enter answers in the round"), "roundEntryButton",
        &WorkshopWindow::roundEntry);
    add(tr("3. Present"), tr("Present on the projector"), "presentButton",
        &WorkshopWindow::present);
    add(tr("4. Print the pack…"), tr("Print the workshop pack"), "printPackButton",
        &WorkshopWindow::previewPack);
    layout->addStretch(1);
    return box;
}

QWidget *WorkshopWindow::buildFilters()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_disagreementsOnly = new QCheckBox(tr("Disagreements &only"), bar);
    m_disagreementsOnly->setObjectName(QStringLiteral("disagreementsOnlyCheck"));
    m_disagreementsOnly->setAccessibleName(tr("Show only questions members disagree on"));
    connect(m_disagreementsOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setDisagreementsOnly(only);
        updateHeader();
    });
    auto *sectionLabel = new QLabel(tr("&Section:"), bar);
    m_section = new QComboBox(bar);
    m_section->setObjectName(QStringLiteral("sectionFilterCombo"));
    m_section->setAccessibleName(tr("Show the questions of a section"));
    fillSectionFilter();
    sectionLabel->setBuddy(m_section);
    connect(m_section, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSection(m_section->currentData().toString());
        updateHeader();
    });
    m_gatesOnly = new QCheckBox(tr("Statutory &gates only"), bar);
    m_gatesOnly->setObjectName(QStringLiteral("gatesOnlyCheck"));
    m_gatesOnly->setAccessibleName(tr("Show only statutory gates"));
    connect(m_gatesOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setGatesOnly(only);
        updateHeader();
    });
    m_shownCount = new QLabel(bar);
    m_shownCount->setObjectName(QStringLiteral("shownCountLabel"));

    layout->addWidget(m_disagreementsOnly);
    layout->addSpacing(12);
    layout->addWidget(sectionLabel);
    layout->addWidget(m_section);
    layout->addSpacing(12);
    layout->addWidget(m_gatesOnly);
    layout->addStretch(1);
    layout->addWidget(m_shownCount);
    return bar;
}

void WorkshopWindow::fillSectionFilter()
{
    const QString chosen = m_section->currentData().toString();
    const QSignalBlocker blocker(m_section);
    m_section->clear();
    m_section->addItem(tr("All sections"), QString());
    for (const Section &section : m_document->bank().sections)
        m_section->addItem(section.title, section.id);
    // The section chosen stays chosen where the bank still has it; else all are shown.
    const int keep = m_section->findData(chosen);
    m_section->setCurrentIndex(qMax(0, keep));
    m_filter->setSection(keep > 0 ? chosen : QString());
}

QWidget *WorkshopWindow::buildSidePanel()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("workshopSidePanel"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *panel = new QWidget(scroll);
    auto *layout = new QVBoxLayout(panel);

    m_agree = new WorkshopAgreePanel(panel);
    layout->addWidget(m_agree);

    layout->addWidget(new WorkshopResultBox(m_document, panel));
    m_members = new WorkshopMembersBox(m_document, panel);
    layout->addWidget(m_members);
    layout->addStretch(1);

    scroll->setWidget(panel);
    scroll->setMinimumWidth(fontMetrics().averageCharWidth() * 45);
    return scroll;
}

void WorkshopWindow::buildMenus()
{
    const auto add = [this](QMenu *menu, const QString &text, const QKeySequence &shortcut,
                            const char *name, auto slot, bool needsWorkshop = true) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        if (needsWorkshop)
            m_actionsNeedWorkshop.append(action);
        return action;
    };
    QMenu *workshop = menuBar()->addMenu(tr("&Workshop"));
    add(workshop, tr("&New workshop…"), QKeySequence::New, "newWorkshopAction",
        &WorkshopWindow::newWorkshop, false);
    add(workshop, tr("&Answer packs…"), QKeySequence(), "answerPacksAction",
        &WorkshopWindow::writeAnswerPacks);
    workshop->addSeparator();
    add(workshop, tr("P&rint preview of the pack…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        "previewPackAction", &WorkshopWindow::previewPack);
    add(workshop, tr("Export the pack as PD&F, web page or document…"), QKeySequence(),
        "exportPackAction", &WorkshopWindow::exportPackPdf);
    workshop->addSeparator();
    add(workshop, tr("&Close the workshop window"), QKeySequence::Close, "closeWorkshopAction",
        &QWidget::close, false);

    QMenu *members = menuBar()->addMenu(tr("&Members"));
    add(members, tr("Add &returned files…"), QKeySequence(Qt::CTRL | Qt::Key_I), "addFilesAction",
        &WorkshopWindow::chooseReturnedFiles);
    add(members, tr("Add a member in the &room…"), QKeySequence(), "addMemberAction",
        &WorkshopWindow::addMemberInRoom);
    add(members, tr("Round &entry…"), QKeySequence(Qt::CTRL | Qt::Key_R), "roundEntryAction",
        &WorkshopWindow::roundEntry);

    QMenu *present = menuBar()->addMenu(tr("&Present"));
    add(present, tr("&Presenter view"), QKeySequence(Qt::Key_F5), "presentAction",
        &WorkshopWindow::present);
    m_showNamesAction = present->addAction(tr("Show &names"));
    m_showNamesAction->setObjectName(QStringLiteral("showNamesAction"));
    m_showNamesAction->setCheckable(true);
    m_showNamesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_showNamesAction, &QAction::toggled, m_showNames, &QCheckBox::setChecked);
    connect(m_showNames, &QCheckBox::toggled, m_showNamesAction, &QAction::setChecked);
}

void WorkshopWindow::follow(ServerWatch &watch)
{
    connect(&watch, &ServerWatch::assessmentChanged, m_document, [this](qint64 assessmentId) {
        if (m_document->hasParticipant(assessmentId))
            m_document->reload();
    });
    connect(&watch, &ServerWatch::workshopChanged, m_document, [this](qint64 workshopId) {
        if (m_document->id() == workshopId)
            m_document->reload();
    });
}

void WorkshopWindow::refreshWorkshops(qint64 preferred)
{
    m_storePath = m_store.path();
    StoreError error;
    // No database is open when the main window failed to open another: there are no workshops
    // to show, and nothing has gone wrong here.
    const QList<WorkshopInfo> list =
        m_store.isOpen() ? m_store.listWorkshops(&error) : QList<WorkshopInfo>();
    if (error.isError())
        reportError(tr("Cannot read the workshops"), error.message);
    {
        const QSignalBlocker blocker(m_chooser);
        m_chooser->clear();
        for (const WorkshopInfo &info : list) {
            const QString date = info.heldOn.isValid()
                                     ? QLocale().toString(info.heldOn, QLocale::ShortFormat)
                                     : QString();
            m_chooser->addItem(date.isEmpty() ? info.name : tr("%1 (%2)").arg(info.name, date),
                               info.id);
        }
    }
    // The one asked for, else the one open, else the most recent.
    qint64 open = 0;
    for (const qint64 candidate : {preferred, m_document->id()}) {
        if (open == 0 && candidate != 0 && m_chooser->findData(candidate) >= 0)
            open = candidate;
    }
    if (open == 0 && !list.isEmpty())
        open = list.constFirst().id;
    if (open != 0)
        openWorkshop(open);
    else
        m_document->close();
}

bool WorkshopWindow::openWorkshop(qint64 id)
{
    StoreError error;
    if (!m_document->open(id, &error)) {
        reportError(tr("Cannot open the workshop"), error.message);
        return false;
    }
    m_chooser->setCurrentIndex(m_chooser->findData(id));
    return true;
}

bool WorkshopWindow::newWorkshop()
{
    if (!m_store.isOpen())
        return false;
    WorkshopNewDialog dialog(m_banks, this);
    // Most workshops a facilitator runs are for the same council, under the same law.
    if (const std::optional<Workshop> &open = m_document->workshop()) {
        dialog.setAuthority(open->info.authority);
        dialog.setJurisdiction(open->info.jurisdiction);
    }
    if (dialog.exec() != QDialog::Accepted)
        return false;
    WorkshopInfo info = dialog.info();
    StoreError error;
    if (!m_store.createWorkshop(info, &error)) {
        reportError(tr("The workshop was not created"), error.message);
        return false;
    }
    refreshWorkshops(info.id);
    statusBar()->showMessage(
        tr("Workshop created. Next: write the answer packs, or add members in the room."), 10000);
    return true;
}

void WorkshopWindow::startAfresh()
{
    // Another workshop may review under another law or version: its sections, and a presenter
    // showing its questions.
    fillSectionFilter();
    if (m_presenter && &m_presenter->bank() != &m_document->bank()) {
        m_presenter->close();
        delete m_presenter.data();
    }
    m_model->setSpread(WorkshopSpread()); // a fresh table, and no stale selection
    refresh();
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, WorkshopSpreadModel::IdColumn));
}

void WorkshopWindow::refresh()
{
    m_model->setSpread(m_document->spread());
    if (m_presenter)
        m_presenter->setSpread(m_document->spread());
    updateHeader();
    updateEnabled();
    showCurrentQuestion();
}

void WorkshopWindow::updateHeader()
{
    const std::optional<Workshop> &workshop = m_document->workshop();
    if (!workshop) {
        setWindowTitle(tr("Workshops - Waymark"));
        m_details->setText(tr("No workshop yet: choose New workshop to set one up."));
        m_shownCount->clear();
        return;
    }
    const WorkshopInfo &info = workshop->info;
    setWindowTitle(tr("Workshop: %1 - Waymark").arg(info.name));
    QStringList parts;
    if (!info.authority.isEmpty())
        parts.append(info.authority);
    parts.append(
        tr("law of %1").arg(jurisdictionTitle(m_banks, m_document->bank(), info.jurisdiction)));
    if (info.heldOn.isValid())
        parts.append(QLocale().toString(info.heldOn, QLocale::LongFormat));
    if (!info.facilitator.isEmpty())
        parts.append(tr("facilitated by %1").arg(info.facilitator));
    parts.append(tr("%n member(s)", nullptr, int(workshop->participants.size())));
    m_details->setText(parts.join(tr(" · ")));
    m_shownCount->setText(tr("%n question(s) shown", nullptr, m_filter->rowCount()));
}

void WorkshopWindow::updateEnabled()
{
    const bool has = m_document->isOpen();
    m_content->setEnabled(has);
    for (QWidget *widget : std::as_const(m_needWorkshop))
        widget->setEnabled(has);
    for (QAction *action : std::as_const(m_actionsNeedWorkshop))
        action->setEnabled(has);
    m_chooser->setEnabled(m_chooser->count() > 0);
}

const std::optional<Workshop> &WorkshopWindow::workshop() const
{
    return m_document->workshop();
}

QString WorkshopWindow::currentQuestion() const
{
    return m_table->currentIndex().data(WorkshopSpreadModel::QuestionIdRole).toString();
}

void WorkshopWindow::selectQuestion(const QString &questionId)
{
    const int row = m_model->rowOf(questionId);
    if (row < 0)
        return;
    const QModelIndex index =
        m_filter->mapFromSource(m_model->index(row, WorkshopSpreadModel::IdColumn));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

void WorkshopWindow::showCurrentQuestion()
{
    const int row = m_model->rowOf(currentQuestion());
    m_agree->setSpread(row >= 0 ? m_document->spread().questions.at(row) : QuestionSpread());
}

void WorkshopWindow::setAnonymised(bool anonymised)
{
    m_anonymised = anonymised;
    if (m_showNames->isChecked() == anonymised) {
        const QSignalBlocker blocker(m_showNames);
        m_showNames->setChecked(!anonymised);
        m_showNamesAction->setChecked(!anonymised);
    }
    m_members->setAnonymised(anonymised);
    statusBar()->showMessage(anonymised ? tr("Members are shown as Member A, B, …")
                                        : tr("Members' names are shown."),
                             5000);
}

void WorkshopWindow::saveAgreed(const QString &questionId, Rating rating, const QString &note)
{
    if (!m_document->isOpen())
        return;
    StoreError error;
    if (!m_document->setAgreed(questionId, rating, note, &error)) {
        reportError(tr("The agreed answer was not saved"), error.message);
        m_document->reload(); // shows what the store holds
        return;
    }
    statusBar()->showMessage(
        rating == Rating::Unanswered
            ? tr("Saved: question %1 has no agreed answer.").arg(questionId)
            : tr("Saved: question %1 agreed %2.").arg(questionId, ratingLabel(rating)),
        6000);
}

QStringList WorkshopWindow::shownQuestionIds() const
{
    QStringList ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(WorkshopSpreadModel::QuestionIdRole).toString());
    return ids;
}

void WorkshopWindow::writeAnswerPacks()
{
    if (!m_document->isOpen())
        return;
    WorkshopPacksDialog dialog(m_document->workshop()->info, m_document->bank(),
                               QDir::toNativeSeparators(m_lastFolder), this);
    dialog.setProtectedFiles(m_store.ownFiles());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastFolder = QDir::fromNativeSeparators(dialog.folder());
    const QString done =
        tr("%n answer pack(s) written to %1.", nullptr, int(dialog.written().size()))
            .arg(dialog.folder());
    if (dialog.warning().isEmpty())
        statusBar()->showMessage(done, 10000);
    else
        statusBar()->showMessage(done + QLatin1Char(' ') + dialog.warning(), 30000);
}

void WorkshopWindow::chooseReturnedFiles()
{
    if (!m_document->isOpen())
        return;
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add the members' returned files"), m_lastFolder,
                                      tr("Waymark files (*.waymark *.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    m_lastFolder = QFileInfo(paths.constFirst()).absolutePath();
    gatherFiles(paths);
}

void WorkshopWindow::gatherFiles(const QStringList &paths, bool acceptMismatched)
{
    if (!m_document->isOpen() || paths.isEmpty())
        return;
    StoreError error;
    const QList<GatherOutcome> outcomes = m_document->gather(paths, acceptMismatched, &error);
    WorkshopGatherDialog dialog(outcomes, error.message, this);
    dialog.exec();
    statusBar()->showMessage(WorkshopGatherDialog::headline(outcomes), 10000);
    if (dialog.addAnyway())
        gatherFiles(dialog.mismatchedFiles(), true);
}

void WorkshopWindow::addMemberInRoom()
{
    if (!m_document->isOpen())
        return;
    WorkshopMemberDialog dialog(m_document->bank(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StoreError error;
    if (!m_document->addMember(dialog.name(), dialog.roleId(), &error)) {
        reportError(tr("The member was not added"), error.message);
        return;
    }
    statusBar()->showMessage(tr("Member added. Use Round entry to enter their answers."), 8000);
}

void WorkshopWindow::roundEntry()
{
    if (!m_document->isOpen())
        return;
    WorkshopRoundDialog dialog(m_store, m_document->bank(), m_document->id(), shownQuestionIds(),
                               currentQuestion(), m_anonymised, this);
    dialog.exec();
    if (dialog.changed())
        m_document->reload();
    selectQuestion(dialog.questionId());
}

void WorkshopWindow::present()
{
    if (!m_document->isOpen())
        return;
    if (!m_presenter) {
        m_presenter = new WorkshopPresenter(m_document->bank(), this);
        connect(m_presenter, &WorkshopPresenter::currentQuestionChanged, this,
                &WorkshopWindow::selectQuestion);
    }
    m_presenter->setSpread(m_document->spread());
    m_presenter->goToQuestion(currentQuestion());
    m_presenter->showFullScreen();
    m_presenter->raise();
    m_presenter->activateWindow();
    m_presenter->setFocus();
}

WorkshopPresenter *WorkshopWindow::presenter() const
{
    return m_presenter;
}

void WorkshopWindow::previewPack()
{
    if (!m_document->isOpen())
        return;
    WorkshopPrintDialog options(tr("Show the &preview"), m_anonymised, this);
    if (options.exec() != QDialog::Accepted)
        return;
    ReviewPrinter(this).preview(WorkshopPackComposer::compose(
        *m_document->workshop(), m_document->bank(), options.options()));
}

void WorkshopWindow::exportPackPdf()
{
    if (!m_document->isOpen())
        return;
    const Workshop &workshop = *m_document->workshop();
    WorkshopPrintDialog options(tr("&Save the pack…"), m_anonymised, this);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString suggested =
        QDir(m_lastFolder).filePath(tr("Workshop pack - %1").arg(workshop.info.name));
    const std::optional<ReportFileDialog::Choice> choice = ReportFileDialog::ask(
        this, tr("Export the workshop pack (PDF, web page or document)"), suggested);
    if (!choice)
        return;
    const QString &path = choice->path;
    m_lastFolder = QFileInfo(path).absolutePath();
    const SaveResult saved = ReportRenderer::save(
        WorkshopPackComposer::compose(workshop, m_document->bank(), options.options()),
        choice->path, choice->format, m_store.ownFiles());
    if (!saved.ok()) {
        reportError(tr("The pack was not saved"), saved.message);
        return;
    }
    // A warning (a USB stick keeps no permissions) also says that the pack was saved.
    if (saved.warning.isEmpty())
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 10000);
    else
        statusBar()->showMessage(saved.warning, 30000);
}

void WorkshopWindow::reportError(const QString &title, const QString &message)
{
    showErrorBox(this, QStringLiteral("workshopErrorBox"), title, message);
}

void WorkshopWindow::changeEvent(QEvent *event)
{
    // The main window may have opened another database meanwhile: show its workshops.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() &&
        m_store.path() != m_storePath) {
        m_document->close();
        refreshWorkshops();
    }
    QMainWindow::changeEvent(event);
}

void WorkshopWindow::closeEvent(QCloseEvent *event)
{
    m_agree->flushNote();
    if (m_presenter)
        m_presenter->close();
    event->accept();
}

void WorkshopWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_document->isOpen() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void WorkshopWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    gatherFiles(paths);
}

} // namespace Waymark
