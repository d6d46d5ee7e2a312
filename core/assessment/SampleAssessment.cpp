#include "assessment/SampleAssessment.h"

#include <QCoreApplication>

namespace Waymark {

namespace {

// Sample::tr() rather than a free tr(): lupdate files a free function's tr() under the enclosing
// namespace ("Waymark"), which is not the context the translation is looked up in.
struct Sample
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::Sample)
};

} // namespace

Assessment sampleAssessment(const QuestionBank &bank)
{
    Assessment sample;
    AssessmentInfo &info = sample.info;
    info.uid = QStringLiteral("5a3e0d4c-0b1f-4c8e-9a57-2f6d8b1c0e42");
    info.title = Sample::tr("Sample: gateway review of local safeguards");
    info.authority = Sample::tr("Borsetshire County Council (fictional sample)");
    info.respondent = Sample::tr("Cllr Pat Example");
    info.roleId = QStringLiteral("lead-member");
    info.date = QDate(2026, 10, 12);
    info.bankId = bank.id;
    info.bankVersion = bank.version;
    info.created = QDateTime(QDate(2026, 10, 5), QTime(9, 30), Qt::UTC);
    info.updated = QDateTime(QDate(2026, 10, 12), QTime(16, 10), Qt::UTC);

    // A council that is mostly sound, with one failed gate, a few gaps and a handful of notes:
    // enough to show every part of the summary and the printed review.
    const Rating pattern[] = {Rating::FullyMet,     Rating::MostlyMet,    Rating::MostlyMet,
                              Rating::FullyMet,     Rating::PartiallyMet, Rating::MostlyMet,
                              Rating::DontKnow,     Rating::FullyMet,     Rating::MostlyMet,
                              Rating::NotMet,       Rating::MostlyMet,    Rating::FullyMet,
                              Rating::NotApplicable};
    int i = 0;
    QDateTime when = info.created;
    for (const Question *question : bank.questionsFor(info.roleId)) {
        Answer answer;
        answer.rating = pattern[i % std::size(pattern)];
        // Gates are mostly in place; the one that is not (private fostering, a gate under both
        // England's and Wales' law) makes the gateway fail.
        if (question->gate)
            answer.rating =
                question->id == QLatin1String("DUTY-06") ? Rating::PartiallyMet : Rating::FullyMet;
        if (i % 4 == 0) {
            answer.evidence = Sample::tr("Seen in the quarterly performance report to Cabinet and "
                                         "discussed with the Director of Children's Services.");
        }
        if (answer.rating == Rating::DontKnow)
            answer.note = Sample::tr("Ask officers for the latest figures and who reviews them.");
        answer.flagged = (i % 9 == 4);
        when = when.addSecs(300);
        answer.updated = when;
        sample.answers.insert(question->id, answer);
        ++i;
    }

    const struct
    {
        const char *question;
        const char *what;
        const char *who;
        int dueInDays;
        ActionStatus status;
    } actions[] = {
        {"DUTY-05",
         QT_TRANSLATE_NOOP("Waymark::Sample",
                           "Ask for the LADO's annual report to come to scrutiny"),
         QT_TRANSLATE_NOOP("Waymark::Sample", "Scrutiny chair"), 60, ActionStatus::NotStarted},
        {"LEAD-05",
         QT_TRANSLATE_NOOP("Waymark::Sample",
                           "Review the children's services budget against the needs assessment"),
         QT_TRANSLATE_NOOP("Waymark::Sample", "Lead Member with the Section 151 officer"), 90,
         ActionStatus::InProgress},
        {"MEMB-01",
         QT_TRANSLATE_NOOP("Waymark::Sample",
                           "Book safeguarding training for the new intake of councillors"),
         QT_TRANSLATE_NOOP("Waymark::Sample", "Member development officer"), 30,
         ActionStatus::Done},
    };
    for (const auto &entry : actions) {
        if (!bank.question(QString::fromLatin1(entry.question)))
            continue;
        Action action;
        action.questionId = QString::fromLatin1(entry.question);
        action.what = QCoreApplication::translate("Waymark::Sample", entry.what);
        action.who = QCoreApplication::translate("Waymark::Sample", entry.who);
        action.due = info.date.addDays(entry.dueInDays);
        action.status = entry.status;
        sample.actions.append(action);
    }
    return sample;
}

} // namespace Waymark
