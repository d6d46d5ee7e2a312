#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Waymark {

class ActionTableModel;
class AssessmentDocument;

// The action plan: a table of what will be done, by whom and by when, that can be sorted by any
// column, edited in place, added to, pruned and exported for a spreadsheet (by the window). Every
// change goes through the document, so it is saved at once and can be undone.
class ActionPlanView : public QWidget
{
    Q_OBJECT

public:
    explicit ActionPlanView(AssessmentDocument *document, QWidget *parent = nullptr);

    // The question new actions are added for; empty for a general action.
    void setCurrentQuestion(const QString &questionId);
    QString currentQuestion() const { return m_currentQuestion; }

    ActionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Shows what became of something done for the plan (an export) in its status line.
    void showStatus(const QString &message);

    // The action shown as current in the table; 0 when none is.
    qint64 currentActionId() const;
    // What "Add action" does: adds "New action" for the current question, not started, due in
    // three months, makes it current and starts editing what it says.
    void addActionForCurrentQuestion();

    // Makes an action current (and, when asked, starts editing one of its cells).
    void selectAction(qint64 actionId, int column, bool startEditing = false);

Q_SIGNALS:
    // Something the member should hear about, for the window's status bar.
    void statusMessage(const QString &message);
    // Export to CSV was pressed: the window asks where and saves (FileOperations).
    void exportRequested();

private:
    void removeCurrentAction();
    void updateState();

    AssessmentDocument *m_document;
    ActionTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QString m_currentQuestion;
};

} // namespace Waymark
