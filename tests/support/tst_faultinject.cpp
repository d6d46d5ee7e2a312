// The fault-injection seam itself: each fault happens to files in its folder and to no others, so
// that the failure-path tests that rely on it test what they say.
#include "FaultInjection.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <unistd.h>

using namespace FaultInjection;

class TestFaultInject : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString faulty() const { return m_dir.filePath(QStringLiteral("faulty")); }
    QString healthy() const { return m_dir.filePath(QStringLiteral("healthy")); }

    Run shell(const QString &script, const Faults &faults)
    {
        return run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}, faults,
                   FaultInjection::Program::System);
    }

    Faults chmodFaults(const QString &mode) const
    {
        Faults faults;
        faults.folder = faulty();
        faults.chmod = mode;
        return faults;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(faulty()));
        QVERIFY(QDir().mkpath(healthy()));
    }

    void fullDiskCutsWritesShortThenRefusesThem()
    {
        Faults faults;
        faults.folder = faulty();
        faults.noSpaceAfter = 10;
        const Run full =
            shell(QStringLiteral("dd if=/dev/zero of='%1/f' bs=16 count=1").arg(faulty()), faults);
        QVERIFY(full.exitCode != 0);
        QVERIFY2(full.err.contains(QLatin1String("No space left on device")), qPrintable(full.err));
        QCOMPARE(QFileInfo(faulty() + QStringLiteral("/f")).size(), 10);

        const Run elsewhere =
            shell(QStringLiteral("dd if=/dev/zero of='%1/f' bs=16 count=1").arg(healthy()), faults);
        QCOMPARE(elsewhere.exitCode, 0);
        QCOMPARE(QFileInfo(healthy() + QStringLiteral("/f")).size(), 16);
    }

    void ignoredChmodChangesNothing()
    {
        const QString file = faulty() + QStringLiteral("/mode");
        QFile create(file);
        QVERIFY(create.open(QIODevice::WriteOnly));
        create.close();
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        const Run ignored = shell(QStringLiteral("chmod 600 '%1'").arg(file),
                                  chmodFaults(QStringLiteral("ignore")));
        QCOMPARE(ignored.exitCode, 0);
        QVERIFY(QFileInfo(file).permissions() & QFile::ReadOther);

        const Run refused =
            shell(QStringLiteral("chmod 600 '%1'").arg(file), chmodFaults(QStringLiteral("eperm")));
        QVERIFY(refused.exitCode != 0);
        QVERIFY(QFileInfo(file).permissions() & QFile::ReadOther);

        // As on FAT, a new file shows the disk's one mode, whatever the creator asked for.
        const QString created = faulty() + QStringLiteral("/created");
        QCOMPARE(shell(QStringLiteral("umask 077; echo x > '%1'").arg(created),
                       chmodFaults(QStringLiteral("ignore")))
                     .exitCode,
                 0);
        QCOMPARE(QFileInfo(created).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::ReadGroup | QFile::ReadOther);
    }

    void overQuotaFailsAsOverQuota()
    {
        Faults faults;
        faults.folder = faulty();
        faults.noSpaceAfter = 10;
        faults.noSpaceError = QStringLiteral("EDQUOT");
        const Run full =
            shell(QStringLiteral("dd if=/dev/zero of='%1/q' bs=16 count=1").arg(faulty()), faults);
        QVERIFY(full.exitCode != 0);
        QVERIFY2(full.err.contains(QLatin1String("Disk quota exceeded")), qPrintable(full.err));
        QCOMPARE(QFileInfo(faulty() + QStringLiteral("/q")).size(), 10);
    }

    void failingSyncFailsWithItsError_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("text");
        QTest::newRow("ENOSPC") << "ENOSPC"
                                << "No space left on device";
        QTest::newRow("EDQUOT") << "EDQUOT"
                                << "Disk quota exceeded";
        QTest::newRow("EIO") << "EIO"
                             << "Input/output error";
    }

    void failingSyncFailsWithItsError()
    {
        QFETCH(QString, error);
        QFETCH(QString, text);
        Faults faults;
        faults.folder = faulty();
        faults.syncError = error;
        const QString script = QStringLiteral("dd if=/dev/zero of='%1/s' bs=16 count=1 conv=fsync");
        const Run failed = shell(script.arg(faulty()), faults);
        QVERIFY(failed.exitCode != 0);
        QVERIFY2(failed.err.contains(text), qPrintable(failed.err));
        QCOMPARE(shell(script.arg(healthy()), faults).exitCode, 0);
    }

    // The same faults, set and changed in this very process, as tst_safesave and the GUI tests
    // use them.
    void faultsInThisProcess()
    {
        Faults faults;
        faults.folder = faulty();
        faults.noSpaceAfter = 4;
        QVERIFY(inThisProcess(faults));
        const auto cleared = qScopeGuard([] { clearInThisProcess(); });
        QFile full(faulty() + QStringLiteral("/in-process"));
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QCOMPARE(full.write("12345678", 8), qint64(4)); // cut short at the fourth byte
        QCOMPARE(full.write("5678", 4), qint64(-1));
        QCOMPARE(full.errorString(), QStringLiteral("No space left on device"));
        full.close();

        QFile elsewhere(healthy() + QStringLiteral("/in-process"));
        QVERIFY(elsewhere.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QCOMPARE(elsewhere.write("12345678", 8), qint64(8));
        elsewhere.close();

        // Changed: the count starts again, and the old fault is gone.
        faults.noSpaceAfter = -1;
        faults.syncError = QStringLiteral("EIO");
        QVERIFY(inThisProcess(faults));
        QFile synced(faulty() + QStringLiteral("/in-process"));
        QVERIFY(synced.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QCOMPARE(synced.write("12345678", 8), qint64(8));
        QCOMPARE(::fsync(synced.handle()), -1);
        QCOMPARE(errno, EIO);
        synced.close();

        clearInThisProcess();
        QFile healthyAgain(faulty() + QStringLiteral("/in-process"));
        QVERIFY(healthyAgain.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QCOMPARE(healthyAgain.write("12345678", 8), qint64(8));
        QCOMPARE(::fsync(healthyAgain.handle()), 0);
    }

    void readOnlyRefusesCreatingAndRemoving()
    {
        const QString kept = faulty() + QStringLiteral("/kept");
        QFile create(kept);
        QVERIFY(create.open(QIODevice::WriteOnly));
        create.close();
        Faults faults;
        faults.folder = faulty();
        faults.readOnly = true;
        const Run created = shell(QStringLiteral("echo x > '%1/new'").arg(faulty()), faults);
        QVERIFY(created.exitCode != 0);
        QVERIFY2(created.err.contains(QLatin1String("Read-only file system")),
                 qPrintable(created.err));
        QVERIFY(!QFileInfo::exists(faulty() + QStringLiteral("/new")));
        QVERIFY(shell(QStringLiteral("rm -f '%1'").arg(kept), faults).exitCode != 0);
        QVERIFY(QFileInfo::exists(kept));
        QCOMPARE(shell(QStringLiteral("echo x > '%1/new'").arg(healthy()), faults).exitCode, 0);
    }
};

int main(int argc, char **argv)
{
    FaultInjection::preloadIntoThisProcess(argv);
    QCoreApplication app(argc, argv);
    TestFaultInject test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faultinject.moc"
