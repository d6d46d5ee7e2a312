#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Waymark {

class AssessmentStore;
class Settings;

// The steps of File › Connect to the council's database… around the store's open, which the
// main window does: asking (ServerConnectDialog, with a password the keyring kept), then, once
// connected, remembering the server (never the password) and keeping the password in the
// keyring when asked, and offering to copy the member's assessments from this computer when
// they have none on the server yet.
class ServerConnector
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::ServerConnector)

public:
    ServerConnector(QWidget *window, Settings &settings);

    // Shows the dialog; the address to open, with the password, or empty when cancelled.
    QString ask();
    // After the open worked: remembers the server and keeps (or forgets) the password. Returns
    // a note for the status bar when the keyring could not keep it, else empty.
    QString connected();
    // With the server open in server: when the member has no assessment there yet and the
    // database file they had open holds some, offers to copy them (copyAssessments). Returns
    // what happened, for the status bar (empty when nothing was offered).
    QString offerCopy(const QString &previousFile, AssessmentStore &server);

    // The address of a server remembered from last time, with the password the keyring kept
    // for it, if any: what the window reopens at start (libpq also reads PGPASSWORD and
    // ~/.pgpass, and Kerberos needs none). A file's path comes back as it is.
    static QString withKeptPassword(const QString &address);

private:
    QWidget *m_window;
    Settings &m_settings;
    QString m_address; // without the password
    QString m_password;
    bool m_keep = false;
};

} // namespace Waymark
