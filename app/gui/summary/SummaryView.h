#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace Waymark {

class AssessmentDocument;
class RefreshWhenShown;
class ScoreChartWidget;

// The assessment at a glance: the gateway in words with why, the overall score and its RAG, how
// much is answered, the section chart, and the lists a member acts on (failed gates, priorities,
// questions to ask officers, flagged questions, actions). Activating an item asks for its
// question to be opened. Read-only: it follows the document and never edits it.
class SummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryView(AssessmentDocument *document, QWidget *parent = nullptr);

Q_SIGNALS:
    void questionRequested(const QString &questionId);
    void printPreviewRequested();
    void exportPdfRequested();

private:
    struct ListEntry
    {
        QString questionId;
        QString text;
    };

    // Rebuilds everything from the document: once for each change it signals while the view
    // can be seen, else once when it is shown again (RefreshWhenShown).
    void refresh();
    QListWidget *addList(const QString &objectName, const QString &heading,
                         const QString &description);
    void fillList(QListWidget *list, const QList<ListEntry> &entries, const QString &emptyText);
    ListEntry questionEntry(const QString &questionId, const QString &detail = QString()) const;
    QString gatewayText() const;
    QString overallText() const;
    QString coverageText() const;
    void showScoringHelp();
    void scrollToCurrent(QListWidget *list);

    AssessmentDocument *m_document;
    RefreshWhenShown *m_refresher = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_gateway = nullptr;
    QLabel *m_overall = nullptr;
    QLabel *m_coverage = nullptr;
    QPushButton *m_help = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_exportPdf = nullptr;
    ScoreChartWidget *m_chart = nullptr;
    QListWidget *m_failedGates = nullptr;
    QListWidget *m_priorities = nullptr;
    QListWidget *m_knowledgeGaps = nullptr;
    QListWidget *m_flagged = nullptr;
    QListWidget *m_actions = nullptr;
};

} // namespace Waymark
