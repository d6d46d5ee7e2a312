#pragma once
// Runs the built waymark-cli (and shell scripts around it) the way a user or a script would.
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace CliRunner {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// environment: the variables waymark-cli runs with (by default this process's).
inline Run cli(const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WAYMARK_CLI), arguments);
    if (!process.waitForFinished(60000))
        qFatal("waymark-cli did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Why this machine cannot run inNamespace() scripts, or empty when it can: a private mount
// namespace (unshare -rm) with a tmpfs mounted in it. Containers without user namespaces,
// chroots, and Ubuntu 24.04 for ordinary users refuse one or the other. Probed once.
inline QString namespacesUnavailable()
{
    static const QString reason = [] {
        QTemporaryDir dir;
        QProcess process;
        process.start(QStringLiteral("unshare"),
                      {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("mount -t tmpfs -o size=64k tmpfs '%1'").arg(dir.path())});
        if (!process.waitForFinished(30000))
            return QStringLiteral("unshare -rm did not finish");
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            return QString();
        const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return QStringLiteral("this machine cannot mount a tmpfs in a private mount namespace "
                              "(unshare -rm: %1)")
            .arg(said.isEmpty() ? process.errorString() : said);
    }();
    return reason;
}

// Runs a shell script in a private mount namespace (unshare, as root or as a user), where it can
// mount a small or read-only tmpfs to give waymark-cli a full or read-only disk for real. Check
// namespacesUnavailable() first.
inline Run inNamespace(const QString &script)
{
    QProcess process;
    process.start(QStringLiteral("unshare"),
                  {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    if (!process.waitForFinished(120000))
        qFatal("the namespace script did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace CliRunner
