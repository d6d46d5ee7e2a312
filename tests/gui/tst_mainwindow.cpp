// The main window, driven by real key presses on real widgets (offscreen).
#include "BankLoader.h"
#include "MainWindow.h"

#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace Waymark;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QuestionBank m_bank;

private Q_SLOTS:
    void initTestCase()
    {
        const BankLoadResult loaded = BankLoader::loadBuiltIn();
        QVERIFY(loaded.ok());
        m_bank = *loaded.bank;
    }

    void saysWhatItIs()
    {
        MainWindow window(m_bank);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QLatin1String("gateway review of local safeguards")));
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("details"));
        QVERIFY(details);
        QVERIFY(details->toPlainText().contains(QLatin1String("keep children safe")));
        for (const Role &role : m_bank.roles)
            QVERIFY2(details->toPlainText().contains(role.title), qPrintable(role.title));
    }

    void treeHoldsTheWholeBank()
    {
        MainWindow window(m_bank);
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("bankTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), m_bank.sections.size());
        int questions = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            questions += tree->topLevelItem(i)->childCount();
        QCOMPARE(questions, m_bank.questionCount());
        QVERIFY(!tree->accessibleName().isEmpty());
    }

    void keyboardWalksToAQuestion()
    {
        MainWindow window(m_bank);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("bankTree"));
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("details"));
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Home);
        QTRY_VERIFY(details->toPlainText().contains(m_bank.sections.first().title));

        // Right opens the section, Down moves to its first question.
        QTest::keyClick(tree, Qt::Key_Right);
        QTest::keyClick(tree, Qt::Key_Down);
        const Question &first = m_bank.sections.first().questions.first();
        QTRY_VERIFY(details->toPlainText().contains(first.text));
        QVERIFY(details->toPlainText().contains(first.why));
        QVERIFY(details->toPlainText().contains(first.levels.notMet));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
