#include "common/Settings.h"

#include "assessment/Assessment.h"
#include "store/AssessmentStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Waymark {

enum class Settings::Key
{
    WindowGeometry,
    WindowState,
    TextScale,
    Language,
    Database,
    Assessment,
    Question,
    Tab,
    LastAuthority,
    LastJurisdiction,
    LastFolder,
    LastServer,
};

// A setting: the name it is stored under and what it is until one is stored. Defaults are
// functions because some are found at run time (the home folder, the app's data folder).
struct Settings::Entry
{
    Key key;
    const char *name;
    QVariant (*fallback)();
};

const Settings::Entry &Settings::entry(Key key)
{
    static const Entry entries[] = {
        {Key::WindowGeometry, "window/geometry", [] { return QVariant(QByteArray()); }},
        {Key::WindowState, "window/state", [] { return QVariant(QByteArray()); }},
        {Key::TextScale, "window/textScale", [] { return QVariant(1.0); }},
        {Key::Language, "ui/language", [] { return QVariant(QString()); }},
        {Key::Database, "session/database",
         [] { return QVariant(AssessmentStore::defaultPath()); }},
        {Key::Assessment, "session/assessment", [] { return QVariant(qint64(0)); }},
        {Key::Question, "session/question", [] { return QVariant(QString()); }},
        {Key::Tab, "session/tab", [] { return QVariant(0); }},
        {Key::LastAuthority, "session/lastAuthority", [] { return QVariant(QString()); }},
        {Key::LastJurisdiction, "session/lastJurisdiction",
         [] { return QVariant(AssessmentInfo::defaultJurisdiction()); }},
        {Key::LastFolder, "session/lastFolder", [] { return QVariant(QDir::homePath()); }},
        {Key::LastServer, "server/lastAddress", [] { return QVariant(QString()); }},
    };
    for (const Entry &each : entries) {
        if (each.key == key)
            return each;
    }
    Q_UNREACHABLE();
}

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const Entry &setting = entry(key);
    return m_settings->value(QLatin1String(setting.name), setting.fallback());
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(entry(key).name), value);
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

double Settings::textScale() const
{
    return value(Key::TextScale).toDouble();
}

void Settings::setTextScale(double scale)
{
    setValue(Key::TextScale, scale);
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

QString Settings::lastServer() const
{
    return value(Key::LastServer).toString();
}

void Settings::setLastServer(const QString &address)
{
    setValue(Key::LastServer, address);
}

QString Settings::journalPath() const
{
    return QFileInfo(m_settings->fileName())
        .absoluteDir()
        .filePath(QStringLiteral("offline-answers.db"));
}

QString Settings::database() const
{
    return value(Key::Database).toString();
}

void Settings::setDatabase(const QString &path)
{
    setValue(Key::Database, path);
}

qint64 Settings::assessment() const
{
    return value(Key::Assessment).toLongLong();
}

void Settings::setAssessment(qint64 id)
{
    setValue(Key::Assessment, id);
}

void Settings::forgetAssessment()
{
    m_settings->remove(QLatin1String(entry(Key::Assessment).name));
}

QString Settings::question() const
{
    return value(Key::Question).toString();
}

void Settings::setQuestion(const QString &questionId)
{
    setValue(Key::Question, questionId);
}

int Settings::tab() const
{
    return value(Key::Tab).toInt();
}

void Settings::setTab(int index)
{
    setValue(Key::Tab, index);
}

QString Settings::lastAuthority() const
{
    return value(Key::LastAuthority).toString();
}

void Settings::setLastAuthority(const QString &authority)
{
    setValue(Key::LastAuthority, authority);
}

QString Settings::lastJurisdiction() const
{
    return value(Key::LastJurisdiction).toString();
}

void Settings::setLastJurisdiction(const QString &jurisdictionId)
{
    setValue(Key::LastJurisdiction, jurisdictionId);
}

QString Settings::lastFolder() const
{
    return value(Key::LastFolder).toString();
}

void Settings::setLastFolder(const QString &folder)
{
    setValue(Key::LastFolder, folder);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Waymark
