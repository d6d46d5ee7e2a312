#include "bank/BankLineage.h"

#include "bank/BankLibrary.h"

namespace Waymark {

namespace {

QSet<QString> idsOf(const QuestionBank &bank)
{
    QSet<QString> ids;
    for (const Question *question : bank.questions())
        ids.insert(question->id);
    return ids;
}

void appendNew(QStringList &list, const QStringList &more)
{
    for (const QString &id : more) {
        if (!list.contains(id))
            list.append(id);
    }
}

} // namespace

BankLineage::BankLineage(BankLibrary &banks, const QuestionBank &earlier, const QuestionBank &later)
{
    if (earlier.id != later.id) {
        m_steps.append({BankMapping(), idsOf(earlier), idsOf(later)});
        return;
    }
    // Back from the later version, one mapping at a time, until the earlier version is reached.
    // A bank's versions cannot run in a circle, but a local bank's mistakes can: the walk stops
    // after as many steps as any real history would need.
    QList<Step> steps;
    const QuestionBank *current = &later;
    QSet<QString> currentIds = idsOf(later);
    constexpr int MostSteps = 64;
    while (current->version != earlier.version && steps.size() < MostSteps) {
        const QString from = current->mapping.fromVersion;
        if (from.isEmpty())
            break;
        const QuestionBank &previous =
            from == earlier.version ? earlier : banks.bank(later.id, from);
        if (previous.id != later.id || previous.version != from)
            break; // the library does not have that version
        QSet<QString> previousIds = idsOf(previous);
        steps.prepend({current->mapping, previousIds, currentIds});
        current = &previous;
        currentIds = std::move(previousIds);
    }
    if (current->version == earlier.version) {
        m_steps = steps;
        m_mapped = true;
    } else {
        m_steps.append({BankMapping(), idsOf(earlier), idsOf(later)});
    }
}

BankLineage::Link BankLineage::forward(const QString &earlierId) const
{
    Link link;
    link.ids = {earlierId};
    for (const Step &step : m_steps) {
        QStringList next;
        for (const QString &id : std::as_const(link.ids)) {
            const QuestionMapping *entry = step.mapping.of(id);
            if (!entry) {
                if (step.laterIds.contains(id))
                    next.append(id);
                continue;
            }
            appendNew(next, entry->to);
            link.split = link.split || entry->change == QuestionMapping::Change::Split;
            link.merged = link.merged || entry->change == QuestionMapping::Change::Merged;
            link.reason = entry->reason;
        }
        link.ids = next;
    }
    link.retired = link.ids.isEmpty();
    return link;
}

BankLineage::Link BankLineage::backward(const QString &laterId) const
{
    Link link;
    link.ids = {laterId};
    for (auto step = m_steps.crbegin(); step != m_steps.crend(); ++step) {
        QStringList previous;
        for (const QString &id : std::as_const(link.ids)) {
            bool listed = false;
            for (const QuestionMapping &entry : step->mapping.questions) {
                if (!entry.to.contains(id))
                    continue;
                listed = true;
                if (!previous.contains(entry.from))
                    previous.append(entry.from);
                link.split = link.split || entry.change == QuestionMapping::Change::Split;
                link.merged = link.merged || entry.change == QuestionMapping::Change::Merged;
                link.reason = entry.reason;
            }
            // Not a mapping's target: the same question, when the earlier version had it and
            // the mapping did not send it elsewhere; otherwise new in this version.
            if (!listed && step->earlierIds.contains(id) && !step->mapping.of(id))
                appendNew(previous, {id});
        }
        link.ids = previous;
    }
    return link;
}

} // namespace Waymark
