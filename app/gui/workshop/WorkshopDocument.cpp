#include "workshop/WorkshopDocument.h"

#include "bank/BankLibrary.h"

namespace Waymark {

WorkshopDocument::WorkshopDocument(AssessmentStore &store, BankLibrary &banks, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_banks(banks)
{
    useBankOf(nullptr);
}

void WorkshopDocument::useBankOf(const WorkshopInfo *info)
{
    if (info) {
        m_bank = &m_banks.applied(info->bankId, info->bankVersion, info->jurisdiction);
    } else {
        const QuestionBank &latest = m_banks.latest();
        m_bank = &m_banks.applied(latest.id, latest.version, AssessmentInfo::defaultJurisdiction());
    }
}

bool WorkshopDocument::open(qint64 workshopId, StoreError *error)
{
    std::optional<Workshop> loaded = m_store.loadWorkshop(workshopId, error);
    if (!loaded)
        return false;
    const bool another = id() != workshopId;
    m_workshop = std::move(loaded);
    useBankOf(&m_workshop->info);
    recompute();
    if (another)
        Q_EMIT opened();
    else
        Q_EMIT changed();
    return true;
}

void WorkshopDocument::close()
{
    m_workshop.reset();
    useBankOf(nullptr);
    recompute();
    Q_EMIT opened();
}

bool WorkshopDocument::hasParticipant(qint64 assessmentId) const
{
    if (!m_workshop)
        return false;
    for (const Assessment &member : m_workshop->participants) {
        if (member.info.id == assessmentId)
            return true;
    }
    return false;
}

void WorkshopDocument::reload()
{
    if (m_workshop) {
        StoreError error;
        std::optional<Workshop> loaded = m_store.loadWorkshop(m_workshop->info.id, &error);
        if (loaded)
            m_workshop = std::move(loaded);
        else
            Q_EMIT readFailed(error.message);
    }
    recompute();
    Q_EMIT changed();
}

bool WorkshopDocument::setAgreed(const QString &questionId, Rating rating, const QString &note,
                                 StoreError *error)
{
    if (!m_workshop)
        return false;
    AgreedAnswer agreed;
    agreed.rating = rating;
    agreed.note = note.trimmed();
    if (!m_store.saveAgreed(m_workshop->info.id, questionId, agreed, error))
        return false;
    // What was saved is known: keep it here rather than read every member's answers again,
    // which with forty members would be most of the time each key press takes.
    if (agreed.rating == Rating::Unanswered && agreed.note.isEmpty())
        m_workshop->agreed.remove(questionId);
    else
        m_workshop->agreed.insert(questionId, agreed);
    recompute();
    Q_EMIT changed();
    return true;
}

QList<GatherOutcome> WorkshopDocument::gather(const QStringList &paths, bool acceptMismatched,
                                              StoreError *error)
{
    if (!m_workshop)
        return {};
    WorkshopGatherer gatherer(m_store, *m_bank);
    const QList<GatherOutcome> outcomes =
        gatherer.gather(m_workshop->info.id, paths, acceptMismatched, error);
    // Some files may have been added before a failure stopped the rest.
    reload();
    return outcomes;
}

bool WorkshopDocument::addMember(const QString &name, const QString &roleId, StoreError *error)
{
    if (!m_workshop)
        return false;
    WorkshopGatherer gatherer(m_store, *m_bank);
    if (gatherer.addMember(m_workshop->info.id, name, roleId, error) == 0)
        return false;
    reload();
    return true;
}

bool WorkshopDocument::removeMember(qint64 assessmentId, StoreError *error)
{
    if (!m_workshop || !m_store.removeParticipant(m_workshop->info.id, assessmentId, error))
        return false;
    reload();
    return true;
}

void WorkshopDocument::recompute()
{
    if (!m_workshop) {
        m_spread = WorkshopSpread();
        m_groupScores = ScoreReport();
        return;
    }
    m_spread = SpreadCalculator::compute(*m_bank, *m_workshop);
    m_groupScores = Scorer::score(groupBank(*m_bank, *m_workshop), groupAssessment(*m_workshop));
}

} // namespace Waymark
