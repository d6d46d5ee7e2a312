#include "server/ServerLink.h"

#include "store/AssessmentStore.h"

namespace Waymark {

ServerLink::ServerLink(AssessmentStore &store, const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_journalPath(journalPath)
{
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, &ServerLink::tryAgain);
}

void ServerLink::setServer(const QString &address)
{
    m_retry.stop();
    m_address = address;
    m_key = AssessmentStore::displayAddress(address);
    if (!address.isEmpty())
        sendWaiting();
}

bool ServerLink::keep(qint64 assessmentId, const QString &questionId, const Answer &answer,
                      QString *problem)
{
    StoreError error;
    if (!m_journal.open(m_journalPath, &error) ||
        !m_journal.keep(m_key, assessmentId, questionId, answer, &error)) {
        *problem = error.message;
        return false;
    }
    if (!m_retry.isActive())
        m_retry.start();
    return true;
}

int ServerLink::waiting() const
{
    return m_journal.isOpen() && onServer() ? m_journal.count(m_key) : 0;
}

void ServerLink::tryAgain()
{
    if (!onServer()) {
        m_retry.stop();
        return;
    }
    // The connection that failed is gone for good: the store opens the server afresh. While it
    // cannot, the store stays as it is and the journal keeps what is typed.
    AssessmentStore probe;
    StoreError error;
    if (!probe.open(m_address, AssessmentStore::OpenMode::ExistingOnly, &error))
        return;
    probe.close();
    if (!m_store.open(m_address, AssessmentStore::OpenMode::ExistingOnly, &error))
        return;
    Q_EMIT reopened();
    if (sendWaiting())
        m_retry.stop();
}

bool ServerLink::sendWaiting()
{
    StoreError error;
    if (!m_journal.open(m_journalPath, &error) || m_journal.count(m_key) == 0)
        return true;
    ReplayOutcome outcome;
    const bool all = m_journal.replay(m_key, m_store, &outcome, &error);
    if (outcome.sent + outcome.kept > 0)
        Q_EMIT sent(outcome);
    if (!all && !m_retry.isActive())
        m_retry.start();
    return all;
}

} // namespace Waymark
