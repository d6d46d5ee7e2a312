// The app's settings: what each is before anything is stored, and the names they are stored
// under, which are those earlier versions used, so that a member's settings carry over. Each test
// has its own INI file, never the user's settings.
#include "common/Settings.h"
#include "store/AssessmentStore.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Waymark;

class TestSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString iniFile() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaultsBeforeAnythingIsStored()
    {
        const Settings settings(iniFile());
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.windowState().isEmpty());
        QCOMPARE(settings.textScale(), 1.0);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.database(), AssessmentStore::defaultPath());
        QCOMPARE(settings.assessment(), qint64(0));
        QCOMPARE(settings.question(), QString());
        QCOMPARE(settings.tab(), 0);
        QCOMPARE(settings.lastAuthority(), QString());
        QCOMPARE(settings.lastJurisdiction(), QStringLiteral("england"));
        QCOMPARE(settings.lastFolder(), QDir::homePath());
    }

    void storedUnderTheNamesEarlierVersionsUsed()
    {
        {
            Settings settings(iniFile());
            settings.setWindowGeometry("geometry");
            settings.setWindowState("state");
            settings.setTextScale(1.3);
            settings.setLanguage(QStringLiteral("cy"));
            settings.setDatabase(QStringLiteral("/media/stick/waymark.db"));
            settings.setAssessment(42);
            settings.setQuestion(QStringLiteral("LEAD-03"));
            settings.setTab(2);
            settings.setLastAuthority(QStringLiteral("Exampleshire"));
            settings.setLastJurisdiction(QStringLiteral("wales"));
            settings.setLastFolder(QStringLiteral("/home/member/Documents"));
            settings.sync();
        }
        const QSettings stored(iniFile(), QSettings::IniFormat);
        QCOMPARE(stored.value(QStringLiteral("window/geometry")).toByteArray(),
                 QByteArray("geometry"));
        QCOMPARE(stored.value(QStringLiteral("window/state")).toByteArray(), QByteArray("state"));
        QCOMPARE(stored.value(QStringLiteral("window/textScale")).toDouble(), 1.3);
        QCOMPARE(stored.value(QStringLiteral("ui/language")).toString(), QStringLiteral("cy"));
        QCOMPARE(stored.value(QStringLiteral("session/database")).toString(),
                 QStringLiteral("/media/stick/waymark.db"));
        QCOMPARE(stored.value(QStringLiteral("session/assessment")).toLongLong(), qint64(42));
        QCOMPARE(stored.value(QStringLiteral("session/question")).toString(),
                 QStringLiteral("LEAD-03"));
        QCOMPARE(stored.value(QStringLiteral("session/tab")).toInt(), 2);
        QCOMPARE(stored.value(QStringLiteral("session/lastAuthority")).toString(),
                 QStringLiteral("Exampleshire"));
        QCOMPARE(stored.value(QStringLiteral("session/lastJurisdiction")).toString(),
                 QStringLiteral("wales"));
        QCOMPARE(stored.value(QStringLiteral("session/lastFolder")).toString(),
                 QStringLiteral("/home/member/Documents"));
    }

    // A settings file an earlier version wrote reads back through the typed getters.
    void readsWhatAnEarlierVersionStored()
    {
        {
            QSettings earlier(iniFile(), QSettings::IniFormat);
            earlier.setValue(QStringLiteral("window/textScale"), 1.6);
            earlier.setValue(QStringLiteral("session/assessment"), 7);
            earlier.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        }
        const Settings settings(iniFile());
        QCOMPARE(settings.textScale(), 1.6);
        QCOMPARE(settings.assessment(), qint64(7));
        QCOMPARE(settings.language(), QStringLiteral("en"));
    }

    // Closing an assessment forgets it: the next start opens none.
    void forgetAssessmentRemovesIt()
    {
        Settings settings(iniFile());
        settings.setAssessment(5);
        settings.forgetAssessment();
        QCOMPARE(settings.assessment(), qint64(0));
        settings.sync();
        QVERIFY(!QSettings(iniFile(), QSettings::IniFormat)
                     .contains(QStringLiteral("session/assessment")));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
