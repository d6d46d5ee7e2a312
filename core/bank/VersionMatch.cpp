#include "bank/VersionMatch.h"

namespace Waymark {

VersionMatch::VersionMatch(const QuestionBank &own, const QuestionBank &other)
    : m_own(own)
    , m_other(other)
{
    if (own.id != other.id)
        return;
    if (own.version == other.version) {
        m_way = Way::SameVersion;
    } else if (!own.mapping.fromVersion.isEmpty() && own.mapping.fromVersion == other.version) {
        m_way = Way::Mapping;
        m_otherIsEarlier = true;
    } else if (!other.mapping.fromVersion.isEmpty() && other.mapping.fromVersion == own.version) {
        // An assessment answered against an older version opened beside a newer one.
        m_way = Way::Mapping;
        m_otherIsEarlier = false;
    }
}

QStringList VersionMatch::otherIdsOf(const QString &questionId) const
{
    QStringList ids;
    if (m_way == Way::Mapping) {
        if (m_otherIsEarlier) {
            ids = m_own.mapping.earlierIdsOf(questionId);
        } else if (const QuestionMapping *mapped = m_other.mapping.of(questionId)) {
            ids = mapped->to;
        }
    } else {
        ids.append(questionId);
    }
    // Only questions the other bank asks (under its jurisdiction's law, when it is applied).
    QStringList kept;
    for (const QString &id : std::as_const(ids)) {
        if (m_other.question(id) && !kept.contains(id))
            kept.append(id);
    }
    return kept;
}

} // namespace Waymark
