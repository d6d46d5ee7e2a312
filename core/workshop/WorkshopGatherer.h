#pragma once

#include "bank/BankLibrary.h"
#include "bank/QuestionBank.h"
#include "exchange/ExchangeFile.h"
#include "store/AssessmentStore.h"
#include "workshop/Workshop.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Waymark {

// What became of one returned file.
struct GatherOutcome
{
    enum class Kind
    {
        Added,        // a new participant
        Updated,      // the same assessment (same uid) gathered again: later answers won
        Replaced,     // a newer file from a member already there replaced their older one
        KeptExisting, // an older file from a member already there: not added
        Mismatched,   // for another authority, bank version or jurisdiction: not added unless
                      // accepted
        Invalid,      // not a readable exchange file: nothing imported
    };
    QString file;
    Kind kind = Kind::Invalid;
    qint64 assessmentId = 0; // the participant's assessment, when one was added or updated
    QString message;         // what the facilitator is told; empty for a plain addition

    bool joined() const
    {
        return kind == Kind::Added || kind == Kind::Updated || kind == Kind::Replaced;
    }
};

// Brings members' returned answer packs into a workshop: each file is read in full first (all
// or nothing), checked against the workshop's authority and bank version, and matched to a
// member already there by name, where the newer file wins.
class WorkshopGatherer
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopGatherer)

public:
    // Reads every file against bank, whatever version it names.
    WorkshopGatherer(AssessmentStore &store, const QuestionBank &bank);
    // Reads each file against the bank version it names (BankLibrary), so that a member's file
    // of an earlier version keeps its meaning; members added in the room get the workshop's own
    // version.
    WorkshopGatherer(AssessmentStore &store, BankLibrary &banks);

    // acceptMismatched: add files for another authority or bank version too (the facilitator
    // has seen the warning and decided). A storage failure stops the gathering and is returned
    // in error; the outcomes so far are kept.
    QList<GatherOutcome> gather(qint64 workshopId, const QStringList &files, bool acceptMismatched,
                                StoreError *error);

    // Adds a member by name in the room ("round" entry): a new, empty assessment joined to the
    // workshop. Returns its id, or 0 with error set.
    qint64 addMember(qint64 workshopId, const QString &name, const QString &roleId,
                     StoreError *error);

    // An answer pack for one member: an empty assessment for them, their role and the
    // workshop's authority, jurisdiction and bank (bank's id and version), to open in their own
    // Waymark and send back.
    static Assessment answerPack(const WorkshopInfo &workshop, const QuestionBank &bank,
                                 const QString &memberName, const QString &roleId);

private:
    ExchangeReadResult read(const QString &file) const;
    const QuestionBank &bankOf(const WorkshopInfo &workshop) const;

    AssessmentStore &m_store;
    const QuestionBank *m_bank = nullptr;
    BankLibrary *m_banks = nullptr;
};

} // namespace Waymark
