// The fault-injection seam itself: each fault happens to files in its folder and to no others, so
// that the failure-path tests that rely on it test what they say.
#include "FaultInjection.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace FaultInjection;

class TestFaultInject : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString faulty() const { return m_dir.filePath(QStringLiteral("faulty")); }
    QString healthy() const { return m_dir.filePath(QStringLiteral("healthy")); }

    Run shell(const QString &script, const Faults &faults)
    {
        return run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}, faults);
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

QTEST_GUILESS_MAIN(TestFaultInject)
#include "tst_faultinject.moc"
