#pragma once
// Runs a program with the fault-injection library (faultinject.cpp) preloaded, so that files in
// one folder behave as on a full, read-only or permission-less disk.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace FaultInjection {

struct Faults
{
    QString folder;           // faults apply under this folder only
    qint64 noSpaceAfter = -1; // bytes that still fit; -1: the disk never fills
    QString syncError;        // "ENOSPC" or "EIO": the final flush fails
    QString chmod;            // "ignore" (FAT, exFAT) or "eperm"
    bool readOnly = false;
};

inline QProcessEnvironment environment(const Faults &faults)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(WAYMARK_FAULT_LIBRARY));
    env.insert(QStringLiteral("WAYMARK_FAULT_DIR"), faults.folder);
    if (faults.noSpaceAfter >= 0)
        env.insert(QStringLiteral("WAYMARK_FAULT_NOSPACE_AFTER"),
                   QString::number(faults.noSpaceAfter));
    if (!faults.syncError.isEmpty())
        env.insert(QStringLiteral("WAYMARK_FAULT_SYNC"), faults.syncError);
    if (!faults.chmod.isEmpty())
        env.insert(QStringLiteral("WAYMARK_FAULT_CHMOD"), faults.chmod);
    if (faults.readOnly)
        env.insert(QStringLiteral("WAYMARK_FAULT_READONLY"), QStringLiteral("1"));
    return env;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run run(const QString &program, const QStringList &arguments, const Faults &faults)
{
    QProcess process;
    process.setProcessEnvironment(environment(faults));
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace FaultInjection
