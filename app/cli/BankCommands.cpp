#include "BankCommands.h"

#include "CliSupport.h"
#include "CliTr.h"
#include "TerminalText.h"
#include "bank/BankLoader.h"
#include "json/PublicJson.h"
#include "text/Language.h"

#include <QJsonDocument>

namespace Waymark::Cli {

namespace {

// "1 section", "12 sections".
// one and many are marked with QT_TRANSLATE_NOOP at the call, so that lupdate finds them.
QString count(int n, const char *one, const char *many)
{
    return (n == 1 ? tr(one) : tr(many)).arg(n);
}

int countGates(const QuestionBank &bank)
{
    int gates = 0;
    for (const Question *question : bank.questions())
        gates += question->gate ? 1 : 0;
    return gates;
}

// A local bank's texts are anyone's: every one of them is shown through visible().
void printBank(const QuestionBank &bank, QTextStream &out)
{
    out << visible(bank.title) << '\n';
    out << tr("Bank %1, version %2: %3, %4 (%5), %6")
               .arg(visible(bank.id), visible(bank.version),
                    count(bank.sections.size(), QT_TRANSLATE_NOOP("Waymark::Cli", "%1 section"),
                          QT_TRANSLATE_NOOP("Waymark::Cli", "%1 sections")),
                    count(bank.questionCount(), QT_TRANSLATE_NOOP("Waymark::Cli", "%1 question"),
                          QT_TRANSLATE_NOOP("Waymark::Cli", "%1 questions")),
                    count(countGates(bank), QT_TRANSLATE_NOOP("Waymark::Cli", "%1 statutory gate"),
                          QT_TRANSLATE_NOOP("Waymark::Cli", "%1 statutory gates")),
                    count(bank.glossary.size(),
                          QT_TRANSLATE_NOOP("Waymark::Cli", "%1 glossary term"),
                          QT_TRANSLATE_NOOP("Waymark::Cli", "%1 glossary terms")))
        << '\n';
    if (const Jurisdiction *applied = bank.jurisdiction(bank.appliedJurisdiction)) {
        out << visible(tr("As it applies under the law of %1").arg(applied->title)) << '\n';
    } else if (!bank.jurisdictions.isEmpty()) {
        out << visible(tr("Jurisdictions: %1").arg(jurisdictionList(bank))) << '\n';
    }
    out << '\n' << tr("Roles") << '\n';
    for (const Role &role : bank.roles) {
        out << "  " << visible(role.id).leftJustified(20) << ' ' << visible(role.title) << ' '
            << tr("(%1 questions)").arg(bank.questionsFor(role.id).size()) << '\n';
    }
    for (const Section &section : bank.sections) {
        out << '\n' << visible(section.id) << "  " << visible(section.title) << '\n';
        for (const Question &question : section.questions) {
            const QString marks = question.gate ? tr("gate, weight %1").arg(question.weight)
                                                : tr("weight %1").arg(question.weight);
            out << "  " << visible(question.id).leftJustified(8) << ' ' << visible(question.text)
                << " [" << marks << "]\n";
        }
    }
}

} // namespace

int bankShow(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption bankFile(QStringLiteral("bank"),
                                      tr("Show this bank file instead of the built-in bank."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption jurisdiction =
        jurisdictionOption(tr("Show the bank as it applies under this jurisdiction's law."), false);
    VerbOptions options({bankFile, json, jurisdiction}, Words::Accepted);
    if (!options.parse(call))
        return UsageError;
    if (!options.words().isEmpty()) {
        context.err << visible(tr("waymark-cli bank show: unexpected argument \"%1\"; to show a "
                                  "bank file use --bank FILE")
                                   .arg(options.words().constFirst()))
                    << '\n';
        return UsageError;
    }

    BankLoadResult loaded = options.isSet(bankFile) ? BankLoader::loadFile(options.value(bankFile))
                                                    : BankLoader::loadBuiltIn();
    if (!loaded.ok()) {
        printBankProblems(loaded.problems, context);
        return InvalidInput;
    }
    QuestionBank bank = std::move(*loaded.bank);
    if (options.isSet(jurisdiction)) {
        if (!checkJurisdiction(options.value(jurisdiction), bank, call))
            return InvalidInput;
        bank = bank.inJurisdiction(options.value(jurisdiction));
    }
    // JSON is for programs and stays as the bank file has it; the listing is for a reader.
    if (options.isSet(json)) {
        context.out << PublicJson::toJson(QJsonDocument(PublicJson::bank(bank)));
    } else {
        bank.translate(Language::current());
        printBank(bank, context.out);
    }
    return Success;
}

int bankValidate(const VerbCall &call)
{
    CliContext &context = call.context;
    VerbOptions options({}, Words::Accepted);
    if (!options.parse(call))
        return UsageError;
    const QStringList files = options.words();
    if (files.size() != 1) {
        context.err << tr("waymark-cli bank validate: give exactly one FILE to check") << '\n';
        return UsageError;
    }
    const QString &file = files.constFirst();
    const BankLoadResult loaded = BankLoader::loadFile(file);
    printBankProblems(loaded.problems, context);
    if (!loaded.ok()) {
        int errors = 0;
        for (const BankProblem &problem : loaded.problems)
            errors += problem.isError() ? 1 : 0;
        context.err << visible(tr("%1: not a valid question bank (errors: %2)")
                                   .arg(file, QString::number(errors)))
                    << '\n';
        return InvalidInput;
    }
    const QuestionBank &bank = *loaded.bank;
    context.out
        << tr("%1: valid question bank \"%2\" (%3, version %4): %5, %6, %7")
               .arg(visible(file), visible(bank.title), visible(bank.id), visible(bank.version),
                    count(bank.sections.size(), QT_TRANSLATE_NOOP("Waymark::Cli", "%1 section"),
                          QT_TRANSLATE_NOOP("Waymark::Cli", "%1 sections")),
                    count(bank.questionCount(), QT_TRANSLATE_NOOP("Waymark::Cli", "%1 question"),
                          QT_TRANSLATE_NOOP("Waymark::Cli", "%1 questions")),
                    count(bank.glossary.size(),
                          QT_TRANSLATE_NOOP("Waymark::Cli", "%1 glossary term"),
                          QT_TRANSLATE_NOOP("Waymark::Cli", "%1 glossary terms")))
        << '\n';
    return Success;
}

} // namespace Waymark::Cli
