#include "assessment/NextCycle.h"

#include "bank/BankLibrary.h"
#include "bank/BankLineage.h"
#include "text/Language.h"
#include "text/TextRules.h"

#include <QCoreApplication>
#include <QUuid>

namespace Waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::NextCycle", text);
}

// The bank the next cycle is made against: the latest built-in bank for an assessment of a
// built-in version, else the assessment's own bank.
const QuestionBank &nextBank(const AssessmentInfo &earlier, BankLibrary &banks)
{
    const QuestionBank &latest = banks.latest();
    if (earlier.bankId == latest.id)
        return latest;
    return banks.bank(earlier.bankId, earlier.bankVersion);
}

// Evidence cut to the longest text allowed, at a character boundary.
QString withinLimit(const QString &text, bool *cut)
{
    *cut = TextRules::characterCount(text) > TextRules::MaxLength;
    if (!*cut)
        return text;
    QString kept;
    qsizetype characters = 0;
    for (qsizetype i = 0; i < text.size() && characters < TextRules::MaxLength - 1; ++i) {
        kept.append(text.at(i));
        if (!text.at(i).isHighSurrogate())
            ++characters;
    }
    if (!kept.isEmpty() && kept.back().isHighSurrogate())
        kept.chop(1);
    return kept + QChar(0x2026);
}

} // namespace

QString NextCycle::evidenceMark(const QDate &earlierDate)
{
    const QLocale locale = Language::localeFor(Language::current());
    return tr("From %1 — check it still holds.")
        .arg(locale.toString(earlierDate, QStringLiteral("d MMMM yyyy")));
}

NextCycleResult NextCycle::from(const Assessment &earlier, BankLibrary &banks, const QDate &date)
{
    NextCycleResult result;
    const AssessmentInfo &was = earlier.info;
    const QuestionBank &bank = nextBank(was, banks);

    AssessmentInfo &info = result.assessment.info;
    info.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.title = was.title;
    info.authority = was.authority;
    info.respondent = was.respondent;
    info.roleId = was.roleId;
    info.date = date.isValid() ? date : QDate::currentDate();
    info.bankId = bank.id;
    info.bankVersion = bank.version;
    // The same law, unless the new bank does not know it (a bank of one's own without it).
    info.jurisdiction = bank.jurisdictions.isEmpty() || bank.hasJurisdiction(was.jurisdiction)
                            ? was.jurisdiction
                            : bank.jurisdictions.constFirst().id;
    info.created = QDateTime::currentDateTimeUtc();
    info.updated = info.created;

    const QuestionBank &earlierBank = banks.bank(was.bankId, was.bankVersion);
    const QuestionBank &applied = banks.applied(bank.id, bank.version, info.jurisdiction);
    const BankLineage lineage(banks, earlierBank, bank);
    // Where an earlier question lands: the new questions the role is asked there.
    const auto landing = [&](const QString &earlierId) {
        QStringList ids;
        for (const QString &id : lineage.forward(earlierId).ids) {
            const Question *question = applied.question(id);
            if (question && question->appliesTo(info.roleId))
                ids.append(id);
        }
        return ids;
    };

    // Evidence, in the earlier bank's order so that merged evidence reads in a stable order.
    const QString mark = evidenceMark(was.date);
    QHash<QString, QStringList> evidence;
    QStringList order;
    QList<const Question *> earlierQuestions = earlierBank.questions();
    QStringList earlierIds;
    for (const Question *question : std::as_const(earlierQuestions))
        earlierIds.append(question->id);
    // Answers to ids the earlier bank does not have (kept aside on import) come last.
    QStringList answered = earlier.answers.keys();
    std::sort(answered.begin(), answered.end(), [&](const QString &a, const QString &b) {
        const qsizetype ia = earlierIds.indexOf(a);
        const qsizetype ib = earlierIds.indexOf(b);
        if (ia != ib)
            return ia < 0 ? false : ib < 0 ? true : ia < ib;
        return a < b;
    });
    for (const QString &earlierId : std::as_const(answered)) {
        const Answer &answer = earlier.answers.value(earlierId);
        if (!answer.note.trimmed().isEmpty())
            ++result.notesLeft;
        if (answer.evidence.trimmed().isEmpty())
            continue;
        const QStringList ids = landing(earlierId);
        if (ids.isEmpty()) {
            result.leftOut.append(earlierId);
            continue;
        }
        for (const QString &id : ids) {
            if (!order.contains(id))
                order.append(id);
            evidence[id].append(answer.evidence.trimmed());
        }
    }
    for (const QString &id : std::as_const(order)) {
        Answer carried;
        bool cut = false;
        carried.evidence = withinLimit(
            mark + QLatin1Char('\n') + evidence.value(id).join(QStringLiteral("\n\n")), &cut);
        result.shortened += cut ? 1 : 0;
        carried.updated = info.created;
        result.assessment.answers.insert(id, carried);
        ++result.evidenceCarried;
    }

    // Open actions, with their status for review; a retired question's becomes a general action
    // rather than be lost.
    for (const Action &action : earlier.actions) {
        if (action.status == ActionStatus::Done) {
            ++result.actionsDone;
            continue;
        }
        Action carried = action;
        carried.id = 0;
        if (!action.questionId.isEmpty()) {
            const QStringList ids = landing(action.questionId);
            carried.questionId = ids.value(0);
            if (ids.isEmpty() && !result.leftOut.contains(action.questionId))
                result.leftOut.append(action.questionId);
        }
        result.assessment.actions.append(carried);
        ++result.actionsCarried;
    }
    return result;
}

} // namespace Waymark
