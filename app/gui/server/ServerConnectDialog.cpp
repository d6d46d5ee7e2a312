#include "server/ServerConnectDialog.h"

#include "store/postgres/ServerAddress.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Waymark {

namespace {

constexpr int DefaultPort = 5432;

QString sslModeOf(const ServerAddress &address)
{
    for (const QString &option : address.options) {
        if (option.startsWith(QLatin1String("sslmode=")))
            return option.mid(8);
    }
    return {};
}

} // namespace

ServerConnectDialog::ServerConnectDialog(const QString &lastAddress, const QString &password,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverConnectDialog"));
    setWindowTitle(tr("Connect to the council's database"));
    auto *intro = new QLabel(
        tr("Your council's IT team gives you these details. Your answers are then kept on the "
           "council's server instead of this computer."),
        this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_tls = new QCheckBox(tr("&Encrypt the connection (TLS)"), this);
    m_tls->setObjectName(QStringLiteral("serverTls"));
    m_tls->setChecked(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keep = new QCheckBox(tr("&Keep the password in this computer's keyring"), this);
    m_keep->setObjectName(QStringLiteral("keepPassword"));

    ServerAddress last;
    QString problem;
    if (ServerAddress::parse(lastAddress, &last, &problem)) {
        m_host->setText(last.host);
        if (last.port > 0)
            m_port->setValue(last.port);
        m_database->setText(last.database);
        m_user->setText(last.user);
        const QString mode = sslModeOf(last);
        m_tls->setChecked(mode.isEmpty() ||
                          (mode != QLatin1String("disable") && mode != QLatin1String("allow") &&
                           mode != QLatin1String("prefer")));
    }
    m_password->setText(password);
    m_keep->setChecked(!password.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(QString(), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_keep);
    for (QWidget *field : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                           static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
                           static_cast<QWidget *>(m_password)}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            field->setAccessibleName(
                label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateButtons();
    // The first empty field is where the member starts typing.
    for (QLineEdit *edit : {m_host, m_database, m_user, m_password}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

void ServerConnectDialog::updateButtons()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() &&
                          !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty());
}

QString ServerConnectDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    address.options.append(m_tls->isChecked() ? QStringLiteral("sslmode=require")
                                              : QStringLiteral("sslmode=prefer"));
    return address.uri();
}

QString ServerConnectDialog::addressWithoutPassword() const
{
    ServerAddress parsed;
    QString problem;
    return ServerAddress::parse(address(), &parsed, &problem) ? parsed.display() : QString();
}

QString ServerConnectDialog::password() const
{
    return m_password->text();
}

bool ServerConnectDialog::keepPassword() const
{
    return m_keep->isChecked() && !m_password->text().isEmpty();
}

} // namespace Waymark
