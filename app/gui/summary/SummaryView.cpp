#include "summary/SummaryView.h"

#include "chart/ScoreChartPainter.h"
#include "common/FittedView.h"
#include "common/HeadingLabel.h"
#include "common/RefreshWhenShown.h"
#include "summary/ScoreChartWidget.h"
#include "summary/ScoringHelpDialog.h"
#include "walkthrough/AssessmentDocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Waymark {

namespace {

constexpr int QuestionIdRole = Qt::UserRole;

// Rows a little taller than the text, so they are easy to click.
class RoomyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rheight() += option.fontMetrics.height() / 2;
        return size;
    }
};

// A list as tall as its items, wrapped to the width it is given (see FittedView).
class FittedList : public FittedView<QListWidget>
{
public:
    explicit FittedList(QWidget *parent)
        : FittedView<QListWidget>(parent)
    {
        setWordWrap(true);
        setTextElideMode(Qt::ElideNone);
        setResizeMode(QListView::Adjust);
        setUniformItemSizes(false);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setEditTriggers(QAbstractItemView::NoEditTriggers);
        setItemDelegate(new RoomyDelegate(this));
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    }

protected:
    int fittedHeight() const override
    {
        const int rows = qMax(contentsSize().height(), fontMetrics().lineSpacing() * 2);
        return rows + 2 * frameWidth();
    }
};

QLabel *statusLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // Selectable by keyboard makes the label a tab stop, so a screen reader reaches it.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SummaryView::SummaryView(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("summaryView"));
    setAccessibleName(tr("Summary"));

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("summaryScroll"));
    m_scroll->setAccessibleName(tr("Summary"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    m_content = new QWidget(m_scroll);
    m_content->setObjectName(QStringLiteral("summaryContent"));
    auto *layout = new QVBoxLayout(m_content);

    layout->addWidget(headingLabel(tr("At a glance"), m_content));
    m_gateway = statusLabel(QStringLiteral("gatewayLabel"), m_content);
    m_gateway->setAccessibleName(tr("Gateway status"));
    // The gateway is the first thing a member needs to know, so it stands out (in weight, not
    // colour, which high-contrast themes would override).
    QFont bold = m_gateway->font();
    bold.setBold(true);
    m_gateway->setFont(bold);
    layout->addWidget(m_gateway);
    m_overall = statusLabel(QStringLiteral("overallLabel"), m_content);
    m_overall->setAccessibleName(tr("Overall score"));
    layout->addWidget(m_overall);
    m_coverage = statusLabel(QStringLiteral("coverageLabel"), m_content);
    m_coverage->setAccessibleName(tr("Questions answered"));
    layout->addWidget(m_coverage);

    m_help = new QPushButton(tr("How scoring &works"), m_content);
    m_help->setObjectName(QStringLiteral("howScoringWorksButton"));
    m_help->setAccessibleName(tr("How scoring works"));
    m_help->setAccessibleDescription(
        tr("Explains in plain words how scores, RAG and the gateway are worked out"));
    connect(m_help, &QPushButton::clicked, this, &SummaryView::showScoringHelp);
    // The printed review is what a member takes to the committee: reachable from here as well as
    // from the File menu.
    m_preview = new QPushButton(tr("P&rint preview…"), m_content);
    m_preview->setObjectName(QStringLiteral("printPreviewButton"));
    m_preview->setAccessibleName(tr("Print preview of the gateway review"));
    m_preview->setAccessibleDescription(
        tr("Shows the printed gateway review page by page, ready to print"));
    connect(m_preview, &QPushButton::clicked, this, &SummaryView::printPreviewRequested);
    m_exportPdf = new QPushButton(tr("Save &review as…"), m_content);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_exportPdf->setAccessibleName(tr("Save the gateway review as a file"));
    m_exportPdf->setAccessibleDescription(
        tr("Writes the gateway review to a file you choose: a tagged PDF, an accessible web "
           "page or a document to edit"));
    connect(m_exportPdf, &QPushButton::clicked, this, &SummaryView::exportPdfRequested);
    auto *helpRow = new QHBoxLayout;
    helpRow->addWidget(m_help);
    helpRow->addWidget(m_preview);
    helpRow->addWidget(m_exportPdf);
    helpRow->addStretch(1);
    layout->addLayout(helpRow);

    layout->addWidget(headingLabel(tr("Section scores"), m_content));
    m_chart = new ScoreChartWidget(m_content);
    layout->addWidget(m_chart);

    m_failedGates = addList(QStringLiteral("failedGatesList"), tr("Statutory &gates that failed"),
                            tr("Gates rated Not met or Partially met. Press Enter to open one."));
    m_priorities = addList(QStringLiteral("prioritiesList"), tr("&Priorities for improvement"),
                           tr("Questions rated Not met or Partially met, most important first. "
                              "Press Enter to open one."));
    m_knowledgeGaps = addList(QStringLiteral("knowledgeGapsList"),
                              tr("Questions to as&k officers (answered Don't know)"),
                              tr("Your knowledge gaps. Press Enter to open one."));
    m_flagged = addList(QStringLiteral("flaggedList"), tr("F&lagged questions"),
                        tr("Questions you flagged to come back to. Press Enter to open one."));
    m_actions = addList(QStringLiteral("actionsList"), tr("Ac&tions"),
                        tr("Your action plan: what, who, by when and status. Press Enter to open "
                           "the question an action belongs to."));
    layout->addStretch(1);
    m_scroll->setWidget(m_content);

    // Every rating and every key typed in a note changes the document; the lists are rebuilt
    // once for each, and not at all while the summary's tab is not showing.
    m_refresher = new RefreshWhenShown(this, [this] { refresh(); });
    connect(m_document, &AssessmentDocument::changed, m_refresher, &RefreshWhenShown::changed);
    refresh();
}

QListWidget *SummaryView::addList(const QString &objectName, const QString &heading,
                                  const QString &description)
{
    auto *layout = static_cast<QVBoxLayout *>(m_content->layout());
    QLabel *label = headingLabel(heading, m_content);
    auto *list = new FittedList(m_content);
    list->setObjectName(objectName);
    label->setBuddy(list);
    // The heading without its "&" mnemonic marker.
    list->setAccessibleName(QString(heading).remove(QLatin1Char('&')));
    list->setAccessibleDescription(description);
    list->setToolTip(description);
    connect(list, &QListWidget::activated, this, [this](const QModelIndex &index) {
        const QString questionId = index.data(QuestionIdRole).toString();
        if (!questionId.isEmpty())
            Q_EMIT questionRequested(questionId);
    });
    connect(list, &QListWidget::currentRowChanged, this, [this, list] {
        if (list->hasFocus())
            scrollToCurrent(list);
    });
    layout->addWidget(label);
    layout->addWidget(list);
    return list;
}

void SummaryView::scrollToCurrent(QListWidget *list)
{
    // The list does not scroll itself (it is as tall as its items), so the page has to.
    QListWidgetItem *item = list->currentItem();
    if (!item)
        return;
    const QRect rect = list->visualItemRect(item);
    const QPoint centre = list->viewport()->mapTo(m_content, rect.center());
    m_scroll->ensureVisible(centre.x(), centre.y(), 0, rect.height() / 2 + 4);
}

void SummaryView::fillList(QListWidget *list, const QList<ListEntry> &entries,
                           const QString &emptyText)
{
    // Keep the member's place when the list is rebuilt after an edit.
    QString currentId;
    int currentRow = list->currentRow();
    if (QListWidgetItem *current = list->currentItem())
        currentId = current->data(QuestionIdRole).toString();

    const QSignalBlocker blocker(list);
    list->clear();
    if (entries.isEmpty()) {
        // Said in words, so that an empty list is not mistaken for one that failed to load.
        auto *item = new QListWidgetItem(emptyText, list);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    int restore = -1;
    for (const ListEntry &entry : entries) {
        auto *item = new QListWidgetItem(entry.text, list);
        item->setData(QuestionIdRole, entry.questionId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (restore < 0 && !currentId.isEmpty() && entry.questionId == currentId)
            restore = list->count() - 1;
    }
    if (restore < 0 && currentRow >= 0)
        restore = qMin(currentRow, list->count() - 1);
    if (restore >= 0)
        list->setCurrentRow(restore);
}

SummaryView::ListEntry SummaryView::questionEntry(const QString &questionId,
                                                  const QString &detail) const
{
    const Question *question = m_document->bank().question(questionId);
    QString text = questionId;
    if (question)
        text += QStringLiteral("  ") + question->text;
    if (!detail.isEmpty())
        text += QStringLiteral(" — ") + detail;
    return {questionId, text};
}

QString SummaryView::gatewayText() const
{
    const ScoreReport &scores = m_document->scores();
    const QString label = gatewayLabel(scores.gateway);
    switch (scores.gateway) {
    case Gateway::Passed:
        return tr("Gateway: %1. Every statutory gate for your role is fully or mostly met, or "
                  "does not apply.")
            .arg(label);
    case Gateway::Incomplete:
        return tr("Gateway: %1. No statutory gate has failed, but these gates still need an "
                  "answer (not answered yet, or Don't know): %2.")
            .arg(label, scores.openGates.join(QStringLiteral(", ")));
    case Gateway::NotPassed: {
        QString text = tr("Gateway: %1. These statutory gates are rated Not met or Partially "
                          "met: %2.")
                           .arg(label, scores.failedGates.join(QStringLiteral(", ")));
        if (!scores.openGates.isEmpty())
            text += QLatin1Char(' ') + tr("These gates still need an answer: %1.")
                                           .arg(scores.openGates.join(QStringLiteral(", ")));
        return text;
    }
    }
    return label;
}

QString SummaryView::overallText() const
{
    const ScoreReport &scores = m_document->scores();
    const std::optional<double> score = scores.overall.score();
    if (!score)
        return tr("Overall score: no score yet, because nothing is rated.");
    const QString scoreText = ScoreChartPainter::scoreText(score);
    if (scores.overallRag() != scores.overall.rag())
        return tr("Overall score: %1, %2 because the gateway is not passed (the score alone "
                  "would be %3).")
            .arg(scoreText, ragLabel(scores.overallRag()), ragLabel(scores.overall.rag()));
    return tr("Overall score: %1, %2.").arg(scoreText, ragLabel(scores.overallRag()));
}

QString SummaryView::coverageText() const
{
    const ScoreTally &overall = m_document->scores().overall;
    return tr("%1 of %2 questions answered.").arg(overall.answered).arg(overall.applicable);
}

void SummaryView::refresh()
{
    const ScoreReport &scores = m_document->scores();
    m_gateway->setText(gatewayText());
    m_overall->setText(overallText());
    m_coverage->setText(coverageText());
    m_chart->setSections(scores.sections);

    QList<ListEntry> failed;
    for (const QString &id : scores.failedGates)
        failed.append(questionEntry(id, ratingLabel(m_document->answer(id).rating)));
    fillList(m_failedGates, failed, tr("No failed gates."));

    QList<ListEntry> priorities;
    for (const QString &id : scores.priorities) {
        const Question *question = m_document->bank().question(id);
        QString detail = ratingLabel(m_document->answer(id).rating);
        if (question && question->gate)
            detail = tr("%1, statutory gate").arg(detail);
        priorities.append(questionEntry(id, detail));
    }
    fillList(m_priorities, priorities,
             tr("No priorities: no question is rated Not met or Partially met."));

    QList<ListEntry> gaps;
    for (const QString &id : scores.knowledgeGaps) {
        ListEntry entry = questionEntry(id);
        const QString note = m_document->answer(id).note.trimmed();
        if (!note.isEmpty())
            entry.text += QLatin1Char('\n') + tr("Your note: %1").arg(note);
        gaps.append(entry);
    }
    fillList(m_knowledgeGaps, gaps, tr("No knowledge gaps: no question is answered Don't know."));

    QList<ListEntry> flagged;
    for (const Question *question : m_document->questions()) {
        if (m_document->answer(question->id).flagged)
            flagged.append(questionEntry(question->id));
    }
    fillList(m_flagged, flagged, tr("No flagged questions."));

    QList<ListEntry> actions;
    for (const Action &action : m_document->assessment().actions) {
        const QString who = action.who.trimmed().isEmpty() ? tr("nobody named") : action.who;
        const QString due = action.due.isValid()
                                ? QLocale().toString(action.due, QStringLiteral("d MMMM yyyy"))
                                : tr("no date");
        QString first = action.what;
        if (!action.questionId.isEmpty())
            first = action.questionId + QStringLiteral("  ") + action.what;
        actions.append(
            {action.questionId, first + QLatin1Char('\n') +
                                    tr("Who: %1 · Due: %2 · Status: %3")
                                        .arg(who, due, actionStatusLabel(action.status))});
    }
    fillList(m_actions, actions, tr("No actions yet."));
}

void SummaryView::showScoringHelp()
{
    ScoringHelpDialog dialog(this);
    dialog.exec();
}

} // namespace Waymark
