#pragma once

#include "QuestionBank.h"

#include <QMainWindow>

class QTextBrowser;
class QTreeWidget;

namespace Waymark {

// The main window. For now it introduces Waymark and lets a member or facilitator browse the
// question bank (sections, questions, guidance, rating levels, glossary); the walkthrough of an
// assessment replaces the browser as the central view in its own issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QuestionBank &bank, QWidget *parent = nullptr);

private:
    void buildMenus();
    void fillTree();
    void showSelection();
    void showAbout();
    QString welcomeHtml() const;
    QString questionHtml(const Question &question) const;
    QString sectionHtml(const Section &section) const;

    QuestionBank m_bank;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
};

} // namespace Waymark
