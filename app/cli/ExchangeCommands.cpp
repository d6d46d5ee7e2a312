// `waymark-cli export`, `import` and `restore`: files in and out of a database.
#include "CliSupport.h"
#include "CsvExport.h"
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
    const QCommandLineOption db = dbOption();
    const QCommandLineOption assessment = assessmentOption();
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("exchange (the default), answers-csv or actions-csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("exchange"));
    parser.addOptions({db, assessment, out, format});
    if (!parseVerb(parser, arguments, verb, context) ||
        !requireOptions(parser, {db, assessment, out}, verb, context)) {
        return UsageError;
    }
    const QString chosen = parser.value(format);
    const QStringList formats = {QStringLiteral("exchange"), QStringLiteral("answers-csv"),
                                 QStringLiteral("actions-csv")};
    if (!formats.contains(chosen)) {
        context.err << tr("waymark-cli export: --format must be exchange, answers-csv or "
                          "actions-csv, not \"%1\"")
                           .arg(chosen)
                    << '\n';
        return InvalidInput;
    }
    Session session;
    const QString idText = parser.value(assessment);
    if (const int code = openSession(session, parser.value(db), &idText, verb, context))
        return code;
    const QString path = parser.value(out);
    const ProtectedFiles database = session.store.ownFiles();
    const SaveResult saved =
        chosen == formats.at(0)
            ? ExchangeFile::write(path, session.assessment, &session.bank, database)
        : chosen == formats.at(1)
            ? CsvExport::writeAnswers(path, session.assessment, session.bank, database)
            : CsvExport::writeActionPlan(path, session.assessment, session.bank, database);
    return reportSave(saved, verb, context);
}

int restore(const QStringList &arguments, CliContext &context)
{
    const QString verb = QStringLiteral("restore");
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The Waymark database to restore."),
                                QStringLiteral("DB"));
    const QCommandLineOption backup(QStringLiteral("backup"),
                                    tr("The backup to restore (the latest by default)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption list(QStringLiteral("list"), tr("List the backups, newest first."));
    parser.addOptions({db, backup, list});
    if (!parseVerb(parser, arguments, verb, context) ||
        !requireOptions(parser, {db}, verb, context)) {
        return UsageError;
    }
    const QString path = parser.value(db);
    const QStringList saved = AssessmentStore::backups(path);
    if (parser.isSet(list)) {
        for (const QString &file : saved)
            context.out << file << '\n';
        return Success;
    }
    if (!parser.isSet(backup) && saved.isEmpty()) {
        context.err << tr("waymark-cli restore: there are no backups of %1 in %2")
                           .arg(path, AssessmentStore::backupFolder(path))
                    << '\n';
        return InvalidInput;
    }
    const QString chosen = parser.isSet(backup) ? parser.value(backup) : saved.constFirst();
    StoreError error;
    if (!AssessmentStore::restoreBackup(chosen, path, &error))
        return reportStoreError(error, verb, context);
    context.err
        << tr("Restored %1 from %2; the file it replaced was kept beside it.").arg(path, chosen)
        << '\n';
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
