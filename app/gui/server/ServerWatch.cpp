#include "server/ServerWatch.h"

#include "store/AssessmentStore.h"

#include <QSqlDriver>

namespace Waymark {

namespace {

const QString AnswerChannel = QStringLiteral("waymark_answer");
const QString ConsensusChannel = QStringLiteral("waymark_consensus");

} // namespace

ServerWatch::ServerWatch(AssessmentStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(100);
    connect(&m_gather, &QTimer::timeout, this, &ServerWatch::announce);
}

void ServerWatch::watch()
{
    QSqlDriver *driver = m_store.notificationDriver();
    if (driver == m_driver)
        return;
    if (m_driver)
        m_driver->disconnect(this);
    m_driver = driver;
    if (!driver)
        return;
    driver->subscribeToNotification(AnswerChannel);
    driver->subscribeToNotification(ConsensusChannel);
    connect(
        driver, &QSqlDriver::notification, this,
        [this](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
            bool ok = false;
            const qint64 id = payload.toString().toLongLong(&ok);
            if (!ok)
                return;
            (channel == ConsensusChannel ? m_workshops : m_assessments).insert(id);
            if (!m_gather.isActive())
                m_gather.start();
        });
}

void ServerWatch::announce()
{
    const QSet<qint64> assessments = std::exchange(m_assessments, {});
    const QSet<qint64> workshops = std::exchange(m_workshops, {});
    for (const qint64 id : assessments)
        Q_EMIT assessmentChanged(id);
    for (const qint64 id : workshops)
        Q_EMIT workshopChanged(id);
}

} // namespace Waymark
