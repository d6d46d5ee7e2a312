#pragma once

#include "scoring/Trend.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QModelIndex;
class QStandardItemModel;
class QTableView;

namespace Waymark {

class AssessmentDocument;
class TrendChartWidget;

// "Trend": every assessment of the open one's authority and role in the database, in date
// order, each scored against its own bank version under its own law (Trend), overall and by
// section, with the questions that moved followed through the bank's mapping, and the questions
// no longer asked. The chart is the printed review's. Read-only: it edits nothing, and it
// follows the open assessment's answers as they change, while it shows (RefreshWhenShown).
class TrendView : public QWidget
{
    Q_OBJECT

public:
    explicit TrendView(AssessmentDocument *document, QWidget *parent = nullptr);

    // Reads the assessments again and shows them.
    void refresh();

    const Trend &trend() const { return m_trend; }

Q_SIGNALS:
    void questionRequested(const QString &questionId);

private:
    void showChart();
    void fillCycles();
    void fillSections();
    void fillQuestions();
    void fillRetired();
    QString cycleDate(int cycle) const;

    AssessmentDocument *m_document;
    Trend m_trend;
    QLabel *m_about = nullptr;
    QWidget *m_content = nullptr;
    QCheckBox *m_withSections = nullptr;
    TrendChartWidget *m_chart = nullptr;
    QTableView *m_cycleView = nullptr;
    QTableView *m_sectionView = nullptr;
    QTableView *m_questionView = nullptr;
    QLabel *m_noneMoved = nullptr;
    QLabel *m_retiredHeading = nullptr;
    QTableView *m_retiredView = nullptr;
    QStandardItemModel *m_cycleModel = nullptr;
    QStandardItemModel *m_sectionModel = nullptr;
    QStandardItemModel *m_questionModel = nullptr;
    QStandardItemModel *m_retiredModel = nullptr;
};

} // namespace Waymark
