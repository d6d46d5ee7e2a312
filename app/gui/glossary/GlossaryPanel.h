#pragma once

#include "bank/QuestionBank.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTextBrowser;

namespace Waymark {

// The jargon buster: every glossary term, a search over terms, aliases and definitions, and the
// chosen term's definition. The bank must outlive the panel.
class GlossaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GlossaryPanel(const QuestionBank &bank, QWidget *parent = nullptr);

    // Shows the entry whose term or alias this is: clears the search, selects the term and puts
    // the keyboard focus on the list. Returns false when the glossary has no such term.
    bool showTerm(const QString &term);

    // The term shown now; empty when none is.
    QString currentTerm() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    void showCurrent();
    void filterChanged(const QString &text);

    const QuestionBank &m_bank;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QTextBrowser *m_definition = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
};

} // namespace Waymark
