#include "workshop/WorkshopAgreePanel.h"

#include "common/AnswerChoices.h"
#include "workshop/WorkshopSpreadChart.h"
#include "workshop/WorkshopSpreadModel.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Waymark {

namespace {

// How long typing may pause before the note is saved: each keystroke is not worth a write.
constexpr int NoteSaveDelayMs = 700;

} // namespace

WorkshopAgreePanel::WorkshopAgreePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("agreePanel"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("agreeHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("agreeQuestionText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new WorkshopSpreadChart(this);
    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("agreeRangeLabel"));
    m_range->setWordWrap(true);

    auto *box = new QGroupBox(tr("What the room agrees"), this);
    box->setObjectName(QStringLiteral("agreeBox"));
    m_answerArea = box;
    auto *grid = new QGridLayout(box);
    m_buttons = new QButtonGroup(this);
    m_buttons->setExclusive(false); // the checked state follows what is saved, set by hand
    int index = 0;
    for (const AnswerChoice &choice : AnswerChoices) {
        const QString key = QString::fromLatin1(choice.key);
        auto *button =
            new QPushButton(QStringLiteral("%1  %2").arg(key, ratingLabel(choice.rating)), box);
        button->setObjectName(QStringLiteral("agree_%1").arg(ratingKey(choice.rating)));
        button->setCheckable(true);
        button->setAccessibleName(tr("Agree: %1").arg(ratingLabel(choice.rating)));
        button->setToolTip(tr("Press %1").arg(key));
        m_buttons->addButton(button, int(choice.rating));
        grid->addWidget(button, index / 2, index % 2);
        ++index;
    }
    m_clear = new QPushButton(tr("Clear the agreed answer"), box);
    m_clear->setObjectName(QStringLiteral("agreeClearButton"));
    m_clear->setAccessibleName(tr("Clear the agreed answer"));
    m_clear->setToolTip(tr("Press Delete"));
    grid->addWidget(m_clear, index / 2, 0, 1, 2);
    m_agreed = new QLabel(box);
    m_agreed->setObjectName(QStringLiteral("agreedLabel"));
    m_agreed->setWordWrap(true);
    grid->addWidget(m_agreed, index / 2 + 1, 0, 1, 2);

    auto *noteLabel = new QLabel(tr("Dissent or no&te:"), box);
    m_note = new QPlainTextEdit(box);
    m_note->setObjectName(QStringLiteral("agreeNoteEdit"));
    m_note->setAccessibleName(tr("Dissent or note"));
    m_note->setAccessibleDescription(
        tr("Who disagreed and why, or anything the room wants to remember."));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);
    noteLabel->setBuddy(m_note);
    grid->addWidget(noteLabel, index / 2 + 2, 0, 1, 2);
    grid->addWidget(m_note, index / 2 + 3, 0, 1, 2);

    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(NoteSaveDelayMs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_chart);
    layout->addWidget(m_range);
    layout->addWidget(box);
    layout->addStretch(1);

    connect(m_buttons, &QButtonGroup::idClicked, this,
            [this](int id) { choose(static_cast<Rating>(id)); });
    connect(m_clear, &QPushButton::clicked, this, [this] { choose(Rating::Unanswered); });
    connect(m_note, &QPlainTextEdit::textChanged, m_noteTimer, qOverload<>(&QTimer::start));
    connect(m_noteTimer, &QTimer::timeout, this, &WorkshopAgreePanel::emitChange);
    setSpread(QuestionSpread());
}

QString WorkshopAgreePanel::questionId() const
{
    return m_spread.question ? m_spread.question->id : QString();
}

void WorkshopAgreePanel::setSpread(const QuestionSpread &spread)
{
    const bool sameQuestion = spread.question == m_spread.question;
    if (!sameQuestion)
        flushNote();
    m_spread = spread;
    m_rating = spread.agreed;
    const bool has = spread.question != nullptr;
    m_answerArea->setEnabled(has);
    m_chart->setVisible(has);
    if (!has) {
        m_heading->setText(tr("Choose a question"));
        m_text->setText(tr("Choose a question in the table to see how the members answered "
                           "and to record what the room agrees."));
        m_range->clear();
        m_agreed->clear();
    } else {
        const Question &question = *spread.question;
        m_heading->setText(question.gate ? tr("Question %1: a statutory gate").arg(question.id)
                                         : tr("Question %1").arg(question.id));
        m_text->setText(question.text);
        m_chart->setSpread(spread);
        QString range = tr("%n member(s) asked this question.", nullptr, spread.applicable);
        if (spread.lowest) {
            range += QLatin1Char(' ') +
                     tr("Ratings from %1 to %2.").arg(*spread.lowest).arg(*spread.highest);
        }
        if (spread.disagreement())
            range += QLatin1Char(' ') + tr("Members disagree: their ratings are %n levels apart.",
                                           nullptr, spread.spread().value_or(0));
        m_range->setText(range);
        m_agreed->setText(tr("Agreed: %1").arg(WorkshopSpreadModel::agreedText(spread.agreed)));
    }
    for (QAbstractButton *button : m_buttons->buttons())
        button->setChecked(m_buttons->id(button) == int(m_rating) && has);
    m_clear->setEnabled(has && m_rating != Rating::Unanswered);
    if (!sameQuestion || !m_note->hasFocus()) {
        // Never rewrite the note under the facilitator's cursor.
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(spread.agreedNote);
        m_noteTimer->stop();
    }
}

void WorkshopAgreePanel::choose(Rating rating)
{
    if (!m_spread.question)
        return;
    m_rating = rating;
    m_noteTimer->stop();
    emitChange();
}

void WorkshopAgreePanel::flushNote()
{
    if (m_noteTimer->isActive()) {
        m_noteTimer->stop();
        emitChange();
    }
}

void WorkshopAgreePanel::emitChange()
{
    if (m_spread.question)
        Q_EMIT agreedChanged(m_spread.question->id, m_rating, m_note->toPlainText());
}

} // namespace Waymark
