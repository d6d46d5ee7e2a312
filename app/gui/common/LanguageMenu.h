#pragma once

#include <QMenu>

class QActionGroup;

namespace Waymark {

class Settings;

// View › Language: "System language", "English", "Cymraeg". The choice is kept in the settings
// (Settings::language(): "" for the system's, "en", "cy") and takes effect the next time Waymark
// starts, which the menu says in the language chosen. Translating every open view at once would
// need each of them to rebuild its texts; starting again is simpler and cannot leave a text behind.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(Settings &settings, QWidget *parent = nullptr);

    // The message shown after a change, in the language chosen ("" for the system's).
    static QString restartMessage(const QString &choice);

private:
    void choose(const QString &choice);

    Settings &m_settings;
    QActionGroup *m_group = nullptr;
};

} // namespace Waymark
