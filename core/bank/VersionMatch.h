#pragma once

#include "bank/BankLineage.h"
#include "bank/QuestionBank.h"

#include <QStringList>

namespace Waymark {

class BankLibrary;

// Which questions of another assessment's bank stand for a question of this one, when the two
// were answered against different versions, in either order. It follows BankLineage (the chain
// of mappings between the versions) and keeps only what the other bank asks, under its own
// jurisdiction's law when it is applied. Each assessment keeps its own bank for scoring; this
// only pairs questions up, for comparisons side by side.
class VersionMatch
{
public:
    enum class Way
    {
        SameVersion, // one bank, one version: a question is itself
        Mapping,     // through the mappings between the two versions
        ById,        // no mapping links them: questions matched by their id alone
    };

    // own: the bank whose questions are listed; other: the bank the other assessment was
    // answered against. banks gives the versions between them. Both banks must outlive the match.
    VersionMatch(BankLibrary &banks, const QuestionBank &own, const QuestionBank &other);

    Way way() const { return m_way; }

    // The other bank's questions that carry into, or come from, one of own's questions: one,
    // several when questions were merged or split, none when it is new (or was retired) or the
    // other bank does not ask it.
    QStringList otherIdsOf(const QString &questionId) const;

private:
    const QuestionBank &m_other;
    bool m_ownIsLater;
    BankLineage m_lineage;
    Way m_way = Way::ById;
};

} // namespace Waymark
