#pragma once
// What a GUI test of the whole window stands on: the built-in banks, a temporary folder, a settings
// file in it (never the member's own), a database name in it, and the main window shown and
// active. One fixture per test function: make it in init(), drop it in cleanup().
#include "MainWindow.h"
#include "bank/BankLibrary.h"
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

    // Every built-in version of the bank, in English, for the whole test, as the app has them.
    static Waymark::BankLibrary &banks()
    {
        static Waymark::BankLibrary library(
            [] {
                Waymark::BankLoadResult result = Waymark::BankLoader::loadBuiltIn();
                if (!result.ok())
                    qFatal("the built-in bank does not load");
                return std::move(*result.bank);
            }(),
            QStringLiteral("en"));
        return library;
    }

    // The latest built-in bank, as read (every jurisdiction's overrides still in it).
    static const Waymark::QuestionBank &bank() { return banks().latest(); }
    // The latest bank as it applies under one jurisdiction's law: what an assessment made under
    // it is asked.
    static const Waymark::QuestionBank &bankIn(const QString &jurisdiction)
    {
        return banks().applied(bank().id, bank().version, jurisdiction);
    }

    QString folder() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString databasePath() const { return path(QStringLiteral("waymark.db")); }
    Waymark::Settings &settings() { return m_settings; }

    // A main window on this fixture's settings, shown and active (keys go to the active window).
    std::unique_ptr<Waymark::MainWindow> showMainWindow()
    {
        auto window = std::make_unique<Waymark::MainWindow>(banks(), m_settings);
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
