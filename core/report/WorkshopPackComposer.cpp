#include "report/WorkshopPackComposer.h"

#include "report/NameScrubber.h"
#include "report/ReviewComposer.h"
#include "workshop/WorkshopSpread.h"

#include <QLocale>

namespace Waymark {

namespace {

// Members per heat map table: ten narrow columns still fit the question ids on A4.
constexpr int MembersPerMap = 10;

// Darker for weaker ratings, so that the pale rows are the strong ones even on a photocopy.
int shadeFor(Rating rating)
{
    return isRated(rating) ? 4 - ratingValue(rating) : 0;
}

// "Fully met: 2 · Partially met: 1"
QString distribution(const QuestionSpread &spread)
{
    QStringList parts;
    for (int value = 3; value >= 0; --value) {
        if (spread.rated[value] > 0)
            parts.append(QStringLiteral("%1: %2")
                             .arg(ratingLabel(ratingFromKey(QString::number(value))
                                                  .value_or(Rating::Unanswered)))
                             .arg(spread.rated[value]));
    }
    if (spread.dontKnow > 0)
        parts.append(QStringLiteral("%1: %2").arg(ratingLabel(Rating::DontKnow)).arg(spread.dontKnow));
    return parts.join(QStringLiteral(" · "));
}

// Replaces every member's name with their label in every string of the document, so that an
// anonymised pack names nobody, even where a member typed another's name into a note.
void anonymise(ReportDocument &document, const Workshop &workshop)
{
    QList<std::pair<QString, QString>> names;
    for (int i = 0; i < workshop.participants.size(); ++i)
        names.append({workshop.participants.at(i).info.respondent, Workshop::anonymousLabel(i)});
    const NameScrubber scrubber(names);
    if (scrubber.isEmpty())
        return;
    const auto scrub = [&scrubber](QString &text) { text = scrubber.scrub(text); };
    for (QString *text : {&document.title, &document.author, &document.subject, &document.keywords,
                          &document.runningHeader, &document.runningFooter, &document.cover.kicker,
                          &document.cover.title, &document.cover.subtitle,
                          &document.cover.statement, &document.cover.footnote})
        scrub(*text);
    for (auto &fact : document.cover.facts) {
        scrub(fact.first);
        scrub(fact.second);
    }
    for (ReportBlock &block : document.blocks) {
        scrub(block.label);
        scrub(block.text);
        for (QString &cell : block.table.header)
            scrub(cell);
        for (QStringList &row : block.table.rows) {
            for (QString &cell : row)
                scrub(cell);
        }
        for (QString &choice : block.choices)
            scrub(choice);
        for (SectionScore &section : block.chart)
            scrub(section.title);
    }
}

class PackBuilder
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopPackComposer)

public:
    PackBuilder(const Workshop &workshop, const QuestionBank &bank,
                const WorkshopPackOptions &options)
        : m_workshop(workshop)
        , m_bank(bank)
        , m_options(options)
        , m_groupBank(groupBank(bank, workshop))
        , m_spread(SpreadCalculator::compute(bank, workshop))
    {
    }

    ReportDocument build()
    {
        ReviewOptions review;
        review.producedOn = m_options.producedOn;
        ReportDocument document =
            ReviewComposer::compose(groupAssessment(m_workshop), m_groupBank, review);
        composeFront(document);

        // The workshop's own findings go before the closing explanations of the review.
        const QString closing = ReviewComposer::tr("How the scores work");
        qsizetype at = document.blocks.size();
        for (qsizetype i = 0; i < document.blocks.size(); ++i) {
            const ReportBlock &block = document.blocks.at(i);
            if (block.kind == ReportBlock::Kind::Heading && block.level == 1 &&
                block.text == closing) {
                at = i;
                break;
            }
        }
        QList<ReportBlock> workshopBlocks;
        composeAgreement(workshopBlocks);
        composeHeatMap(workshopBlocks);
        composeQuestionsForOfficers(workshopBlocks);
        for (qsizetype i = 0; i < workshopBlocks.size(); ++i)
            document.blocks.insert(at + i, workshopBlocks.at(i));
        if (m_options.memberReviews)
            composeMemberReviews(document);
        if (m_options.anonymised)
            anonymise(document, m_workshop);
        return document;
    }

private:
    QString label(int index) const
    {
        return m_workshop.participantLabel(index, m_options.anonymised);
    }

    void composeFront(ReportDocument &document) const
    {
        const WorkshopInfo &info = m_workshop.info;
        const QLocale locale;
        document.title = tr("Workshop pack: %1").arg(info.name);
        document.author = info.facilitator;
        document.subject = tr("The agreed gateway review of a members' workshop, with where "
                              "members agreed and disagreed");
        QStringList header = {tr("Workshop pack"), info.name};
        if (!info.authority.isEmpty())
            header.append(info.authority);
        document.runningHeader = header.join(QStringLiteral(" · "));

        ReportCover &cover = document.cover;
        cover.kicker = tr("Workshop pack · gateway review of local safeguards");
        cover.title = info.authority.isEmpty() ? info.name : info.authority;
        cover.subtitle = info.authority.isEmpty() ? QString() : info.name;
        QStringList members;
        for (int i = 0; i < m_workshop.participants.size(); ++i)
            members.append(label(i));
        const QString bankText = document.cover.facts.value(4).second;
        cover.facts = {
            {tr("Held on"), info.heldOn.isValid() ? locale.toString(info.heldOn, QLocale::LongFormat)
                                                  : tr("Not given")},
            {tr("Facilitator"), info.facilitator.isEmpty() ? tr("Not given") : info.facilitator},
            {tr("Members"), members.isEmpty() ? tr("None yet")
                                              : tr("%1: %2")
                                                    .arg(members.size())
                                                    .arg(members.join(QStringLiteral(", ")))},
            {tr("Questions agreed"), tr("%1 of %2")
                                         .arg(m_workshop.agreed.size())
                                         .arg(m_groupBank.questionsFor(GroupRoleId).size())},
            {tr("Disagreements"), QString::number(m_spread.disagreements().size())},
            {tr("Question bank"), bankText},
        };
    }

    void composeAgreement(QList<ReportBlock> &blocks) const
    {
        blocks.append(ReportBlock::heading(1, tr("Where members agree and disagree")));
        const QList<QuestionSpread> disagreements = m_spread.disagreements();
        blocks.append(ReportBlock::paragraph(
            tr("%1 members took part. Members disagree on a question when their ratings are two "
               "or more levels apart, for example one says Fully met and another Partially met. "
               "The scores above come from the ratings the room agreed, not from an average.")
                .arg(m_workshop.participants.size())));
        if (disagreements.isEmpty()) {
            blocks.append(ReportBlock::paragraph(
                tr("There were no disagreements: on every question the members' ratings were at "
                   "most one level apart.")));
            return;
        }
        ReportTable table;
        table.header = {tr("Ref."), tr("Question"), tr("How members rated it"), tr("Agreed")};
        table.stretch = {2, 7, 5, 3};
        for (const QuestionSpread &spread : disagreements) {
            QString agreed = spread.agreed == Rating::Unanswered ? tr("Not yet agreed")
                                                                 : ratingLabel(spread.agreed);
            if (!spread.agreedNote.isEmpty())
                agreed += QStringLiteral("\n") + spread.agreedNote;
            table.rows.append(
                {spread.question->id, spread.question->text, distribution(spread), agreed});
        }
        blocks.append(ReportBlock::paragraph(tr("Questions members disagreed on, widest spread "
                                                "first"),
                                             TextStyle::Caption));
        blocks.append(ReportBlock::tableBlock(table));
    }

    void composeHeatMap(QList<ReportBlock> &blocks) const
    {
        const int members = int(m_workshop.participants.size());
        if (members == 0)
            return;
        blocks.append(ReportBlock::heading(1, tr("Each member's ratings")));
        blocks.append(ReportBlock::paragraph(
            tr("One row per question, one column per member. 3 is Fully met, 2 Mostly met, 1 "
               "Partially met and 0 Not met; the weaker the rating, the darker the cell. DK is "
               "Don't know, N/A Not applicable, – not answered, and a blank cell a question that "
               "is not asked of that member's role.")));
        const QList<const Question *> questions = m_groupBank.questionsFor(GroupRoleId);
        for (int first = 0; first < members; first += MembersPerMap) {
            const int last = qMin(members, first + MembersPerMap);
            ReportTable table;
            table.header.append(tr("Ref."));
            table.stretch.append(3);
            for (int m = first; m < last; ++m) {
                table.header.append(label(m));
                table.stretch.append(2);
            }
            for (const Question *question : questions) {
                QStringList row = {question->id};
                QList<int> shades = {0};
                for (int m = first; m < last; ++m) {
                    const Assessment &member = m_workshop.participants.at(m);
                    if (!question->appliesTo(member.info.roleId)) {
                        row.append(QString());
                        shades.append(0);
                        continue;
                    }
                    const Rating rating = member.rating(question->id);
                    row.append(WorkshopPackComposer::cellText(rating));
                    shades.append(shadeFor(rating));
                }
                table.rows.append(row);
                table.cellShades.append(shades);
            }
            if (members > MembersPerMap) {
                blocks.append(ReportBlock::paragraph(
                    tr("Members %1 to %2").arg(label(first), label(last - 1)), TextStyle::Caption));
            }
            blocks.append(ReportBlock::tableBlock(table));
        }
    }

    void composeQuestionsForOfficers(QList<ReportBlock> &blocks) const
    {
        blocks.append(ReportBlock::heading(1, tr("Questions to ask officers, from every member")));
        bool any = false;
        for (const QuestionSpread &spread : m_spread.questions) {
            if (spread.dontKnow == 0)
                continue;
            any = true;
            blocks.append(ReportBlock::heading(
                3, tr("%1 %2").arg(spread.question->id, spread.question->text)));
            QStringList who;
            QList<ReportBlock> notes;
            for (int m = 0; m < m_workshop.participants.size(); ++m) {
                const Assessment &member = m_workshop.participants.at(m);
                if (member.rating(spread.question->id) != Rating::DontKnow)
                    continue;
                who.append(label(m));
                const QString note = member.answer(spread.question->id).note;
                if (!note.trimmed().isEmpty())
                    notes.append(ReportBlock::field(label(m), note));
            }
            blocks.append(ReportBlock::field(tr("Did not know"), who.join(QStringLiteral(", "))));
            blocks.append(notes);
        }
        if (!any) {
            blocks.append(ReportBlock::paragraph(
                tr("No member answered Don't know: there are no gaps in what members know to "
                   "put to officers.")));
        }
    }

    void composeMemberReviews(ReportDocument &document) const
    {
        ReviewOptions review;
        review.producedOn = m_options.producedOn;
        for (int m = 0; m < m_workshop.participants.size(); ++m) {
            const Assessment &member = m_workshop.participants.at(m);
            const ReportDocument own = ReviewComposer::compose(member, m_bank, review);
            document.blocks.append(
                ReportBlock::heading(1, tr("Appendix: the review of %1").arg(label(m))));
            for (const auto &fact : own.cover.facts)
                document.blocks.append(ReportBlock::field(fact.first, fact.second));
            document.blocks.append(ReportBlock::paragraph(own.cover.statement, TextStyle::Lead));
            for (ReportBlock block : own.blocks) {
                // The member's review sits inside the pack: its parts become sections.
                if (block.kind == ReportBlock::Kind::Heading)
                    block.level = qMin(3, block.level + 1);
                document.blocks.append(block);
            }
        }
    }

    const Workshop &m_workshop;
    const QuestionBank &m_bank;
    const WorkshopPackOptions m_options;
    const QuestionBank m_groupBank;
    const WorkshopSpread m_spread;
};

} // namespace

QString WorkshopPackComposer::cellText(Rating rating)
{
    switch (rating) {
    case Rating::FullyMet:
    case Rating::MostlyMet:
    case Rating::PartiallyMet:
    case Rating::NotMet:
        return QString::number(ratingValue(rating));
    case Rating::DontKnow:
        return tr("DK");
    case Rating::NotApplicable:
        return tr("N/A");
    case Rating::Unanswered:
        break;
    }
    return QStringLiteral("–");
}

ReportDocument WorkshopPackComposer::compose(const Workshop &workshop, const QuestionBank &bank,
                                             const WorkshopPackOptions &options)
{
    return PackBuilder(workshop, bank, options).build();
}

} // namespace Waymark
