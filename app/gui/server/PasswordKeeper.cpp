#include "server/PasswordKeeper.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace Waymark {

namespace {

const QString Service = QStringLiteral("Waymark council database");

// Runs a keychain job to its end.
bool runJob(QKeychain::Job &job, QString *problem)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (problem && job.error() != QKeychain::EntryNotFound)
        *problem = job.errorString();
    return false;
}

} // namespace

QString PasswordKeeper::read(const QString &address, QString *problem)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(address);
    return runJob(job, problem) ? job.textData() : QString();
}

bool PasswordKeeper::keep(const QString &address, const QString &password, QString *problem)
{
    QKeychain::WritePasswordJob job(Service);
    job.setKey(address);
    job.setTextData(password);
    return runJob(job, problem);
}

void PasswordKeeper::forget(const QString &address)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(address);
    runJob(job, nullptr);
}

} // namespace Waymark
