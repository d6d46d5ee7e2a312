#include "walkthrough/StartPage.h"

#include "bank/BankLibrary.h"
#include "common/Jurisdictions.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <iterator>

namespace Waymark {

namespace {

constexpr int IdRole = Qt::UserRole;

QPushButton *makeButton(const QString &text, const QString &name, const QString &description,
                        QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    return button;
}

} // namespace

StartPage::StartPage(BankLibrary &banks, QWidget *parent)
    : QWidget(parent)
    , m_banks(banks)
{
    setObjectName(QStringLiteral("startPage"));

    auto *heading = new QLabel(tr("<h1>Waymark</h1><p>A gateway review of local safeguards: how "
                                  "well do the council and its partners keep children safe?</p>"),
                               this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::RichText);

    auto *newButton = makeButton(tr("&New assessment…"), QStringLiteral("newButton"),
                                 tr("Start answering the questions for your role."), this);
    auto *importButton =
        makeButton(tr("&Import a file…"), QStringLiteral("importButton"),
                   tr("Add an assessment someone sent you as a Waymark file."), this);
    auto *databaseButton =
        makeButton(tr("Open another &database…"), QStringLiteral("openDatabaseButton"),
                   tr("Use a different Waymark database file."), this);
    auto *sampleButton =
        makeButton(tr("Look at a &sample"), QStringLiteral("sampleButton"),
                   tr("Open a finished assessment for a fictional council."), this);
    newButton->setDefault(true);

    auto *listHeading = new QLabel(tr("<h2>Your assessments</h2>"), this);
    m_database = new QLabel(this);
    m_database->setObjectName(QStringLiteral("databaseLabel"));
    m_database->setWordWrap(true);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("assessmentList"));
    m_list->setAccessibleName(tr("Your assessments"));
    m_list->setAccessibleDescription(tr("Press Enter to open the chosen assessment."));
    m_list->setHeaderLabels(
        {tr("Council"), tr("Member"), tr("Role"), tr("Law"), tr("Answered"), tr("Last changed")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    // Column widths from the header's text, not from every row: sizing to the contents of a
    // thousand rows made the start page the slowest part of starting Waymark.
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    const QFontMetrics metrics(m_list->font());
    const int widths[] = {34, 22, 30, 10, 12};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_list->header()->resizeSection(column, metrics.averageCharWidth() * widths[column]);

    m_empty = new QLabel(tr("No assessments yet. Choose “New assessment” to start one, or look "
                            "at the sample first."),
                         this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setWordWrap(true);

    m_open = makeButton(tr("&Open"), QStringLiteral("openButton"),
                        tr("Open the chosen assessment."), this);
    m_more = new QLabel(this);
    m_more->setObjectName(QStringLiteral("moreLabel"));
    m_more->setWordWrap(true);
    m_showAll = makeButton(tr("Show &all"), QStringLiteral("showAllButton"),
                           tr("List every assessment in this database."), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(importButton);
    buttons->addWidget(databaseButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(buttons);
    layout->addWidget(listHeading);
    layout->addWidget(m_database);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_open);
    bottom->addWidget(m_more, 1);
    bottom->addWidget(m_showAll);
    layout->addLayout(bottom);

    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(importButton, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(databaseButton, &QPushButton::clicked, this, &StartPage::openDatabaseRequested);
    connect(sampleButton, &QPushButton::clicked, this, &StartPage::sampleRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openCurrent);
    connect(m_showAll, &QPushButton::clicked, this, &StartPage::showAllRequested);
    connect(m_list, &QTreeWidget::itemActivated, this, &StartPage::openCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_open->setEnabled(m_list->currentItem() != nullptr); });
}

void StartPage::setAssessments(const QList<AssessmentSummary> &assessments,
                               const QString &databasePath, int total)
{
    const bool partial = total > assessments.size();
    m_more->setText(partial ? tr("Showing the %1 most recently changed of %2 assessments.")
                                  .arg(assessments.size())
                                  .arg(total)
                            : QString());
    m_more->setVisible(partial);
    m_showAll->setVisible(partial);
    m_database->setText(tr("Saved in %1").arg(QDir::toNativeSeparators(databasePath)));
    m_list->clear();
    const QLocale locale;
    for (const AssessmentSummary &summary : assessments) {
        const AssessmentInfo &info = summary.info;
        // Counted against the questions it was answered against, under its own law.
        const QuestionBank &bank = m_banks.forAssessment(info);
        const Role *role = bank.role(info.roleId);
        const QString roleTitle = role ? role->title : info.roleId;
        const QString law = jurisdictionTitle(m_banks, bank, info.jurisdiction);
        const int applicable = bank.questionsFor(info.roleId).size();
        auto *item = new QTreeWidgetItem(
            m_list, {info.authority, info.respondent, roleTitle, law,
                     tr("%1 of %2").arg(summary.answered).arg(applicable),
                     locale.toString(info.updated.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, IdRole, info.id);
        item->setData(0, Qt::AccessibleTextRole,
                      tr("%1, %2, %3, law of %4, %5 of %6 answered")
                          .arg(info.authority, info.respondent, roleTitle, law)
                          .arg(summary.answered)
                          .arg(applicable));
    }
    m_empty->setVisible(assessments.isEmpty());
    m_list->setVisible(!assessments.isEmpty());
    m_open->setVisible(!assessments.isEmpty());
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_open->setEnabled(m_list->currentItem() != nullptr);
}

void StartPage::openCurrent()
{
    if (const QTreeWidgetItem *item = m_list->currentItem())
        Q_EMIT openRequested(item->data(0, IdRole).toLongLong());
}

} // namespace Waymark
