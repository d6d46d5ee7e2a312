#include "workshop/WorkshopRoundDialog.h"

#include "common/AnswerChoices.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Waymark {

namespace {

constexpr int FirstChoiceColumn = 2; // after the member and the answer in words
constexpr int ChoiceCount = AnswerChoiceCount;

} // namespace

WorkshopRoundDialog::WorkshopRoundDialog(AssessmentStore &store, const QuestionBank &bank,
                                         qint64 workshopId, const QStringList &questionIds,
                                         const QString &startQuestion, bool anonymised,
                                         QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_bank(bank)
    , m_workshopId(workshopId)
    , m_questionIds(questionIds)
    , m_anonymised(anonymised)
{
    setObjectName(QStringLiteral("workshopRoundDialog"));
    setWindowTitle(tr("Round entry"));

    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("roundPosition"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("roundQuestionText"));
    m_text->setWordWrap(true);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_text->setFont(big);
    auto *help = new QLabel(tr("For each member in turn press 3, 2, 1 or 0, D for Don't know or "
                               "N for Not applicable; the next member is chosen for you. Delete "
                               "clears an answer. Answers are saved as you go."),
                            this);
    help->setWordWrap(true);

    m_table = new QTableWidget(0, FirstChoiceColumn + ChoiceCount, this);
    m_table->setObjectName(QStringLiteral("roundTable"));
    m_table->setAccessibleName(tr("Members' answers to this question"));
    QStringList headers{tr("Member"), tr("Answer")};
    for (const AnswerChoice &choice : AnswerChoices)
        headers.append(
            QStringLiteral("%1 %2").arg(QLatin1String(choice.key), ratingLabel(choice.rating)));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column >= FirstChoiceColumn)
            setAnswer(row, AnswerChoices[column - FirstChoiceColumn].rating);
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("roundStatus"));
    m_status->setWordWrap(true);

    m_previous = new QPushButton(tr("&Previous question"), this);
    m_previous->setObjectName(QStringLiteral("roundPreviousButton"));
    m_previous->setAccessibleName(tr("Previous question"));
    m_previous->setAutoDefault(false);
    m_next = new QPushButton(tr("&Next question"), this);
    m_next->setObjectName(QStringLiteral("roundNextButton"));
    m_next->setAccessibleName(tr("Next question"));
    m_next->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("roundCloseButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close round entry"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previous, &QPushButton::clicked, this, [this] { showQuestion(m_index - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showQuestion(m_index + 1); });

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addWidget(m_next);
    navigation->addStretch(1);
    navigation->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_position);
    layout->addWidget(m_text);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(navigation);
    resize(900, 560);

    reload();
    showQuestion(qMax(0, int(m_questionIds.indexOf(startQuestion))));
}

QString WorkshopRoundDialog::questionId() const
{
    return m_questionIds.value(m_index);
}

bool WorkshopRoundDialog::reload()
{
    StoreError error;
    std::optional<Workshop> loaded = m_store.loadWorkshop(m_workshopId, &error);
    if (!loaded) {
        m_status->setText(error.message);
        return false;
    }
    m_workshop = std::move(*loaded);
    return true;
}

void WorkshopRoundDialog::showQuestion(int index)
{
    if (m_questionIds.isEmpty()) {
        m_position->setText(tr("No questions to go through."));
        m_text->clear();
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        return;
    }
    m_index = qBound(0, index, int(m_questionIds.size()) - 1);
    const Question *question = m_bank.question(questionId());
    const Section *section = question ? m_bank.section(question->sectionId) : nullptr;
    m_position->setText(tr("Question %1 (%2 of %3)%4")
                            .arg(questionId())
                            .arg(m_index + 1)
                            .arg(m_questionIds.size())
                            .arg(section ? tr(" in %1").arg(section->title) : QString()));
    m_text->setText(question ? question->text : QString());
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < m_questionIds.size());
    fillTable();
    m_table->setFocus();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
}

void WorkshopRoundDialog::fillTable()
{
    const Question *question = m_bank.question(questionId());
    m_rows.clear();
    m_table->setRowCount(0);
    if (!question)
        return;
    for (int i = 0; i < m_workshop.participants.size(); ++i) {
        if (question->appliesTo(m_workshop.participants.at(i).info.roleId))
            m_rows.append(i);
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const int member = m_rows.at(row);
        const Rating rating = m_workshop.participants.at(member).rating(question->id);
        m_table->setItem(row, 0,
                         new QTableWidgetItem(m_workshop.participantLabel(member, m_anonymised)));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(rating == Rating::Unanswered ? tr("not answered yet")
                                                                           : ratingLabel(rating)));
        for (int c = 0; c < ChoiceCount; ++c) {
            const bool chosen = AnswerChoices[c].rating == rating;
            // A tick and the word, never a colour alone; a screen reader hears the choice.
            auto *item = new QTableWidgetItem(chosen ? tr("✔ chosen") : QString());
            item->setTextAlignment(Qt::AlignCenter);
            item->setData(Qt::AccessibleTextRole,
                          chosen ? tr("%1, chosen").arg(ratingLabel(AnswerChoices[c].rating))
                                 : ratingLabel(AnswerChoices[c].rating));
            m_table->setItem(row, FirstChoiceColumn + c, item);
        }
    }
    m_status->setText(m_rows.isEmpty() ? tr("This question applies to none of the members.")
                                       : QString());
}

void WorkshopRoundDialog::setAnswer(int row, Rating rating)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Assessment &member = m_workshop.participants[m_rows.at(row)];
    Answer answer = member.answer(questionId());
    answer.rating = rating;
    answer.updated = QDateTime::currentDateTimeUtc();
    StoreError error;
    if (!m_store.saveAnswer(member.info.id, questionId(), answer, &error)) {
        QMessageBox::warning(this, tr("The answer was not saved"), error.message);
        return;
    }
    m_changed = true;
    member.setAnswer(questionId(), answer);
    fillTable();
    m_status->setText(tr("Saved: %1, %2.")
                          .arg(m_workshop.participantLabel(m_rows.at(row), m_anonymised),
                               rating == Rating::Unanswered ? tr("cleared") : ratingLabel(rating)));
    if (row + 1 < m_rows.size()) {
        m_table->setCurrentCell(row + 1, 0);
    } else {
        m_table->setCurrentCell(row, 0);
        if (m_next->isEnabled())
            m_status->setText(m_status->text() + QLatin1Char(' ') +
                              tr("That was the last member: Alt+N goes to the next question."));
    }
}

bool WorkshopRoundDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
            return QDialog::eventFilter(watched, event);
        for (const AnswerChoice &choice : AnswerChoices) {
            if (key->key() == choice.qtKey) {
                setAnswer(m_table->currentRow(), choice.rating);
                return true;
            }
        }
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            setAnswer(m_table->currentRow(), Rating::Unanswered);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Waymark
