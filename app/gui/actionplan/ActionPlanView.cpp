#include "actionplan/ActionPlanView.h"

#include "actionplan/ActionTableModel.h"
#include "walkthrough/AssessmentDocument.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Waymark {

namespace {

// Every editor is named after its column, so that a screen reader says what is being changed.
class NamedEditorDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = makeEditor(parent, option, index);
        editor->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return editor;
    }

protected:
    virtual QWidget *makeEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
    {
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
};

// Status: a choice of the three, in workflow order.
class StatusDelegate : public NamedEditorDelegate
{
public:
    using NamedEditorDelegate::NamedEditorDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }

protected:
    QWidget *makeEditor(QWidget *parent, const QStyleOptionViewItem &,
                        const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (ActionStatus status :
             {ActionStatus::NotStarted, ActionStatus::InProgress, ActionStatus::Done}) {
            combo->addItem(actionStatusLabel(status), int(status));
        }
        return combo;
    }
};

// Due date: typed, or picked from a calendar, shown as the table shows it.
class DateDelegate : public NamedEditorDelegate
{
public:
    using NamedEditorDelegate::NamedEditorDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QDateEdit *>(editor)->setDate(index.data(Qt::EditRole).toDate());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QDateEdit *>(editor)->date(), Qt::EditRole);
    }

protected:
    QWidget *makeEditor(QWidget *parent, const QStyleOptionViewItem &,
                        const QModelIndex &) const override
    {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(ActionTableModel::dateFormat());
        return edit;
    }
};

} // namespace

ActionPlanView::ActionPlanView(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("actionPlanView"));
    setAccessibleName(tr("Action plan"));

    m_model = new ActionTableModel(document, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActionTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("actionTable"));
    m_table->setAccessibleName(tr("Action plan"));
    m_table->setAccessibleDescription(
        tr("One row for each action. Use the arrow keys to move, F2 to change a cell, Delete "
           "to remove an action. Choose a column heading to sort by it."));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // Tab leaves the table for the buttons; the arrow keys move between cells.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ActionTableModel::QuestionColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionTableModel::WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ActionTableModel::WhoColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ActionTableModel::DueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionTableModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setDefaultSectionSize(header->fontMetrics().averageCharWidth() * 24);
    // Plan order until the member picks a column; a third click on a heading returns to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    auto *textDelegate = new NamedEditorDelegate(m_table);
    m_table->setItemDelegateForColumn(ActionTableModel::WhatColumn, textDelegate);
    m_table->setItemDelegateForColumn(ActionTableModel::WhoColumn, textDelegate);
    m_table->setItemDelegateForColumn(ActionTableModel::DueColumn, new DateDelegate(m_table));
    m_table->setItemDelegateForColumn(ActionTableModel::StatusColumn, new StatusDelegate(m_table));

    auto *deleteAction = new QAction(tr("Remove action"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut); // not while typing in a cell
    m_table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &ActionPlanView::removeCurrentAction);

    m_emptyLabel = new QLabel(tr("No actions yet. Add one from a question, or here."), this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyPlanLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emptyLabel->setMargin(m_emptyLabel->fontMetrics().height());

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(m_table);

    m_addButton = new QPushButton(tr("&Add action"), this);
    m_addButton->setObjectName(QStringLiteral("addActionButton"));
    m_addButton->setAccessibleName(tr("Add action"));
    m_removeButton = new QPushButton(tr("&Remove action"), this);
    m_removeButton->setObjectName(QStringLiteral("removeActionButton"));
    m_removeButton->setAccessibleName(tr("Remove action"));
    m_removeButton->setAccessibleDescription(tr("Removes the chosen action. Undo brings it back."));
    m_exportButton = new QPushButton(tr("&Export to CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButton->setAccessibleName(tr("Export to CSV"));
    m_exportButton->setAccessibleDescription(
        tr("Saves the action plan as a file that spreadsheets such as Excel can open."));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("actionPlanStatus"));
    m_statusLabel->setAccessibleName(tr("Action plan status"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);

    connect(m_addButton, &QPushButton::clicked, this, &ActionPlanView::addActionForCurrentQuestion);
    connect(m_removeButton, &QPushButton::clicked, this, &ActionPlanView::removeCurrentAction);
    connect(m_exportButton, &QPushButton::clicked, this, &ActionPlanView::exportRequested);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ActionPlanView::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActionPlanView::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActionPlanView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ActionPlanView::updateState);
    connect(this, &ActionPlanView::statusMessage, m_statusLabel, &QLabel::setText);
    connect(m_model, &ActionTableModel::editRefused, this, &ActionPlanView::statusMessage);

    setCurrentQuestion(QString());
    updateState();
}

void ActionPlanView::setCurrentQuestion(const QString &questionId)
{
    m_currentQuestion = questionId;
    m_addButton->setAccessibleDescription(
        questionId.isEmpty() ? tr("Adds a general action to the plan.")
                             : tr("Adds an action for question %1.").arg(questionId));
}

qint64 ActionPlanView::currentActionId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ActionTableModel::ActionIdRole).toLongLong() : 0;
}

void ActionPlanView::selectAction(qint64 actionId, int column, bool startEditing)
{
    const int row = m_model->rowOf(actionId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
    if (startEditing)
        m_table->edit(index);
}

void ActionPlanView::addActionForCurrentQuestion()
{
    Action action;
    action.questionId = m_currentQuestion;
    action.what = tr("New action");
    action.due = QDate::currentDate().addMonths(3);
    action.status = ActionStatus::NotStarted;
    const qsizetype before = m_document->assessment().actions.size();
    m_document->addAction(action);
    if (m_document->assessment().actions.size() == before)
        return; // not saved; the document has said why
    // The member's next step is to say what the action is, so start there.
    selectAction(m_document->assessment().actions.constLast().id, ActionTableModel::WhatColumn,
                 true);
}

void ActionPlanView::removeCurrentAction()
{
    const qint64 id = currentActionId();
    if (id == 0)
        return;
    const int row = m_table->currentIndex().row();
    const int column = m_table->currentIndex().column();
    m_document->removeAction(id);
    // Stay where the member was, on the action that took its place.
    if (m_proxy->rowCount() > 0) {
        const QModelIndex next = m_proxy->index(qMin(row, m_proxy->rowCount() - 1), column);
        m_table->setCurrentIndex(next);
        m_table->setFocus(Qt::OtherFocusReason);
    } else {
        m_addButton->setFocus(Qt::OtherFocusReason);
    }
}

void ActionPlanView::showStatus(const QString &message)
{
    m_statusLabel->setText(message);
}

void ActionPlanView::updateState()
{
    const bool empty = m_proxy->rowCount() == 0;
    const bool hadFocus = m_table->hasFocus();
    m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_table);
    if (empty && hadFocus)
        m_addButton->setFocus(Qt::OtherFocusReason);
    m_removeButton->setEnabled(!empty && m_table->currentIndex().isValid());
    m_exportButton->setEnabled(!empty);
}

} // namespace Waymark
