#pragma once

#include "store/OfflineJournal.h"

#include <QObject>
#include <QTimer>

namespace Waymark {

class AssessmentStore;

// The window's link to the council's server while one is open: when an answer cannot reach it,
// the answer is kept in the offline journal (OfflineJournal, beside the settings) and the link
// tries the server again every few seconds; once it answers, the store is opened again and the
// journal sent, in order. Also sends what an earlier session left in the journal as soon as the
// server is opened.
class ServerLink : public QObject
{
    Q_OBJECT

public:
    ServerLink(AssessmentStore &store, const QString &journalPath, QObject *parent = nullptr);

    // The server now open in the store, with its password (kept in memory only, to open it
    // again); empty when the store holds a file. Sends what waits in the journal for it.
    void setServer(const QString &address);
    bool onServer() const { return !m_address.isEmpty(); }
    // The open server's address, with its password (for a second connection: the history).
    QString address() const { return m_address; }
    // Keeps an answer the server could not take; false (problem says why) when the journal
    // cannot be written either.
    bool keep(qint64 assessmentId, const QString &questionId, const Answer &answer,
              QString *problem);
    int waiting() const;
    // How often the server is tried again while it cannot be reached (5 s by default).
    void setRetryInterval(int milliseconds) { m_retry.setInterval(milliseconds); }

Q_SIGNALS:
    // The answers waiting in the journal reached the server.
    void sent(const ReplayOutcome &outcome);
    // The store was opened again on the server after the connection was lost.
    void reopened();

private:
    void tryAgain();
    bool sendWaiting();

    AssessmentStore &m_store;
    QString m_journalPath;
    OfflineJournal m_journal;
    QString m_address; // with the password, in memory only
    QString m_key;     // without it: the journal's name for the server
    QTimer m_retry;
};

} // namespace Waymark
