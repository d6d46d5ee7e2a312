#include "workshop/WorkshopGatherer.h"

#include "text/NameMatching.h"

#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace Waymark {

namespace {

// A jurisdiction by its title ("Wales"), or its id when the bank does not know it.
QString jurisdictionTitle(const QuestionBank &bank, const QString &id)
{
    const Jurisdiction *jurisdiction = bank.jurisdiction(id);
    return jurisdiction ? jurisdiction->title : id;
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

WorkshopGatherer::WorkshopGatherer(AssessmentStore &store, const QuestionBank &bank)
    : m_store(store)
    , m_bank(&bank)
{
}

WorkshopGatherer::WorkshopGatherer(AssessmentStore &store, BankLibrary &banks)
    : m_store(store)
    , m_banks(&banks)
{
}

ExchangeReadResult WorkshopGatherer::read(const QString &file) const
{
    return m_banks ? ExchangeFile::read(file, *m_banks) : ExchangeFile::read(file, *m_bank);
}

const QuestionBank &WorkshopGatherer::bankOf(const WorkshopInfo &workshop) const
{
    return m_banks ? m_banks->bank(workshop.bankId, workshop.bankVersion) : *m_bank;
}

QList<GatherOutcome> WorkshopGatherer::gather(qint64 workshopId, const QStringList &files,
                                              bool acceptMismatched, StoreError *error)
{
    QList<GatherOutcome> outcomes;
    const std::optional<Workshop> workshop = m_store.loadWorkshop(workshopId, error);
    if (!workshop)
        return outcomes;
    // Who is there, kept up to date as files join: matching needs only names, uids and times,
    // and reloading every member's answers after each file made gathering 40 files take seconds.
    QList<AssessmentInfo> present;
    for (const Assessment &participant : workshop->participants)
        present.append(participant.info);

    for (const QString &file : files) {
        GatherOutcome outcome;
        outcome.file = file;
        const ExchangeReadResult read = this->read(file);
        if (!read.ok()) {
            QStringList problems;
            for (const ExchangeProblem &problem : read.problems)
                problems.append(problem.toString());
            outcome.kind = GatherOutcome::Kind::Invalid;
            outcome.message = problems.join(QLatin1Char('\n'));
            outcomes.append(outcome);
            continue;
        }
        const Assessment &incoming = *read.assessment;
        const AssessmentInfo &info = incoming.info;

        QStringList mismatches;
        if (!workshop->info.authority.isEmpty() &&
            NameMatching::comparable(info.authority) !=
                NameMatching::comparable(workshop->info.authority)) {
            mismatches.append(
                tr("it is for %1, not %2").arg(info.authority, workshop->info.authority));
        }
        if (info.bankId != workshop->info.bankId ||
            info.bankVersion != workshop->info.bankVersion) {
            mismatches.append(tr("it was answered against question bank %1 %2, not %3 %4")
                                  .arg(info.bankId, info.bankVersion, workshop->info.bankId,
                                       workshop->info.bankVersion));
        }
        if (info.jurisdiction != workshop->info.jurisdiction) {
            mismatches.append(
                tr("it was made under the law of %1, not %2")
                    .arg(jurisdictionTitle(bankOf(workshop->info), info.jurisdiction),
                         jurisdictionTitle(bankOf(workshop->info), workshop->info.jurisdiction)));
        }
        if (!mismatches.isEmpty() && !acceptMismatched) {
            outcome.kind = GatherOutcome::Kind::Mismatched;
            outcome.message = tr("%1 (%2): not added, because %3.")
                                  .arg(file, info.respondent, mismatches.join(tr("; and ")));
            outcomes.append(outcome);
            continue;
        }

        // The same member already there under another file: the newer one wins.
        int sameMember = -1;
        bool sameAssessment = false;
        for (int i = 0; i < present.size(); ++i) {
            if (present.at(i).uid == info.uid) {
                sameMember = i;
                sameAssessment = true;
                break;
            }
            if (NameMatching::comparable(present.at(i).respondent) ==
                NameMatching::comparable(info.respondent))
                sameMember = i;
        }
        if (sameMember >= 0 && !sameAssessment && present.at(sameMember).updated >= info.updated) {
            const AssessmentInfo &there = present.at(sameMember);
            outcome.kind = GatherOutcome::Kind::KeptExisting;
            outcome.assessmentId = there.id;
            outcome.message =
                tr("%1: %2 is already here with answers from %3; this file (from %4) is older, "
                   "so it was not added.")
                    .arg(file, info.respondent, when(there.updated), when(info.updated));
            outcomes.append(outcome);
            continue;
        }

        const std::optional<ImportOutcome> imported =
            m_store.importAssessment(incoming, error, workshopId);
        if (!imported)
            return outcomes;
        outcome.assessmentId = imported->id;
        if (sameAssessment) {
            outcome.kind = GatherOutcome::Kind::Updated;
            outcome.message = tr("%1: %2's answers were already here; the later answer to each "
                                 "question was kept.")
                                  .arg(file, info.respondent);
        } else if (sameMember >= 0) {
            const AssessmentInfo replaced = present.takeAt(sameMember);
            if (!m_store.removeParticipant(workshopId, replaced.id, error))
                return outcomes;
            outcome.kind = GatherOutcome::Kind::Replaced;
            outcome.message =
                tr("%1: %2 was already here with answers from %3; this newer file "
                   "(from %4) replaces them.")
                    .arg(file, info.respondent, when(replaced.updated), when(info.updated));
        } else {
            outcome.kind = GatherOutcome::Kind::Added;
        }
        if (!mismatches.isEmpty()) {
            outcome.message = tr("%1 (%2): added although %3.")
                                  .arg(file, info.respondent, mismatches.join(tr("; and ")));
        }
        for (const ExchangeProblem &note : read.notes) {
            outcome.message +=
                (outcome.message.isEmpty() ? QString() : QStringLiteral("\n")) + note.toString();
        }
        outcomes.append(outcome);
        // Later files in the same batch are matched against this one too.
        AssessmentInfo joined = info;
        joined.id = imported->id;
        if (sameAssessment) {
            joined.updated = std::max(joined.updated, present.at(sameMember).updated);
            present[sameMember] = joined;
        } else {
            present.append(joined);
        }
    }
    return outcomes;
}

qint64 WorkshopGatherer::addMember(qint64 workshopId, const QString &name, const QString &roleId,
                                   StoreError *error)
{
    const std::optional<Workshop> workshop = m_store.loadWorkshop(workshopId, error);
    if (!workshop)
        return 0;
    AssessmentInfo info = answerPack(workshop->info, bankOf(workshop->info), name, roleId).info;
    if (!m_store.createAssessment(info, error) ||
        !m_store.addParticipant(workshopId, info.id, error))
        return 0;
    return info.id;
}

Assessment WorkshopGatherer::answerPack(const WorkshopInfo &workshop, const QuestionBank &bank,
                                        const QString &memberName, const QString &roleId)
{
    Assessment pack;
    pack.info.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pack.info.title = workshop.name;
    pack.info.authority = workshop.authority;
    pack.info.respondent = memberName.simplified();
    pack.info.roleId = roleId;
    pack.info.date = workshop.heldOn.isValid() ? workshop.heldOn : QDate::currentDate();
    pack.info.bankId = bank.id;
    pack.info.bankVersion = bank.version;
    pack.info.jurisdiction = workshop.jurisdiction;
    pack.info.created = QDateTime::currentDateTimeUtc();
    pack.info.updated = pack.info.created;
    return pack;
}

} // namespace Waymark
