#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;
class QPushButton;

namespace Waymark {

// File › Connect to the council's database…: where the council's PostgreSQL server is, which
// database, who the member is there, whether the connection is encrypted, and the password,
// which may be kept in the desktop's keyring. Filled in from the last server connected to.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // lastAddress: the last server's address without a password, or empty; password: one the
    // keyring kept for it, or empty.
    ServerConnectDialog(const QString &lastAddress, const QString &password,
                        QWidget *parent = nullptr);

    // The address to connect to, with the password when one was typed (kept only in memory).
    QString address() const;
    // The same without the password: for settings, the keyring's key and the title bar.
    QString addressWithoutPassword() const;
    QString password() const;
    bool keepPassword() const;

private:
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QCheckBox *m_tls;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QPushButton *m_connect;
};

} // namespace Waymark
