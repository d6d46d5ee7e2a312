#pragma once

#include "store/AssessmentStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Waymark {

class BankLibrary;

// The first page: the assessments in the open database, most recent first, and the ways to
// start: a new assessment, another database, an exchange file, or the sample to look around.
// Each assessment is listed with the law it is made under and counted against its own bank.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    // banks must outlive the page.
    StartPage(BankLibrary &banks, QWidget *parent = nullptr);

    // Shows the assessments of the database at path; total says how many there are in all, when
    // only the most recent are shown.
    void setAssessments(const QList<AssessmentSummary> &assessments, const QString &databasePath,
                        int total);

Q_SIGNALS:
    void openRequested(qint64 assessmentId);
    void newRequested();
    void openDatabaseRequested();
    void importRequested();
    void sampleRequested();
    void showAllRequested();

private:
    void openCurrent();

    BankLibrary &m_banks;
    QTreeWidget *m_list = nullptr;
    QLabel *m_database = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_more = nullptr;
    QPushButton *m_showAll = nullptr;
};

} // namespace Waymark
