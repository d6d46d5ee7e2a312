#include "report/ReviewComposer.h"

#include "Version.h"
#include "report/ReportGlossary.h"
#include "scoring/Scoring.h"
#include "text/Language.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <utility>

namespace Waymark {

namespace {

// Builds one review. A class of its own so that the parts of the document share the scores, the
// locale and the list of texts the glossary is drawn from without passing them around; it takes
// ReviewComposer's translation context so that its strings are translated as the composer's.
//
// Member text (evidence, notes, actions, names) goes into the document exactly as typed: it is
// only ever passed to QString::arg() in the one-pass, several-argument form, so a note that
// contains "%1" is never read as a placeholder.
class ReviewBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReviewComposer)

public:
    ReviewBuilder(const Assessment &assessment, const QuestionBank &bank,
                  const ReviewOptions &options)
        : m_assessment(assessment)
        , m_bank(bank)
        , m_scores(Scorer::score(bank, assessment))
        , m_questions(bank.questionsFor(assessment.info.roleId))
        , m_producedOn(options.producedOn.isValid() ? options.producedOn : QDate::currentDate())
        , m_trend(options.trend)
    {
        const QList<const Question *> all = bank.questions();
        for (int i = 0; i < all.size(); ++i)
            m_bankOrder.insert(all.at(i)->id, i);
        for (const Question *question : m_questions) {
            if (question->gate)
                m_gates.append(question);
        }
    }

    ReportDocument build()
    {
        composeMetadata();
        composeCover();
        composeAtAGlance();
        composeTrend();
        composeGates();
        composePriorities();
        composeKnowledgeGaps();
        composeFindings();
        composeActionPlan();
        composeHowScoresWork();
        composeGlossary();
        return m_document;
    }

private:
    const AssessmentInfo &info() const { return m_assessment.info; }

    QString roleTitle() const
    {
        const Role *role = m_bank.role(info().roleId);
        return role ? role->title : info().roleId;
    }

    QString authorityOrPlaceholder() const
    {
        return info().authority.trimmed().isEmpty() ? tr("Authority not given") : info().authority;
    }

    static QString orNotGiven(const QString &text)
    {
        return text.trimmed().isEmpty() ? tr("Not given") : text;
    }

    QString longDate(const QDate &date) const
    {
        return date.isValid() ? m_locale.toString(date, QLocale::LongFormat) : tr("Not given");
    }

    QString shortDate(const QDate &date) const
    {
        return m_locale.toString(date, QLocale::ShortFormat);
    }

    QString number(int value) const { return m_locale.toString(value); }

    QString scoreNumber(double score) const { return m_locale.toString(score, 'f', 1); }

    QString version() const { return QStringLiteral(WAYMARK_VERSION); }

    QString bankName() const
    {
        QString name = tr("%1 %2").arg(m_bank.title, m_bank.version);
        // An assessment answered against an older bank is scored against this one; say so,
        // because a reader comparing reviews needs to know which questions were put.
        if (!info().bankVersion.isEmpty() && info().bankVersion != m_bank.version)
            name = tr("%1 (answered against version %2)").arg(name, info().bankVersion);
        return name;
    }

    // "Gateway: Not passed." and what that means, in the app's summary wording.
    QString gatewaySentence() const
    {
        const QString label = gatewayLabel(m_scores.gateway);
        if (m_gates.isEmpty())
            return tr("Gateway: %1. No statutory gate applies to this role, so nothing can fail "
                      "the gateway.")
                .arg(label);
        switch (m_scores.gateway) {
        case Gateway::Passed:
            return tr("Gateway: %1. Every statutory gate for this role is fully or mostly met, or "
                      "does not apply.")
                .arg(label);
        case Gateway::Incomplete:
            return tr("Gateway: %1. No statutory gate has failed, but these gates still need an "
                      "answer (not answered yet, or Don't know): %2.")
                .arg(label, m_scores.openGates.join(QStringLiteral(", ")));
        case Gateway::NotPassed: {
            QString text = tr("Gateway: %1. These statutory gates are rated Not met or Partially "
                              "met: %2. A duty the law requires is not fully in place, so the "
                              "overall result is Red whatever the score.")
                               .arg(label, m_scores.failedGates.join(QStringLiteral(", ")));
            if (!m_scores.openGates.isEmpty())
                text += QLatin1Char(' ') + tr("These gates still need an answer: %1.")
                                               .arg(m_scores.openGates.join(QStringLiteral(", ")));
            return text;
        }
        }
        return label;
    }

    Rag gatewayRag() const
    {
        switch (m_scores.gateway) {
        case Gateway::Passed:
            return Rag::Green;
        case Gateway::Incomplete:
            return Rag::Amber;
        case Gateway::NotPassed:
            return Rag::Red;
        }
        return Rag::None;
    }

    // The overall score in words, without the RAG word when withRag is false (a RAG mark follows).
    QString overallScoreText(bool withRag) const
    {
        const std::optional<double> score = m_scores.overall.score();
        if (!score)
            return tr("No score yet: no question is rated");
        const QString value = tr("%1 out of 100").arg(scoreNumber(*score));
        const Rag shown = m_scores.overallRag();
        if (shown != m_scores.overall.rag()) {
            return tr("%1; %2 because the gateway is not passed (the score alone would be %3)")
                .arg(value, ragLabel(shown), ragLabel(m_scores.overall.rag()));
        }
        return withRag ? tr("%1, %2").arg(value, ragLabel(shown)) : value;
    }

    QString answeredText(const ScoreTally &tally) const
    {
        return tr("%1 of %2").arg(number(tally.answered), number(tally.applicable));
    }

    QString questionHeading(const Question &question) const
    {
        return question.id + QLatin1Char(' ') + question.text;
    }

    // A question's heading; in English when the bank has no translation of the question.
    ReportBlock questionHeadingBlock(const Question &question) const
    {
        ReportBlock block = ReportBlock::heading(3, questionHeading(question));
        if (!question.textTranslated)
            block.language = Language::source();
        return block;
    }

    QString questionText(const QString &id) const
    {
        const Question *question = m_bank.question(id);
        return question ? question->text : QString();
    }

    void add(const ReportBlock &block) { m_document.blocks.append(block); }

    // Remembers text the document prints, for the glossary.
    void uses(const QString &text)
    {
        if (!text.trimmed().isEmpty())
            m_usedTexts.append(text);
    }

    void composeMetadata()
    {
        const QString authority =
            info().authority.trimmed().isEmpty() ? QString() : info().authority;
        m_document.language = Language::current();
        m_document.title = authority.isEmpty()
                               ? tr("Gateway review of local safeguards")
                               : tr("Gateway review of local safeguards: %1").arg(authority);
        m_document.author = info().respondent;
        m_document.subject = tr("Self-assessment by the %1 against %2")
                                 .arg(roleTitle(), tr("%1 %2").arg(m_bank.title, m_bank.version));
        m_document.creator = tr("Waymark %1").arg(version());
        QStringList keywords = {tr("safeguarding"), tr("children"), tr("gateway review"),
                                tr("self-assessment"), roleTitle()};
        if (!authority.isEmpty())
            keywords.append(authority);
        m_document.keywords = keywords.join(QStringLiteral(", "));

        QStringList header = {tr("Gateway review")};
        if (!authority.isEmpty())
            header.append(authority);
        if (!info().respondent.trimmed().isEmpty())
            header.append(info().respondent);
        m_document.runningHeader = header.join(QStringLiteral(" · "));
        m_document.runningFooter =
            tr("Produced %1 with Waymark %2").arg(shortDate(m_producedOn), version());
    }

    void composeCover()
    {
        ReportCover &cover = m_document.cover;
        cover.kicker = tr("Gateway review of local safeguards");
        cover.title = authorityOrPlaceholder();
        cover.subtitle = info().title;
        // A date and the time to the minute: enough to tell one sitting from the next.
        const QDateTime updated = info().updated.toLocalTime();
        const QString lastChanged =
            updated.isValid() ? tr("%1 at %2")
                                    .arg(longDate(updated.date()),
                                         m_locale.toString(updated.time(), QStringLiteral("HH:mm")))
                              : tr("Not given");
        cover.facts = {
            {tr("Member"), orNotGiven(info().respondent)},
            {tr("Role"), roleTitle()},
            {tr("Assessment date"), longDate(info().date)},
            {tr("Last changed"), lastChanged},
            {tr("Question bank"), bankName()},
        };
        // The law the questions are asked under, on the cover, because a reader in Wales must
        // see at once that the duties cited are Wales's (none for a bank of one law).
        if (const QString law = m_bank.jurisdictionTitle(info().jurisdiction); !law.isEmpty())
            cover.facts.append({tr("Law"), law});
        cover.facts.append({tr("Questions answered"), answeredText(m_scores.overall)});
        const std::optional<double> score = m_scores.overall.score();
        const QString gateway = tr("Gateway: %1.").arg(gatewayLabel(m_scores.gateway));
        cover.statement = score ? tr("%1 Overall score %2.").arg(gateway, overallScoreText(true))
                                : tr("%1 %2.").arg(gateway, overallScoreText(true));
        cover.footnote =
            tr("Produced with Waymark %1 on %2.").arg(version(), longDate(m_producedOn));
        uses(info().title);
        uses(info().authority);
    }

    void composeAtAGlance()
    {
        add(ReportBlock::heading(1, tr("At a glance")));
        add(ReportBlock::paragraph(gatewaySentence(), TextStyle::Lead));
        add(ReportBlock::field(tr("Gateway"), gatewayLabel(m_scores.gateway), gatewayRag()));
        add(ReportBlock::field(tr("Overall score"), overallScoreText(false),
                               m_scores.overall.score() ? m_scores.overallRag() : Rag::None));
        add(ReportBlock::field(tr("Answered"), tr("%1 of %2 questions")
                                                   .arg(number(m_scores.overall.answered),
                                                        number(m_scores.overall.applicable))));
        add(ReportBlock::field(tr("Knowledge gaps"),
                               m_scores.knowledgeGaps.isEmpty()
                                   ? tr("None: no question is answered Don't know")
                                   : tr("%1 answered Don't know (see Questions to ask officers)")
                                         .arg(number(int(m_scores.knowledgeGaps.size())))));

        if (m_scores.sections.isEmpty()) {
            add(ReportBlock::paragraph(tr("No question in the question bank applies to this "
                                          "role, so there is nothing to score.")));
            return;
        }
        add(ReportBlock::paragraph(tr("Section scores out of 100. A section with a failed "
                                      "statutory gate is Red whatever its score."),
                                   TextStyle::Caption));
        add(ReportBlock::chartBlock(m_scores.sections));

        ReportTable table;
        table.header = {tr("Section"), tr("Score"), tr("RAG"), tr("Answered"),
                        tr("Statutory gate")};
        table.stretch = {6, 2, 2, 2, 3};
        table.ragColumn = 2;
        for (const SectionScore &section : m_scores.sections) {
            const std::optional<double> score = section.tally.score();
            table.rows.append({section.title, score ? scoreNumber(*score) : tr("No score"),
                               ragLabel(section.rag()), answeredText(section.tally),
                               section.gateFailed ? tr("Gate failed") : QString()});
            table.rowRags.append(section.rag());
            uses(section.title);
        }
        add(ReportBlock::paragraph(tr("Sections"), TextStyle::Caption));
        add(ReportBlock::tableBlock(table));
    }

    // "Up 12.5", "Down 4.0" or "No change".
    QString scoreChange(double first, double last) const
    {
        // Compared as printed, to one decimal place, so the change adds up on the page.
        const int difference = qRound(last * 10.0) - qRound(first * 10.0);
        if (difference > 0)
            return tr("Up %1").arg(m_locale.toString(difference / 10.0, 'f', 1));
        if (difference < 0)
            return tr("Down %1").arg(m_locale.toString(-difference / 10.0, 'f', 1));
        return tr("No change");
    }

    QString trendScoreText(const std::optional<SectionScore> &section) const
    {
        if (!section)
            return tr("Not asked");
        const std::optional<double> score = section->tally.score();
        QString text = score ? tr("%1, %2").arg(scoreNumber(*score), ragLabel(section->rag()))
                             : tr("No score");
        if (section->gateFailed)
            text = tr("%1, gate failed").arg(text);
        return text;
    }

    QString cycleDate(const TrendCycle &cycle) const
    {
        return shortDate(cycle.assessment.info.date);
    }

    void composeTrend()
    {
        if (!m_trend.hasEarlierCycles())
            return;
        const QList<TrendCycle> &cycles = m_trend.cycles;
        add(ReportBlock::heading(1, tr("Trend")));
        add(ReportBlock::paragraph(
            tr("This assessment beside the earlier assessments of the same authority and role, "
               "oldest first. Each is scored against the version of the questions it was "
               "answered against, under its own law; a question is followed from one version to "
               "the next through the question bank's mapping.")));
        add(ReportBlock::paragraph(tr("Overall score out of 100 in each assessment, with its RAG "
                                      "in words. Where the gateway was not passed, the point "
                                      "says gate failed."),
                                   TextStyle::Caption));
        add(ReportBlock::trendChartBlock(m_trend.chartData(false)));

        ReportTable table;
        table.header = {tr("Date"), tr("Question bank"), tr("Overall score"), tr("Gateway")};
        table.stretch = {4, 3, 4, 3};
        table.ragColumn = 2;
        for (int i = 0; i < cycles.size(); ++i) {
            const TrendCycle &cycle = cycles.at(i);
            const std::optional<double> score = cycle.scores.overall.score();
            const Rag rag = score ? cycle.scores.overallRag() : Rag::None;
            const QString date =
                i == cycles.size() - 1
                    ? tr("%1 (this review)").arg(longDate(cycle.assessment.info.date))
                    : longDate(cycle.assessment.info.date);
            table.rows.append(
                {date, tr("Version %1").arg(cycle.bankVersion),
                 score ? tr("%1, %2").arg(scoreNumber(*score), ragLabel(rag)) : tr("No score"),
                 gatewayLabel(cycle.scores.gateway)});
            table.rowRags.append(rag);
        }
        add(ReportBlock::paragraph(tr("Each assessment"), TextStyle::Caption));
        add(ReportBlock::tableBlock(table));

        ReportTable sections;
        sections.header = {tr("Section")};
        sections.stretch = {5};
        for (const TrendCycle &cycle : cycles) {
            sections.header.append(cycleDate(cycle));
            sections.stretch.append(3);
        }
        sections.header.append(tr("Change"));
        sections.stretch.append(3);
        for (const TrendSection &section : m_trend.sections) {
            QStringList row = {section.title};
            for (const std::optional<SectionScore> &score : section.cycles)
                row.append(trendScoreText(score));
            const auto ends = section.ends();
            row.append(ends ? scoreChange(ends->first, ends->second) : QString());
            sections.rows.append(row);
            uses(section.title);
        }
        add(ReportBlock::paragraph(tr("Section scores in each assessment, and the change from the "
                                      "first score to the last"),
                                   TextStyle::Caption));
        add(ReportBlock::tableBlock(sections));

        const QList<const TrendQuestion *> moved = m_trend.moved();
        add(ReportBlock::heading(2, tr("Questions that moved")));
        if (moved.isEmpty()) {
            add(ReportBlock::paragraph(tr("No question's rating moved between the first "
                                          "assessment that rated it and the last.")));
        } else {
            ReportTable questions;
            questions.header = {tr("Ref."), tr("Question"), tr("Answers, oldest first"),
                                tr("Movement")};
            questions.stretch = {2, 7, 7, 3};
            for (const TrendQuestion *question : moved) {
                QStringList answers;
                for (int i = 0; i < cycles.size(); ++i) {
                    answers.append(
                        tr("%1: %2").arg(cycleDate(cycles.at(i)),
                                         question->cycles.at(i).text(question->questionId)));
                }
                questions.rows.append(
                    {question->questionId, question->text, answers.join(QStringLiteral(" · ")),
                     question->movement() == TrendQuestion::Movement::Up ? tr("Better")
                                                                         : tr("Worse")});
                uses(question->text);
            }
            add(ReportBlock::tableBlock(questions));
        }

        if (m_trend.retired.isEmpty())
            return;
        add(ReportBlock::heading(2, tr("Questions no longer asked")));
        add(ReportBlock::paragraph(tr("Questions an earlier assessment was asked that the "
                                      "version of this review no longer asks, and why.")));
        ReportTable retired;
        retired.header = {tr("Ref."), tr("Question"), tr("Answers"), tr("Why it was retired")};
        retired.stretch = {2, 7, 4, 5};
        for (const TrendRetired &question : m_trend.retired) {
            QStringList answers;
            for (int i = 0; i < question.cycles.size() && i < cycles.size(); ++i) {
                if (question.cycles.at(i))
                    answers.append(tr("%1: %2").arg(cycleDate(cycles.at(i)),
                                                    ratingLabel(*question.cycles.at(i))));
            }
            retired.rows.append(
                {tr("%1 (version %2)").arg(question.questionId, question.bankVersion),
                 question.text, answers.join(QStringLiteral(" · ")), question.reason});
            uses(question.text);
        }
        add(ReportBlock::tableBlock(retired));
    }

    void composeGates()
    {
        add(ReportBlock::heading(1, tr("Statutory gates")));
        add(ReportBlock::paragraph(
            tr("A statutory gate is a duty the law says must be in place. A gate fails when it is "
               "rated Not met or Partially met. The gateway is passed only when no gate fails and "
               "every gate has an answer; a gate answered Not applicable neither fails nor leaves "
               "the gateway incomplete.")));
        if (m_gates.isEmpty()) {
            add(ReportBlock::paragraph(
                tr("No statutory gate applies to the %1.").arg(roleTitle())));
            return;
        }
        ReportTable table;
        table.header = {tr("Ref."), tr("Gate"), tr("Answer"), tr("State")};
        table.stretch = {2, 8, 3, 3};
        table.ragColumn = 3;
        for (const Question *gate : m_gates) {
            const Rating rating = m_assessment.rating(gate->id);
            QString state;
            Rag rag = Rag::None;
            if (isRated(rating) && ratingValue(rating) <= 1) {
                state = tr("Failed");
                rag = Rag::Red;
            } else if (isRated(rating)) {
                state = tr("Met");
                rag = Rag::Green;
            } else if (rating == Rating::DontKnow) {
                state = tr("Not known");
                rag = Rag::Amber;
            } else if (rating == Rating::NotApplicable) {
                state = tr("Not applicable");
            } else {
                state = tr("Not answered");
                rag = Rag::Amber;
            }
            table.rows.append({gate->id, gate->text, ratingLabel(rating), state});
            table.rowRags.append(rag);
            uses(gate->text);
        }
        add(ReportBlock::paragraph(tr("The statutory gates for the %1").arg(roleTitle()),
                                   TextStyle::Caption));
        add(ReportBlock::tableBlock(table));
    }

    void composePriorities()
    {
        add(ReportBlock::heading(1, tr("Priorities for improvement")));
        if (m_scores.priorities.isEmpty()) {
            add(ReportBlock::paragraph(
                tr("There are no priorities for improvement: no question is rated Not met or "
                   "Partially met.")));
            return;
        }
        add(ReportBlock::paragraph(
            tr("These are the questions rated Not met or Partially met, most important first: "
               "statutory gates first, then questions of higher weight (how much a question "
               "counts, from 1 to 3), then the lower rating, then the order of the question "
               "bank.")));
        ReportTable table;
        table.header = {tr("No."), tr("Ref."), tr("Question"), tr("Answer"),
                        tr("Why it comes here")};
        table.stretch = {1, 2, 8, 3, 3};
        int position = 0;
        for (const QString &id : m_scores.priorities) {
            const Question *question = m_bank.question(id);
            if (!question)
                continue;
            const QString why = question->gate
                                    ? tr("Statutory gate, weight %1").arg(number(question->weight))
                                    : tr("Weight %1").arg(number(question->weight));
            table.rows.append({number(++position), id, question->text,
                               ratingLabel(m_assessment.rating(id)), why});
            uses(question->text);
        }
        add(ReportBlock::tableBlock(table));
    }

    void composeKnowledgeGaps()
    {
        add(ReportBlock::heading(1, tr("Questions to ask officers")));
        if (m_scores.knowledgeGaps.isEmpty()) {
            add(ReportBlock::paragraph(tr("There are no knowledge gaps: no question is answered "
                                          "Don't know.")));
            return;
        }
        add(ReportBlock::paragraph(
            tr("These questions were answered Don't know. For a member, not knowing is a finding "
               "in itself: put each question to officers and ask for the evidence described.")));
        for (const QString &id : m_scores.knowledgeGaps) {
            const Question *question = m_bank.question(id);
            if (!question)
                continue;
            add(questionHeadingBlock(*question));
            uses(question->text);
            if (!question->howToKnow.trimmed().isEmpty()) {
                add(ReportBlock::field(tr("How would you know?"), question->howToKnow));
                uses(question->howToKnow);
            }
            const QString note = m_assessment.answer(id).note;
            if (!note.trimmed().isEmpty()) {
                add(ReportBlock::field(tr("Note or question for officers"), note));
                uses(note);
            }
        }
    }

    QString actionLine(const Action &action) const
    {
        const QString who = action.who.trimmed().isEmpty() ? tr("nobody named") : action.who;
        const QString due = action.due.isValid() ? longDate(action.due) : tr("no date set");
        return tr("%1 — %2, by %3, %4")
            .arg(action.what, who, due, actionStatusLabel(action.status));
    }

    void composeFindings()
    {
        add(ReportBlock::heading(1, tr("Findings by section")));
        if (m_scores.sections.isEmpty()) {
            add(ReportBlock::paragraph(tr("No question in the question bank applies to this "
                                          "role.")));
            return;
        }
        add(ReportBlock::paragraph(
            tr("Each question for the role with the answer given, the evidence and notes in the "
               "member's own words, and any actions agreed.")));
        for (const SectionScore &sectionScore : m_scores.sections) {
            add(ReportBlock::heading(2, sectionScore.title, sectionScore.rag()));
            uses(sectionScore.title);
            const std::optional<double> score = sectionScore.tally.score();
            QString summary = score ? tr("Score %1 (%2); %3 answered")
                                          .arg(scoreNumber(*score), ragLabel(sectionScore.rag()),
                                               answeredText(sectionScore.tally))
                                    : tr("No score yet: no question in this section is rated; "
                                         "%1 answered")
                                          .arg(answeredText(sectionScore.tally));
            if (sectionScore.gateFailed)
                summary = tr("%1; a statutory gate in this section failed, so the section is Red "
                             "whatever its score")
                              .arg(summary);
            add(ReportBlock::paragraph(tr("%1.").arg(summary)));

            for (const Question *question : m_questions) {
                if (question->sectionId == sectionScore.sectionId)
                    composeFinding(*question);
            }
        }
    }

    void composeFinding(const Question &question)
    {
        add(questionHeadingBlock(question));
        uses(question.text);
        const Answer answer = m_assessment.answer(question.id);
        const QString label = ratingLabel(answer.rating);
        add(ReportBlock::field(tr("Answer"),
                               question.gate ? tr("%1 (statutory gate)").arg(label) : label));
        if (question.gate && !question.statutoryBasis.trimmed().isEmpty()) {
            add(ReportBlock::paragraph(tr("Statutory basis: %1").arg(question.statutoryBasis),
                                       TextStyle::Small));
            uses(question.statutoryBasis);
        }
        if (!answer.evidence.trimmed().isEmpty()) {
            add(ReportBlock::field(tr("Evidence"), answer.evidence));
            uses(answer.evidence);
        }
        if (!answer.note.trimmed().isEmpty()) {
            add(ReportBlock::field(tr("Note or question for officers"), answer.note));
            uses(answer.note);
        }
        if (answer.flagged)
            add(ReportBlock::paragraph(tr("Flagged for follow-up."), TextStyle::Small));
        for (const Action &action : m_assessment.actions) {
            if (action.questionId == question.id) {
                add(ReportBlock::field(tr("Action"), actionLine(action)));
                uses(action.what);
                uses(action.who);
            }
        }
    }

    void composeActionPlan()
    {
        add(ReportBlock::heading(1, tr("Action plan")));
        if (m_assessment.actions.isEmpty()) {
            add(ReportBlock::paragraph(tr("No actions have been recorded.")));
            return;
        }
        // By date, so the plan reads as a timetable; actions with no date go last, and actions
        // due the same day follow the order of the questions they answer to.
        QList<const Action *> actions;
        for (const Action &action : m_assessment.actions)
            actions.append(&action);
        const auto key = [this](const Action *action) {
            const qint64 day = action->due.isValid() ? action->due.toJulianDay()
                                                     : std::numeric_limits<qint64>::max();
            const int order =
                m_bankOrder.value(action->questionId, std::numeric_limits<int>::max());
            return std::make_pair(day, order);
        };
        std::stable_sort(actions.begin(), actions.end(),
                         [&key](const Action *a, const Action *b) { return key(a) < key(b); });

        add(ReportBlock::paragraph(
            tr("Every action recorded, in order of the date it is due (actions with no date "
               "last), then in the order of the questions they answer to.")));
        ReportTable table;
        table.header = {tr("Question"), tr("What"), tr("Who"), tr("By when"), tr("Status")};
        table.stretch = {2, 7, 3, 3, 2};
        for (const Action *action : actions) {
            table.rows.append({action->questionId.isEmpty() ? tr("General") : action->questionId,
                               action->what,
                               action->who.trimmed().isEmpty() ? tr("Nobody named") : action->who,
                               action->due.isValid() ? longDate(action->due) : tr("No date set"),
                               actionStatusLabel(action->status)});
            uses(action->what);
            uses(action->who);
        }
        add(ReportBlock::tableBlock(table));
    }

    void composeHowScoresWork()
    {
        add(ReportBlock::heading(1, tr("How the scores work")));
        add(ReportBlock::field(
            tr("Answers"),
            tr("Each question is answered Fully met (3), Mostly met (2), Partially met (1), Not "
               "met (0), Don't know or Not applicable, or left unanswered. Only the four levels "
               "from Not met to Fully met are rated and count towards a score. Only the "
               "questions for the member's role count.")));
        add(ReportBlock::field(
            tr("Score"),
            tr("Each question has a weight from 1 to 3. A score is 100 times the sum of weight "
               "times rating, divided by the sum of weight times 3, over the rated questions. A "
               "section's score uses the section's questions; the overall score uses all of "
               "them at once (it is not an average of the section scores). With nothing rated "
               "there is no score, never a score of 0.")));
        add(ReportBlock::field(
            tr("RAG"), tr("Green at 75 or more, Amber at 50 or more, Red below 50. Every RAG is "
                          "given in words as well as shown by a pattern, so the review reads the "
                          "same printed in black and white.")));
        add(ReportBlock::field(
            tr("The gateway"),
            tr("Some questions are statutory gates: duties the law says must be in place. A gate "
               "fails when it is rated Not met or Partially met. The gateway is Not passed if any "
               "gate fails; otherwise Incomplete if any gate is unanswered or answered Don't "
               "know; otherwise Passed. A section with a failed gate is Red whatever its score, "
               "and so is the overall result when the gateway is not passed.")));
        add(ReportBlock::field(
            tr("Knowledge gaps"),
            tr("Questions answered Don't know. For a member, not knowing is a finding: these "
               "become the questions to ask officers.")));
        add(ReportBlock::field(
            tr("Priorities for improvement"),
            tr("Questions rated Not met or Partially met, in this order: gates first, then "
               "higher weight first, then the lower rating first, then the order of the question "
               "bank.")));
    }

    void composeGlossary()
    {
        // Only the terms this review uses, so the reader is not handed the whole jargon buster.
        for (const ReportBlock &block : ReportGlossary::blocks(
                 m_bank, m_usedTexts, tr("The terms this review uses, in alphabetical order.")))
            add(block);
    }

    const Assessment &m_assessment;
    const QuestionBank &m_bank;
    const ScoreReport m_scores;
    const QList<const Question *> m_questions;
    const QDate m_producedOn;
    const Trend m_trend;
    const QLocale m_locale;
    QList<const Question *> m_gates;
    QHash<QString, int> m_bankOrder;
    QStringList m_usedTexts;
    ReportDocument m_document;
};

} // namespace

ReportDocument ReviewComposer::compose(const Assessment &assessment, const QuestionBank &bank,
                                       const ReviewOptions &options)
{
    return ReviewBuilder(assessment, bank, options).build();
}

} // namespace Waymark
