#include "summary/CompareView.h"

#include "bank/BankLibrary.h"
#include "bank/VersionMatch.h"
#include "chart/ScoreChartPainter.h"
#include "common/HeadingLabel.h"
#include "common/Jurisdictions.h"
#include "common/ReadOnlyTable.h"
#include "common/RefreshWhenShown.h"
#include "walkthrough/AssessmentDocument.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace Waymark {

namespace {

constexpr int QuestionIdRole = Qt::UserRole;

// When an assessment was made: its date, or when it was created if it has none.
QDateTime assessedWhen(const AssessmentInfo &info)
{
    if (info.date.isValid())
        return info.date.startOfDay(QTimeZone::utc());
    return info.created.toUTC();
}

bool sameAuthority(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// Scores compared as they are shown, to one decimal place, so the change adds up on screen.
std::optional<int> tenths(std::optional<double> score)
{
    if (!score)
        return std::nullopt;
    return qRound(*score * 10.0);
}

QString tenthsText(int value)
{
    return QLocale().toString(value / 10.0, 'f', 1);
}

QString ragText(const SectionScore *section)
{
    if (!section)
        return ragLabel(Rag::None);
    if (section->gateFailed)
        return CompareView::tr("%1, gate failed").arg(ragLabel(section->rag()));
    return ragLabel(section->rag());
}

const SectionScore *findSection(const ScoreReport &report, const QString &sectionId)
{
    for (const SectionScore &section : report.sections) {
        if (section.sectionId == sectionId)
            return &section;
    }
    return nullptr;
}

// Scores line up on the decimal point.
QStandardItem *scoreCell(std::optional<double> score)
{
    QStandardItem *item = readOnlyCell(ScoreChartPainter::scoreText(score));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Better or worse than every earlier answer the question stands for (several when earlier
// questions were merged into it); "changed" when they were not all rated, or it is between them.
QString ratingChange(const QList<Rating> &earlier, Rating now)
{
    if (earlier.isEmpty())
        return CompareView::tr("new question");
    const auto all = [&earlier](auto test) {
        return std::all_of(earlier.begin(), earlier.end(),
                           [&](Rating then) { return isRated(then) && test(ratingValue(then)); });
    };
    if (isRated(now)) {
        const int value = ratingValue(now);
        if (all([value](int then) { return then < value; }))
            return CompareView::tr("better");
        if (all([value](int then) { return then > value; }))
            return CompareView::tr("worse");
    }
    return CompareView::tr("changed");
}

} // namespace

CompareView::CompareView(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("compareView"));
    setAccessibleName(tr("Compare with an earlier assessment"));

    QVBoxLayout *layout = scrolledPage(this, QStringLiteral("compareScroll"), tr("Comparison"));
    QWidget *content = layout->parentWidget();

    m_comboLabel = new QLabel(tr("&Earlier assessment to compare with:"), content);
    m_comboLabel->setWordWrap(true);
    layout->addWidget(m_comboLabel);
    m_earlierCombo = new QComboBox(content);
    m_earlierCombo->setObjectName(QStringLiteral("earlierCombo"));
    m_earlierCombo->setAccessibleName(tr("Earlier assessment to compare with"));
    m_earlierCombo->setAccessibleDescription(
        tr("Earlier assessments of the same authority and role, newest first"));
    m_earlierCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_comboLabel->setBuddy(m_earlierCombo);
    layout->addWidget(m_earlierCombo, 0, Qt::AlignLeft);

    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("noEarlierLabel"));
    m_message->setAccessibleName(tr("About the comparison"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_message);

    m_comparison = new QWidget(content);
    auto *comparison = new QVBoxLayout(m_comparison);
    comparison->setContentsMargins(0, 0, 0, 0);

    m_versions = new QLabel(m_comparison);
    m_versions->setObjectName(QStringLiteral("versionNote"));
    m_versions->setWordWrap(true);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_versions->setAccessibleName(tr("Versions compared"));
    comparison->addWidget(m_versions);

    m_overall = new QLabel(m_comparison);
    m_overall->setObjectName(QStringLiteral("overallChange"));
    m_overall->setWordWrap(true);
    m_overall->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_overall->setAccessibleName(tr("Overall change"));
    comparison->addWidget(m_overall);

    QLabel *sectionsHeading = headingLabel(tr("&Sections then and now"), m_comparison);
    comparison->addWidget(sectionsHeading);
    m_sectionModel = new QStandardItemModel(0, 6, this);
    m_sectionModel->setHorizontalHeaderLabels({tr("Section"), tr("Earlier score"), tr("Score now"),
                                               tr("Change"), tr("RAG earlier"), tr("RAG now")});
    m_sectionView = new ReadOnlyTable(m_comparison);
    m_sectionView->setObjectName(QStringLiteral("sectionChanges"));
    m_sectionView->setAccessibleName(tr("Sections then and now"));
    m_sectionView->setAccessibleDescription(
        tr("Each section's score and RAG in the earlier assessment and now, and the change"));
    m_sectionView->setModel(m_sectionModel);
    m_sectionView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    sectionsHeading->setBuddy(m_sectionView);
    comparison->addWidget(m_sectionView);

    QLabel *questionsHeading = headingLabel(tr("&Questions whose answer changed"), m_comparison);
    comparison->addWidget(questionsHeading);
    m_questionModel = new QStandardItemModel(0, 5, this);
    m_questionModel->setHorizontalHeaderLabels(
        {tr("ID"), tr("Question"), tr("Earlier answer"), tr("Answer now"), tr("Change")});
    m_questionView = new ReadOnlyTable(m_comparison);
    m_questionView->setObjectName(QStringLiteral("questionChanges"));
    m_questionView->setAccessibleName(tr("Questions whose answer changed"));
    m_questionView->setAccessibleDescription(
        tr("The earlier answer, the answer now and whether it is better or worse. Press Enter to "
           "open a question."));
    m_questionView->setModel(m_questionModel);
    m_questionView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    questionsHeading->setBuddy(m_questionView);
    comparison->addWidget(m_questionView);
    m_noQuestionChanges = new QLabel(tr("No answer has changed since then."), m_comparison);
    m_noQuestionChanges->setObjectName(QStringLiteral("noQuestionChanges"));
    m_noQuestionChanges->setWordWrap(true);
    comparison->addWidget(m_noQuestionChanges);
    layout->addWidget(m_comparison);
    layout->addStretch(1);

    connect(m_questionView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString questionId =
            m_questionModel->index(index.row(), 0).data(QuestionIdRole).toString();
        if (!questionId.isEmpty())
            Q_EMIT questionRequested(questionId);
    });
    connect(m_earlierCombo, &QComboBox::currentIndexChanged, this, &CompareView::loadEarlier);
    // Not while the Compare tab is not showing: a note typed on the question page rescores.
    auto *refresher = new RefreshWhenShown(this, [this] { updateComparison(); });
    connect(m_document, &AssessmentDocument::scoresChanged, refresher, &RefreshWhenShown::changed);
    refresh();
}

qint64 CompareView::earlierId() const
{
    return m_earlier ? m_earlier->info.id : 0;
}

QString CompareView::changeText(std::optional<double> earlier, std::optional<double> now)
{
    const std::optional<int> then = tenths(earlier);
    const std::optional<int> current = tenths(now);
    if (!then && !current)
        return tr("no score");
    if (!then)
        return tr("new score");
    if (!current)
        return tr("no score now");
    const int difference = *current - *then;
    if (difference > 0)
        return tr("▲ up %1").arg(tenthsText(difference));
    if (difference < 0)
        return tr("▼ down %1").arg(tenthsText(-difference));
    return tr("no change");
}

QString CompareView::candidateLabel(const AssessmentInfo &info) const
{
    const QString format = QStringLiteral("d MMMM yyyy");
    QStringList parts;
    if (info.date.isValid())
        parts.append(QLocale().toString(info.date, format));
    else
        parts.append(tr("created %1").arg(QLocale().toString(info.created.date(), format)));
    parts.append(info.respondent.trimmed().isEmpty() ? tr("no name given") : info.respondent);
    if (!info.title.trimmed().isEmpty())
        parts.append(info.title);
    return parts.join(QStringLiteral(" — "));
}

void CompareView::refresh()
{
    const qint64 chosen = earlierId();
    const AssessmentInfo &self = m_document->assessment().info;
    const QDateTime selfWhen = assessedWhen(self);

    StoreError error;
    QList<AssessmentSummary> all = m_document->store().listAssessments(&error);
    QList<AssessmentInfo> candidates;
    for (const AssessmentSummary &summary : std::as_const(all)) {
        const AssessmentInfo &info = summary.info;
        if (info.id == self.id || info.roleId != self.roleId ||
            !sameAuthority(info.authority, self.authority))
            continue;
        if (assessedWhen(info) < selfWhen)
            candidates.append(info);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const AssessmentInfo &a, const AssessmentInfo &b) {
                         return assessedWhen(a) > assessedWhen(b);
                     });

    {
        const QSignalBlocker blocker(m_earlierCombo);
        m_earlierCombo->clear();
        for (const AssessmentInfo &info : std::as_const(candidates))
            m_earlierCombo->addItem(candidateLabel(info), info.id);
        const int keep = m_earlierCombo->findData(chosen);
        m_earlierCombo->setCurrentIndex(keep >= 0 ? keep : (candidates.isEmpty() ? -1 : 0));
    }

    if (error.isError()) {
        m_earlier.reset();
        showMessage(tr("The list of assessments could not be read: %1").arg(error.message));
        return;
    }
    if (candidates.isEmpty()) {
        m_earlier.reset();
        const Role *role = m_document->bank().role(self.roleId);
        const QString authority =
            self.authority.trimmed().isEmpty() ? tr("this authority") : self.authority;
        showMessage(tr("There is no earlier assessment of the same authority (%1) and role (%2) "
                       "to compare with. When an earlier one is in this database, for example "
                       "imported from an exchange file, it is offered here.")
                        .arg(authority, role ? role->title : self.roleId));
        return;
    }
    loadEarlier();
}

void CompareView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(true);
    const bool haveCandidates = m_earlierCombo->count() > 0;
    m_comboLabel->setVisible(haveCandidates);
    m_earlierCombo->setVisible(haveCandidates);
    m_comparison->setVisible(false);
}

void CompareView::loadEarlier()
{
    const qint64 id = m_earlierCombo->currentData().toLongLong();
    if (id <= 0) {
        m_earlier.reset();
        return;
    }
    StoreError error;
    m_earlier = m_document->store().loadAssessment(id, &error);
    if (!m_earlier) {
        showMessage(tr("The earlier assessment could not be read: %1").arg(error.message));
        return;
    }
    // Scored against its own bank, as it was when it was answered: an earlier version's questions
    // and gates, under its own law. Questions are paired up across versions in fillQuestions().
    QString note;
    m_earlierBank = &m_document->banks().forAssessment(m_earlier->info, &note);
    m_earlierScores = Scorer::score(*m_earlierBank, *m_earlier);

    const QuestionBank &own = m_document->bank();
    const AssessmentInfo &self = m_document->assessment().info;
    const AssessmentInfo &then = m_earlier->info;
    QStringList about;
    if (!note.isEmpty())
        about.append(note);
    switch (VersionMatch(m_document->banks(), own, *m_earlierBank).way()) {
    case VersionMatch::Way::SameVersion:
        break;
    case VersionMatch::Way::Mapping:
        about.append(tr("The earlier assessment was answered against version %1 of the questions, "
                        "this one against version %2. Each is scored against its own version; "
                        "questions are compared through the mapping between the two.")
                         .arg(m_earlierBank->version, own.version));
        break;
    case VersionMatch::Way::ById:
        about.append(tr("The earlier assessment was answered against %1 version %2, this one "
                        "against %3 version %4, and no mapping links them. Each is scored against "
                        "its own questions; questions are compared by their id.")
                         .arg(m_earlierBank->id, m_earlierBank->version, own.id, own.version));
        break;
    }
    if (then.jurisdiction != self.jurisdiction) {
        about.append(
            tr("The earlier assessment was made under the law of %1, this one under the "
               "law of %2.")
                .arg(jurisdictionTitle(m_document->banks(), *m_earlierBank, then.jurisdiction),
                     jurisdictionTitle(m_document->banks(), own, self.jurisdiction)));
    }
    m_versions->setText(about.join(QLatin1Char(' ')));
    m_versions->setVisible(!about.isEmpty());
    m_message->setVisible(false);
    m_comboLabel->setVisible(true);
    m_earlierCombo->setVisible(true);
    m_comparison->setVisible(true);
    updateComparison();
}

void CompareView::updateComparison()
{
    if (!m_earlier)
        return;
    const ScoreReport &now = m_document->scores();
    m_overall->setText(tr("Overall score: %1 then, %2 now (%3). Gateway: %4 then, %5 now.")
                           .arg(ScoreChartPainter::scoreText(m_earlierScores.overall.score()),
                                ScoreChartPainter::scoreText(now.overall.score()),
                                changeText(m_earlierScores.overall.score(), now.overall.score()),
                                gatewayLabel(m_earlierScores.gateway), gatewayLabel(now.gateway)));
    fillSections();
    fillQuestions();
}

void CompareView::fillSections()
{
    const ScoreReport &now = m_document->scores();
    m_sectionModel->removeRows(0, m_sectionModel->rowCount());
    for (const SectionScore &section : now.sections) {
        const SectionScore *earlier = findSection(m_earlierScores, section.sectionId);
        const std::optional<double> then =
            earlier ? earlier->tally.score() : std::optional<double>();
        QStandardItem *title = readOnlyCell(section.title);
        title->setData(section.sectionId, Qt::UserRole);
        m_sectionModel->appendRow({title, scoreCell(then), scoreCell(section.tally.score()),
                                   changeCell(changeText(then, section.tally.score())),
                                   readOnlyCell(ragText(earlier)),
                                   readOnlyCell(ragText(&section))});
    }
    // A section of an earlier version that this one no longer has.
    for (const SectionScore &earlier : m_earlierScores.sections) {
        if (findSection(now, earlier.sectionId))
            continue;
        QStandardItem *title = readOnlyCell(earlier.title);
        title->setData(earlier.sectionId, Qt::UserRole);
        m_sectionModel->appendRow({title, scoreCell(earlier.tally.score()), scoreCell(std::nullopt),
                                   changeCell(changeText(earlier.tally.score(), std::nullopt)),
                                   readOnlyCell(ragText(&earlier)),
                                   readOnlyCell(ragText(nullptr))});
    }
}

QString CompareView::earlierAnswerText(const QStringList &earlierIds,
                                       const QString &questionId) const
{
    if (earlierIds.isEmpty())
        return tr("not asked then");
    if (earlierIds.size() == 1) {
        const QString answer = ratingLabel(m_earlier->rating(earlierIds.constFirst()));
        return earlierIds.constFirst() == questionId
                   ? answer
                   : tr("%1 (as %2)").arg(answer, earlierIds.constFirst());
    }
    QStringList answers;
    for (const QString &id : earlierIds)
        answers.append(tr("%1: %2").arg(id, ratingLabel(m_earlier->rating(id))));
    return answers.join(QStringLiteral("; "));
}

void CompareView::fillQuestions()
{
    m_questionModel->removeRows(0, m_questionModel->rowCount());
    const VersionMatch match(m_document->banks(), m_document->bank(), *m_earlierBank);
    for (const Question *question : m_document->questions()) {
        // The earlier questions this one stands for that were put to the earlier member's role.
        QStringList earlierIds;
        QList<Rating> earlier;
        for (const QString &id : match.otherIdsOf(question->id)) {
            if (m_earlierBank->question(id)->appliesTo(m_earlier->info.roleId)) {
                earlierIds.append(id);
                earlier.append(m_earlier->rating(id));
            }
        }
        const Rating now = m_document->answer(question->id).rating;
        const bool same =
            std::all_of(earlier.begin(), earlier.end(), [now](Rating then) { return then == now; });
        // A question not asked then has changed once it is answered now.
        if (same && (!earlier.isEmpty() || now == Rating::Unanswered))
            continue;
        QStandardItem *id = readOnlyCell(question->id);
        id->setData(question->id, QuestionIdRole);
        m_questionModel->appendRow({id, readOnlyCell(question->text),
                                    readOnlyCell(earlierAnswerText(earlierIds, question->id)),
                                    readOnlyCell(ratingLabel(now)),
                                    readOnlyCell(ratingChange(earlier, now))});
    }
    const bool any = m_questionModel->rowCount() > 0;
    m_questionView->setVisible(any);
    m_noQuestionChanges->setVisible(!any);
}

} // namespace Waymark
