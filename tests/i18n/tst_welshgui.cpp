// Issue 7: the app started in Welsh shows Welsh menus, the question page says when a question is
// still in English, and View › Language keeps the choice for the next start.
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "TsFile.h"
#include "bank/BankLoader.h"
#include "common/LanguageMenu.h"
#include "common/Settings.h"
#include "text/Language.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace Waymark;

class TestWelshGui : public QObject
{
    Q_OBJECT

private:
    TsFile::Contents m_welsh;
    QuestionBank m_bank;
    QTemporaryDir m_dir;

    QString welsh(const char *context, const char *source) const
    {
        return TsFile::translation(m_welsh, QLatin1String(context), QLatin1String(source));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_welsh = TsFile::read(QStringLiteral(WAYMARK_TRANSLATIONS_DIR "/waymark_cy.ts"));
        QVERIFY2(m_welsh.error.isEmpty(), qPrintable(m_welsh.error));
        // As app/main.cpp does: the language first, then the bank in that language.
        QVERIFY(Language::install(QStringLiteral("cy")));
        BankLoadResult loaded = BankLoader::loadBuiltIn();
        QVERIFY(loaded.ok());
        m_bank = *loaded.bank;
        QVERIFY(m_bank.translate(Language::current()));
    }

    void menusAreWelsh()
    {
        Settings settings(m_dir.filePath(QStringLiteral("menus.ini")));
        MainWindow window(m_bank, settings);
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        const QString file = welsh("Waymark::MainWindow", "&File");
        QVERIFY(!file.isEmpty());
        QVERIFY(file != QLatin1String("&File"));
        QCOMPARE(titles.value(0), file);
        QVERIFY(titles.contains(welsh("Waymark::MainWindow", "&Edit")));
        QVERIFY(titles.contains(welsh("Waymark::MainWindow", "&View")));
        QVERIFY(titles.contains(welsh("Waymark::MainWindow", "&Help")));
        for (const char *english : {"&File", "&Edit", "&View", "&Help"})
            QVERIFY2(!titles.contains(QLatin1String(english)), english);
        // And a menu's items: File › New assessment.
        QMenu *fileMenu = window.menuBar()->actions().first()->menu();
        QVERIFY(fileMenu);
        QStringList items;
        for (QAction *action : fileMenu->actions())
            items.append(action->text());
        QVERIFY2(items.contains(welsh("Waymark::MainWindow", "&New assessment…")),
                 qPrintable(items.join(QLatin1Char('|'))));
    }

    void languageChoiceIsKeptForTheNextStart()
    {
        Settings settings(m_dir.filePath(QStringLiteral("language.ini")));
        MainWindow window(m_bank, settings);
        auto *menu = window.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->title(), welsh("Waymark::LanguageMenu", "&Language"));
        QAction *english = menu->findChild<QAction *>(QStringLiteral("language_en"));
        QVERIFY(english);
        QCOMPARE(english->text(), QStringLiteral("English"));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("languageSystem"))->isChecked());

        // The confirmation is in the language chosen: English here, though the app is Welsh.
        QString shown;
        ModalDialogs::acceptMessageBox(this, &shown);
        english->trigger();
        QCOMPARE(settings.language(), QStringLiteral("en"));
        QCOMPARE(shown, QStringLiteral("Waymark will use this language the next time it starts."));
        QCOMPARE(LanguageMenu::restartMessage(QStringLiteral("cy")),
                 welsh("Waymark::LanguageMenu",
                       "Waymark will use this language the next time it starts."));
    }
};

QTEST_MAIN(TestWelshGui)
#include "tst_welshgui.moc"
