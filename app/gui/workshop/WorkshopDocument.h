#pragma once

#include "bank/QuestionBank.h"
#include "scoring/Scoring.h"
#include "store/AssessmentStore.h"
#include "workshop/Workshop.h"
#include "workshop/WorkshopGatherer.h"
#include "workshop/WorkshopSpread.h"

#include <QObject>

#include <optional>

namespace Waymark {

class BankLibrary;

// The workshop a facilitator has open: its members' answers, the answers the room agreed, and
// what follows from them (the spread of answers per question, the group's score). Every change
// goes through here and is written to the store at once, so what the window shows is what is
// saved; the window and its panels read from here and follow the signals.
//
// The agreed answers are the workshop's record, not a member's assessment, and have no undo:
// each choice is saved as it is made, and choosing again (or Clear) corrects it.
//
// A workshop reviews under one law: its bank is the version it was set up with as that version
// applies under the workshop's jurisdiction (BankLibrary::applied).
class WorkshopDocument : public QObject
{
    Q_OBJECT

public:
    // banks must outlive the document.
    WorkshopDocument(AssessmentStore &store, BankLibrary &banks, QObject *parent = nullptr);

    AssessmentStore &store() { return m_store; }
    BankLibrary &banks() const { return m_banks; }
    // The open workshop's bank; with none open, the latest under England's law.
    const QuestionBank &bank() const { return *m_bank; }
    const std::optional<Workshop> &workshop() const { return m_workshop; }
    bool isOpen() const { return m_workshop.has_value(); }
    qint64 id() const { return m_workshop ? m_workshop->info.id : 0; }
    // Whether the open workshop holds that assessment (handed in or gathered).
    bool hasParticipant(qint64 assessmentId) const;
    const WorkshopSpread &spread() const { return m_spread; }
    // The agreed answers scored like an assessment of the group (groupBank()).
    const ScoreReport &groupScores() const { return m_groupScores; }

    // Reads a workshop from the store, once, and makes it the one open. On failure nothing
    // changes and error says why.
    bool open(qint64 workshopId, StoreError *error);
    // Leaves no workshop open (another database was opened, or it has none).
    void close();
    // Reads the open workshop again, after something else wrote to the store (round entry).
    void reload();

    // Edits, each saved at once. On failure nothing changes and error says why.
    bool setAgreed(const QString &questionId, Rating rating, const QString &note,
                   StoreError *error);
    // Gathers returned answer files into the workshop (WorkshopGatherer::gather).
    QList<GatherOutcome> gather(const QStringList &paths, bool acceptMismatched, StoreError *error);
    bool addMember(const QString &name, const QString &roleId, StoreError *error);
    bool removeMember(qint64 assessmentId, StoreError *error);

Q_SIGNALS:
    // Another workshop, or none, is open now: views start afresh (no selection carried over).
    void opened();
    // The open workshop changed: an edit, or it was read again.
    void changed();
    // Reading the workshop again failed: what was read before is still shown.
    void readFailed(const QString &message);

private:
    // Recomputes what follows from the workshop in memory.
    void recompute();

    // The bank of the workshop being opened (or of none).
    void useBankOf(const WorkshopInfo *info);

    AssessmentStore &m_store;
    BankLibrary &m_banks;
    const QuestionBank *m_bank = nullptr;
    std::optional<Workshop> m_workshop;
    WorkshopSpread m_spread;
    ScoreReport m_groupScores;
};

} // namespace Waymark
