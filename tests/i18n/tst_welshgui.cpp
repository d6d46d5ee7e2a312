// Issue 7: the app started in Welsh shows Welsh menus, the question page says when a question is
// still in English, and View › Language keeps the choice for the next start. Issue 13: every
// version of the bank an assessment is shown against is in the app's language, and so is the law
// it is made under.
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "TsFile.h"
#include "bank/BankLibrary.h"
#include "bank/BankLoader.h"
#include "common/LanguageMenu.h"
#include "common/Settings.h"
#include "text/Language.h"
#include "walkthrough/AssessmentDocument.h"
#include "walkthrough/QuestionPage.h"
#include "walkthrough/WalkthroughView.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Waymark;

class TestWelshGui : public QObject
{
    Q_OBJECT

private:
    TsFile::Contents m_welsh;
    std::unique_ptr<BankLibrary> m_banks;
    QTemporaryDir m_dir;

    QString welsh(const char *context, const char *source) const
    {
        return TsFile::translation(m_welsh, QLatin1String(context), QLatin1String(source));
    }

    // A Lead Member assessment of a version of the built-in bank under a law, in the database.
    static qint64 store(const QString &path, const QString &version, const QString &jurisdiction)
    {
        AssessmentStore store;
        StoreError error;
        AssessmentInfo info;
        info.authority = QStringLiteral("Cyngor ") + jurisdiction;
        info.respondent = QStringLiteral("Cllr ") + version;
        info.roleId = QStringLiteral("lead-member");
        info.bankId = QStringLiteral("waymark-gateway");
        info.bankVersion = version;
        info.jurisdiction = jurisdiction;
        if (!store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error) ||
            !store.createAssessment(info, &error))
            qFatal("%s", qPrintable(error.message));
        return info.id;
    }

    // The text the question page shows for a question of the assessment open in the window,
    // reached by Ctrl+Page Down as a member would.
    static QString shownText(MainWindow &window, qint64 id, const QString &questionId)
    {
        if (!window.openAssessment(id))
            return QStringLiteral("<not opened>");
        window.activateWindow(); // keys go to the active window
        if (!QTest::qWaitForWindowActive(&window))
            return QStringLiteral("<not active>");
        auto *page = window.findChild<QuestionPage *>();
        auto *walkthrough = window.findChild<WalkthroughView *>();
        page->setFocus();
        for (int step = 0; step < 400 && walkthrough->currentQuestion() != questionId; ++step)
            QTest::keyClick(page, Qt::Key_PageDown, Qt::ControlModifier);
        if (walkthrough->currentQuestion() != questionId)
            return QStringLiteral("<no %1>").arg(questionId);
        return window.findChild<QLabel *>(QStringLiteral("questionText"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_welsh = TsFile::read(QStringLiteral(WAYMARK_TRANSLATIONS_DIR "/waymark_cy.ts"));
        QVERIFY2(m_welsh.error.isEmpty(), qPrintable(m_welsh.error));
        // As app/main.cpp does: the language first, then the banks in that language.
        QVERIFY(Language::install(QStringLiteral("cy")));
        BankLoadResult loaded = BankLoader::loadBuiltIn();
        QVERIFY(loaded.ok());
        m_banks = std::make_unique<BankLibrary>(std::move(*loaded.bank), Language::current());
        QCOMPARE(m_banks->latest().language, QStringLiteral("cy"));
    }

    void menusAreWelsh()
    {
        Settings settings(m_dir.filePath(QStringLiteral("menus.ini")));
        MainWindow window(*m_banks, settings);
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
        MainWindow window(*m_banks, settings);
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

    // Two assessments, one answered against 1.0.0 and one against 2.0.0 under the law of Wales:
    // in Welsh each is shown in its own version's Welsh, with its law named in Welsh; after View ›
    // Language › English and a new start, each is shown in its own version's English.
    void bothVersionsFollowTheLanguageChosen()
    {
        const QString db = m_dir.filePath(QStringLiteral("two-banks.db"));
        const qint64 first = store(db, QStringLiteral("1.0.0"), QStringLiteral("england"));
        const qint64 second = store(db, QStringLiteral("2.0.0"), QStringLiteral("wales"));
        Settings settings(m_dir.filePath(QStringLiteral("two-banks.ini")));
        {
            MainWindow window(*m_banks, settings);
            window.show();
            QVERIFY(window.openDatabase(db));
            auto *list = window.findChild<QTreeWidget *>(QStringLiteral("assessmentList"));
            QStringList laws;
            for (int row = 0; row < list->topLevelItemCount(); ++row)
                laws.append(list->topLevelItem(row)->text(3));
            laws.sort();
            QCOMPARE(laws, (QStringList{"Cymru", "Lloegr"}));

            // 1.0.0's own Welsh (2.0.0 says "atebol" where 1.0.0 said "gyfrifol").
            QString text = shownText(window, first, QStringLiteral("LEAD-04"));
            QCOMPARE(window.document()->bank().version, QStringLiteral("1.0.0"));
            QVERIFY2(text.startsWith(QStringLiteral("A oes gan y cyngor grynodeb cyfredol")) &&
                         text.contains(QStringLiteral("sy'n gyfrifol am gadw plant")),
                     qPrintable(text));
            // 2.0.0 under Wales's law, in Welsh.
            text = shownText(window, second, QStringLiteral("MEMB-01"));
            QVERIFY2(text.contains(QStringLiteral("Bwrdd Diogelu Rhanbarthol")), qPrintable(text));
            QVERIFY2(window.windowTitle().contains(QStringLiteral("Cymru")),
                     qPrintable(window.windowTitle()));

            QString shown;
            ModalDialogs::acceptMessageBox(this, &shown);
            window.findChild<QAction *>(QStringLiteral("language_en"))->trigger();
            QCOMPARE(settings.language(), QStringLiteral("en"));
            QCOMPARE(shown,
                     QStringLiteral("Waymark will use this language the next time it starts."));
        }

        // The next start, as app/main.cpp makes it: the language chosen, then the banks in it.
        QVERIFY(Language::install(Language::resolve(settings.language())));
        const auto backToWelsh = qScopeGuard([] { Language::install(QStringLiteral("cy")); });
        BankLoadResult loaded = BankLoader::loadBuiltIn();
        QVERIFY(loaded.ok());
        BankLibrary english(std::move(*loaded.bank), Language::current());
        MainWindow window(english, settings);
        window.show();
        QVERIFY(window.openDatabase(db));
        QString text = shownText(window, first, QStringLiteral("LEAD-04"));
        QVERIFY2(text.startsWith(QStringLiteral("Does the council have an up-to-date")),
                 qPrintable(text));
        text = shownText(window, second, QStringLiteral("MEMB-01"));
        QVERIFY2(text.contains(QStringLiteral("Regional Safeguarding Board")), qPrintable(text));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("(law of Wales)")),
                 qPrintable(window.windowTitle()));
    }
};

QTEST_MAIN(TestWelshGui)
#include "tst_welshgui.moc"
