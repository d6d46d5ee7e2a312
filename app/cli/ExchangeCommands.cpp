// `waymark-cli export` and `waymark-cli import`: exchange files in and out of a database.
#include "CliSupport.h"
#include "DataCommands.h"
#include "ExchangeFile.h"

#include <QCoreApplication>

namespace Waymark::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::Cli", text);
}

} // namespace

int exportAssessment(const QStringList &arguments, CliContext &context)
{
    const QString verb = QStringLiteral("export");
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The Waymark database."),
                                QStringLiteral("DB"));
    const QCommandLineOption assessment(QStringLiteral("assessment"), tr("The assessment's id."),
                                        QStringLiteral("ID"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The exchange file to write."),
                                 QStringLiteral("FILE"));
    parser.addOptions({db, assessment, out});
    if (!parseVerb(parser, arguments, verb, context) ||
        !requireOptions(parser, {db, assessment, out}, verb, context)) {
        return UsageError;
    }
    Session session;
    const QString idText = parser.value(assessment);
    if (const int code = openSession(session, parser.value(db), &idText, verb, context))
        return code;
    QString message;
    if (!ExchangeFile::write(parser.value(out), session.assessment, &message, &session.bank)) {
        context.err << "waymark-cli export: " << message << '\n';
        return StorageError;
    }
    return Success;
}

int importFiles(const QStringList &arguments, CliContext &context)
{
    const QString verb = QStringLiteral("import");
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The Waymark database."),
                                QStringLiteral("DB"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Exchange files to import."),
                                 QStringLiteral("FILE..."));
    if (!parseVerb(parser, arguments, verb, context))
        return UsageError;
    const QStringList files = parser.positionalArguments();
    if (!parser.isSet(db) || files.isEmpty()) {
        context.err << tr("waymark-cli import: give --db DB and at least one FILE") << '\n'
                    << tr("Run 'waymark-cli --help' for usage.") << '\n';
        return UsageError;
    }
    const std::optional<QuestionBank> bank = builtInBank(context);
    if (!bank)
        return InvalidInput;

    // Every file is read and checked before the database is touched.
    QList<Assessment> accepted;
    int result = Success;
    for (const QString &file : files) {
        const ExchangeReadResult read = ExchangeFile::read(file, *bank);
        if (!read.ok()) {
            for (const ExchangeProblem &problem : read.problems)
                context.err << problem.toString() << '\n';
            context.err << tr("%1: not imported").arg(file) << '\n';
            result = InvalidInput;
            continue;
        }
        if (read.assessment->info.bankVersion != bank->version) {
            context.err << tr("%1: answered against version %2 of the question bank; questions are "
                              "matched by id to version %3")
                               .arg(file, read.assessment->info.bankVersion, bank->version)
                        << '\n';
        }
        accepted.append(*read.assessment);
    }
    if (accepted.isEmpty())
        return result;

    AssessmentStore store;
    StoreError error;
    if (!store.open(parser.value(db), &error))
        return reportStoreError(error, verb, context);
    for (const Assessment &assessment : accepted) {
        const std::optional<ImportOutcome> outcome = store.importAssessment(assessment, &error);
        if (!outcome)
            return reportStoreError(error, verb, context);
        context.out << outcome->id << '\n';
        if (!outcome->created) {
            context.err << tr("assessment %1 (%2, %3) was already in the database: updated %4 "
                              "answer(s) that were newer in the file")
                               .arg(outcome->id)
                               .arg(assessment.info.authority, assessment.info.respondent)
                               .arg(outcome->answersTaken)
                        << '\n';
        }
    }
    return result;
}

} // namespace Waymark::Cli
