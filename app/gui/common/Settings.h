#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace Waymark {

// Everything the app remembers between runs, one typed getter and setter per setting. The keys,
// as stored, and their defaults are one table in Settings.cpp; nothing else names a key. The
// stored names are those of earlier versions, so a member's settings carry over.
class Settings
{
public:
    // The user's settings, where Qt keeps them for the application and organisation names.
    Settings();
    // Settings in an INI file of their own: for tests and tools, which never touch the user's.
    explicit Settings(const QString &iniFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // The main window's size, place and docks (QMainWindow::saveGeometry and saveState).
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // View › Larger text: a factor of the system's font size, 1 by default.
    double textScale() const;
    void setTextScale(double scale);
    // View › Language: "" for the system's, else a language code ("en", "cy").
    QString language() const;
    void setLanguage(const QString &language);

    // The session to reopen at the next start: the database (the app's own by default), the
    // assessment open in it (0 for none), its question and the tab showing.
    QString database() const;
    void setDatabase(const QString &path);
    qint64 assessment() const;
    void setAssessment(qint64 id);
    void forgetAssessment();
    QString question() const;
    void setQuestion(const QString &questionId);
    int tab() const;
    void setTab(int index);

    // Suggestions: the authority and the jurisdiction (the law, England at first) of the last
    // assessment started, and the folder of the last file chosen (the home folder at first).
    QString lastAuthority() const;
    void setLastAuthority(const QString &authority);
    QString lastJurisdiction() const;
    void setLastJurisdiction(const QString &jurisdictionId);
    QString lastFolder() const;
    void setLastFolder(const QString &folder);

    // File › Connect to the council's database: the last server connected to, as its address
    // without a password (postgresql://USER@HOST:PORT/DATABASE?sslmode=...). Passwords are
    // never kept here: only in the desktop's keyring, when the member asks (PasswordKeeper).
    QString lastServer() const;
    void setLastServer(const QString &address);

    // The journal of answers typed while the council's server could not be reached
    // (OfflineJournal): a file beside these settings.
    QString journalPath() const;

    // Writes what changed to disk now (Qt also does so on its own, and when the app ends).
    void sync();

private:
    enum class Key; // one for each setting above
    struct Entry;   // a row of the table in Settings.cpp
    static const Entry &entry(Key key);
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Waymark
