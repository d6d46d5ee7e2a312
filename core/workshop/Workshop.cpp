#include "workshop/Workshop.h"

namespace Waymark {

QString Workshop::anonymousLabel(int index)
{
    // Spreadsheet-style letters, so that 40 members stay short: A … Z, AA, AB, …
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return Workshop::tr("Member %1").arg(letters);
}

QString Workshop::participantLabel(int index, bool anonymised) const
{
    if (anonymised || index < 0 || index >= participants.size())
        return anonymousLabel(index);
    return participants.at(index).info.respondent;
}

QuestionBank groupBank(const QuestionBank &bank, const Workshop &workshop)
{
    QuestionBank group = bank;
    Role role;
    role.id = GroupRoleId;
    role.title = Workshop::tr("Workshop group (agreed answers)");
    role.description = Workshop::tr("The ratings the members agreed together in the workshop.");
    group.roles.append(role);
    for (Section &section : group.sections) {
        for (Question &question : section.questions) {
            bool applies = workshop.agreed.contains(question.id);
            for (const Assessment &participant : workshop.participants)
                applies = applies || question.appliesTo(participant.info.roleId);
            if (applies)
                question.roles.append(GroupRoleId);
        }
    }
    return group;
}

Assessment groupAssessment(const Workshop &workshop)
{
    Assessment group;
    group.info.id = 0;
    group.info.uid = workshop.info.uid;
    group.info.title = workshop.info.name;
    group.info.authority = workshop.info.authority;
    group.info.respondent = workshop.info.facilitator.isEmpty()
                                ? Workshop::tr("The workshop")
                                : Workshop::tr("The workshop, facilitated by %1").arg(workshop.info.facilitator);
    group.info.roleId = GroupRoleId;
    group.info.date = workshop.info.heldOn;
    group.info.bankId = workshop.info.bankId;
    group.info.bankVersion = workshop.info.bankVersion;
    group.info.created = workshop.info.created;
    group.info.updated = workshop.info.updated;
    for (auto agreed = workshop.agreed.cbegin(); agreed != workshop.agreed.cend(); ++agreed) {
        Answer answer;
        answer.rating = agreed->rating;
        answer.note = agreed->note;
        answer.updated = agreed->updated;
        group.answers.insert(agreed.key(), answer);
    }
    return group;
}

} // namespace Waymark
