#include "CliSupport.h"

#include "bank/BankLoader.h"
#include "text/Language.h"
#include "TerminalText.h"
#include "text/TextRules.h"

#include <QCoreApplication>

namespace Waymark::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::Cli", text);
}

} // namespace

bool parseVerb(QCommandLineParser &parser, const QStringList &arguments, const QString &verb,
               CliContext &context, const QStringList &repeatable)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QString problem;
    if (!parser.parse(arguments)) {
        problem = parser.errorText();
    } else {
        // optionNames() lists an option once for every time it was given.
        const QStringList given = parser.optionNames();
        for (const QString &name : given) {
            if (given.count(name) > 1 && !repeatable.contains(name)) {
                problem = tr("--%1 was given more than once; give it once").arg(name);
                break;
            }
        }
        if (problem.isEmpty() && given.contains(QLatin1String("db")) &&
            parser.value(QStringLiteral("db")).isEmpty()) {
            problem = tr("--db needs the name of a database file");
        }
    }
    if (!problem.isEmpty()) {
        context.err << "waymark-cli " << verb << ": " << problem << '\n'
                    << tr("Run 'waymark-cli --help' for usage.") << '\n';
        return false;
    }
    return true;
}

bool requireOptions(const QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                    const QString &verb, CliContext &context)
{
    for (const QCommandLineOption &option : options) {
        if (!parser.isSet(option)) {
            context.err
                << tr("waymark-cli %1: --%2 is required").arg(verb, option.names().constFirst())
                << '\n'
                << tr("Run 'waymark-cli --help' for usage.") << '\n';
            return false;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.err << visible(tr("waymark-cli %1: unexpected argument \"%2\"")
                                   .arg(verb, parser.positionalArguments().constFirst()))
                    << '\n';
        return false;
    }
    return true;
}

bool checkTexts(const QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                const QString &verb, CliContext &context)
{
    for (const QCommandLineOption &option : options) {
        if (!parser.isSet(option))
            continue;
        const QString value = parser.value(option);
        const QString name = QStringLiteral("--") + option.names().constFirst();
        QString problem;
        switch (TextRules::fault(value)) {
        case TextRules::Fault::None:
            continue;
        case TextRules::Fault::TooLong:
            problem = tr("%1 is %2 characters long; the most allowed is %3")
                          .arg(name)
                          .arg(TextRules::characterCount(value))
                          .arg(TextRules::MaxLength);
            break;
        case TextRules::Fault::Nul:
            problem = tr("%1 holds a NUL character, which no text may hold").arg(name);
            break;
        case TextRules::Fault::LoneSurrogate:
            problem =
                tr("%1 holds half of a UTF-16 surrogate pair, which is not a character").arg(name);
            break;
        case TextRules::Fault::Noncharacter:
            problem = tr("%1 holds U+FFFE or U+FFFF, which Unicode keeps out of text").arg(name);
            break;
        }
        context.err << "waymark-cli " << verb << ": " << problem << '\n';
        return false;
    }
    return true;
}

int exitCodeFor(const StoreError &error)
{
    return error.kind == StoreError::Kind::InvalidInput ? InvalidInput : StorageError;
}

int reportStoreError(const StoreError &error, const QString &verb, CliContext &context)
{
    // A store's message may run over lines; what it quotes is escaped all the same.
    context.err << "waymark-cli " << verb << ": " << visible(error.message, Newlines::Keep);
    if (error.kind == StoreError::Kind::Missing) {
        context.err << ' '
                    << tr("Check the name; 'waymark-cli new' or 'waymark-cli import' start a new "
                          "database.");
    }
    context.err << '\n';
    return exitCodeFor(error);
}

int reportSave(const SaveResult &result, const QString &verb, CliContext &context)
{
    // The messages quote paths as the user typed them: escaped like any text shown.
    switch (result.status) {
    case SaveResult::Status::Saved:
        if (!result.warning.isEmpty())
            context.err << "waymark-cli " << verb << ": "
                        << visible(tr("warning: %1").arg(result.warning), Newlines::Keep) << '\n';
        return Success;
    case SaveResult::Status::Refused:
        context.err << "waymark-cli " << verb << ": " << visible(result.message, Newlines::Keep)
                    << '\n';
        return InvalidInput;
    case SaveResult::Status::DiskFull:
    case SaveResult::Status::Failed:
        break;
    }
    context.err << "waymark-cli " << verb << ": " << visible(result.message, Newlines::Keep)
                << '\n';
    return StorageError;
}

std::optional<QuestionBank> builtInBank(CliContext &context)
{
    BankLoadResult loaded = BankLoader::loadBuiltIn();
    if (!loaded.ok()) {
        for (const BankProblem &problem : loaded.problems)
            context.err << visible(problem.toString()) << '\n';
        return std::nullopt;
    }
    loaded.bank->translate(Language::current());
    return std::move(loaded.bank);
}

std::optional<QuestionBank> loadBankFile(const QString &path, CliContext &context)
{
    BankLoadResult loaded = BankLoader::loadFile(path);
    if (!loaded.ok()) {
        for (const BankProblem &problem : loaded.problems)
            context.err << visible(problem.toString()) << '\n';
        return std::nullopt;
    }
    loaded.bank->translate(Language::current());
    return std::move(loaded.bank);
}

std::optional<Rating> ratingOption(const QString &text, const QString &verb, CliContext &context)
{
    const std::optional<Rating> parsed = text == QLatin1String("clear")
                                             ? std::optional<Rating>(Rating::Unanswered)
                                             : ratingFromKey(text);
    if (!parsed) {
        context.err << visible(tr("waymark-cli %1: --rating must be 0, 1, 2, 3, dont-know, "
                                  "not-applicable or clear, not \"%2\"")
                                   .arg(verb, text))
                    << '\n';
    }
    return parsed;
}

std::optional<qint64> assessmentId(const QString &text, const QString &verb, CliContext &context)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        context.err << visible(tr("waymark-cli %1: --assessment must be an assessment id (a whole "
                                  "number from 'waymark-cli list'), not \"%2\"")
                                   .arg(verb, text))
                    << '\n';
        return std::nullopt;
    }
    return id;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), tr("The Waymark database."),
                              QStringLiteral("DB"));
}

QCommandLineOption newDbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              tr("The Waymark database (created if it does not exist)."),
                              QStringLiteral("DB"));
}

QCommandLineOption assessmentOption()
{
    return QCommandLineOption(QStringLiteral("assessment"), tr("The assessment's id."),
                              QStringLiteral("ID"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print JSON."));
}

int openStore(AssessmentStore &store, const QString &dbPath, AssessmentStore::OpenMode mode,
              const QString &verb, CliContext &context)
{
    StoreError error;
    if (!store.open(dbPath, mode, &error))
        return reportStoreError(error, verb, context);
    const QStringList notes = store.warning().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &note : notes)
        context.err << "waymark-cli " << verb << ": " << note << '\n';
    return Success;
}

int openSession(Session &session, const QString &dbPath, const QString *assessmentText,
                const QString &verb, CliContext &context, AssessmentStore::OpenMode mode)
{
    std::optional<qint64> id;
    if (assessmentText) {
        id = assessmentId(*assessmentText, verb, context);
        if (!id)
            return InvalidInput;
    }
    std::optional<QuestionBank> bank = builtInBank(context);
    if (!bank)
        return InvalidInput;
    session.bank = std::move(*bank);
    if (const int code = openStore(session.store, dbPath, mode, verb, context))
        return code;
    StoreError error;
    if (id) {
        std::optional<Assessment> loaded = session.store.loadAssessment(*id, &error);
        if (!loaded)
            return reportStoreError(error, verb, context);
        session.assessment = std::move(*loaded);
    }
    return Success;
}

} // namespace Waymark::Cli
