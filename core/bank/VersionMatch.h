#pragma once

#include "bank/QuestionBank.h"

#include <QStringList>

namespace Waymark {

// Which questions of another assessment's bank stand for a question of this one, when the two
// were answered against different versions: the same id within one version; through the bank's
// mapping (QuestionBank::mapping) when one version maps from the other, in either direction; by
// id when no mapping links them, which is the best there is. Each assessment keeps its own bank
// for scoring; this only pairs questions up, for comparisons and trends.
class VersionMatch
{
public:
    enum class Way
    {
        SameVersion, // one bank, one version: a question is itself
        Mapping,     // through the mapping between the two versions
        ById,        // no mapping links them: questions matched by their id alone
    };

    // own: the bank whose questions are listed; other: the bank the other assessment was
    // answered against. Both must outlive the match.
    VersionMatch(const QuestionBank &own, const QuestionBank &other);

    Way way() const { return m_way; }

    // The other bank's questions that carry into one of own's questions: one, several when
    // earlier questions were merged, none when it is new (or was retired) or the other bank
    // does not have it.
    QStringList otherIdsOf(const QString &questionId) const;

private:
    const QuestionBank &m_own;
    const QuestionBank &m_other;
    Way m_way = Way::ById;
    bool m_otherIsEarlier = true; // which of the two holds the mapping
};

} // namespace Waymark
