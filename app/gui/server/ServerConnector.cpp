#include "server/ServerConnector.h"

#include "common/ErrorBox.h"
#include "common/Settings.h"
#include "server/PasswordKeeper.h"
#include "server/ServerConnectDialog.h"
#include "store/AssessmentStore.h"
#include "store/StoreCopy.h"
#include "store/postgres/ServerAddress.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Waymark {

ServerConnector::ServerConnector(QWidget *window, Settings &settings)
    : m_window(window)
    , m_settings(settings)
{
}

QString ServerConnector::ask()
{
    const QString last = m_settings.lastServer();
    QString problem;
    const QString kept = last.isEmpty() ? QString() : PasswordKeeper::read(last, &problem);
    ServerConnectDialog dialog(last, kept, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    m_address = dialog.addressWithoutPassword();
    m_password = dialog.password();
    m_keep = dialog.keepPassword();
    return dialog.address();
}

QString ServerConnector::connected()
{
    m_settings.setLastServer(m_address);
    if (!m_keep) {
        PasswordKeeper::forget(m_address);
        return {};
    }
    QString problem;
    if (PasswordKeeper::keep(m_address, m_password, &problem))
        return {};
    return tr("The password could not be kept in this computer's keyring (%1): you will be "
              "asked for it next time.")
        .arg(problem);
}

QString ServerConnector::offerCopy(const QString &previousFile, AssessmentStore &server)
{
    if (previousFile.isEmpty() || AssessmentStore::isServerAddress(previousFile))
        return {};
    StoreError error;
    if (server.countAssessments(&error) != 0 || error.isError())
        return {};
    AssessmentStore local;
    if (!local.open(previousFile, AssessmentStore::OpenMode::ExistingOnly, &error))
        return {};
    const int count = local.countAssessments(&error);
    if (count <= 0)
        return {};
    QMessageBox question(QMessageBox::Question, tr("Copy your assessments to the server?"),
                         tr("This computer holds %n assessment(s) in %1. Copy them to the "
                            "council's database, so that you can carry on with them there? They "
                            "stay on this computer as well.",
                            nullptr, count)
                             .arg(previousFile),
                         QMessageBox::Yes | QMessageBox::No, m_window);
    question.setObjectName(QStringLiteral("copyToServerQuestion"));
    question.setDefaultButton(QMessageBox::Yes);
    if (question.exec() != QMessageBox::Yes)
        return {};
    const std::optional<CopyOutcome> copied = copyAssessments(local, server, &error);
    if (!copied) {
        showErrorBox(m_window, QStringLiteral("errorBox"), tr("Cannot copy to the server"),
                     error.message);
        return {};
    }
    return tr("%n assessment(s) copied to the council's database.", nullptr,
              copied->created + copied->updated + copied->unchanged);
}

QString ServerConnector::withKeptPassword(const QString &address)
{
    ServerAddress parsed;
    QString problem;
    if (!ServerAddress::parse(address, &parsed, &problem) || !parsed.password.isEmpty())
        return address;
    parsed.password = PasswordKeeper::read(parsed.display(), &problem);
    return parsed.uri();
}

} // namespace Waymark
