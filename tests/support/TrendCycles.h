#pragma once
// Two cycles of one council's Lead Member across versions of the built-in bank, for the tests of
// the trend (tst_bankversions), the review's Trend page (tst_reportcompose) and the Trend view.
//   first (1.0.0, 1 May 2025): LEAD-01 Fully met, LEAD-03 Partially met, LEAD-04 Mostly met,
//       S11-02 Not met, LRN-03 Don't know
//   second (2.0.0, 1 May 2026): LEAD-01 Fully met, LEAD-03 Fully met, LEAD-11 Not met, LEAD-04
//       Mostly met
// 2.0.0's mapping splits LEAD-03 into LEAD-03 and LEAD-11 and merges LEAD-04 and S11-02 into
// LEAD-04.
#include "assessment/Assessment.h"

#include <QDateTime>

namespace Waymark::TrendCycles {

inline const QString Authority = QStringLiteral("Borsetshire County Council");
inline const QString LeadMember = QStringLiteral("lead-member");

inline Answer rated(Rating rating, const QString &evidence = {}, const QString &note = {})
{
    Answer answer;
    answer.rating = rating;
    answer.evidence = evidence;
    answer.note = note;
    answer.updated = QDateTime(QDate(2025, 5, 1), QTime(10, 0), Qt::UTC);
    return answer;
}

inline Assessment assessmentOf(const QString &version, const QDate &date, qint64 id,
                               const QString &authority = Authority,
                               const QString &role = LeadMember)
{
    Assessment assessment;
    assessment.info.id = id;
    assessment.info.uid = QStringLiteral("uid-%1").arg(id);
    assessment.info.authority = authority;
    assessment.info.respondent = QStringLiteral("Cllr Ann Jones");
    assessment.info.roleId = role;
    assessment.info.bankId = QStringLiteral("waymark-gateway");
    assessment.info.bankVersion = version;
    assessment.info.date = date;
    assessment.info.created = QDateTime(date, QTime(9, 0), Qt::UTC);
    assessment.info.updated = assessment.info.created;
    return assessment;
}

inline Assessment firstCycle()
{
    Assessment earlier = assessmentOf(QStringLiteral("1.0.0"), QDate(2025, 5, 1), 1);
    earlier.answers.insert(QStringLiteral("LEAD-01"), rated(Rating::FullyMet));
    earlier.answers.insert(QStringLiteral("LEAD-03"), rated(Rating::PartiallyMet));
    earlier.answers.insert(QStringLiteral("LEAD-04"), rated(Rating::MostlyMet));
    earlier.answers.insert(QStringLiteral("S11-02"), rated(Rating::NotMet));
    earlier.answers.insert(QStringLiteral("LRN-03"), rated(Rating::DontKnow));
    return earlier;
}

inline Assessment secondCycle()
{
    // The authority typed another way: the same council.
    Assessment later = assessmentOf(QStringLiteral("2.0.0"), QDate(2026, 5, 1), 2,
                                    QStringLiteral("  borsetshire   COUNTY council"));
    later.answers.insert(QStringLiteral("LEAD-01"), rated(Rating::FullyMet));
    later.answers.insert(QStringLiteral("LEAD-03"), rated(Rating::FullyMet));
    later.answers.insert(QStringLiteral("LEAD-11"), rated(Rating::NotMet));
    later.answers.insert(QStringLiteral("LEAD-04"), rated(Rating::MostlyMet));
    return later;
}

} // namespace Waymark::TrendCycles
