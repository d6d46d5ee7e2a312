// saveFileSafely(), the one way Waymark writes a file, on every way a save can go wrong: a disk
// that fills at the byte the test chooses (while writing, at the last flush, at the sync), a
// disk that is read-only or keeps no permissions, a writer that gives up, an output that is the
// database or one of its files under another name, and an output that is not a regular file.
// The disks are the fault-injection library (tests/support/faultinject.cpp) loaded into this
// very test, so they behave the same on any machine, as root or not, with or without namespaces.
#include "store/AssessmentStore.h"
#include "FaultInjection.h"
#include "files/SafeSave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Waymark;
using FaultInjection::Faults;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
}

// Everything in a folder, hidden files included: a temporary file left behind shows here.
QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) &
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

// More than QFileDevice's 16 KiB buffer, so that a save writes both straight through and from
// the buffer at the last flush.
QByteArray bigData()
{
    QByteArray data;
    for (int i = 0; data.size() < 100000; ++i)
        data += "line " + QByteArray::number(i) + " of the new export\n";
    return data;
}

bool makeSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (size_t(name.size()) >= sizeof address.sun_path) {
        ::close(fd);
        return false;
    }
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd); // the socket file stays
    return bound;
}

} // namespace

class TestSafeSave : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_disk; // the folder the faults apply to

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // The disk folder has this fault until the test function ends.
    void give(Faults faults)
    {
        faults.folder = m_disk;
        QVERIFY2(FaultInjection::inThisProcess(faults), "the fault library is not loaded");
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_disk = path(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(m_disk));
    }

    void cleanup()
    {
        FaultInjection::clearInThisProcess();
        m_dir.reset();
    }

    // --- Saving ----------------------------------------------------------------------------

    void savesOwnerOnlyAndMakesAWidenedFilePrivate()
    {
        const QString file = path(QStringLiteral("new.json"));
        SaveResult saved = saveFileSafely(file, QByteArray("first"));
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(saved.warning.isEmpty());
        QCOMPARE(modeOf(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(readFile(file), QByteArray("first"));

        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        saved = saveFileSafely(file, bigData());
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(modeOf(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(readFile(file), bigData());
        QCOMPARE(listing(m_dir->path()), QStringList({"disk", "new.json"}));
    }

    void emptyDataSavesAnEmptyFile()
    {
        const QString file = path(QStringLiteral("empty.csv"));
        const SaveResult saved = saveFileSafely(file, QByteArray());
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(QFileInfo(file).size(), 0);
    }

    void missingFolderFailsAndCreatesNothing()
    {
        const QString file = path(QStringLiteral("no-such-folder/out.json"));
        const SaveResult saved = saveFileSafely(file, QByteArray("data"));
        QCOMPARE(saved.status, SaveResult::Status::Failed);
        QVERIFY2(saved.message.startsWith(QStringLiteral("Cannot save ") +
                                          QDir::toNativeSeparators(file) +
                                          QStringLiteral(": No such file or directory")),
                 qPrintable(saved.message));
        QCOMPARE(listing(m_dir->path()), QStringList({"disk"}));
    }

    void belowARegularFileFailsAndLeavesItAlone()
    {
        const QString blocker = path(QStringLiteral("not-a-folder"));
        writeFile(blocker, "keep me");
        const SaveResult saved =
            saveFileSafely(blocker + QStringLiteral("/out.json"), QByteArray("data"));
        QCOMPARE(saved.status, SaveResult::Status::Failed);
        QVERIFY(saved.message.contains(QStringLiteral("not-a-folder/out.json")));
        QCOMPARE(readFile(blocker), QByteArray("keep me"));
    }

    // A writer that gives up after the byte the test chooses keeps the old file.
    void writerThatGivesUpKeepsTheOldFile_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::newRow("at once") << 0;
        QTest::newRow("after 10 bytes") << 10;
        QTest::newRow("after 40,000 bytes") << 40000;
    }

    void writerThatGivesUpKeepsTheOldFile()
    {
        QFETCH(int, bytes);
        const QString file = path(QStringLiteral("assessment.json"));
        writeFile(file, "old content");
        const QByteArray data = bigData();
        const SaveResult saved = saveFileSafely(file, [&](QIODevice &device) {
            device.write(data.left(bytes));
            return false;
        });
        QCOMPARE(saved.status, SaveResult::Status::Failed);
        QVERIFY(saved.message.startsWith(QStringLiteral("Cannot save ")));
        QCOMPARE(readFile(file), QByteArray("old content"));
        QCOMPARE(listing(m_dir->path()), QStringList({"assessment.json", "disk"}));
    }

    // --- A full disk -----------------------------------------------------------------------

    // The disk fills after the chosen byte: the old file stays byte for byte, nothing is left
    // behind, and the member hears that the disk is full. "Small file, flush" is what Qt 6.4's
    // QSaveFile::commit() got wrong: the data sat in its buffer, the flush failed, and a
    // truncated file replaced the good one.
    void fullDiskKeepsTheOldFile_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<qint64>("room");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("reason");
        const QByteArray small = "a small new export, all of it in QFileDevice's buffer";
        QTest::newRow("small file, no room") << small << qint64(0) << ""
                                             << "No space left";
        QTest::newRow("small file, flush") << small << qint64(20) << ""
                                           << "No space left";
        QTest::newRow("big file, no room") << bigData() << qint64(0) << ""
                                           << "No space left";
        QTest::newRow("big file, cut short") << bigData() << qint64(50000) << ""
                                             << "No space left";
        QTest::newRow("big file, last bytes") << bigData() << qint64(bigData().size() - 1) << ""
                                              << "No space left";
        QTest::newRow("over quota") << bigData() << qint64(1000) << "EDQUOT"
                                    << "Disk quota exceeded";
        QTest::newRow("over quota, flush") << small << qint64(5) << "EDQUOT"
                                           << "Disk quota exceeded";
    }

    void fullDiskKeepsTheOldFile()
    {
        QFETCH(QByteArray, data);
        QFETCH(qint64, room);
        QFETCH(QString, error);
        QFETCH(QString, reason);
        const QString file = m_disk + QStringLiteral("/export.json");
        const QByteArray old = "the good export from yesterday";
        writeFile(file, old);
        Faults faults;
        faults.noSpaceAfter = room;
        faults.noSpaceError = error;
        give(faults);

        const SaveResult saved = saveFileSafely(file, data);
        QCOMPARE(saved.status, SaveResult::Status::DiskFull);
        QVERIFY2(saved.message.startsWith(QStringLiteral("The disk is full: ") +
                                          QDir::toNativeSeparators(file)),
                 qPrintable(saved.message));
        QVERIFY2(saved.message.contains(reason), qPrintable(saved.message));
        QCOMPARE(readFile(file), old);
        QCOMPARE(listing(m_disk), QStringList({"export.json"}));
    }

    // The data reached the disk but the sync to it failed: nothing is renamed over the old file.
    void failedSyncKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("start");
        QTest::newRow("ENOSPC") << "ENOSPC" << int(SaveResult::Status::DiskFull)
                                << "The disk is full: ";
        QTest::newRow("EDQUOT") << "EDQUOT" << int(SaveResult::Status::DiskFull)
                                << "The disk is full: ";
        QTest::newRow("EIO") << "EIO" << int(SaveResult::Status::Failed) << "Cannot save ";
    }

    void failedSyncKeepsTheOldFile()
    {
        QFETCH(QString, error);
        QFETCH(int, status);
        QFETCH(QString, start);
        const QString file = m_disk + QStringLiteral("/review.pdf");
        writeFile(file, "%PDF- the old review");
        Faults faults;
        faults.syncError = error;
        give(faults);
        const SaveResult saved = saveFileSafely(file, bigData());
        QCOMPARE(int(saved.status), status);
        QVERIFY2(saved.message.startsWith(start + QDir::toNativeSeparators(file)),
                 qPrintable(saved.message));
        if (error == QLatin1String("EIO"))
            QVERIFY2(saved.message.contains(QLatin1String("Input/output error")),
                     qPrintable(saved.message));
        QCOMPARE(readFile(file), QByteArray("%PDF- the old review"));
        QCOMPARE(listing(m_disk), QStringList({"review.pdf"}));
    }

    void readOnlyDiskFailsAndKeepsTheOldFile()
    {
        const QString file = m_disk + QStringLiteral("/plan.csv");
        writeFile(file, "old plan");
        Faults faults;
        faults.readOnly = true;
        give(faults);
        const SaveResult saved = saveFileSafely(file, QByteArray("new plan"));
        QCOMPARE(saved.status, SaveResult::Status::Failed);
        QVERIFY2(saved.message.contains(QLatin1String("Read-only file system")),
                 qPrintable(saved.message));
        QCOMPARE(readFile(file), QByteArray("old plan"));
        QCOMPARE(listing(m_disk), QStringList({"plan.csv"}));
    }

    // --- A disk that keeps no permissions (FAT, exFAT, many network shares) -----------------

    void diskWithoutPermissionsSavesWithAWarning_data()
    {
        QTest::addColumn<QString>("chmod");
        QTest::newRow("chmod ignored (FAT, exFAT)") << "ignore";
        QTest::newRow("chmod refused") << "eperm";
    }

    void diskWithoutPermissionsSavesWithAWarning()
    {
        QFETCH(QString, chmod);
        const QString file = m_disk + QStringLiteral("/pack.waymark");
        Faults faults;
        faults.chmod = chmod;
        give(faults);
        const SaveResult saved = saveFileSafely(file, bigData());
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY2(saved.warning.startsWith(QDir::toNativeSeparators(file) +
                                          QStringLiteral(" was saved, but it could not be made "
                                                         "private to you")),
                 qPrintable(saved.warning));
        QCOMPARE(readFile(file), bigData());
        QCOMPARE(listing(m_disk), QStringList({"pack.waymark"}));
    }

    // --- The database and its files, by any name ---------------------------------------------

    void neverOverTheDatabase_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("why");
        QTest::newRow("the database") << "w.db"
                                      << "it is the database itself";
        QTest::newRow("relative") << "./sub/../w.db"
                                  << "it is the database itself";
        QTest::newRow("symbolic link") << "link-to-db"
                                       << "it is the database itself";
        QTest::newRow("link to a link") << "link-to-link"
                                        << "it is the database itself";
        QTest::newRow("hard link") << "hard-link"
                                   << "it is the database itself";
        QTest::newRow("through a linked folder") << "linked-folder/w.db"
                                                 << "it is the database itself";
        QTest::newRow("another Waymark database") << "copy.db"
                                                  << "the file is a Waymark database";
        QTest::newRow("WAL") << "w.db-wal"
                             << "it is one of the files the database keeps beside it";
        QTest::newRow("shared memory") << "w.db-shm"
                                       << "it is one of the files the database keeps beside it";
        QTest::newRow("journal, not there") << "w.db-journal"
                                            << "it is one of the files the database keeps beside "
                                               "it";
        QTest::newRow("link to the journal") << "link-to-journal"
                                             << "it is one of the files the database keeps "
                                                "beside it";
        QTest::newRow("lock") << "w.db.lock"
                              << "it is one of the files the database keeps beside it";
        QTest::newRow("kept by a restore") << "w.db.replaced-20260101-120000"
                                           << "it is one of the files the database keeps beside "
                                              "it";
        QTest::newRow("a backup") << "w-backups/w-20260101-120000-000.db"
                                  << "it is in the database's backup folder";
        QTest::newRow("new file among the backups") << "w-backups/export.json"
                                                    << "it is in the database's backup folder";
        QTest::newRow("backups through a link") << "link-to-backups/export.json"
                                                << "it is in the database's backup folder";
        QTest::newRow("backups via ..") << "sub/../w-backups/export.json"
                                        << "it is in the database's backup folder";
    }

    void neverOverTheDatabase()
    {
        QFETCH(QString, target);
        QFETCH(QString, why);
        const QString folder = m_dir->path();
        const QString db = path(QStringLiteral("w.db"));
        AssessmentStore store;
        StoreError error;
        QVERIFY2(store.open(db, AssessmentStore::OpenMode::CreateIfMissing, &error),
                 qPrintable(error.message));
        AssessmentInfo info;
        info.authority = QStringLiteral("A");
        info.respondent = QStringLiteral("R");
        info.roleId = QStringLiteral("leader");
        info.bankId = QStringLiteral("waymark-gateway");
        info.bankVersion = QStringLiteral("1.0.0");
        info.date = QDate(2026, 11, 23);
        QVERIFY(store.createAssessment(info, &error));
        QVERIFY(QDir().mkpath(path(QStringLiteral("sub"))));
        QVERIFY(QDir().mkpath(AssessmentStore::backupFolder(db)));
        writeFile(path(QStringLiteral("w-backups/w-20260101-120000-000.db")), "a backup");
        writeFile(path(QStringLiteral("w.db.replaced-20260101-120000")), "an older database");
        {
            AssessmentStore other; // another Waymark database, closed (its header written)
            QVERIFY2(other.open(path(QStringLiteral("copy.db")),
                                AssessmentStore::OpenMode::CreateIfMissing, &error),
                     qPrintable(error.message));
        }
        QVERIFY(QFile::link(QStringLiteral("w.db"), path(QStringLiteral("link-to-db"))));
        QVERIFY(QFile::link(QStringLiteral("link-to-db"), path(QStringLiteral("link-to-link"))));
        QVERIFY(
            QFile::link(QStringLiteral("w.db-journal"), path(QStringLiteral("link-to-journal"))));
        QVERIFY(QFile::link(QStringLiteral("w-backups"), path(QStringLiteral("link-to-backups"))));
        QVERIFY(QFile::link(folder, path(QStringLiteral("sub/linked-folder"))));
        QVERIFY(QFile::link(path(QStringLiteral("sub/linked-folder")),
                            path(QStringLiteral("linked-folder"))));
        QCOMPARE(::link(QFile::encodeName(db).constData(),
                        QFile::encodeName(path(QStringLiteral("hard-link"))).constData()),
                 0);
        QVERIFY(QFileInfo::exists(db + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(db + QStringLiteral(".lock")));

        const QStringList before = listing(folder);
        const QStringList backupsBefore = listing(AssessmentStore::backupFolder(db));
        QMap<QString, QByteArray> bytes;
        for (const QString &name : before) {
            if (QFileInfo(path(name)).isFile())
                bytes.insert(name, readFile(path(name)));
        }

        // Relative paths are taken from the current folder, as the CLI takes them.
        const QString current = QDir::currentPath();
        QDir::setCurrent(folder);
        const auto back = qScopeGuard([current] { QDir::setCurrent(current); });
        const QString database =
            why == QLatin1String("the file is a Waymark database")
                ? QFileInfo(path(QStringLiteral("copy.db"))).canonicalFilePath()
                : QFileInfo(db).absoluteFilePath();
        for (const SaveResult &saved :
             {checkSaveTarget(target, store.ownFiles()),
              saveFileSafely(target, QByteArray("an export"), store.ownFiles())}) {
            QCOMPARE(saved.status, SaveResult::Status::Refused);
            QVERIFY2(saved.message.startsWith(QStringLiteral("Cannot save %1: that would overwrite "
                                                             "the database %2 (%3")
                                                  .arg(target, database, why)),
                     qPrintable(saved.message));
        }
        QCOMPARE(listing(folder), before);
        QCOMPARE(listing(AssessmentStore::backupFolder(db)), backupsBefore);
        for (auto it = bytes.cbegin(); it != bytes.cend(); ++it)
            QVERIFY2(readFile(path(it.key())) == it.value(), qPrintable(it.key()));
        // The store still works.
        QCOMPARE(store.countAssessments(&error), 1);
    }

    void besideTheDatabaseIsFine()
    {
        const QString db = path(QStringLiteral("w.db"));
        AssessmentStore store;
        StoreError error;
        QVERIFY2(store.open(db, AssessmentStore::OpenMode::CreateIfMissing, &error),
                 qPrintable(error.message));
        for (const QString &name : {QStringLiteral("w.db.json"), QStringLiteral("w-backups.pdf"),
                                    QStringLiteral("w.dbx"), QStringLiteral("w-wal")}) {
            const SaveResult saved = saveFileSafely(path(name), QByteArray("ok"), store.ownFiles());
            QVERIFY2(saved.ok(), qPrintable(name + QStringLiteral(": ") + saved.message));
        }
    }

    // --- Things that are not regular files ------------------------------------------------

    void notARegularFileIsLeftAlone_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("what");
        QTest::newRow("named pipe") << "fifo"
                                    << "it is a named pipe (FIFO), not a regular file";
        QTest::newRow("socket") << "socket"
                                << "it is a socket, not a regular file";
        QTest::newRow("folder") << "folder"
                                << "it is a folder, not a regular file";
        QTest::newRow("folder, with a slash") << "folder/"
                                              << "it is a folder, not a regular file";
        QTest::newRow("link to a pipe") << "link-to-fifo"
                                        << "it is a named pipe (FIFO), not a regular file";
        QTest::newRow("link to nothing") << "dangling"
                                         << "it is a symbolic link to ";
        QTest::newRow("link into a missing folder") << "dangling-folder"
                                                    << "it is a symbolic link to ";
        QTest::newRow("links in a circle") << "loop"
                                           << "it is a symbolic link that leads round in a circle";
    }

    void notARegularFileIsLeftAlone()
    {
        QFETCH(QString, kind);
        QFETCH(QString, what);
        QCOMPARE(::mkfifo(QFile::encodeName(path(QStringLiteral("fifo"))).constData(), 0600), 0);
        QVERIFY(makeSocket(path(QStringLiteral("socket"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("folder"))));
        writeFile(path(QStringLiteral("folder/inside.txt")), "inside");
        QVERIFY(QFile::link(QStringLiteral("fifo"), path(QStringLiteral("link-to-fifo"))));
        QVERIFY(QFile::link(QStringLiteral("nowhere"), path(QStringLiteral("dangling"))));
        QVERIFY(
            QFile::link(QStringLiteral("no-folder/file"), path(QStringLiteral("dangling-folder"))));
        QVERIFY(QFile::link(QStringLiteral("loop"), path(QStringLiteral("loop"))));
        const QStringList before = listing(m_dir->path());

        const QString target = path(kind);
        const SaveResult saved = saveFileSafely(target, QByteArray("data"));
        QCOMPARE(saved.status, SaveResult::Status::Refused);
        QVERIFY2(saved.message.startsWith(QStringLiteral("Cannot save ") +
                                          QDir::toNativeSeparators(target) + QStringLiteral(": ") +
                                          what),
                 qPrintable(saved.message));
        QCOMPARE(listing(m_dir->path()), before);
        QCOMPARE(QFileInfo(path(QStringLiteral("fifo"))).isFile(), false);
        QVERIFY(QFileInfo(path(QStringLiteral("fifo"))).exists());
        QVERIFY(QFileInfo(path(QStringLiteral("dangling"))).isSymLink());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("nowhere"))));
        QCOMPARE(readFile(path(QStringLiteral("folder/inside.txt"))), QByteArray("inside"));
    }

    // A device is refused before anything is written. Should that ever break, /dev stays safe:
    // the test makes it read-only for this process first (as root, a rename would replace the
    // device with a regular file).
    void aDeviceIsLeftAlone()
    {
        Faults faults;
        faults.folder = QStringLiteral("/dev");
        faults.readOnly = true;
        QVERIFY(FaultInjection::inThisProcess(faults));
        const SaveResult saved = saveFileSafely(QStringLiteral("/dev/null"), QByteArray("data"));
        QCOMPARE(saved.status, SaveResult::Status::Refused);
        QVERIFY2(saved.message.startsWith(
                     QStringLiteral("Cannot save /dev/null: it is a device, not a regular file")),
                 qPrintable(saved.message));
        struct stat status;
        QCOMPARE(::stat("/dev/null", &status), 0);
        QVERIFY(S_ISCHR(status.st_mode));
    }

    // What takes the target's place while the file is written is found before the rename.
    void aPipeMadeDuringTheSaveIsLeftAlone()
    {
        const QString target = path(QStringLiteral("out.json"));
        const SaveResult saved = saveFileSafely(target, [&](QIODevice &device) {
            device.write("data");
            return ::mkfifo(QFile::encodeName(target).constData(), 0600) == 0;
        });
        QCOMPARE(saved.status, SaveResult::Status::Refused);
        QVERIFY2(saved.message.contains(QLatin1String("named pipe")), qPrintable(saved.message));
        QVERIFY(!QFileInfo(target).isFile());
        QCOMPARE(listing(m_dir->path()), QStringList({"disk", "out.json"}));
    }

    // Through a symbolic link the real file is written, and the link kept.
    void symbolicLinkIsWrittenThrough()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("real"))));
        writeFile(path(QStringLiteral("real/review.pdf")), "old");
        QVERIFY(QFile::link(QStringLiteral("real/review.pdf"), path(QStringLiteral("link.pdf"))));
        const SaveResult saved =
            saveFileSafely(path(QStringLiteral("link.pdf")), QByteArray("new"));
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(QFileInfo(path(QStringLiteral("link.pdf"))).isSymLink());
        QCOMPARE(readFile(path(QStringLiteral("real/review.pdf"))), QByteArray("new"));
        QCOMPARE(listing(path(QStringLiteral("real"))), QStringList({"review.pdf"}));
        QCOMPARE(modeOf(path(QStringLiteral("real/review.pdf"))),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
};

int main(int argc, char **argv)
{
    FaultInjection::preloadIntoThisProcess(argv);
    QCoreApplication app(argc, argv);
    TestSafeSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_safesave.moc"
