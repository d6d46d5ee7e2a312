#pragma once
// Runs the built waymark-cli (and shell scripts around it) the way a user or a script would.
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace CliRunner {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList &arguments)
{
    QProcess process;
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

// Runs a shell script in a private mount namespace (unshare, as root or as a user), where it can
// mount a small or read-only tmpfs to give waymark-cli a full or read-only disk for real.
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
