#pragma once
// What a GUI test of the whole window stands on: the built-in bank, a temporary folder, a settings
// file in it (never the member's own), a database name in it, and the main window shown and
// active. One fixture per test function: make it in init(), drop it in cleanup().
#include "MainWindow.h"
#include "bank/BankLoader.h"
#include "common/Settings.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class GuiFixture
{
public:
    GuiFixture()
        // In a folder of its own: tests compare the temporary folder before and after a save.
        : m_settings(path(QStringLiteral("settings/settings.ini")))
    {
        if (!m_dir.isValid())
            qFatal("cannot make a temporary folder: %s", qPrintable(m_dir.errorString()));
    }

    // The built-in bank, in English, loaded once for the whole test.
    static const Waymark::QuestionBank &bank()
    {
        static const Waymark::QuestionBank loaded = [] {
            const Waymark::BankLoadResult result = Waymark::BankLoader::loadBuiltIn();
            if (!result.ok())
                qFatal("the built-in bank does not load");
            return *result.bank;
        }();
        return loaded;
    }

    QString folder() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString databasePath() const { return path(QStringLiteral("waymark.db")); }
    Waymark::Settings &settings() { return m_settings; }

    // A main window on this fixture's settings, shown and active (keys go to the active window).
    std::unique_ptr<Waymark::MainWindow> showMainWindow()
    {
        auto window = std::make_unique<Waymark::MainWindow>(bank(), m_settings);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("the window did not become active");
        return window;
    }

private:
    QTemporaryDir m_dir;
    Waymark::Settings m_settings;
};
