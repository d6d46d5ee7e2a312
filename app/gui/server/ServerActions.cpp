#include "server/ServerActions.h"

#include "common/ErrorBox.h"
#include "common/Settings.h"
#include "server/AnswerHistoryDialog.h"
#include "server/HandInDialog.h"
#include "server/ServerConnector.h"
#include "server/ServerLink.h"
#include "server/ServerWatch.h"
#include "store/AssessmentStore.h"
#include "store/postgres/ServerAddress.h"
#include "store/postgres/ServerAdmin.h"
#include "walkthrough/AssessmentDocument.h"

#include <QDir>
#include <QMessageBox>

namespace Waymark {

ServerActions::ServerActions(QWidget *window, AssessmentStore &store, Settings &settings)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_settings(settings)
    , m_link(new ServerLink(store, settings.journalPath(), this))
    , m_watch(new ServerWatch(store, this))
{
    connect(m_link, &ServerLink::sent, this, [this](const ReplayOutcome &outcome) {
        Q_EMIT allSaved();
        Q_EMIT statusMessage(
            tr("Connected again: %n answer(s) typed while not connected reached the server.",
               nullptr, outcome.sent + outcome.kept),
            30000);
    });
    connect(m_link, &ServerLink::reopened, m_watch, &ServerWatch::watch);
}

void ServerActions::databaseOpened(const QString &location)
{
    m_link->setServer(AssessmentStore::isServerAddress(location) ? location : QString());
    m_watch->watch();
}

bool ServerActions::connectToServer(const std::function<bool(const QString &)> &open)
{
    ServerConnector connector(m_window, m_settings);
    const QString address = connector.ask();
    if (address.isEmpty())
        return false;
    const QString previous = m_store.path();
    if (!open(address)) {
        // The member saw why; they are back where they were, with their answers.
        if (!previous.isEmpty() && !AssessmentStore::isServerAddress(previous))
            open(previous);
        return false;
    }
    QStringList notes{connector.connected(), connector.offerCopy(previous, m_store)};
    notes.removeAll(QString());
    if (!notes.isEmpty())
        Q_EMIT statusMessage(notes.join(QLatin1Char(' ')), 30000);
    return true;
}

void ServerActions::keepOffline(AssessmentDocument &document)
{
    if (!m_link->onServer())
        return;
    const qint64 id = document.id();
    document.setOfflineKeeper([this, id](const QString &questionId, const Answer &answer) {
        QString problem;
        return m_link->keep(id, questionId, answer, &problem);
    });
}

void ServerActions::showAnswerHistory(AssessmentDocument &document, const QString &questionId)
{
    if (!m_link->onServer()) {
        QMessageBox::information(
            m_window, tr("Earlier versions"),
            tr("Earlier versions of each answer are kept by the council's server. This "
               "assessment is in a file on this computer, whose earlier states are in its daily "
               "backups."));
        return;
    }
    StoreError error;
    const std::optional<QList<AnswerChange>> changes =
        ServerAdmin::history(m_link->address(), document.id(), questionId, &error);
    if (!changes) {
        showErrorBox(m_window, QStringLiteral("errorBox"), tr("Cannot read the answer's history"),
                     error.message);
        return;
    }
    AnswerHistoryDialog dialog(document, questionId, *changes, m_window);
    dialog.exec();
}

void ServerActions::handIn(AssessmentDocument &document)
{
    if (!m_link->onServer()) {
        QMessageBox::information(
            m_window, tr("Hand in to workshop"),
            tr("Handing in goes through the council's server (File › Connect to the council's "
               "database…). On this computer, export the assessment as a file (File › Export as "
               "a file…) and give the file to the facilitator."));
        return;
    }
    StoreError error;
    const QList<WorkshopInfo> workshops = m_store.listWorkshops(&error);
    if (error.isError()) {
        showErrorBox(m_window, QStringLiteral("errorBox"), tr("Cannot read the workshops"),
                     error.message);
        return;
    }
    HandInDialog dialog(workshops, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenWorkshop() == 0)
        return;
    if (!m_store.addParticipant(dialog.chosenWorkshop(), document.id(), &error)) {
        showErrorBox(m_window, QStringLiteral("errorBox"), tr("Not handed in"), error.message);
        return;
    }
    Q_EMIT statusMessage(tr("Handed in: the workshop's facilitator can now read this assessment."),
                         15000);
}

QString ServerActions::openDatabaseName() const
{
    if (!m_store.isOpen())
        return {};
    if (!AssessmentStore::isServerAddress(m_store.path()))
        return QDir::toNativeSeparators(m_store.path());
    ServerAddress address;
    QString problem;
    ServerAddress::parse(m_store.path(), &address, &problem);
    return tr("council database %1 on %2, as %3")
        .arg(address.database, address.serverName(), address.user);
}

} // namespace Waymark
