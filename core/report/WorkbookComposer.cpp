#include "report/WorkbookComposer.h"

#include "Version.h"
#include "report/ReportGlossary.h"
#include "text/Language.h"

#include <QLocale>

namespace Waymark {

namespace {

// Builds one workbook. A class of its own so that the parts share the bank, the role and the
// texts the glossary is drawn from; it takes WorkbookComposer's translation context.
class WorkbookBuilder
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookComposer)

public:
    WorkbookBuilder(const QuestionBank &bank, const QString &roleId, const WorkbookOptions &options)
        : m_bank(bank)
        , m_roleId(roleId)
        , m_role(bank.role(roleId))
        , m_questions(bank.questionsFor(roleId))
        , m_producedOn(options.producedOn.isValid() ? options.producedOn : QDate::currentDate())
    {
    }

    ReportDocument build()
    {
        composeMetadata();
        composeCover();
        composeHowToUse();
        composeQuestions();
        composeGlossary();
        return m_document;
    }

    // "Fully met (3)" for a rated level, the plain label otherwise: the same words the app's
    // answer buttons use, so what is ticked on paper is easy to enter later.
    static QString choiceLabel(Rating rating)
    {
        if (isRated(rating))
            return tr("%1 (%2)").arg(ratingLabel(rating), QLocale().toString(ratingValue(rating)));
        return ratingLabel(rating);
    }

private:
    QString roleTitle() const { return m_role ? m_role->title : m_roleId; }

    QString version() const { return QStringLiteral(WAYMARK_VERSION); }

    QString bankName() const { return tr("%1 %2").arg(m_bank.title, m_bank.version); }

    QString longDate(const QDate &date) const
    {
        return m_locale.toString(date, QLocale::LongFormat);
    }

    void add(const ReportBlock &block) { m_document.blocks.append(block); }

    // Remembers text the workbook prints, for the glossary.
    void uses(const QString &text)
    {
        if (!text.trimmed().isEmpty())
            m_usedTexts.append(text);
    }

    void composeMetadata()
    {
        m_document.language = Language::current();
        m_document.title = tr("Workbook: %1 — %2").arg(m_bank.title, roleTitle());
        m_document.subject =
            tr("Blank self-assessment workbook for the %1, from %2").arg(roleTitle(), bankName());
        m_document.creator = tr("Waymark %1").arg(version());
        m_document.keywords = QStringList({tr("safeguarding"), tr("children"), tr("workbook"),
                                           tr("self-assessment"), roleTitle()})
                                  .join(QStringLiteral(", "));
        m_document.runningHeader =
            QStringList({tr("Workbook"), m_bank.title, roleTitle()}).join(QStringLiteral(" · "));
        m_document.runningFooter =
            tr("Printed %1 with Waymark %2 from %3")
                .arg(m_locale.toString(m_producedOn, QLocale::ShortFormat), version(), bankName());
    }

    void composeCover()
    {
        ReportCover &cover = m_document.cover;
        cover.kicker = tr("Workbook");
        cover.title = m_bank.title;
        cover.subtitle = tr("For the %1").arg(roleTitle());
        // The cover cannot hold ruled lines, so the blanks to fill in are a run of underscores.
        const QString blank = QString(22, QLatin1Char('_'));
        cover.facts = {
            {tr("Name"), blank},
            {tr("Council"), blank},
            {tr("Date"), blank},
            {tr("Role"), roleTitle()},
            {tr("Question bank"), bankName()},
        };
        // The law the questions are asked under, on the cover, because a reader in Wales must
        // see at once that the duties cited are Wales's (none for a bank of one law).
        if (const QString law = m_bank.jurisdictionTitle(m_bank.appliedJurisdiction);
            !law.isEmpty())
            cover.facts.append({tr("Law"), law});
        cover.facts.append({tr("Questions"), m_locale.toString(int(m_questions.size()))});
        cover.statement =
            tr("For each question, tick the one answer that fits best, then write how you know "
               "and anything you want to ask officers. Your answers can be entered in Waymark "
               "afterwards to work out the scores and print your gateway review.");
        cover.footnote =
            tr("Produced with Waymark %1 on %2.").arg(version(), longDate(m_producedOn));
    }

    void composeHowToUse()
    {
        add(ReportBlock::heading(1, tr("How to use this workbook")));
        if (m_role && !m_role->description.trimmed().isEmpty())
            add(ReportBlock::field(roleTitle(), m_role->description));
        add(ReportBlock::paragraph(
            tr("This workbook holds every question for the %1, section by section. Each question "
               "comes with why it matters, how you would know, and what each level of the "
               "rating scale looks like for it. Tick one answer, then note your evidence and any "
               "questions for officers in the space below it.")
                .arg(roleTitle())));
        add(ReportBlock::paragraph(
            tr("Some questions are statutory gates: duties the law says must be in place. They "
               "are marked as such. A gate answered Not met or Partially met means the gateway "
               "is not passed.")));
        add(ReportBlock::paragraph(tr("The answers"), TextStyle::Caption));
        ReportTable table;
        table.header = {tr("Answer"), tr("What it means")};
        table.stretch = {1, 3};
        table.rows = {
            {choiceLabel(Rating::FullyMet),
             tr("The duty or practice is fully in place, and you have seen evidence that it "
                "works.")},
            {choiceLabel(Rating::MostlyMet),
             tr("It is in place, with minor gaps that are known and being dealt with.")},
            {choiceLabel(Rating::PartiallyMet),
             tr("Some of it is in place, but there are significant gaps.")},
            {choiceLabel(Rating::NotMet), tr("It is not in place.")},
            {choiceLabel(Rating::DontKnow),
             tr("You do not know. That is a finding in itself: it becomes a question to ask "
                "officers.")},
            {choiceLabel(Rating::NotApplicable),
             tr("The question does not apply to your council. It is neither scored nor counted "
                "against you.")},
        };
        add(ReportBlock::tableBlock(table));
        add(ReportBlock::paragraph(
            tr("Each question below says what Fully met, Mostly met, Partially met and Not met "
               "look like for that question.")));
    }

    void composeQuestions()
    {
        if (m_questions.isEmpty()) {
            add(ReportBlock::paragraph(
                tr("No question in this question bank applies to the %1.").arg(roleTitle())));
            return;
        }
        const QStringList choices = {
            choiceLabel(Rating::FullyMet),     choiceLabel(Rating::MostlyMet),
            choiceLabel(Rating::PartiallyMet), choiceLabel(Rating::NotMet),
            choiceLabel(Rating::DontKnow),     choiceLabel(Rating::NotApplicable)};
        for (const Section &section : m_bank.sections) {
            QList<const Question *> questions;
            for (const Question *question : m_questions) {
                if (question->sectionId == section.id)
                    questions.append(question);
            }
            if (questions.isEmpty())
                continue;
            // Each section starts a new page, so a member can work through one at a sitting.
            add(ReportBlock::heading(1, section.title));
            uses(section.title);
            if (!section.summary.trimmed().isEmpty()) {
                add(ReportBlock::paragraph(section.summary));
                uses(section.summary);
            }
            for (const Question *question : std::as_const(questions))
                composeQuestion(*question, choices);
        }
    }

    void composeQuestion(const Question &question, const QStringList &choices)
    {
        ReportBlock heading =
            ReportBlock::heading(3, question.id + QLatin1Char(' ') + question.text);
        if (!question.textTranslated)
            heading.language = Language::source(); // the bank has no translation of it
        add(heading);
        uses(question.text);
        if (question.gate) {
            add(ReportBlock::paragraph(
                question.statutoryBasis.trimmed().isEmpty()
                    ? tr("Statutory gate: a duty the law says must be in place.")
                    : tr("Statutory gate: a duty the law says must be in place. Statutory basis: "
                         "%1")
                          .arg(question.statutoryBasis),
                TextStyle::Small));
        } else if (!question.statutoryBasis.trimmed().isEmpty()) {
            add(ReportBlock::paragraph(tr("Statutory basis: %1").arg(question.statutoryBasis),
                                       TextStyle::Small));
        }
        uses(question.statutoryBasis);
        if (!question.why.trimmed().isEmpty()) {
            add(ReportBlock::field(tr("Why this matters"), question.why));
            uses(question.why);
        }
        if (!question.howToKnow.trimmed().isEmpty()) {
            add(ReportBlock::field(tr("How would you know?"), question.howToKnow));
            uses(question.howToKnow);
        }

        add(ReportBlock::paragraph(tr("What each level looks like"), TextStyle::Caption));
        ReportTable levels;
        levels.header = {tr("Level"), tr("What it looks like")};
        levels.stretch = {1, 3};
        for (Rating rating :
             {Rating::FullyMet, Rating::MostlyMet, Rating::PartiallyMet, Rating::NotMet}) {
            const QString descriptor = question.levels.forRating(rating);
            levels.rows.append({choiceLabel(rating), descriptor});
            uses(descriptor);
        }
        add(ReportBlock::tableBlock(levels));

        ReportBlock answer = ReportBlock::tickBoxes(tr("Your answer"), choices);
        // The answer, evidence and notes belong together; keep the boxes with the first lines.
        answer.keepWithNext = true;
        add(answer);
        add(ReportBlock::ruledLines(tr("How do you know? (evidence)"), 3));
        add(ReportBlock::ruledLines(tr("Notes and questions for officers"), 3));
    }

    void composeGlossary()
    {
        // Only the terms the workbook prints.
        for (const ReportBlock &block : ReportGlossary::blocks(
                 m_bank, m_usedTexts, tr("The terms this workbook uses, in alphabetical order.")))
            add(block);
    }

    const QuestionBank &m_bank;
    const QString m_roleId;
    const Role *m_role;
    const QList<const Question *> m_questions;
    const QDate m_producedOn;
    const QLocale m_locale;
    QStringList m_usedTexts;
    ReportDocument m_document;
};

} // namespace

ReportDocument WorkbookComposer::compose(const QuestionBank &bank, const QString &roleId,
                                         const WorkbookOptions &options)
{
    return WorkbookBuilder(bank, roleId, options).build();
}

} // namespace Waymark
