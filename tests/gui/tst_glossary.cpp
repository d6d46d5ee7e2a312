// Glossary terms marked in text, the label that explains them and the jargon buster panel, driven
// by real key presses on real widgets (offscreen).
#include "bank/BankLoader.h"
#include "glossary/GlossaryLabel.h"
#include "glossary/GlossaryMarkup.h"
#include "glossary/GlossaryPanel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtTest>

using namespace Waymark;

namespace {

QString link(const QString &term, const QString &text)
{
    return QString("<a href=\"glossary:%1\">%2</a>")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(term)), text);
}

} // namespace

class TestGlossary : public QObject
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
        // The cases below rely on these entries of the built-in bank.
        for (const char *term : {"LADO", "ICB", "child protection", "child protection conference",
                                 "child protection plan", "section 47 enquiry", "partnership chair",
                                 "safeguarding partnership", "children's home", "Cabinet"}) {
            QVERIFY2(m_bank.glossaryEntry(term), term);
        }
    }

    void marksTerms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");

        QTest::newRow("term") << "Ask the LADO today."
                              << "Ask the " + link("LADO", "LADO") + " today.";
        QTest::newRow("any case") << "the lado said"
                                  << "the " + link("LADO", "lado") + " said";
        QTest::newRow("alias") << "The integrated care board pays."
                               << "The " + link("ICB", "integrated care board") + " pays.";
        QTest::newRow("acronym plural") << "Both ICBs agreed."
                                        << "Both " + link("ICB", "ICBs") + " agreed.";
        QTest::newRow("acronym possessive") << "The ICB's plan."
                                            << "The " + link("ICB", "ICB") + "'s plan.";
        QTest::newRow("longest wins")
            << "Attend the child protection conference."
            << "Attend the " + link("child protection conference", "child protection conference") +
                   ".";
        QTest::newRow("longest wins, starting later")
            << "Meet the partnership chair."
            << "Meet the " + link("partnership chair", "partnership chair") + ".";
        // An alias that is the start of its entry's term leads to that entry.
        QTest::newRow("shorter overlap")
            << "Under section 47."
            << "Under " + link("section 47 enquiry", "section 47") + ".";
        // Bank 2.0.0 explains child protection itself; 1.0.0 sent it to the plan (issue 13).
        QTest::newRow("a term that starts a longer one")
            << "Under child protection."
            << "Under " + link("child protection", "child protection") + ".";
        QTest::newRow("spaces and line breaks")
            << "A child  protection\nconference."
            << "A " + link("child protection conference", "child  protection<br>conference") + ".";
        QTest::newRow("curly apostrophe")
            << QString::fromUtf8("Visit a children\u2019s home.")
            << QString::fromUtf8("Visit a ") +
                   link("children's home", QString::fromUtf8("children\u2019s home")) + ".";
        QTest::newRow("whole words only") << "The Cabinetmaker and the ICBx and sLADO."
                                          << "The Cabinetmaker and the ICBx and sLADO.";
        QTest::newRow("joined to the word after")
            << "A Cabinet-approved, LADO-led review."
            << "A " + link("Cabinet", "Cabinet") + "-approved, " + link("LADO", "LADO") +
                   "-led review.";
        QTest::newRow("hyphenated term") << "Too many re-referrals."
                                         << "Too many " + link("re-referral", "re-referrals") + ".";
        QTest::newRow("not inside a hyphenated word")
            << "Pre-Cabinet briefings go to the Cabinet."
            << "Pre-Cabinet briefings go to the " + link("Cabinet", "Cabinet") + ".";
        QTest::newRow("hostile text") << "<b>x</b> & <img src=x>"
                                      << "&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src=x&gt;";
        QTest::newRow("hostile link around a term")
            << "<a href=\"javascript:alert(1)\">LADO</a>"
            << "&lt;a href=&quot;javascript:alert(1)&quot;&gt;" + link("LADO", "LADO") +
                   "&lt;/a&gt;";
        QTest::newRow("nothing") << ""
                                 << "";
    }

    void marksTerms()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(markGlossaryTerms(text, m_bank), html);
    }

    void linksLeadBackToTheirEntries()
    {
        for (const GlossaryEntry &entry : m_bank.glossary) {
            const QString href = glossaryLink(entry);
            QVERIFY2(!href.contains('\'') && !href.contains('"') && !href.contains(' '),
                     qPrintable(href));
            QCOMPARE(glossaryEntryForLink(href, m_bank), &entry);
            // Every term and alias is found in a sentence, and leads to its own entry.
            QStringList names = entry.aliases;
            names.prepend(entry.term);
            for (const QString &name : std::as_const(names)) {
                const GlossaryEntry *owner = m_bank.glossaryEntry(name);
                const QString html = markGlossaryTerms("See " + name + " here.", m_bank);
                QVERIFY2(html.contains(glossaryLink(*owner)), qPrintable(name + " -> " + html));
            }
        }
        QVERIFY(!glossaryEntryForLink("https://example.org/", m_bank));
        QVERIFY(!glossaryEntryForLink("glossary:no%20such%20term", m_bank));
    }

    void matchesEveryQuestionQuickly()
    {
        // Building the matcher and marking every question of the bank: reported, not asserted.
        QElapsedTimer timer;
        timer.start();
        int links = 0;
        for (const Question *question : m_bank.questions())
            links += markGlossaryTerms(question->text, m_bank).count("<a href=");
        qInfo("marked %d terms in %d questions in %lld ms (matcher built per question)", links,
              int(m_bank.questions().size()), timer.elapsed());
        QVERIFY(links > m_bank.questions().size() / 2);
    }

    void labelActivatesTermsByKeyboard()
    {
        QWidget window;
        auto *before = new QLineEdit(&window);
        auto *label = new GlossaryLabel(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(label);
        label->setPlainTextWithGlossary("Ask the LADO, then the integrated care board.", m_bank);
        QVERIFY(label->wordWrap());
        QCOMPARE(label->accessibleDescription(),
                 QString("Words underlined are explained in the jargon buster"));
        QCOMPARE(label->glossaryMatches().size(), 2);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QSignalSpy activated(label, &GlossaryLabel::termActivated);
        before->setFocus();
        QTest::keyClick(before, Qt::Key_Tab);
        QTRY_VERIFY(label->hasFocus());
        QTest::keyClick(label, Qt::Key_Tab);
        QCOMPARE(label->selectedText(), QString("LADO"));
        QVERIFY(QToolTip::text().contains("LADO: " + m_bank.glossaryEntry("LADO")->definition));
        QTest::keyClick(label, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QString("LADO"));

        QTest::keyClick(label, Qt::Key_Tab);
        QCOMPARE(label->selectedText(), QString("integrated care board"));
        QVERIFY(QToolTip::text().contains("ICB: "));
        QTest::keyClick(label, Qt::Key_Enter);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), QString("ICB"));
    }

    void labelShowsDefinitionOnHover()
    {
        GlossaryLabel label;
        label.setPlainTextWithGlossary("The Cabinet decides.", m_bank);
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        Q_EMIT label.linkHovered(glossaryLink(*m_bank.glossaryEntry("Cabinet")));
        QVERIFY(QToolTip::text().contains("Cabinet: "));
        Q_EMIT label.linkHovered(QString());
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void labelNeverRunsMarkup()
    {
        GlossaryLabel label;
        label.setPlainTextWithGlossary("<img src=x> <b>bold</b> LADO", m_bank);
        QVERIFY(!label.text().contains("<img"));
        QVERIFY(!label.text().contains("<b>"));
        QVERIFY(label.text().contains("&lt;b&gt;bold&lt;/b&gt;"));
        QVERIFY(label.text().contains(
            "<a style=\"text-underline-style: dotted\" href=\"glossary:LADO\">LADO</a>"));
    }

    void panelFiltersAsYouType()
    {
        GlossaryPanel panel(m_bank);
        auto *list = panel.findChild<QListView *>("glossaryList");
        auto *search = panel.findChild<QLineEdit *>("glossarySearch");
        auto *definition = panel.findChild<QTextBrowser *>("glossaryDefinition");
        QVERIFY(list && search && definition);
        QAbstractItemModelTester tester(list->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(search->placeholderText(), QString("Search the jargon buster"));
        QVERIFY(definition->isReadOnly());
        QCOMPARE(list->model()->rowCount(), m_bank.glossary.size());
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));

        // A word found in terms, aliases or definitions: exactly the entries that mention it.
        search->setFocus();
        QTest::keyClicks(search, "Designated");
        int expected = 0;
        for (const GlossaryEntry &entry : m_bank.glossary) {
            const QString all =
                entry.term + '\n' + entry.aliases.join('\n') + '\n' + entry.definition;
            expected += all.contains("designated", Qt::CaseInsensitive) ? 1 : 0;
        }
        QVERIFY(expected > 1 && expected < m_bank.glossary.size());
        QCOMPARE(list->model()->rowCount(), expected);
        QStringList shown;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            shown.append(list->model()->index(row, 0).data().toString());
        QVERIFY(shown.contains("LADO — Local Authority Designated Officer"));
        QVERIFY(shown.contains("designated safeguarding lead — DSL"));

        // Down moves from the search into the list; the definition follows the choice.
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(list->hasFocus());
        QVERIFY(list->currentIndex().isValid());
        const QString first = panel.currentTerm();
        QVERIFY(definition->toPlainText().contains(m_bank.glossaryEntry(first)->definition));
        QTest::keyClick(list, Qt::Key_Down);
        QVERIFY(panel.currentTerm() != first);
        QVERIFY(definition->toPlainText().contains(
            m_bank.glossaryEntry(panel.currentTerm())->definition));

        // Nothing found says so.
        search->setFocus();
        search->selectAll();
        QTest::keyClicks(search, "zzzzqq");
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(definition->toPlainText().contains("zzzzqq"));
    }

    void panelShowsATerm()
    {
        GlossaryPanel panel(m_bank);
        auto *list = panel.findChild<QListView *>("glossaryList");
        auto *search = panel.findChild<QLineEdit *>("glossarySearch");
        auto *definition = panel.findChild<QTextBrowser *>("glossaryDefinition");
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        search->setFocus();
        QTest::keyClicks(search, "scrutiny");

        // By an alias: the search clears and the entry is chosen, with its other names.
        QVERIFY(panel.showTerm("integrated care board"));
        QCOMPARE(search->text(), QString());
        QCOMPARE(list->model()->rowCount(), m_bank.glossary.size());
        QCOMPARE(panel.currentTerm(), QString("ICB"));
        QVERIFY(list->hasFocus());
        QVERIFY(list->selectionModel()->isSelected(list->currentIndex()));
        const GlossaryEntry *icb = m_bank.glossaryEntry("ICB");
        QVERIFY(definition->toPlainText().contains(icb->definition));
        QVERIFY(definition->toPlainText().contains("Also called: " + icb->aliases.join(", ")));

        QVERIFY(panel.showTerm("Staying Put"));
        QCOMPARE(panel.currentTerm(), QString("Staying Put"));
        QVERIFY(!panel.showTerm("no such term"));
        QCOMPARE(panel.currentTerm(), QString("Staying Put"));
    }

    void labelLeadsToThePanel()
    {
        QWidget window;
        auto *label = new GlossaryLabel(&window);
        auto *panel = new GlossaryPanel(m_bank, &window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(label);
        layout->addWidget(panel);
        QObject::connect(label, &GlossaryLabel::termActivated, panel, &GlossaryPanel::showTerm);
        label->setPlainTextWithGlossary("Ask the designated officer.", m_bank);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        label->setFocus();
        QTest::keyClick(label, Qt::Key_Tab);
        QTest::keyClick(label, Qt::Key_Return);
        QCOMPARE(panel->currentTerm(), QString("LADO"));
    }
};

QTEST_MAIN(TestGlossary)
#include "tst_glossary.moc"
