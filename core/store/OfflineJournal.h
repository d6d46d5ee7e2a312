#pragma once

#include "assessment/Assessment.h"
#include "store/StoreError.h"

#include <QList>
#include <QString>

#include <optional>

namespace Waymark {

class AssessmentStore;

// One answer kept while the server could not be reached.
struct JournalEntry
{
    qint64 sequence = 0; // the order it was typed in
    QString server;      // the server's address, without a password
    qint64 assessmentId = 0;
    QString questionId;
    Answer answer; // with the time it was typed
};

// What sending the journal did.
struct ReplayOutcome
{
    int sent = 0;      // answers that became the server's
    int kept = 0;      // answers older than the server's: sent to its history, the newer kept
    int remaining = 0; // still waiting (the connection went again)
};

// The member's answers typed while the council's server could not be reached (issue 14): a small
// SQLite file beside the app's settings, owner-only (0600), holding each answer in the order it
// was typed until it has reached the server. It holds answers only; nothing else is typed offline
// into a server's assessment.
class OfflineJournal
{
public:
    OfflineJournal();
    ~OfflineJournal();
    OfflineJournal(const OfflineJournal &) = delete;
    OfflineJournal &operator=(const OfflineJournal &) = delete;

    // Opens (creating, owner-only) the journal file at path.
    bool open(const QString &path, StoreError *error);
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString path() const { return m_path; }

    bool keep(const QString &server, qint64 assessmentId, const QString &questionId,
              const Answer &answer, StoreError *error);
    // The answers waiting for server, oldest first.
    QList<JournalEntry> pending(const QString &server, StoreError *error) const;
    int count(const QString &server) const;

    // Sends what waits for the server open in store, in order: an answer newer than the
    // server's becomes the answer; one older than the server's goes to the server's history
    // (saved, then the server's newer answer saved back over it), so that the newer change wins
    // and no text is lost. Each entry leaves the journal once the server has it. Stops at the
    // first failure (the connection went again), with the rest kept.
    bool replay(const QString &server, AssessmentStore &store, ReplayOutcome *outcome,
                StoreError *error);

private:
    bool remove(qint64 sequence, StoreError *error);

    QString m_path;
    QString m_connection;
};

} // namespace Waymark
