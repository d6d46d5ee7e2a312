// Issue 11: every verb that writes a file (export in its three formats, report, report --out-dir,
// workbook, workshop pack, workshop report), run as a script would, against outputs that must
// never be written: the database under any name and its own files, things that are not regular
// files; and on disks that fill up, fail at the last flush or keep no permissions (made by the
// fault-injection library, so that these run on any machine, as root or not). Each checks the
// exit code, the message, that every file is byte for byte as it was and that no temporary file
// is left behind.
#include "CliRunner.h"
#include "FaultInjection.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using FaultInjection::Faults;

namespace {

const QString Cli = QStringLiteral(WAYMARK_CLI);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// waymark-cli in folder (for relative paths), with faults (none when their folder is empty).
Run cliIn(const QString &folder, const QStringList &arguments, const Faults &faults = {})
{
    QProcess process;
    process.setWorkingDirectory(folder);
    if (!faults.folder.isEmpty())
        process.setProcessEnvironment(FaultInjection::environment(faults));
    process.start(Cli, arguments);
    if (!process.waitForFinished(60000))
        qFatal("waymark-cli did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Everything under folder as it is on disk, hidden files included and links not followed: a
// file's bytes, a link's target, or what kind of thing it is. Two equal snapshots mean nothing
// was touched and nothing (no temporary file) was left behind.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> found;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QDir(folder).relativeFilePath(path);
        struct stat status;
        if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
            continue;
        if (S_ISLNK(status.st_mode)) {
            found.insert(name, "link to " + QFile::encodeName(QFile::symLinkTarget(path)));
        } else if (S_ISREG(status.st_mode)) {
            QFile file(path);
            found.insert(name, file.open(QIODevice::ReadOnly) ? file.readAll() : "unreadable");
        } else {
            found.insert(name, S_ISDIR(status.st_mode)    ? "folder"
                               : S_ISFIFO(status.st_mode) ? "fifo"
                               : S_ISSOCK(status.st_mode) ? "socket"
                                                          : "other");
        }
    }
    return found;
}

QString differences(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after)
{
    QStringList changes;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changes.append(QStringLiteral("gone: ") + it.key());
        else if (after.value(it.key()) != it.value())
            changes.append(QStringLiteral("changed: ") + it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changes.append(QStringLiteral("new: ") + it.key());
    }
    return changes.join(QStringLiteral(", "));
}

bool makeSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (fd < 0 || size_t(name.size()) >= sizeof address.sun_path)
        return false;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return bound;
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data; // the database's folder
    QString m_db;
    QString m_out; // outputs go here; the faults apply here

    QString data(const QString &name) const { return m_data + QLatin1Char('/') + name; }
    QString out(const QString &name) const { return m_out + QLatin1Char('/') + name; }

    // The verbs that write one file, with OUT where the output goes.
    QList<std::pair<const char *, QStringList>> writers(bool workbook) const
    {
        QList<std::pair<const char *, QStringList>> verbs = {
            {"export", {"export", "--db", m_db, "--assessment", "1", "--out", "OUT"}},
            {"export answers-csv",
             {"export", "--db", m_db, "--assessment", "1", "--format", "answers-csv", "--out",
              "OUT"}},
            {"export actions-csv",
             {"export", "--db", m_db, "--assessment", "1", "--format", "actions-csv", "--out",
              "OUT"}},
            // The report verbs are told the format: these targets' names say none, and a name
            // that says none is a usage error before the target is looked at.
            {"report",
             {"report", "--db", m_db, "--assessment", "1", "--format", "pdf", "--out", "OUT"}},
            {"workshop pack",
             {"workshop", "pack", "--db", m_db, "--workshop", "1", "--member", "Cllr Bryn",
              "--role", "councillor", "--out", "OUT"}},
            {"workshop report", {"workshop", "report", "--db", m_db, "--workshop", "1",
                                 "--format", "pdf", "--out", "OUT"}},
        };
        if (workbook)
            verbs.append(
                {"workbook", {"workbook", "--role", "leader", "--format", "pdf", "--out", "OUT"}});
        return verbs;
    }

    static QStringList withOut(QStringList arguments, const QString &target)
    {
        arguments.replaceInStrings(QStringLiteral("OUT"), target);
        return arguments;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        m_out = m_dir.filePath(QStringLiteral("out"));
        m_db = data(QStringLiteral("w.db"));
        QVERIFY(QDir().mkpath(m_data));
        QVERIFY(QDir().mkpath(m_out));
        using CliRunner::cli;
        QCOMPARE(cli({"new", "--db", m_db, "--authority", "Borsetshire", "--respondent",
                      "Cllr Ann", "--role", "councillor"})
                     .out,
                 QStringLiteral("1\n"));
        QCOMPARE(cli({"answer", "--db", m_db, "--assessment", "1", "--question", "LEAD-01",
                      "--rating", "2", "--evidence", "The DCS's report to scrutiny"})
                     .exitCode,
                 0);
        QCOMPARE(cli({"workshop", "new", "--db", m_db, "--name", "Autumn workshop", "--authority",
                      "Borsetshire"})
                     .out,
                 QStringLiteral("1\n"));
        // The day's backup is taken: from here on, using the database changes none of its files.
        QCOMPARE(QDir(m_data + QStringLiteral("/w-backups")).entryList(QDir::Files).size(), 1);
        QCOMPARE(::link(QFile::encodeName(m_db).constData(),
                        QFile::encodeName(data(QStringLiteral("hard-link.db"))).constData()),
                 0);
    }

    // --- Item 1: an output that is the database ----------------------------------------------

    void outputOverTheDatabaseIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("target");
        const QString backup =
            QDir(m_data + QStringLiteral("/w-backups")).entryList(QDir::Files).constFirst();
        const QList<std::pair<const char *, QString>> targets = {
            {"the database", m_db},
            {"relative", QStringLiteral("data/w.db")},
            {"..", QStringLiteral("out/../data/w.db")},
            {"symbolic link", QStringLiteral("out/link-to-db")},
            {"hard link", data(QStringLiteral("hard-link.db"))},
            {"WAL", m_db + QStringLiteral("-wal")},
            {"shared memory", m_db + QStringLiteral("-shm")},
            {"journal", m_db + QStringLiteral("-journal")},
            {"lock", m_db + QStringLiteral(".lock")},
            {"a backup", data(QStringLiteral("w-backups/")) + backup},
            {"a new file among the backups", data(QStringLiteral("w-backups/export.json"))},
        };
        for (const auto &[verb, arguments] : writers(false)) {
            for (const auto &[kind, target] : targets)
                QTest::addRow("%s, %s", verb, kind) << arguments << target;
        }
        // workbook opens no database, but never writes over one either.
        const QStringList workbook = writers(true).constLast().second;
        QTest::addRow("workbook, the database") << workbook << m_db;
        QTest::addRow("workbook, symbolic link") << workbook << QStringLiteral("out/link-to-db");
        QTest::addRow("workbook, hard link") << workbook << data(QStringLiteral("hard-link.db"));
    }

    void outputOverTheDatabaseIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, target);
        if (!QFileInfo(out(QStringLiteral("link-to-db"))).isSymLink())
            QVERIFY(QFile::link(m_db, out(QStringLiteral("link-to-db"))));
        const QMap<QString, QByteArray> before = snapshot(m_dir.path());
        const Run run = cliIn(m_dir.path(), withOut(arguments, target));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot save %1: that would overwrite the "
                                                 "database ")
                                      .arg(target)),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("would overwrite the database ") +
                                  (arguments.first() == QLatin1String("workbook")
                                       ? QFileInfo(m_db).canonicalPath()
                                       : m_db)),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        const QMap<QString, QByteArray> after = snapshot(m_dir.path());
        QVERIFY2(after == before, qPrintable(differences(before, after)));
    }

    // A pack of reviews never goes into the backup folder, nor over a file the database has,
    // and nothing is written when any file of the pack is refused.
    void packOfReviewsNeverGoesOverTheDatabase_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("folder");
        QTest::newRow("the backup folder") << "w.db"
                                           << "w-backups";
        QTest::newRow("the backup folder through a link") << "w.db"
                                                          << "link-to-backups";
        QTest::newRow("a database named like the PDF") << "1-Borsetshire-Cllr-Ann.pdf"
                                                       << ".";
    }

    void packOfReviewsNeverGoesOverTheDatabase()
    {
        QFETCH(QString, database);
        QFETCH(QString, folder);
        QTemporaryDir dir;
        const QString db = dir.filePath(database);
        QCOMPARE(CliRunner::cli({"new", "--db", db, "--authority", "Borsetshire", "--respondent",
                                 "Cllr Ann", "--role", "councillor"})
                     .out,
                 QStringLiteral("1\n"));
        QCOMPARE(CliRunner::cli({"list", "--db", db}).exitCode, 0); // the day's backup
        QVERIFY(QFile::link(QStringLiteral("w-backups"), dir.filePath(QStringLiteral("link-to-backups"))));
        const QMap<QString, QByteArray> before = snapshot(dir.path());
        const Run run = cliIn(dir.path(), {"report", "--db", db, "--all", "--out-dir", folder});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("would overwrite the database ") + db),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        const QMap<QString, QByteArray> after = snapshot(dir.path());
        QVERIFY2(after == before, qPrintable(differences(before, after)));
    }

    // --- Item 2: an output that is not a regular file -------------------------------------------

    void notARegularFileIsLeftAsItWas_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("why");
        const QList<std::tuple<const char *, QString, QString>> targets = {
            {"named pipe", out(QStringLiteral("fifo")), "it is a named pipe (FIFO), not a regular file"},
            {"socket", out(QStringLiteral("socket")), "it is a socket, not a regular file"},
            {"folder", out(QStringLiteral("folder")), "it is a folder, not a regular file"},
            {"link to a pipe", out(QStringLiteral("link-to-fifo")),
             "it is a named pipe (FIFO), not a regular file"},
            {"link to nothing", out(QStringLiteral("dangling")), "it is a symbolic link to "},
            {"device", QStringLiteral("/dev/null"), "it is a device, not a regular file"},
        };
        for (const auto &[verb, arguments] : writers(true)) {
            for (const auto &[kind, target, why] : targets)
                QTest::addRow("%s, %s", verb, kind) << arguments << target << why;
        }
    }

    void notARegularFileIsLeftAsItWas()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, target);
        QFETCH(QString, why);
        if (!QFileInfo::exists(out(QStringLiteral("fifo")))) {
            QCOMPARE(::mkfifo(QFile::encodeName(out(QStringLiteral("fifo"))).constData(), 0600),
                     0);
            QVERIFY(makeSocket(out(QStringLiteral("socket"))));
            QVERIFY(QDir().mkpath(out(QStringLiteral("folder"))));
            QVERIFY(QFile::link(QStringLiteral("fifo"), out(QStringLiteral("link-to-fifo"))));
            QVERIFY(QFile::link(QStringLiteral("nowhere"), out(QStringLiteral("dangling"))));
        }
        // /dev is read-only for the run: should the refusal ever break, a device is not
        // replaced (as root, a rename would do it).
        Faults guard;
        guard.folder = QStringLiteral("/dev");
        guard.readOnly = true;
        const QMap<QString, QByteArray> before = snapshot(m_dir.path());
        const Run run = cliIn(m_dir.path(), withOut(arguments, target), guard);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot save %1: %2").arg(target, why)),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        const QMap<QString, QByteArray> after = snapshot(m_dir.path());
        QVERIFY2(after == before, qPrintable(differences(before, after)));
        struct stat status;
        QCOMPARE(::stat("/dev/null", &status), 0);
        QVERIFY(S_ISCHR(status.st_mode));
    }

    // Through a symbolic link to a regular file, the file is written and the link kept.
    void symbolicLinkToAFileIsWrittenThrough_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("start");
        const QList<std::pair<const char *, QStringList>> verbs = writers(true);
        for (const auto &[verb, arguments] : verbs) {
            const bool pdf = arguments.contains(QLatin1String("report")) ||
                             arguments.first() == QLatin1String("workbook");
            const bool csv = arguments.contains(QLatin1String("--format"));
            QTest::addRow("%s", verb)
                << arguments << QByteArray(pdf ? "%PDF" : csv ? "\xEF\xBB\xBF" : "{");
        }
    }

    void symbolicLinkToAFileIsWrittenThrough()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("real"))));
        const QString real = dir.filePath(QStringLiteral("real/file"));
        const QString link = dir.filePath(QStringLiteral("link"));
        QFile old(real);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(QFile::link(QStringLiteral("real/file"), link));
        const Run run = cliIn(dir.path(), withOut(arguments, link));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFile::symLinkTarget(link), real);
        QVERIFY(CliRunner::fileBytes(real).startsWith(start));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("real"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList({"file"}));
    }

    // --- Item 3: a full disk, and a final flush that fails --------------------------------------

    void fullDiskKeepsTheEarlierFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<qint64>("room");
        QTest::addColumn<QString>("noSpaceError");
        QTest::addColumn<QString>("syncError");
        QTest::addColumn<QString>("message");
        for (const auto &[verb, arguments] : writers(true)) {
            QTest::addRow("%s, no room", verb) << arguments << qint64(0) << "" << ""
                                               << "The disk is full: ";
            // Every output is longer than this, the action plan's headings included.
            QTest::addRow("%s, full after 20 bytes", verb)
                << arguments << qint64(20) << "" << ""
                << "The disk is full: ";
            QTest::addRow("%s, over quota", verb) << arguments << qint64(10) << "EDQUOT" << ""
                                                  << "The disk is full: ";
            QTest::addRow("%s, full at the last flush", verb)
                << arguments << qint64(-1) << "" << "ENOSPC"
                << "The disk is full: ";
            QTest::addRow("%s, failing disk at the last flush", verb)
                << arguments << qint64(-1) << "" << "EIO"
                << "Input/output error";
        }
    }

    void fullDiskKeepsTheEarlierFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(qint64, room);
        QFETCH(QString, noSpaceError);
        QFETCH(QString, syncError);
        QFETCH(QString, message);
        const QString target = out(QStringLiteral("earlier"));
        QFile earlier(target);
        QVERIFY(earlier.open(QIODevice::WriteOnly | QIODevice::Truncate));
        earlier.write("the earlier file, which must survive");
        earlier.close();
        Faults faults;
        faults.folder = m_out;
        faults.noSpaceAfter = room;
        faults.noSpaceError = noSpaceError;
        faults.syncError = syncError;
        const QMap<QString, QByteArray> before = snapshot(m_dir.path());
        const Run run = cliIn(m_dir.path(), withOut(arguments, target), faults);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(target), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        const QMap<QString, QByteArray> after = snapshot(m_dir.path());
        QVERIFY2(after == before, qPrintable(differences(before, after)));
    }

    void fullDiskStopsAPackOfReviews()
    {
        const QString folder = out(QStringLiteral("pack"));
        QVERIFY(QDir().mkpath(folder));
        Faults faults;
        faults.folder = m_out;
        faults.noSpaceAfter = 1000;
        const QMap<QString, QByteArray> before = snapshot(m_dir.path());
        const Run run = cliIn(m_dir.path(), {"report", "--db", m_db, "--all", "--out-dir", folder},
                              faults);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("The disk is full: ") + folder), qPrintable(run.err));
        const QMap<QString, QByteArray> after = snapshot(m_dir.path());
        QVERIFY2(after == before, qPrintable(differences(before, after)));
    }

    // A read-only disk is a failure too, with its own reason.
    void readOnlyDiskIsAStorageError()
    {
        Faults faults;
        faults.folder = m_out;
        faults.readOnly = true;
        for (const auto &[verb, arguments] : writers(true)) {
            const QMap<QString, QByteArray> before = snapshot(m_dir.path());
            const Run run =
                cliIn(m_dir.path(), withOut(arguments, out(QStringLiteral("new-file"))), faults);
            QVERIFY2(run.exitCode == 3, verb);
            QVERIFY2(run.err.contains(QLatin1String("Read-only file system")), qPrintable(run.err));
            QVERIFY2(snapshot(m_dir.path()) == before, verb);
        }
    }

    // --- Item 4: a USB stick, which keeps no permissions --------------------------------------

    void diskWithoutPermissionsSavesWithAWarning_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("chmod");
        for (const auto &[verb, arguments] : writers(true)) {
            QTest::addRow("%s, permissions ignored (FAT, exFAT)", verb) << arguments << "ignore";
            QTest::addRow("%s, permissions refused", verb) << arguments << "eperm";
        }
    }

    void diskWithoutPermissionsSavesWithAWarning()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, chmod);
        const QString target = out(QStringLiteral("on-the-stick"));
        QFile::remove(target);
        Faults faults;
        faults.folder = m_out;
        faults.chmod = chmod;
        const Run run = cliIn(m_dir.path(), withOut(arguments, target), faults);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral(": warning: %1 was saved, but it could not be "
                                                 "made private to you")
                                      .arg(target)),
                 qPrintable(run.err));
        QVERIFY(QFileInfo(target).size() > 0);
        QCOMPARE(QDir(m_out).entryList({QStringLiteral("on-the-stick*")},
                                       QDir::Files | QDir::Hidden),
                 QStringList({"on-the-stick"}));
    }

    // Answer packs into a folder on the stick: every pack written, one warning.
    void packOfReviewsOnAStickSavesWithAWarning()
    {
        const QString folder = out(QStringLiteral("stick-pack"));
        Faults faults;
        faults.folder = m_out;
        faults.chmod = QStringLiteral("ignore");
        const Run run =
            cliIn(m_dir.path(), {"report", "--db", m_db, "--all", "--out-dir", folder}, faults);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("could not be made private")), qPrintable(run.err));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
