#pragma once
// Runs a program with the fault-injection library (faultinject.cpp) preloaded, so that files in
// one folder behave as on a full, read-only or permission-less disk; or gives a test process those
// faults in itself, to drive saveFileSafely() or the app's own windows onto such a disk.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <unistd.h>

namespace FaultInjection {

// Whose program a test starts with faults: one of Waymark's (built with the sanitizers in a
// WAYMARK_SANITIZE build), or one of the system's (/bin/sh, dd), never built with them.
enum class Program
{
    Waymark,
    System,
};

// What LD_PRELOAD names for the library. A program built with ASan refuses to start unless the
// ASan runtime comes first in the list ("ASan runtime does not come first"), so in a
// WAYMARK_SANITIZE build Waymark's programs get it first; its interceptors then call on into the
// library's, which call on into libc. The system's programs get the library alone: the ASan
// runtime would check code that is not Waymark's (dd's aligned_alloc(4096, 16) stops it).
inline QByteArray preloadList(Program program = Program::Waymark)
{
    const QByteArray sanitizer = WAYMARK_ASAN_RUNTIME;
    if (sanitizer.isEmpty() || program == Program::System)
        return QByteArray(WAYMARK_FAULT_LIBRARY);
    return sanitizer + ' ' + QByteArray(WAYMARK_FAULT_LIBRARY);
}

struct Faults
{
    QString folder;           // faults apply under this folder only
    qint64 noSpaceAfter = -1; // bytes that still fit; -1: the disk never fills
    QString noSpaceError;     // "EDQUOT": a full write fails as over quota, not ENOSPC
    QString syncError;        // "ENOSPC", "EDQUOT" or "EIO": the final flush fails
    QString chmod;            // "ignore" (FAT, exFAT) or "eperm"
    bool readOnly = false;
};

// The library's variables for faults, every one of them (empty when unused).
inline QList<std::pair<QString, QString>> variables(const Faults &faults)
{
    return {
        {QStringLiteral("WAYMARK_FAULT_DIR"), faults.folder},
        {QStringLiteral("WAYMARK_FAULT_NOSPACE_AFTER"),
         faults.noSpaceAfter >= 0 ? QString::number(faults.noSpaceAfter) : QString()},
        {QStringLiteral("WAYMARK_FAULT_NOSPACE_ERRNO"), faults.noSpaceError},
        {QStringLiteral("WAYMARK_FAULT_SYNC"), faults.syncError},
        {QStringLiteral("WAYMARK_FAULT_CHMOD"), faults.chmod},
        {QStringLiteral("WAYMARK_FAULT_READONLY"),
         faults.readOnly ? QStringLiteral("1") : QString()},
    };
}

inline QProcessEnvironment environment(const Faults &faults, Program program = Program::Waymark)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), QString::fromLocal8Bit(preloadList(program)));
    for (const auto &[name, value] : variables(faults)) {
        if (value.isEmpty())
            env.remove(name);
        else
            env.insert(name, value);
    }
    return env;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run run(const QString &program, const QStringList &arguments, const Faults &faults,
               Program whose = Program::Waymark)
{
    QProcess process;
    process.setProcessEnvironment(environment(faults, whose));
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// --- Faults in the test process itself ----------------------------------------------------------

using Configure = void (*)();

inline Configure configureFunction()
{
    return reinterpret_cast<Configure>(dlsym(RTLD_DEFAULT, "waymark_fault_configure"));
}

// Call first thing in main(): when the library is not in this process yet, starts the same test
// again (same arguments) with it preloaded, so that the test runs the same from CTest, by hand or
// in a debugger. No fault applies until inThisProcess() sets one.
inline void preloadIntoThisProcess(char **argv)
{
    if (configureFunction())
        return;
    QByteArray preload = preloadList();
    if (const char *others = std::getenv("LD_PRELOAD"); others && *others)
        preload += ' ' + QByteArray(others);
    ::setenv("LD_PRELOAD", preload.constData(), 1);
    ::unsetenv("WAYMARK_FAULT_DIR");
    ::execv("/proc/self/exe", argv);
    qFatal("could not start the test again with %s preloaded: %s", WAYMARK_FAULT_LIBRARY,
           std::strerror(errno));
}

// Gives this process (and any program it starts from now on) the faults; false when the library
// is not preloaded (preloadIntoThisProcess() was not called).
inline bool inThisProcess(const Faults &faults)
{
    const Configure configure = configureFunction();
    if (!configure)
        return false;
    for (const auto &[name, value] : variables(faults)) {
        if (value.isEmpty())
            qunsetenv(name.toLatin1().constData());
        else
            qputenv(name.toLatin1().constData(), value.toLocal8Bit());
    }
    configure();
    return true;
}

// Ends every fault in this process.
inline void clearInThisProcess()
{
    inThisProcess(Faults());
}

} // namespace FaultInjection
