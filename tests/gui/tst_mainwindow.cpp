// The whole app as a member uses it: real widgets, real key presses, a real database. Each test
// gets its own database and its own settings file, never the user's.
#include "Accessibility.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "ModalDialogs.h"
#include "assessment/NextCycle.h"
#include "glossary/GlossaryPanel.h"
#include "walkthrough/AssessmentDocument.h"
#include "walkthrough/QuestionPage.h"
#include "walkthrough/WalkthroughView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

#include <cmath>

using namespace Waymark;

namespace {

// Types text as key presses; QTest::keyClicks only knows ASCII, and members type Welsh names.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// WCAG 2.1 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x17, 0x18, 0x1a));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2c, 0x30));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x30, 0x33, 0x38));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xd9));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::ToolTipBase, QColor(0x30, 0x33, 0x38));
    dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    return dark;
}

// As Windows' "High Contrast Black": white on black, yellow links, cyan selection.
QPalette highContrastPalette()
{
    QPalette high(Qt::white, Qt::black);
    high.setColor(QPalette::Base, Qt::black);
    high.setColor(QPalette::Text, Qt::white);
    high.setColor(QPalette::Button, Qt::black);
    high.setColor(QPalette::ButtonText, Qt::white);
    high.setColor(QPalette::Highlight, Qt::cyan);
    high.setColor(QPalette::HighlightedText, Qt::black);
    high.setColor(QPalette::Link, Qt::yellow);
    high.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    return high;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // A translation that words the question page's two field labels afresh, keeping only their
    // underlined letters.
    class RewordingTranslator : public QTranslator
    {
    public:
        bool isEmpty() const override { return false; }
        QString translate(const char *, const char *source, const char *, int) const override
        {
            if (qstrcmp(source, "Evidence: how do you &know?") == 0)
                return QStringLiteral("What do you &know, and from where?");
            if (qstrcmp(source, "N&ote or question to ask officers:") == 0)
                return QStringLiteral("For officers, or for y&ourself:");
            return QString();
        }
    };

    std::unique_ptr<GuiFixture> m_fixture;
    QString m_db;

    std::unique_ptr<MainWindow> makeWindow() { return m_fixture->showMainWindow(); }

    // A Lead Member assessment made in the window's database; returns its id.
    qint64 createAssessment(MainWindow &window)
    {
        AssessmentInfo info;
        info.authority = QStringLiteral("A");
        info.respondent = QStringLiteral("R");
        info.roleId = QStringLiteral("lead-member");
        info.bankId = GuiFixture::bank().id;
        info.bankVersion = GuiFixture::bank().version;
        StoreError error;
        if (!window.store().createAssessment(info, &error))
            qFatal("%s", qPrintable(error.message));
        return info.id;
    }

    // Picks an item of a combo box by its text with the arrow keys, as a member would.
    static bool chooseByKeys(QComboBox *combo, const QString &text)
    {
        QTest::keyClick(combo, Qt::Key_Home);
        while (combo->currentText() != text) {
            if (combo->currentIndex() == combo->count() - 1)
                return false;
            QTest::keyClick(combo, Qt::Key_Down);
        }
        return true;
    }

    // An assessment stored before the window opens, as another Waymark (or an earlier one) left
    // it: answered against bankVersion of the built-in bank. Returns its id.
    qint64 storeAssessment(const QString &bankVersion, const QString &jurisdiction,
                           const QList<QPair<QString, Rating>> &answers)
    {
        AssessmentStore store;
        StoreError error;
        AssessmentInfo info;
        info.authority = QStringLiteral("Old Borough");
        info.respondent = QStringLiteral("Cllr Long-Serving");
        info.roleId = QStringLiteral("lead-member");
        info.date = QDate(2025, 5, 1);
        info.bankId = GuiFixture::bank().id;
        info.bankVersion = bankVersion;
        info.jurisdiction = jurisdiction;
        if (!store.open(m_db, AssessmentStore::OpenMode::CreateIfMissing, &error) ||
            !store.createAssessment(info, &error))
            qFatal("%s", qPrintable(error.message));
        for (const auto &[question, rating] : answers) {
            Answer answer;
            answer.rating = rating;
            if (!store.saveAnswer(info.id, question, answer, &error))
                qFatal("%s", qPrintable(error.message));
        }
        return info.id;
    }

    // Moves the question page on by Ctrl+Page Down until it shows questionId.
    static bool goForwardTo(MainWindow &window, const QString &questionId)
    {
        // Keys go to the active window; a dialog may just have closed.
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        auto *page = window.findChild<QuestionPage *>();
        auto *walkthrough = window.findChild<WalkthroughView *>();
        page->setFocus();
        for (int step = 0; step < 400; ++step) {
            if (walkthrough->currentQuestion() == questionId)
                return true;
            QTest::keyClick(page, Qt::Key_PageDown, Qt::ControlModifier);
        }
        return false;
    }

    static QStringList idsOf(const QList<const Question *> &questions)
    {
        QStringList ids;
        for (const Question *question : questions)
            ids.append(question->id);
        return ids;
    }

    // Fills in and accepts the New assessment dialog by keyboard once it is open: the council,
    // the law it is under (by its title), the member's name and role. roleDescription, when
    // given, receives what the dialog said of the role before it was accepted.
    void answerNewDialogLater(const QString &authority, const QString &law, const QString &name,
                              const QString &roleTitle, QString *roleDescription = nullptr)
    {
        ModalDialogs::whenModal(this, [=](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("newAssessmentDialog"));
            auto *authorityEdit = dialog->findChild<QLineEdit *>(QStringLiteral("authorityEdit"));
            auto *startButton = dialog->findChild<QAbstractButton *>(QStringLiteral("startButton"));
            QVERIFY(!startButton->isEnabled()); // nothing typed yet
            authorityEdit->setFocus();
            typeText(authorityEdit, authority);
            QTest::keyClick(authorityEdit, Qt::Key_Tab);
            auto *jurisdiction =
                dialog->findChild<QComboBox *>(QStringLiteral("jurisdictionCombo"));
            QCOMPARE(dialog->focusWidget(), jurisdiction);
            QVERIFY(chooseByKeys(jurisdiction, law));
            QTest::keyClick(jurisdiction, Qt::Key_Tab);
            QCOMPARE(dialog->focusWidget(),
                     dialog->findChild<QLineEdit *>(QStringLiteral("respondentEdit")));
            typeText(dialog->focusWidget(), name);
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
            QCOMPARE(dialog->focusWidget(), role);
            // Type-ahead in the combo box picks the role by its title.
            while (role->currentText() != roleTitle) {
                QTest::keyClick(role, Qt::Key_Down);
                if (role->currentIndex() == role->count() - 1 && role->currentText() != roleTitle)
                    QFAIL("role not found");
            }
            QVERIFY(startButton->isEnabled());
            if (roleDescription)
                *roleDescription =
                    dialog->findChild<QLabel *>(QStringLiteral("roleDescription"))->text();
            QTest::keyClick(role, Qt::Key_Return);
        });
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<GuiFixture>();
        m_db = m_fixture->databasePath();
        QApplication::setFont(QFont(QApplication::font().family(), 10));
    }

    void cleanup() { m_fixture.reset(); }

    void walkAWholeAssessmentByKeyboard()
    {
        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db));
        answerNewDialogLater(QStringLiteral("Cyngor Sir Gâr"), QStringLiteral("Wales"),
                             QStringLiteral("Cllr Siân"), QStringLiteral("Councillor"));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(window->document());
        window->activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        AssessmentDocument *document = window->document();
        QCOMPARE(document->assessment().info.roleId, QStringLiteral("councillor"));
        QCOMPARE(document->assessment().info.authority, QStringLiteral("Cyngor Sir Gâr"));
        QCOMPARE(document->assessment().info.jurisdiction, QStringLiteral("wales"));

        auto *page = window->findChild<QuestionPage *>();
        auto *walkthrough = window->findChild<WalkthroughView *>();
        const QList<const Question *> questions = document->questions();
        QVERIFY(questions.size() > 10);
        const Qt::Key keys[] = {Qt::Key_3, Qt::Key_2, Qt::Key_1, Qt::Key_0, Qt::Key_D, Qt::Key_N};
        // Every question: a rating key, and for every fifth some evidence, then on to the next.
        for (int i = 0; i < questions.size(); ++i) {
            QCOMPARE(walkthrough->currentQuestion(), questions.at(i)->id);
            page->setFocus();
            QTest::keyClick(page, keys[i % 6]);
            if (i % 5 == 0) {
                QTest::keyClick(page, Qt::Key_K,
                                Qt::AltModifier); // "how do you &know?", the evidence label
                auto *evidence = page->findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"));
                QTRY_COMPARE(window->focusWidget(), evidence);
                QTest::keyClicks(evidence, QStringLiteral("Seen at Cabinet, 3 June"));
            }
            if (i + 1 < questions.size()) {
                // The underlined letter of "Next": the button animates its click, so wait.
                QTest::keyClick(page, Qt::Key_N, Qt::AltModifier);
                QTRY_COMPARE(walkthrough->currentQuestion(), questions.at(i + 1)->id);
            }
        }
        auto *progress = window->findChild<QLabel *>(QStringLiteral("progressText"));
        QCOMPARE(progress->text(),
                 QStringLiteral("%1 of %1 questions answered").arg(questions.size()));

        // The summary, by keyboard.
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("assessmentTabs"));
        QCOMPARE(tabs->currentIndex(), 1);
        auto *gateway = window->findChild<QLabel *>(QStringLiteral("gatewayLabel"));
        QVERIFY(gateway);
        QVERIFY(!gateway->text().isEmpty());
        const qint64 id = document->id();
        window.reset();

        // Everything is in the database.
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(m_db, AssessmentStore::OpenMode::CreateIfMissing, &error));
        const std::optional<Assessment> saved = store.loadAssessment(id, &error);
        QVERIFY(saved);
        for (int i = 0; i < questions.size(); ++i) {
            const Answer answer = saved->answer(questions.at(i)->id);
            const Rating expected[] = {Rating::FullyMet, Rating::MostlyMet, Rating::PartiallyMet,
                                       Rating::NotMet,   Rating::DontKnow,  Rating::NotApplicable};
            QCOMPARE(answer.rating, expected[i % 6]);
            QCOMPARE(answer.evidence,
                     i % 5 == 0 ? QStringLiteral("Seen at Cabinet, 3 June") : QString());
        }
    }

    void undoAndRedoReachTheDatabase()
    {
        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db));
        const qint64 id = createAssessment(*window);
        StoreError error;
        QVERIFY(window->openAssessment(id));
        auto *page = window->findChild<QuestionPage *>();
        const QString first = page->questionId();
        page->setFocus();
        QTest::keyClick(page, Qt::Key_2);
        QTest::keyClick(page, Qt::Key_3);
        const auto stored = [&] {
            return window->store().loadAssessment(id, &error)->rating(first);
        };
        QCOMPARE(stored(), Rating::FullyMet);
        QCOMPARE(window->document()->undoStack()->count(), 2);
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(), Rating::MostlyMet);
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(), Rating::Unanswered);
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(), Rating::MostlyMet);
        // The button shows what the database holds.
        QVERIFY(page->findChild<QAbstractButton *>(QStringLiteral("rating_2"))->isChecked());

        // A piece of typing is one undo step.
        auto *note = page->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Ask the DCS"));
        QCOMPARE(window->store().loadAssessment(id, &error)->answer(first).note,
                 QStringLiteral("Ask the DCS"));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window->store().loadAssessment(id, &error)->answer(first).note, QString());
        QCOMPARE(note->toPlainText(), QString());
    }

    // Each change to the answer on the page is drawn once: by key, by button, by typing.
    void aRatingIsShownOnce()
    {
        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db));
        const qint64 id = createAssessment(*window);
        QVERIFY(window->openAssessment(id));
        auto *page = window->findChild<QuestionPage *>();
        QSignalSpy shown(page, &QuestionPage::answerShown);
        page->setFocus();
        QTest::keyClick(page, Qt::Key_2);
        QCOMPARE(shown.size(), 1);
        QTest::mouseClick(page->findChild<QAbstractButton *>(QStringLiteral("rating_3")),
                          Qt::LeftButton);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(window->document()->answer(page->questionId()).rating, Rating::FullyMet);
        auto *note = page->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        note->setFocus();
        QTest::keyClick(note, Qt::Key_A);
        QCOMPARE(shown.size(), 3);
    }

    // The evidence and note labels lead to their fields by their underlined letters whatever a
    // translation makes of their words (here, a translation that words both differently).
    void mnemonicsFollowTheirLabelsInAnyTranslation()
    {
        RewordingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto removeTranslator =
            qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db));
        QVERIFY(window->openAssessment(createAssessment(*window)));
        auto *page = window->findChild<QuestionPage *>();
        auto *evidence = page->findChild<QPlainTextEdit *>(QStringLiteral("evidenceEdit"));
        auto *note = page->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        page->setFocus();
        QTest::keyClick(page, Qt::Key_K, Qt::AltModifier);
        QTRY_COMPARE(window->focusWidget(), evidence);
        page->setFocus();
        QTest::keyClick(page, Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(window->focusWidget(), note);
    }

    void everyFocusableWidgetHasAnAccessibleName()
    {
        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db));
        QTest::keyClick(window.get(), Qt::Key_J, Qt::ControlModifier); // the jargon buster too
        auto *sample = window->findChild<QAbstractButton *>(QStringLiteral("sampleButton"));
        const auto check = Accessibility::unnamedFocusableWidgets;
        QStringList unnamed = check(window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        sample->click();
        QVERIFY(window->document());
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("assessmentTabs"));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            unnamed = check(tabs->currentWidget());
            QVERIFY2(unnamed.isEmpty(), qPrintable(tabs->tabText(tab) + QStringLiteral(": ") +
                                                   unnamed.join(QStringLiteral(", "))));
        }
        // And the New assessment dialog.
        ModalDialogs::whenModal(this, [&](QDialog *dialog) {
            unnamed = check(dialog);
            dialog->reject();
        });
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void largeTextIsNotClipped()
    {
        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db));
        window->findChild<QAbstractButton *>(QStringLiteral("sampleButton"))->click();
        QVERIFY(window->document());
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(QApplication::font().pointSizeF() >= 15);
        QTest::qWait(200); // let every layout take in the new font
        auto *page = window->findChild<QuestionPage *>();
        const QList<QWidget *> widgets = page->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : widgets) {
            if (!widget->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                if (label->text().isEmpty())
                    continue;
                ++checked;
                const int needed = label->wordWrap() ? label->heightForWidth(label->width())
                                                     : label->minimumSizeHint().height();
                QVERIFY2(
                    label->height() >= needed,
                    qPrintable(label->objectName() + QLatin1Char(' ') + label->text().left(40)));
                if (!label->wordWrap())
                    QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                             qPrintable(label->text().left(40)));
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                ++checked;
                QVERIFY2(button->height() >= button->minimumSizeHint().height() &&
                             button->width() >= button->minimumSizeHint().width(),
                         qPrintable(QStringLiteral("%1: %2x%3, needs %4x%5")
                                        .arg(button->text())
                                        .arg(button->width())
                                        .arg(button->height())
                                        .arg(button->minimumSizeHint().width())
                                        .arg(button->minimumSizeHint().height())));
            }
        }
        QVERIFY(checked > 15);
    }

    void darkAndHighContrastPalettesKeepTextReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("dark") << darkPalette();
        QTest::newRow("high contrast") << highContrastPalette();
    }

    // Nothing may set its own colours over the system's: every visible text keeps at least
    // WCAG AA contrast (4.5:1) with what it is drawn on, and the chart paints with the palette.
    void darkAndHighContrastPalettesKeepTextReadable()
    {
        QFETCH(QPalette, palette);
        const QPalette original = QApplication::palette();
        const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });
        QApplication::setPalette(palette);
        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db));
        window->findChild<QAbstractButton *>(QStringLiteral("sampleButton"))->click();
        QVERIFY(window->document());
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("assessmentTabs"));
        int checked = 0;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            for (QWidget *widget : window->findChildren<QWidget *>()) {
                if (!widget->isVisible())
                    continue;
                const bool text =
                    qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
                    qobject_cast<QAbstractItemView *>(widget) ||
                    qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
                if (!text)
                    continue;
                ++checked;
                const QPalette &own = widget->palette();
                const QColor foreground = own.color(widget->foregroundRole());
                const QColor background = own.color(widget->backgroundRole());
                QVERIFY2(contrast(foreground, background) >= 4.5,
                         qPrintable(QStringLiteral("%1 (%2): %3 on %4")
                                        .arg(widget->objectName(),
                                             QString::fromLatin1(widget->metaObject()->className()),
                                             foreground.name(), background.name())));
                if (qobject_cast<QLabel *>(widget)) {
                    QVERIFY2(contrast(own.color(QPalette::Link), background) >= 4.5,
                             qPrintable(widget->objectName()));
                }
            }
        }
        QVERIFY(checked > 40);

        // The chart on the summary is painted in the palette's colours, not print's.
        tabs->setCurrentIndex(1);
        QApplication::processEvents();
        auto *chart = window->findChild<QWidget *>(QStringLiteral("scoreChart"));
        QVERIFY(chart);
        const QImage image = chart->grab().toImage();
        QCOMPARE(image.pixelColor(2, 2), palette.color(QPalette::Base));
        int textPixels = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                textPixels += contrast(image.pixelColor(x, y), palette.color(QPalette::Base)) > 7;
        }
        QVERIFY(textPixels > 100);
    }

    void windowComesBackAsItWas()
    {
        qint64 id = 0;
        QString question;
        {
            auto window = makeWindow();
            QVERIFY(window->openDatabase(m_db));
            window->findChild<QAbstractButton *>(QStringLiteral("sampleButton"))->click();
            id = window->document()->id();
            auto *walkthrough = window->findChild<WalkthroughView *>();
            for (int i = 0; i < 6; ++i)
                walkthrough->goToNext();
            question = walkthrough->currentQuestion();
            window->resize(900, 650);
            QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
            window->close();
        }
        const qreal biggerFont = QApplication::font().pointSizeF();
        QApplication::setFont(QFont(QApplication::font().family(), 10));
        auto window = makeWindow();
        window->restoreSession();
        QVERIFY(window->document());
        QCOMPARE(window->document()->id(), id);
        QCOMPARE(window->findChild<WalkthroughView *>()->currentQuestion(), question);
        QCOMPARE(window->size(), QSize(900, 650));
        QCOMPARE(QApplication::font().pointSizeF(), biggerFont);
    }

    // Issue 11: the database remembered from last time (a USB stick, a shared folder) that is no
    // longer there is reported, not replaced by a new empty one under its name.
    void rememberedDatabaseThatIsGoneIsNotRecreated()
    {
        const QString gone = m_fixture->path(QStringLiteral("stick/waymark.db"));
        m_fixture->settings().setDatabase(gone);
        auto window = makeWindow();
        QString shown;
        ModalDialogs::whenModal<QMessageBox>(this, [&shown](QMessageBox *box) {
            shown = box->objectName() + QLatin1Char(':') + box->text();
            box->accept();
        });
        window->restoreSession();
        QVERIFY2(shown.startsWith(QLatin1String("errorBox:")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("There is no Waymark database at %1").arg(gone)),
                 qPrintable(shown));
        QVERIFY(!window->store().isOpen());
        QVERIFY(!QFileInfo::exists(m_fixture->path(QStringLiteral("stick"))));
    }

    // What the store says on opening without stopping it (here: a lock file left empty by a
    // crash, taken over) is shown to the member, not only printed by the CLI.
    void notesFromOpeningAreShown()
    {
        {
            AssessmentStore store;
            StoreError error;
            QVERIFY(store.open(m_db, AssessmentStore::OpenMode::CreateIfMissing, &error));
        }
        QFile lock(m_db + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();
        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db, AssessmentStore::OpenMode::ExistingOnly));
        const QString message = window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("The lock file %1.lock was empty or could not be "
                                                 "read; Waymark took it over.")
                                      .arg(m_db)),
                 qPrintable(message));
    }

    // Issue 13: a new assessment made under the law of Wales, chosen by keyboard, asks the
    // questions that apply in Wales, in Wales's words, and the choice is kept for the next one.
    void newWalesAssessmentAsksWhatWalesLawAsks()
    {
        const QuestionBank &wales = GuiFixture::bankIn(QStringLiteral("wales"));
        const QuestionBank &england = GuiFixture::bankIn(QStringLiteral("england"));
        const QString councillor = QStringLiteral("councillor");
        // What the test stands on: MEMB-01 names the Regional Safeguarding Board under Wales's
        // law and the safeguarding partnership under England's; MEMB-09 (licensing authorities
        // sharing what they know of taxi drivers) is England's law alone.
        const QString board = QStringLiteral("Regional Safeguarding Board");
        QVERIFY(wales.question(QStringLiteral("MEMB-01"))->text.contains(board));
        QVERIFY(!england.question(QStringLiteral("MEMB-01"))->text.contains(board));
        QVERIFY(england.question(QStringLiteral("MEMB-09"))->appliesTo(councillor));
        QVERIFY(!wales.question(QStringLiteral("MEMB-09")));
        const int walesCount = int(wales.questionsFor(councillor).size());
        QVERIFY(walesCount != england.questionsFor(councillor).size());

        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db));
        QString description;
        answerNewDialogLater(QStringLiteral("Cyngor Sir Gâr"), QStringLiteral("Wales"),
                             QStringLiteral("Cllr Siân"), QStringLiteral("Councillor"),
                             &description);
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(window->document());
        // The dialog counted the questions as Wales's law asks them.
        QVERIFY2(description.endsWith(QStringLiteral("You will see %1 questions.").arg(walesCount)),
                 qPrintable(description));
        AssessmentDocument *document = window->document();
        QCOMPARE(document->assessment().info.jurisdiction, QStringLiteral("wales"));
        QCOMPARE(document->assessment().info.bankVersion, GuiFixture::bank().version);
        QCOMPARE(document->bank().appliedJurisdiction, QStringLiteral("wales"));
        const QStringList asked = idsOf(document->questions());
        QCOMPARE(asked.size(), walesCount);
        QVERIFY(asked.contains(QStringLiteral("MEMB-01")));
        QVERIFY(!asked.contains(QStringLiteral("MEMB-09")));
        QVERIFY2(window->windowTitle().contains(QStringLiteral("(law of Wales)")),
                 qPrintable(window->windowTitle()));

        QVERIFY(goForwardTo(*window, QStringLiteral("MEMB-01")));
        const QString shown = window->findChild<QLabel *>(QStringLiteral("questionText"))->text();
        QVERIFY2(shown.contains(board), qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("safeguarding partnership")));

        // Kept for the next one, and the start page says which law each is under.
        QCOMPARE(m_fixture->settings().lastJurisdiction(), QStringLiteral("wales"));
        window->findChild<QAction *>(QStringLiteral("closeAssessmentAction"))->trigger();
        auto *list = window->findChild<QTreeWidget *>(QStringLiteral("assessmentList"));
        QCOMPARE(list->headerItem()->text(3), QStringLiteral("Law"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Wales"));
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("0 of %1").arg(walesCount));
        QString chosen;
        QString accessibleName;
        ModalDialogs::whenModal(this, [&](QDialog *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("jurisdictionCombo"));
            chosen = combo->currentData().toString();
            accessibleName = combo->accessibleName();
            dialog->reject();
        });
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(chosen, QStringLiteral("wales"));
        QCOMPARE(accessibleName, QStringLiteral("The law the assessment is made under"));
    }

    // Issue 13: an assessment answered against 1.0.0 keeps its meaning once 2.0.0 is the latest:
    // 1.0.0's questions, in 1.0.0's words, scored with 1.0.0's weights, explained by 1.0.0's
    // glossary. LEAD-08 (asked by 1.0.0 only, weight 3) Fully met and LEAD-04 (weight 2) Not met:
    // 100 x (3 x 3 + 2 x 0) / (3 x 3 + 2 x 3) = 60.0; scored against 2.0.0 it would be 0.0.
    void assessmentAnsweredAgainstVersion1KeepsItsQuestionsAndScores()
    {
        BankLibrary &banks = GuiFixture::banks();
        const QuestionBank &first = banks.bank(GuiFixture::bank().id, QStringLiteral("1.0.0"));
        QCOMPARE(first.version, QStringLiteral("1.0.0"));
        QVERIFY(first.question(QStringLiteral("LEAD-08")));
        QVERIFY(!GuiFixture::bank().question(QStringLiteral("LEAD-08")));
        const QString firstText = first.question(QStringLiteral("LEAD-04"))->text;
        QVERIFY(firstText.startsWith(QStringLiteral("Does the council have an up-to-date")));
        QVERIFY(GuiFixture::bank().question(QStringLiteral("LEAD-04"))->text != firstText);
        const int firstCount = int(first.questionsFor(QStringLiteral("lead-member")).size());

        storeAssessment(QStringLiteral("1.0.0"), QStringLiteral("england"),
                        {{QStringLiteral("LEAD-08"), Rating::FullyMet},
                         {QStringLiteral("LEAD-04"), Rating::NotMet}});
        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db));
        auto *list = window->findChild<QTreeWidget *>(QStringLiteral("assessmentList"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("England"));
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("2 of %1").arg(firstCount));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(window->document());

        AssessmentDocument *document = window->document();
        QCOMPARE(document->bank().version, QStringLiteral("1.0.0"));
        QVERIFY(document->bankNote().isEmpty());
        QVERIFY(window->statusBar()->currentMessage().isEmpty());
        const QStringList asked = idsOf(document->questions());
        QCOMPARE(asked.size(), firstCount);
        QVERIFY(asked.contains(QStringLiteral("LEAD-08")));
        QVERIFY(!asked.contains(QStringLiteral("LEAD-11"))); // new in 2.0.0

        QVERIFY(goForwardTo(*window, QStringLiteral("LEAD-04")));
        const QString shown = window->findChild<QLabel *>(QStringLiteral("questionText"))->text();
        QVERIFY2(shown.startsWith(QStringLiteral("Does the council have an up-to-date")),
                 qPrintable(shown));

        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        const QString overall = window->findChild<QLabel *>(QStringLiteral("overallLabel"))->text();
        QVERIFY2(overall.startsWith(QStringLiteral("Overall score: 60.0")), qPrintable(overall));

        // The jargon buster explains 1.0.0's terms: "children in care" was dropped from 2.0.0,
        // the Regional Safeguarding Board came with it.
        QTest::keyClick(window.get(), Qt::Key_J, Qt::ControlModifier);
        auto *panel = window->findChild<GlossaryPanel *>(QStringLiteral("glossaryPanel"));
        QVERIFY(panel);
        QCOMPARE(panel->findChild<QListView *>(QStringLiteral("glossaryList"))->model()->rowCount(),
                 first.glossary.size());
        QVERIFY(panel->showTerm(QStringLiteral("children in care")));
        QVERIFY(!panel->showTerm(QStringLiteral("Regional Safeguarding Board")));
        // Closing it shows the latest bank's glossary again.
        window->findChild<QAction *>(QStringLiteral("closeAssessmentAction"))->trigger();
        panel = window->findChild<GlossaryPanel *>(QStringLiteral("glossaryPanel"));
        QCOMPARE(panel->findChild<QListView *>(QStringLiteral("glossaryList"))->model()->rowCount(),
                 GuiFixture::bank().glossary.size());
        QVERIFY(panel->showTerm(QStringLiteral("Regional Safeguarding Board")));
    }

    // An assessment of a version this Waymark does not have still opens, against the latest, and
    // the status bar says so while it is open.
    void assessmentOfAnUnknownVersionOpensAgainstTheLatestWithANote()
    {
        const qint64 id = storeAssessment(QStringLiteral("0.9.0"), QStringLiteral("england"),
                                          {{QStringLiteral("LEAD-01"), Rating::FullyMet}});
        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db));
        QVERIFY(window->openAssessment(id));
        QCOMPARE(window->document()->bank().version, GuiFixture::bank().version);
        const QString message = window->statusBar()->currentMessage();
        QCOMPARE(message, window->document()->bankNote());
        QVERIFY2(message.contains(QStringLiteral("version 0.9.0")) &&
                     message.contains(QStringLiteral("version %1").arg(GuiFixture::bank().version)),
                 qPrintable(message));
        window->closeAssessment();
        QVERIFY(window->statusBar()->currentMessage().isEmpty());
    }

    // Issue 13: the next cycle from an assessment answered against 1.0.0, by keyboard: the member
    // is asked first; the new one is against the latest bank, for the same council, member, role
    // and law, with no ratings, evidence carried through the mapping and marked to be checked,
    // and the open action carried; the earlier assessment is left as it was.
    void nextCycleCarriesEvidenceNotRatings()
    {
        const qint64 earlierId = storeAssessment(QStringLiteral("1.0.0"), QStringLiteral("england"),
                                                 {{QStringLiteral("LEAD-01"), Rating::FullyMet},
                                                  {QStringLiteral("LEAD-08"), Rating::NotMet}});
        {
            AssessmentStore store;
            StoreError error;
            QVERIFY(store.open(m_db, AssessmentStore::OpenMode::ExistingOnly, &error));
            Answer withEvidence;
            withEvidence.rating = Rating::FullyMet;
            withEvidence.evidence = QStringLiteral("Appointment minute, May 2024");
            QVERIFY(store.saveAnswer(earlierId, QStringLiteral("LEAD-01"), withEvidence, &error));
            Action open;
            open.questionId = QStringLiteral("LEAD-08");
            open.what = QStringLiteral("Ask the partners for their audit");
            open.status = ActionStatus::InProgress;
            QVERIFY(store.addAction(earlierId, open, &error));
            Action done;
            done.what = QStringLiteral("Visit the front door");
            done.status = ActionStatus::Done;
            QVERIFY(store.addAction(earlierId, done, &error));
        }
        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db));
        auto *list = window->findChild<QTreeWidget *>(QStringLiteral("assessmentList"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(window->document());
        QCOMPARE(window->document()->assessment().info.id, earlierId);

        // Cancelled: nothing is made.
        QString asked;
        ModalDialogs::whenModal<QMessageBox>(
            this,
            [&](QMessageBox *box) {
                asked = box->informativeText();
                QTest::keyClick(box, Qt::Key_Escape);
            },
            QStringLiteral("nextCycleQuestion"));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(asked.contains(QStringLiteral("Ratings and notes are not carried")),
                 qPrintable(asked));
        QCOMPARE(window->document()->assessment().info.id, earlierId);

        // Keys go to the active window, which the message box just was.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        ModalDialogs::whenModal<QMessageBox>(
            this, [&](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); },
            QStringLiteral("nextCycleQuestion"));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window->document()->assessment().info.id != earlierId);

        const Assessment &next = window->document()->assessment();
        QCOMPARE(next.info.authority, QStringLiteral("Old Borough"));
        QCOMPARE(next.info.respondent, QStringLiteral("Cllr Long-Serving"));
        QCOMPARE(next.info.roleId, QStringLiteral("lead-member"));
        QCOMPARE(next.info.jurisdiction, QStringLiteral("england"));
        QCOMPARE(next.info.bankVersion, GuiFixture::bank().version);
        for (const Answer &answer : next.answers)
            QCOMPARE(answer.rating, Rating::Unanswered);
        const QString evidence = next.answer(QStringLiteral("LEAD-01")).evidence;
        QVERIFY2(evidence.contains(QStringLiteral("Appointment minute, May 2024")),
                 qPrintable(evidence));
        QVERIFY2(evidence.contains(NextCycle::evidenceMark(QDate(2025, 5, 1))),
                 qPrintable(evidence));
        // LEAD-08 became PART-01 in 2.0.0: the open action follows it; the done one stays behind.
        QCOMPARE(next.actions.size(), 1);
        QCOMPARE(next.actions.first().what, QStringLiteral("Ask the partners for their audit"));
        QCOMPARE(next.actions.first().questionId, QStringLiteral("PART-01"));
        QCOMPARE(next.actions.first().status, ActionStatus::InProgress);
        const QString message = window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("1 open action")), qPrintable(message));

        window.reset(); // one Waymark at a time: the window lets go of the database
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(m_db, AssessmentStore::OpenMode::ExistingOnly, &error));
        const std::optional<Assessment> earlier = store.loadAssessment(earlierId, &error);
        QVERIFY(earlier);
        QCOMPARE(earlier->rating(QStringLiteral("LEAD-08")), Rating::NotMet);
        QCOMPARE(earlier->actions.size(), 2);
        QCOMPARE(earlier->info.bankVersion, QStringLiteral("1.0.0"));
    }

    void jargonBusterOpensFromTheMenu()
    {
        auto window = makeWindow();
        QVERIFY(window->openDatabase(m_db));
        auto *dock = window->findChild<QDockWidget *>(QStringLiteral("glossaryDock"));
        QVERIFY(!dock->isVisible());
        QTest::keyClick(window.get(), Qt::Key_J, Qt::ControlModifier);
        QVERIFY(dock->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
