#include "CliSupport.h"

#include "BankLoader.h"
#include "Language.h"

#include <QCoreApplication>

namespace Waymark::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::Cli", text);
}

} // namespace

bool parseVerb(QCommandLineParser &parser, const QStringList &arguments, const QString &verb,
               CliContext &context)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        context.err << "waymark-cli " << verb << ": " << parser.errorText() << '\n'
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
        context.err << tr("waymark-cli %1: unexpected argument \"%2\"")
                           .arg(verb, parser.positionalArguments().constFirst())
                    << '\n';
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
    context.err << "waymark-cli " << verb << ": " << error.message << '\n';
    return exitCodeFor(error);
}

int reportSave(const SaveResult &result, const QString &verb, CliContext &context)
{
    switch (result.status) {
    case SaveResult::Status::Saved:
        if (!result.warning.isEmpty())
            context.err << "waymark-cli " << verb << ": " << tr("warning: %1").arg(result.warning)
                        << '\n';
        return Success;
    case SaveResult::Status::Refused:
        context.err << "waymark-cli " << verb << ": " << result.message << '\n';
        return InvalidInput;
    case SaveResult::Status::DiskFull:
    case SaveResult::Status::Failed:
        break;
    }
    context.err << "waymark-cli " << verb << ": " << result.message << '\n';
    return StorageError;
}

std::optional<QuestionBank> builtInBank(CliContext &context)
{
    BankLoadResult loaded = BankLoader::loadBuiltIn();
    if (!loaded.ok()) {
        for (const BankProblem &problem : loaded.problems)
            context.err << problem.toString() << '\n';
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
            context.err << problem.toString() << '\n';
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
        context.err << tr("waymark-cli %1: --rating must be 0, 1, 2, 3, dont-know, "
                          "not-applicable or clear, not \"%2\"")
                           .arg(verb, text)
                    << '\n';
    }
    return parsed;
}

std::optional<qint64> assessmentId(const QString &text, const QString &verb, CliContext &context)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        context.err << tr("waymark-cli %1: --assessment must be an assessment id (a whole number "
                          "from 'waymark-cli list'), not \"%2\"")
                           .arg(verb, text)
                    << '\n';
        return std::nullopt;
    }
    return id;
}

QCommandLineOption dbOption()
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

int openSession(Session &session, const QString &dbPath, const QString *assessmentText,
                const QString &verb, CliContext &context)
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
    StoreError error;
    if (!session.store.open(dbPath, &error))
        return reportStoreError(error, verb, context);
    if (!session.store.warning().isEmpty())
        context.err << "waymark-cli " << verb << ": " << session.store.warning() << '\n';
    if (id) {
        std::optional<Assessment> loaded = session.store.loadAssessment(*id, &error);
        if (!loaded)
            return reportStoreError(error, verb, context);
        session.assessment = std::move(*loaded);
    }
    return Success;
}

} // namespace Waymark::Cli
