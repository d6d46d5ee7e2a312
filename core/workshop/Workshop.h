#pragma once

#include "assessment/Assessment.h"
#include "bank/QuestionBank.h"
#include "assessment/Rating.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Waymark {

// A facilitated workshop: members' assessments gathered as participants, and the rating the
// room agreed for each question.
struct WorkshopInfo
{
    qint64 id = 0;
    QString uid;
    QString name;
    QString authority; // empty: no authority to check returned files against
    QDate heldOn;
    QString facilitator;
    QString bankId;
    QString bankVersion;
    QString jurisdiction = AssessmentInfo::defaultJurisdiction(); // the law the room reviews under
    QDateTime created;
    QDateTime updated;
};

// The rating the room agreed for one question, with any dissent or note the facilitator recorded.
struct AgreedAnswer
{
    Rating rating = Rating::Unanswered;
    QString note;
    QDateTime updated;
};

struct Workshop
{
    Q_DECLARE_TR_FUNCTIONS(Workshop)

public:
    WorkshopInfo info;
    QList<Assessment> participants; // in the order they joined
    QHash<QString, AgreedAnswer> agreed;

    // "Member A", "Member B", … "Member Z", "Member AA", … for participant index.
    static QString anonymousLabel(int index);
    // The name a participant is shown by: their own, or their anonymous label.
    QString participantLabel(int index, bool anonymised) const;
};

// The id of the made-up role the group's agreed answers are scored for: every question that
// applies to at least one participant, or that the room agreed a rating for.
inline const QString GroupRoleId = QStringLiteral("workshop-group");

// The bank with the group role added, so that the agreed answers are scored, printed and
// compared exactly like any member's assessment.
QuestionBank groupBank(const QuestionBank &bank, const Workshop &workshop);

// The agreed answers as an assessment of the group role (use with groupBank()).
Assessment groupAssessment(const Workshop &workshop);

} // namespace Waymark
