#include "CliSupport.h"

#include "CliTr.h"
#include "TerminalText.h"
#include "bank/BankLoader.h"
#include "text/Language.h"
#include "text/TextRules.h"

#include <QDir>

namespace Waymark::Cli {

bool checkTexts(const VerbOptions &given, const QList<QCommandLineOption> &options,
                const VerbCall &call)
{
    for (const QCommandLineOption &option : options) {
        if (!given.isSet(option))
            continue;
        const QString value = given.value(option);
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
        call.context.err << "waymark-cli " << call.verb << ": " << problem << '\n';
        return false;
    }
    return true;
}

int exitCodeFor(const StoreError &error)
{
    return error.kind == StoreError::Kind::InvalidInput ? InvalidInput : StorageError;
}

int reportStoreError(const StoreError &error, const VerbCall &call)
{
    QTextStream &err = call.context.err;
    // A store's message may run over lines; what it quotes is escaped all the same.
    err << "waymark-cli " << call.verb << ": " << visible(error.message, Newlines::Keep);
    if (error.kind == StoreError::Kind::Missing) {
        err << ' '
            << tr("Check the name; 'waymark-cli new' or 'waymark-cli import' start a new "
                  "database.");
    }
    err << '\n';
    return exitCodeFor(error);
}

QCommandLineOption reportFormatOption()
{
    return QCommandLineOption(
        QStringLiteral("format"),
        tr("The file's format: pdf, html or odt (by default the extension of --out says)."),
        QStringLiteral("FORMAT"));
}

std::optional<ReportFormat> reportFormat(const VerbOptions &options,
                                         const QCommandLineOption &format, const QString &path,
                                         const VerbCall &call)
{
    if (options.isSet(format)) {
        const std::optional<ReportFormat> named =
            ReportRenderer::formatNamed(options.value(format));
        if (!named)
            usageError(tr("waymark-cli %1: --format \"%2\" is not a format; use pdf, html or odt")
                           .arg(call.verb, options.value(format)),
                       call.context);
        return named;
    }
    const std::optional<ReportFormat> byName = ReportRenderer::formatOfPath(path);
    if (!byName)
        usageError(tr("waymark-cli %1: cannot tell the format of %2 from its name; end it in .pdf, "
                      ".html or .odt, or give --format pdf|html|odt")
                       .arg(call.verb, QDir::toNativeSeparators(path)),
                   call.context);
    return byName;
}

int reportSave(const SaveResult &result, const VerbCall &call)
{
    QTextStream &err = call.context.err;
    const QString prefix = QStringLiteral("waymark-cli ") + call.verb + QStringLiteral(": ");
    // The messages quote paths as the user typed them: escaped like any text shown.
    switch (result.status) {
    case SaveResult::Status::Saved:
        if (!result.warning.isEmpty())
            err << prefix << visible(tr("warning: %1").arg(result.warning), Newlines::Keep) << '\n';
        return Success;
    case SaveResult::Status::Refused:
        err << prefix << visible(result.message, Newlines::Keep) << '\n';
        return InvalidInput;
    case SaveResult::Status::DiskFull:
    case SaveResult::Status::Failed:
        break;
    }
    err << prefix << visible(result.message, Newlines::Keep) << '\n';
    return StorageError;
}

void printBankProblems(const QList<BankProblem> &problems, CliContext &context)
{
    for (const BankProblem &problem : problems)
        context.err << visible(problem.toString()) << '\n';
}

namespace {

// A loaded bank in the language of the environment, or its problems printed.
std::optional<QuestionBank> translatedBank(BankLoadResult loaded, CliContext &context)
{
    if (!loaded.ok()) {
        printBankProblems(loaded.problems, context);
        return std::nullopt;
    }
    loaded.bank->translate(Language::current());
    return std::move(loaded.bank);
}

} // namespace

std::optional<QuestionBank> builtInBank(CliContext &context)
{
    return translatedBank(BankLoader::loadBuiltIn(), context);
}

bool latestBank(Session &session, CliContext &context)
{
    const QuestionBank &latest = session.banks.latest();
    // The library hands out an empty bank rather than fail; the reason is read again to say it.
    if (latest.questionCount() == 0) {
        builtInBank(context);
        return false;
    }
    session.bank = latest;
    return true;
}

std::optional<QuestionBank> loadBankFile(const QString &path, CliContext &context)
{
    return translatedBank(BankLoader::loadFile(path), context);
}

std::optional<Rating> ratingOption(const QString &text, const VerbCall &call)
{
    const std::optional<Rating> parsed = text == QLatin1String("clear")
                                             ? std::optional<Rating>(Rating::Unanswered)
                                             : ratingFromKey(text);
    if (!parsed) {
        call.context.err << visible(tr("waymark-cli %1: --rating must be 0, 1, 2, 3, dont-know, "
                                       "not-applicable or clear, not \"%2\"")
                                        .arg(call.verb, text))
                         << '\n';
    }
    return parsed;
}

std::optional<qint64> assessmentId(const QString &text, const VerbCall &call)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        call.context.err << visible(tr("waymark-cli %1: --assessment must be an assessment id (a "
                                       "whole number from 'waymark-cli list'), not \"%2\"")
                                        .arg(call.verb, text))
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
              const VerbCall &call)
{
    StoreError error;
    if (!store.open(dbPath, mode, &error))
        return reportStoreError(error, call);
    const QStringList notes = store.warning().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &note : notes)
        call.context.err << "waymark-cli " << call.verb << ": " << note << '\n';
    return Success;
}

int openSession(Session &session, const QString &dbPath, const QString *assessmentText,
                const VerbCall &call, AssessmentStore::OpenMode mode)
{
    std::optional<qint64> id;
    if (assessmentText) {
        id = assessmentId(*assessmentText, call);
        if (!id)
            return InvalidInput;
    }
    if (!latestBank(session, call.context))
        return InvalidInput;
    if (const int code = openStore(session.store, dbPath, mode, call))
        return code;
    StoreError error;
    if (id) {
        std::optional<Assessment> loaded = session.store.loadAssessment(*id, &error);
        if (!loaded)
            return reportStoreError(error, call);
        session.assessment = std::move(*loaded);
        QString note;
        session.bank = session.banks.forAssessment(session.assessment.info, &note);
        printBankNote(note, call);
    }
    return Success;
}

QString jurisdictionList(const QuestionBank &bank)
{
    QStringList names;
    for (const Jurisdiction &jurisdiction : bank.jurisdictions)
        names.append(QStringLiteral("%1 (%2)").arg(jurisdiction.id, jurisdiction.title));
    return names.join(QStringLiteral(", "));
}

bool checkJurisdiction(const QString &jurisdiction, const QuestionBank &bank, const VerbCall &call)
{
    if (bank.jurisdictions.isEmpty() || bank.hasJurisdiction(jurisdiction))
        return true;
    call.context.err << visible(tr("waymark-cli %1: --jurisdiction: the question bank has no "
                                   "jurisdiction \"%2\"; its jurisdictions are: %3")
                                    .arg(call.verb, jurisdiction, jurisdictionList(bank)))
                     << '\n';
    return false;
}

QCommandLineOption jurisdictionOption(const QString &description, bool englandByDefault)
{
    return QCommandLineOption(QStringLiteral("jurisdiction"), description,
                              QStringLiteral("JURISDICTION"),
                              englandByDefault ? AssessmentInfo::defaultJurisdiction() : QString());
}

void printBankNote(const QString &note, const VerbCall &call)
{
    if (!note.isEmpty())
        call.context.err << "waymark-cli " << call.verb << ": " << visible(note) << '\n';
}

} // namespace Waymark::Cli
