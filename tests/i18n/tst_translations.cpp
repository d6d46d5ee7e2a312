// Issue 7: the Welsh translation is complete and safe to ship (no unfinished or vanished entries,
// the same placeholders and a mnemonic wherever the English has them), and the question bank
// loads in Welsh with English, never blanks, where a text is not translated.
#include "TsFile.h"
#include "bank/BankLoader.h"
#include "store/AssessmentStore.h"
#include "text/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Waymark;

namespace {

const QString WelshTs = QStringLiteral(WAYMARK_TRANSLATIONS_DIR "/waymark_cy.ts");
const QString EnglishTs = QStringLiteral(WAYMARK_TRANSLATIONS_DIR "/waymark_en.ts");

QString where(const TsFile::Message &message)
{
    return QStringLiteral("waymark_cy.ts:%1 [%2] %3")
        .arg(message.line)
        .arg(message.context, message.source.left(60));
}

// %1..%99, %L1 and %n, as a sorted list so that order may change but not the set.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// A mnemonic: an & before a letter or digit ("&&" is a literal ampersand, "&amp;" in rich text
// is an entity).
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<!&)&(?!&|amp;|lt;|gt;|quot;|nbsp;|#)\\w"));
    return pattern.match(text).hasMatch();
}

QByteArray builtInJson()
{
    QFile file(BankLoader::builtInPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    TsFile::Contents m_welsh;

private Q_SLOTS:
    void initTestCase()
    {
        m_welsh = TsFile::read(WelshTs);
        QVERIFY2(m_welsh.error.isEmpty(), qPrintable(m_welsh.error));
        QVERIFY(m_welsh.messages.size() > 800);
    }

    void welshFileIsForWelsh()
    {
        QCOMPARE(m_welsh.language, QStringLiteral("cy_GB"));
        QCOMPARE(m_welsh.sourceLanguage, QStringLiteral("en"));
        const TsFile::Contents english = TsFile::read(EnglishTs);
        QVERIFY2(english.error.isEmpty(), qPrintable(english.error));
        QCOMPARE(english.language, QStringLiteral("en"));
        // Both files come from the same lupdate run over the same sources.
        QCOMPARE(english.messages.size(), m_welsh.messages.size());
    }

    void noUnfinishedOrVanishedEntries()
    {
        QStringList bad;
        for (const TsFile::Message &message : qAsConst(m_welsh.messages)) {
            if (!message.type.isEmpty())
                bad.append(message.type + QStringLiteral(": ") + where(message));
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void everyTranslationIsNonEmpty()
    {
        QStringList bad;
        for (const TsFile::Message &message : qAsConst(m_welsh.messages)) {
            for (const QString &form : message.translations) {
                if (form.trimmed().isEmpty())
                    bad.append(where(message));
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void placeholdersMatch()
    {
        QStringList bad;
        for (const TsFile::Message &message : qAsConst(m_welsh.messages)) {
            const QStringList expected = placeholders(message.source);
            for (const QString &form : message.translations) {
                if (placeholders(form) != expected) {
                    bad.append(where(message) + QStringLiteral(" -> ") + form.left(60) +
                               QStringLiteral(" (") + expected.join(QLatin1Char(' ')) +
                               QStringLiteral(" / ") + placeholders(form).join(QLatin1Char(' ')) +
                               QLatin1Char(')'));
                }
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void mnemonicsKept()
    {
        QStringList bad;
        for (const TsFile::Message &message : qAsConst(m_welsh.messages)) {
            if (!hasMnemonic(message.source))
                continue;
            for (const QString &form : message.translations) {
                if (!hasMnemonic(form))
                    bad.append(where(message) + QStringLiteral(" -> ") + form);
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void languageFollowsTheChoiceAndTheSystem()
    {
        QCOMPARE(Language::resolve(QStringLiteral("cy")), QStringLiteral("cy"));
        QCOMPARE(Language::resolve(QStringLiteral("cy_GB.UTF-8")), QStringLiteral("cy"));
        QCOMPARE(Language::resolve(QStringLiteral("en")), QStringLiteral("en"));
        // The test runs under LANG=C.UTF-8: no language Waymark has, so English.
        QCOMPARE(Language::resolve(QString()), QStringLiteral("en"));
        QCOMPARE(Language::nativeName(QStringLiteral("cy")), QStringLiteral("Cymraeg"));
    }

    void welshTranslatorIsCompiledIn()
    {
        QVERIFY(Language::install(QStringLiteral("cy")));
        QCOMPARE(Language::current(), QStringLiteral("cy"));
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        QCOMPARE(QCoreApplication::translate("ReportGlossary", "Glossary"),
                 TsFile::translation(m_welsh, QStringLiteral("ReportGlossary"),
                                     QStringLiteral("Glossary")));
        QVERIFY(QCoreApplication::translate("ReportGlossary", "Glossary") !=
                QLatin1String("Glossary"));
        // Dates follow the language too.
        QCOMPARE(QLocale().monthName(1), QStringLiteral("Ionawr"));
        QVERIFY(Language::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("ReportGlossary", "Glossary"),
                 QStringLiteral("Glossary"));
    }

    // The store's messages are looked up under the context lupdate files them in: texts that a
    // free function once translated under the class's name while lupdate filed them under the
    // namespace stayed English for a Welsh member.
    void storeMessagesAreInWelsh()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(Language::install(QStringLiteral("cy")));
        const auto welsh = [this](const char *source) {
            return TsFile::translation(m_welsh, QStringLiteral("Waymark::AssessmentStore"),
                                       QLatin1String(source));
        };
        AssessmentStore store;
        StoreError error;
        const QString missing = dir.filePath(QStringLiteral("missing.db"));
        QVERIFY(!store.open(missing, AssessmentStore::OpenMode::ExistingOnly, &error));
        QCOMPARE(error.message, welsh("There is no Waymark database at %1.").arg(missing));

        const QString path = dir.filePath(QStringLiteral("waymark.db"));
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        AssessmentStore second;
        QVERIFY(!second.open(path, AssessmentStore::OpenMode::ExistingOnly, &error));
        const QString lockedStart =
            welsh("%1 is open in another Waymark (%2, process %3 on %4). Close it there first, "
                  "then try again.")
                .section(QLatin1Char('%'), 0, 0);
        QVERIFY(!lockedStart.isEmpty());
        QVERIFY2(error.message.startsWith(lockedStart), qPrintable(error.message));
        store.close();
        QVERIFY(!store.loadAssessment(1, &error));
        QCOMPARE(error.message, welsh("No database is open."));
        QVERIFY(Language::install(QStringLiteral("en")));
    }

    void builtInBankInWelsh()
    {
        BankLoadResult loaded = BankLoader::loadBuiltIn();
        QVERIFY(loaded.ok());
        QuestionBank bank = *loaded.bank;
        const QuestionBank english = bank;
        QVERIFY(bank.translations.contains(QStringLiteral("cy")));
        QVERIFY(bank.translate(QStringLiteral("cy")));
        QCOMPARE(bank.language, QStringLiteral("cy"));

        QCOMPARE(bank.role(QStringLiteral("councillor"))->title, QStringLiteral("Cynghorydd"));
        QVERIFY(bank.role(QStringLiteral("lead-member"))
                    ->title.startsWith(QStringLiteral("Aelod Arweiniol")));
        for (int i = 0; i < bank.roles.size(); ++i)
            QVERIFY2(bank.roles.at(i).title != english.roles.at(i).title,
                     qPrintable(bank.roles.at(i).id));
        for (int i = 0; i < bank.sections.size(); ++i) {
            QVERIFY2(bank.sections.at(i).title != english.sections.at(i).title,
                     qPrintable(bank.sections.at(i).id));
            QVERIFY(!bank.sections.at(i).summary.isEmpty());
        }
        QCOMPARE(bank.glossary.size(), english.glossary.size());
        int welshTerms = 0;
        for (int i = 0; i < bank.glossary.size(); ++i) {
            const GlossaryEntry &entry = bank.glossary.at(i);
            QVERIFY(!entry.term.isEmpty());
            QVERIFY(entry.definition != english.glossary.at(i).definition);
            welshTerms += entry.term != english.glossary.at(i).term ? 1 : 0;
            // The English name still finds the entry, for text that is still in English.
            QCOMPARE(bank.glossaryEntry(english.glossary.at(i).term), &entry);
        }
        QVERIFY(welshTerms > 60);

        // Every question has every text, in Welsh or in English, never blank.
        for (const Question *question : bank.questions()) {
            QVERIFY(!question->text.isEmpty());
            QVERIFY(!question->why.isEmpty());
            QVERIFY(!question->levels.notMet.isEmpty());
            const Question *original = english.question(question->id);
            QCOMPARE(question->textTranslated, question->text != original->text);
        }
        // Ids stay language-neutral.
        QCOMPARE(bank.question(QStringLiteral("LEAD-01"))->id, QStringLiteral("LEAD-01"));
    }

    void untranslatedQuestionFallsBackToEnglish()
    {
        // LEAD-01's translation renamed away from it: the validator names it exactly.
        QByteArray json = builtInJson();
        QVERIFY(!json.isEmpty());
        const QByteArray translated = "\"LEAD-01\": {";
        const int at = json.lastIndexOf(translated);
        QVERIFY(at > 0);
        json.replace(at, translated.size(), "\"LEAD-01-not-here\": {");
        BankLoadResult loaded = BankLoader::loadData(json, QStringLiteral("bank.json"));
        // A translation keyed by an id the bank lacks is an error, never silently dropped.
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.problems.size(), 1);
        QVERIFY2(loaded.problems.first().toString().endsWith(QStringLiteral(
                     "error: translations \"cy\": question \"LEAD-01-not-here\" is not in the "
                     "bank")),
                 qPrintable(loaded.problems.first().toString()));

        // The built-in bank without LEAD-01's translation: its text stays English, flagged.
        BankLoadResult builtIn = BankLoader::loadBuiltIn();
        QuestionBank bank = *builtIn.bank;
        const QString english = bank.question(QStringLiteral("LEAD-01"))->text;
        bank.translations[QStringLiteral("cy")].questions.remove(QStringLiteral("LEAD-01"));
        QVERIFY(bank.translate(QStringLiteral("cy")));
        const Question *question = bank.question(QStringLiteral("LEAD-01"));
        QCOMPARE(question->text, english);
        QVERIFY(!question->textTranslated);
        QVERIFY(bank.question(QStringLiteral("LEAD-02"))->textTranslated);
    }

    void noTranslationKeepsEnglish()
    {
        BankLoadResult loaded = BankLoader::loadBuiltIn();
        QuestionBank bank = *loaded.bank;
        const QString title = bank.sections.first().title;
        QVERIFY(!bank.translate(QStringLiteral("fr")));
        QVERIFY(bank.translate(QStringLiteral("en")));
        QCOMPARE(bank.sections.first().title, title);
        QVERIFY(bank.question(QStringLiteral("LEAD-01"))->textTranslated);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
