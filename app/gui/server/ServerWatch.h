#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QSqlDriver;

namespace Waymark {

class AssessmentStore;

// Changes on the council's server as they happen (PostgreSQL LISTEN/NOTIFY, through
// QSqlDriver::subscribeToNotification): a rating given on another member's laptop reaches the
// facilitator's spread, and a member's answer typed on another of their machines reaches their
// window. Several changes within a tenth of a second come as one signal per assessment or
// workshop. Nothing happens for a database file.
class ServerWatch : public QObject
{
    Q_OBJECT

public:
    explicit ServerWatch(AssessmentStore &store, QObject *parent = nullptr);

    // Listens on the store's connection as it is now: call after every open of the store.
    void watch();

Q_SIGNALS:
    void assessmentChanged(qint64 assessmentId);
    void workshopChanged(qint64 workshopId);

private:
    void announce();

    AssessmentStore &m_store;
    QPointer<QSqlDriver> m_driver;
    QSet<qint64> m_assessments;
    QSet<qint64> m_workshops;
    QTimer m_gather;
};

} // namespace Waymark
