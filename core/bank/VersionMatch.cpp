#include "bank/VersionMatch.h"

#include <QVersionNumber>

namespace Waymark {

namespace {

bool isLater(const QuestionBank &one, const QuestionBank &other)
{
    return QVersionNumber::fromString(one.version) > QVersionNumber::fromString(other.version);
}

} // namespace

VersionMatch::VersionMatch(BankLibrary &banks, const QuestionBank &own, const QuestionBank &other)
    : m_other(other)
    , m_ownIsLater(isLater(own, other))
    , m_lineage(banks, m_ownIsLater ? other : own, m_ownIsLater ? own : other)
{
    if (own.id == other.id && own.version == other.version)
        m_way = Way::SameVersion;
    else if (own.id == other.id && m_lineage.mapped())
        m_way = Way::Mapping;
}

QStringList VersionMatch::otherIdsOf(const QString &questionId) const
{
    const QStringList ids = m_way == Way::SameVersion ? QStringList{questionId}
                            : m_ownIsLater            ? m_lineage.backward(questionId).ids
                                                      : m_lineage.forward(questionId).ids;
    QStringList asked;
    for (const QString &id : ids) {
        if (m_other.question(id) && !asked.contains(id))
            asked.append(id);
    }
    return asked;
}

} // namespace Waymark
