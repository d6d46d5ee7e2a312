#include "walkthrough/WalkthroughView.h"

#include "walkthrough/AssessmentDocument.h"
#include "walkthrough/QuestionPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Waymark {

namespace {

constexpr int QuestionIdRole = Qt::UserRole;
constexpr int SectionIdRole = Qt::UserRole + 1;

// A mark that says the state without colour: answered, a knowledge gap, or still to do.
QString answerMark(const Answer &answer)
{
    if (answer.rating == Rating::DontKnow)
        return QStringLiteral("?");
    if (isAnswered(answer.rating))
        return QStringLiteral("✓");
    return QStringLiteral("·");
}

} // namespace

WalkthroughView::WalkthroughView(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("walkthroughView"));

    m_navigator = new QTreeWidget(this);
    m_navigator->setObjectName(QStringLiteral("sectionNavigator"));
    m_navigator->setAccessibleName(tr("Sections and questions"));
    m_navigator->setAccessibleDescription(
        tr("Each section shows how many questions are answered and its rating. ✓ answered, ? "
           "don't know, · not yet answered."));
    m_navigator->setHeaderHidden(true);
    m_navigator->setUniformRowHeights(true);
    m_navigator->setTextElideMode(Qt::ElideRight);

    m_page = new QuestionPage(document, this);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("overallProgress"));
    m_progress->setAccessibleName(tr("Questions answered"));
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("progressText"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("walkthroughSplitter"));
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({360, 840});

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(splitter, 1);

    buildNavigator();
    refreshProgress();

    connect(m_navigator, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { followNavigator(item); });
    connect(m_page, &QuestionPage::nextRequested, this, &WalkthroughView::goToNext);
    connect(m_page, &QuestionPage::previousRequested, this, &WalkthroughView::goToPrevious);
    connect(m_page, &QuestionPage::nextUnansweredRequested, this,
            &WalkthroughView::goToNextUnanswered);
    connect(m_document, &AssessmentDocument::answerChanged, this,
            [this](const QString &questionId) {
                refreshQuestionItem(questionId);
                refreshProgress();
            });

    if (!m_document->questions().isEmpty())
        goToQuestion(m_document->questions().constFirst()->id);
}

void WalkthroughView::buildNavigator()
{
    const QuestionBank &bank = m_document->bank();
    QTreeWidgetItem *sectionItem = nullptr;
    QString sectionId;
    for (const Question *question : m_document->questions()) {
        if (question->sectionId != sectionId) {
            sectionId = question->sectionId;
            const Section *section = bank.section(sectionId);
            sectionItem = new QTreeWidgetItem(m_navigator);
            sectionItem->setData(0, SectionIdRole, sectionId);
            sectionItem->setText(0, section ? section->title : sectionId);
            sectionItem->setExpanded(false);
        }
        auto *item = new QTreeWidgetItem(sectionItem);
        item->setData(0, QuestionIdRole, question->id);
        item->setToolTip(0, question->text);
    }
    for (const Question *question : m_document->questions())
        refreshQuestionItem(question->id);
}

void WalkthroughView::refreshQuestionItem(const QString &questionId)
{
    const Question *question = m_document->bank().question(questionId);
    if (!question)
        return;
    for (int s = 0; s < m_navigator->topLevelItemCount(); ++s) {
        QTreeWidgetItem *sectionItem = m_navigator->topLevelItem(s);
        if (sectionItem->data(0, SectionIdRole).toString() != question->sectionId)
            continue;
        for (int q = 0; q < sectionItem->childCount(); ++q) {
            QTreeWidgetItem *item = sectionItem->child(q);
            if (item->data(0, QuestionIdRole).toString() != questionId)
                continue;
            const Answer answer = m_document->answer(questionId);
            item->setText(
                0,
                QStringLiteral("%1 %2  %3").arg(answerMark(answer), question->id, question->text));
            item->setData(
                0, Qt::AccessibleTextRole,
                tr("%1: %2. %3").arg(question->id, ratingLabel(answer.rating), question->text));
        }
    }
}

void WalkthroughView::refreshProgress()
{
    const ScoreReport &scores = m_document->scores();
    m_progress->setMaximum(qMax(1, scores.overall.applicable));
    m_progress->setValue(scores.overall.answered);
    m_progressText->setText(tr("%1 of %2 questions answered")
                                .arg(scores.overall.answered)
                                .arg(scores.overall.applicable));
    m_progress->setAccessibleDescription(m_progressText->text());
    for (int s = 0; s < m_navigator->topLevelItemCount(); ++s) {
        QTreeWidgetItem *sectionItem = m_navigator->topLevelItem(s);
        const QString sectionId = sectionItem->data(0, SectionIdRole).toString();
        for (const SectionScore &section : scores.sections) {
            if (section.sectionId != sectionId)
                continue;
            const QString text = tr("%1 (%2 of %3, %4)")
                                     .arg(section.title)
                                     .arg(section.tally.answered)
                                     .arg(section.tally.applicable)
                                     .arg(ragLabel(section.rag()));
            sectionItem->setText(0, text);
            sectionItem->setToolTip(0, text);
        }
    }
}

void WalkthroughView::followNavigator(QTreeWidgetItem *item)
{
    if (!item)
        return;
    QString questionId = item->data(0, QuestionIdRole).toString();
    if (questionId.isEmpty() && item->childCount() > 0)
        questionId =
            item->child(0)->data(0, QuestionIdRole).toString(); // a section: its first question
    if (!questionId.isEmpty() && questionId != m_page->questionId()) {
        m_page->showQuestion(questionId);
        Q_EMIT currentQuestionChanged(questionId);
    }
}

QString WalkthroughView::currentQuestion() const
{
    return m_page->questionId();
}

void WalkthroughView::goToQuestion(const QString &questionId)
{
    for (int s = 0; s < m_navigator->topLevelItemCount(); ++s) {
        QTreeWidgetItem *sectionItem = m_navigator->topLevelItem(s);
        for (int q = 0; q < sectionItem->childCount(); ++q) {
            QTreeWidgetItem *item = sectionItem->child(q);
            if (item->data(0, QuestionIdRole).toString() == questionId) {
                sectionItem->setExpanded(true);
                m_navigator->setCurrentItem(item);
                m_navigator->scrollToItem(item);
                followNavigator(item);
                return;
            }
        }
    }
}

void WalkthroughView::goToNext()
{
    const auto &questions = m_document->questions();
    const int index = m_document->indexOf(currentQuestion());
    if (index + 1 < questions.size())
        goToQuestion(questions.at(index + 1)->id);
}

void WalkthroughView::goToPrevious()
{
    const int index = m_document->indexOf(currentQuestion());
    if (index > 0)
        goToQuestion(m_document->questions().at(index - 1)->id);
}

bool WalkthroughView::goToNextUnanswered()
{
    const auto &questions = m_document->questions();
    const int start = m_document->indexOf(currentQuestion());
    for (int step = 1; step <= questions.size(); ++step) {
        const Question *candidate =
            questions.at((start + step + questions.size()) % questions.size());
        if (!isAnswered(m_document->answer(candidate->id).rating)) {
            goToQuestion(candidate->id);
            return true;
        }
    }
    return false;
}

} // namespace Waymark
