#include "trend/TrendView.h"

#include "bank/BankLibrary.h"
#include "chart/ScoreChartPainter.h"
#include "common/HeadingLabel.h"
#include "common/ReadOnlyTable.h"
#include "common/RefreshWhenShown.h"
#include "summary/CompareView.h"
#include "trend/TrendChartWidget.h"
#include "walkthrough/AssessmentDocument.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Waymark {

namespace {

constexpr int QuestionIdRole = Qt::UserRole;

QString scoreWithRag(std::optional<double> score, Rag rag)
{
    if (!score)
        return ScoreChartPainter::scoreText(score);
    return TrendView::tr("%1, %2").arg(ScoreChartPainter::scoreText(score), ragLabel(rag));
}

QString sectionText(const std::optional<SectionScore> &section)
{
    if (!section)
        return TrendView::tr("not asked");
    QString text = scoreWithRag(section->tally.score(), section->rag());
    if (section->gateFailed)
        text = TrendView::tr("%1, gate failed").arg(text);
    return text;
}

QTableView *addTable(QVBoxLayout *layout, QWidget *parent, const QString &heading,
                     const char *objectName, const QString &description, QStandardItemModel *model,
                     QLabel **headingOut = nullptr)
{
    QLabel *label = headingLabel(heading, parent);
    layout->addWidget(label);
    auto *view = new ReadOnlyTable(parent);
    view->setObjectName(QLatin1String(objectName));
    QString name = heading;
    view->setAccessibleName(name.remove(QLatin1Char('&')));
    view->setAccessibleDescription(description);
    view->setModel(model);
    label->setBuddy(view);
    layout->addWidget(view);
    if (headingOut)
        *headingOut = label;
    return view;
}

} // namespace

TrendView::TrendView(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("trendView"));
    setAccessibleName(tr("Trend"));

    QVBoxLayout *layout = scrolledPage(this, QStringLiteral("trendScroll"), tr("Trend"));
    QWidget *page = layout->parentWidget();

    m_about = new QLabel(page);
    m_about->setObjectName(QStringLiteral("trendAbout"));
    m_about->setAccessibleName(tr("About the trend"));
    m_about->setWordWrap(true);
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_about);

    m_content = new QWidget(page);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    m_withSections = new QCheckBox(tr("Show each section on the &chart"), m_content);
    m_withSections->setObjectName(QStringLiteral("trendWithSections"));
    m_withSections->setAccessibleName(tr("Show each section on the chart"));
    content->addWidget(m_withSections);
    m_chart = new TrendChartWidget(m_content);
    content->addWidget(m_chart);

    m_cycleModel = new QStandardItemModel(0, 5, this);
    m_cycleModel->setHorizontalHeaderLabels(
        {tr("Date"), tr("Member"), tr("Question bank"), tr("Overall score"), tr("Gateway")});
    m_cycleView = addTable(content, m_content, tr("&Assessments"), "trendCycles",
                           tr("Each assessment in date order, with the version of the questions "
                              "it was scored against, its overall score and its gateway"),
                           m_cycleModel);

    m_sectionModel = new QStandardItemModel(this);
    m_sectionView = addTable(content, m_content, tr("Sec&tions"), "trendSections",
                             tr("Each section's score in each assessment, and the change from the "
                                "first score to the last"),
                             m_sectionModel);

    m_questionModel = new QStandardItemModel(this);
    m_questionView =
        addTable(content, m_content, tr("&Questions that moved"), "trendQuestions",
                 tr("Questions whose rating moved from the first assessment that rated them to "
                    "the last, followed through the mapping between versions. Press Enter to "
                    "open a question."),
                 m_questionModel);
    m_noneMoved = new QLabel(tr("No question's rating has moved."), m_content);
    m_noneMoved->setObjectName(QStringLiteral("trendNoneMoved"));
    m_noneMoved->setWordWrap(true);
    content->addWidget(m_noneMoved);

    m_retiredModel = new QStandardItemModel(this);
    m_retiredView = addTable(content, m_content, tr("Questions &no longer asked"), "trendRetired",
                             tr("Questions an earlier assessment was asked that the newest "
                                "version no longer asks, and why"),
                             m_retiredModel, &m_retiredHeading);
    layout->addWidget(m_content);
    layout->addStretch(1);

    connect(m_withSections, &QCheckBox::toggled, this, &TrendView::showChart);
    connect(m_questionView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString questionId =
            m_questionModel->index(index.row(), 0).data(QuestionIdRole).toString();
        // Only a question this assessment has can be opened.
        if (m_document->indexOf(questionId) >= 0)
            Q_EMIT questionRequested(questionId);
    });
    // Not while the Trend tab is not showing: every change reads the other assessments again.
    auto *refresher = new RefreshWhenShown(this, [this] { refresh(); });
    connect(m_document, &AssessmentDocument::scoresChanged, refresher, &RefreshWhenShown::changed);
    refresh();
}

QString TrendView::cycleDate(int cycle) const
{
    const QDate date = m_trend.cycles.at(cycle).assessment.info.date;
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : tr("no date");
}

void TrendView::refresh()
{
    const AssessmentInfo &self = m_document->assessment().info;
    const Role *role = m_document->bank().role(self.roleId);
    const QString roleTitle = role ? role->title : self.roleId;
    const QString authority =
        self.authority.trimmed().isEmpty() ? tr("this authority") : self.authority.simplified();

    StoreError error;
    const std::optional<QList<Assessment>> cycles = m_document->trendCycles(&error);
    if (!cycles) {
        m_trend = Trend();
        m_about->setText(tr("The assessments could not be read: %1").arg(error.message));
        m_content->setVisible(false);
        return;
    }
    m_trend = Trend::build(*cycles, m_document->banks(), self.authority, self.roleId);
    if (!m_trend.hasEarlierCycles()) {
        m_about->setText(tr("This is the only assessment of %1 as %2 in this database. When "
                            "others are here, for example imported from exchange files, this "
                            "page shows how the scores moved from one to the next.")
                             .arg(authority, roleTitle));
        m_content->setVisible(false);
        return;
    }
    QStringList about = {
        tr("Every assessment of %1 as %2 in this database, oldest first. Each is scored against "
           "the version of the questions it was answered against, under its own law; a question "
           "is followed from one version to the next through the question bank's mapping.")
            .arg(authority, roleTitle)};
    for (const TrendCycle &cycle : std::as_const(m_trend.cycles)) {
        if (!cycle.note.isEmpty() && !about.contains(cycle.note))
            about.append(cycle.note);
    }
    m_about->setText(about.join(QLatin1Char(' ')));
    m_content->setVisible(true);
    showChart();
    fillCycles();
    fillSections();
    fillQuestions();
    fillRetired();
}

void TrendView::showChart()
{
    m_chart->setData(m_trend.chartData(m_withSections->isChecked()));
}

void TrendView::fillCycles()
{
    m_cycleModel->removeRows(0, m_cycleModel->rowCount());
    const qint64 self = m_document->id();
    for (int i = 0; i < m_trend.cycles.size(); ++i) {
        const TrendCycle &cycle = m_trend.cycles.at(i);
        const AssessmentInfo &info = cycle.assessment.info;
        const QString date =
            info.id == self ? tr("%1 (this assessment)").arg(cycleDate(i)) : cycleDate(i);
        const std::optional<double> score = cycle.scores.overall.score();
        m_cycleModel->appendRow(
            {readOnlyCell(date),
             readOnlyCell(info.respondent.trimmed().isEmpty() ? tr("no name given")
                                                              : info.respondent),
             readOnlyCell(tr("version %1").arg(cycle.bankVersion)),
             readOnlyCell(scoreWithRag(score, score ? cycle.scores.overallRag() : Rag::None)),
             readOnlyCell(gatewayLabel(cycle.scores.gateway))});
    }
    m_cycleView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void TrendView::fillSections()
{
    m_sectionModel->clear();
    QStringList header = {tr("Section")};
    for (int i = 0; i < m_trend.cycles.size(); ++i)
        header.append(cycleDate(i));
    header.append(tr("Change"));
    m_sectionModel->setHorizontalHeaderLabels(header);
    for (const TrendSection &section : std::as_const(m_trend.sections)) {
        QList<QStandardItem *> row = {readOnlyCell(section.title)};
        for (const std::optional<SectionScore> &score : section.cycles)
            row.append(readOnlyCell(sectionText(score)));
        const auto ends = section.ends();
        row.append(
            changeCell(ends ? CompareView::changeText(ends->first, ends->second) : QString()));
        m_sectionModel->appendRow(row);
    }
    m_sectionView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void TrendView::fillQuestions()
{
    m_questionModel->clear();
    QStringList header = {tr("ID"), tr("Question")};
    for (int i = 0; i < m_trend.cycles.size(); ++i)
        header.append(cycleDate(i));
    header.append(tr("Movement"));
    m_questionModel->setHorizontalHeaderLabels(header);
    for (const TrendQuestion *question : m_trend.moved()) {
        QStandardItem *id = readOnlyCell(question->questionId);
        id->setData(question->questionId, QuestionIdRole);
        QList<QStandardItem *> row = {id, readOnlyCell(question->text)};
        for (const TrendAnswer &answer : question->cycles)
            row.append(readOnlyCell(answer.text(question->questionId)));
        row.append(changeCell(question->movement() == TrendQuestion::Movement::Up ? tr("▲ better")
                                                                                  : tr("▼ worse")));
        m_questionModel->appendRow(row);
    }
    const bool any = m_questionModel->rowCount() > 0;
    m_questionView->setVisible(any);
    m_noneMoved->setVisible(!any);
    m_questionView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void TrendView::fillRetired()
{
    m_retiredModel->clear();
    m_retiredModel->setHorizontalHeaderLabels(
        {tr("ID"), tr("Question"), tr("Answers"), tr("Why it is no longer asked")});
    for (const TrendRetired &retired : std::as_const(m_trend.retired)) {
        QStringList answers;
        for (int i = 0; i < retired.cycles.size() && i < m_trend.cycles.size(); ++i) {
            if (retired.cycles.at(i))
                answers.append(tr("%1: %2").arg(cycleDate(i), ratingLabel(*retired.cycles.at(i))));
        }
        m_retiredModel->appendRow(
            {readOnlyCell(tr("%1 (version %2)").arg(retired.questionId, retired.bankVersion)),
             readOnlyCell(retired.text), readOnlyCell(answers.join(QStringLiteral("; "))),
             readOnlyCell(retired.reason)});
    }
    const bool any = m_retiredModel->rowCount() > 0;
    m_retiredHeading->setVisible(any);
    m_retiredView->setVisible(any);
    m_retiredView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

} // namespace Waymark
