#include "walkthrough/QuestionPage.h"

#include "common/AnswerChoices.h"
#include "glossary/GlossaryLabel.h"
#include "walkthrough/AssessmentDocument.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace Waymark {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped()), parent);
    label->setTextFormat(Qt::RichText);
    return label;
}

// Plain text that follows the last edit without moving the member's cursor.
void setTextKeepingCursor(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setPlainText(text);
    edit->moveCursor(QTextCursor::End);
}

} // namespace

QuestionPage::QuestionPage(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("questionPage"));

    m_section = new QLabel(this);
    m_section->setObjectName(QStringLiteral("sectionLabel"));
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("positionLabel"));
    m_gate = new QLabel(tr("Statutory gate: the law requires this. Not met or Partially met "
                           "fails the gateway."),
                        this);
    m_gate->setObjectName(QStringLiteral("gateLabel"));
    m_gate->setWordWrap(true);

    m_text = new GlossaryLabel(this);
    m_text->setObjectName(QStringLiteral("questionText"));
    m_text->setAccessibleName(tr("Question"));
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_text->setFont(big);
    // A Welsh reader must see that an English question is a gap in the translation, not a
    // mistake: the bank falls back to English question by question.
    m_untranslated = new QLabel(tr("Not yet translated: shown in English"), this);
    m_untranslated->setObjectName(QStringLiteral("untranslatedLabel"));
    m_untranslated->setVisible(false);

    m_why = new GlossaryLabel(this);
    m_why->setObjectName(QStringLiteral("whyText"));
    m_why->setAccessibleName(tr("Why this matters"));
    m_howToKnow = new GlossaryLabel(this);
    m_howToKnow->setObjectName(QStringLiteral("howToKnowText"));
    m_howToKnow->setAccessibleName(tr("How would you know?"));
    m_basis = new QLabel(this);
    m_basis->setObjectName(QStringLiteral("basisLabel"));
    m_basis->setWordWrap(true);

    // The answers: a large button each, with what that level looks like beside it.
    auto *answerBox = new QGroupBox(tr("Your answer"), this);
    answerBox->setObjectName(QStringLiteral("answerBox"));
    auto *grid = new QGridLayout(answerBox);
    m_ratings = new QButtonGroup(this);
    m_ratings->setExclusive(false); // so that choosing the checked answer again clears it
    int row = 0;
    for (const AnswerChoice &choice : AnswerChoices) {
        const QString key = QString::fromLatin1(choice.key);
        auto *button = new QPushButton(
            QStringLiteral("%1  %2").arg(key, ratingLabel(choice.rating)), answerBox);
        button->setObjectName(QStringLiteral("rating_%1").arg(ratingKey(choice.rating)));
        button->setCheckable(true);
        button->setProperty("key", key);
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        button->setAccessibleName(ratingLabel(choice.rating));
        button->setToolTip(tr("Press %1").arg(key));
        m_ratings->addButton(button, int(choice.rating));
        auto *level = new QLabel(answerBox);
        level->setWordWrap(true);
        level->setObjectName(QStringLiteral("level_%1").arg(ratingKey(choice.rating)));
        m_levelLabels.append(level);
        grid->addWidget(button, row, 0);
        grid->addWidget(level, row, 1);
        ++row;

        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        const Rating rating = choice.rating;
        connect(shortcut, &QShortcut::activated, this, [this, rating] { chooseRating(rating); });
    }
    grid->setColumnStretch(1, 1);
    connect(m_ratings, &QButtonGroup::idClicked, this,
            [this](int id) { chooseRating(Rating(id)); });

    m_evidence = new QPlainTextEdit(this);
    m_evidence->setObjectName(QStringLiteral("evidenceEdit"));
    m_evidence->setAccessibleName(tr("How do you know? Your evidence"));
    m_evidence->setPlaceholderText(tr("How do you know? A report, a meeting, a figure, a visit…"));
    m_evidence->setTabChangesFocus(true);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Note or question to ask officers"));
    m_note->setPlaceholderText(tr("A note, or a question to ask officers"));
    m_note->setTabChangesFocus(true);
    for (QPlainTextEdit *edit : {m_evidence, m_note})
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
    // Says why a change to the evidence or the note was not made (a text at its length limit).
    m_textRefused = new QLabel(this);
    m_textRefused->setObjectName(QStringLiteral("textRefusedLabel"));
    m_textRefused->setAccessibleName(tr("Why the text was not changed"));
    m_textRefused->setWordWrap(true);
    m_textRefused->setVisible(false);
    m_flag = new QCheckBox(tr("F&lag this question for follow-up"), this);
    m_flag->setObjectName(QStringLiteral("flagCheck"));
    m_flag->setAccessibleName(tr("Flag for follow-up"));

    auto *addAction = new QPushButton(tr("Add an &action for this question"), this);
    addAction->setObjectName(QStringLiteral("addActionForQuestion"));
    addAction->setAccessibleName(tr("Add an action for this question"));

    m_previous = new QPushButton(tr("&Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_previous->setAccessibleName(tr("Previous question"));
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setAccessibleName(tr("Next question"));
    auto *nextUnanswered = new QPushButton(tr("Next &unanswered"), this);
    nextUnanswered->setObjectName(QStringLiteral("nextUnansweredButton"));
    nextUnanswered->setAccessibleName(tr("Next unanswered question"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_section);
    layout->addWidget(m_position);
    layout->addWidget(m_text);
    layout->addWidget(m_untranslated);
    layout->addWidget(m_gate);
    layout->addWidget(heading(tr("Why this matters"), content));
    layout->addWidget(m_why);
    layout->addWidget(heading(tr("How would you know?"), content));
    layout->addWidget(m_howToKnow);
    layout->addWidget(answerBox);
    // Buddies make the underlined letters of these labels move focus to their text fields.
    auto *evidenceLabel = new QLabel(tr("Evidence: how do you &know?"), content);
    evidenceLabel->setBuddy(m_evidence);
    auto *noteLabel = new QLabel(tr("N&ote or question to ask officers:"), content);
    noteLabel->setBuddy(m_note);
    layout->addWidget(evidenceLabel);
    layout->addWidget(m_evidence);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_textRefused);
    layout->addWidget(m_flag);
    layout->addWidget(addAction, 0, Qt::AlignLeft);
    layout->addWidget(m_basis);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("questionScroll"));
    scroll->setAccessibleName(tr("The question and your answer"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addStretch();
    navigation->addWidget(nextUnanswered);
    navigation->addWidget(m_next);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll, 1);
    outer->addLayout(navigation);

    setTabOrder(m_text, m_why);
    setTabOrder(m_why, m_howToKnow);

    connect(m_evidence, &QPlainTextEdit::textChanged, this, [this] { textEdited(m_evidence); });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { textEdited(m_note); });
    connect(m_flag, &QCheckBox::toggled, this,
            [this](bool on) { m_document->setFlagged(m_questionId, on); });
    connect(addAction, &QPushButton::clicked, this,
            [this] { Q_EMIT addActionRequested(m_questionId); });
    // Alt+P and Alt+N come from the buttons' underlined letters; Ctrl+Page Up/Down as well, as
    // in tabbed programs.
    auto *previousKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    previousKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previousKey, &QShortcut::activated, m_previous, &QPushButton::click);
    auto *nextKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    nextKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(nextKey, &QShortcut::activated, m_next, &QPushButton::click);
    connect(m_previous, &QPushButton::clicked, this, &QuestionPage::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &QuestionPage::nextRequested);
    connect(nextUnanswered, &QPushButton::clicked, this, &QuestionPage::nextUnansweredRequested);
    for (GlossaryLabel *label : {m_text, m_why, m_howToKnow})
        connect(label, &GlossaryLabel::termActivated, this, &QuestionPage::glossaryTermActivated);
    connect(m_document, &AssessmentDocument::answerChanged, this, &QuestionPage::refreshAnswer);
}

void QuestionPage::showQuestion(const QString &questionId)
{
    const Question *question = m_document->bank().question(questionId);
    if (!question)
        return;
    m_questionId = questionId;
    const QuestionBank &bank = m_document->bank();
    const int index = m_document->indexOf(questionId);
    const int count = m_document->questions().size();
    const Section *section = bank.section(question->sectionId);
    m_section->setText(section ? section->title : QString());
    m_position->setText(tr("Question %1 of %2 (%3)").arg(index + 1).arg(count).arg(question->id));
    m_text->setPlainTextWithGlossary(question->text, bank);
    m_untranslated->setVisible(!question->textTranslated);
    m_why->setPlainTextWithGlossary(question->why, bank);
    m_howToKnow->setPlainTextWithGlossary(question->howToKnow, bank);
    m_gate->setVisible(question->gate);
    m_basis->setText(tr("Statutory basis: %1").arg(question->statutoryBasis));
    for (int i = 0; i < AnswerChoiceCount; ++i) {
        const Rating rating = AnswerChoices[i].rating;
        QString level = question->levels.forRating(rating);
        if (rating == Rating::DontKnow)
            level = tr("You do not know yet: it becomes a question to ask officers.");
        else if (rating == Rating::NotApplicable)
            level = tr("This does not apply to your council.");
        m_levelLabels.at(i)->setText(level);
        ratingButton(rating)->setAccessibleDescription(level);
    }
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < count);
    m_textRefused->setVisible(false);
    refreshAnswer(questionId);
}

void QuestionPage::textEdited(QPlainTextEdit *edit)
{
    const bool evidence = edit == m_evidence;
    const QString text = edit->toPlainText();
    const Answer stored = m_document->answer(m_questionId);
    const QString before = evidence ? stored.evidence : stored.note;
    const QString refusal = AssessmentDocument::textRefusal(before, text);
    if (refusal.isEmpty()) {
        m_textRefused->setVisible(false);
        if (evidence)
            m_document->setEvidence(m_questionId, text);
        else
            m_document->setNote(m_questionId, text);
        return;
    }
    // The text goes back to what is saved, with the cursor where the refused change began: the
    // member sees that nothing was added, and a paste is still on the clipboard to cut down.
    const int position = edit->textCursor().position() - int(text.size() - before.size());
    {
        const QSignalBlocker blocker(edit);
        edit->setPlainText(before);
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(qBound(0, position, int(before.size())));
        edit->setTextCursor(cursor);
    }
    m_textRefused->setText(refusal);
    m_textRefused->setVisible(true);
}

void QuestionPage::refreshAnswer(const QString &questionId)
{
    if (questionId != m_questionId)
        return;
    const Answer answer = m_document->answer(questionId);
    for (QAbstractButton *button : m_ratings->buttons()) {
        const bool chosen = m_ratings->id(button) == int(answer.rating);
        button->setChecked(chosen);
        // The chosen answer is marked by a tick and bold text too, not by the button's shade
        // alone, which some styles and palettes make hard to see.
        QFont font = button->font();
        font.setBold(chosen);
        button->setFont(font);
        button->setText(QStringLiteral("%1%2  %3")
                            .arg(chosen ? QStringLiteral("✓ ") : QString(),
                                 button->property("key").toString(),
                                 ratingLabel(Rating(m_ratings->id(button)))));
    }
    setTextKeepingCursor(m_evidence, answer.evidence);
    setTextKeepingCursor(m_note, answer.note);
    {
        const QSignalBlocker blocker(m_flag);
        m_flag->setChecked(answer.flagged);
    }
    Q_EMIT answerShown(questionId);
}

void QuestionPage::chooseRating(Rating rating)
{
    if (m_questionId.isEmpty())
        return;
    // Choosing the answer already given takes it back.
    const Rating current = m_document->answer(m_questionId).rating;
    const Rating chosen = current == rating ? Rating::Unanswered : rating;
    m_document->setRating(m_questionId, chosen);
    // A saved answer has already been shown (the document's answerChanged). One that was not
    // saved leaves the clicked button toggled, so the page shows what is stored again.
    if (m_document->answer(m_questionId).rating != chosen)
        refreshAnswer(m_questionId);
}

QPushButton *QuestionPage::ratingButton(Rating rating) const
{
    return static_cast<QPushButton *>(m_ratings->button(int(rating)));
}

} // namespace Waymark
