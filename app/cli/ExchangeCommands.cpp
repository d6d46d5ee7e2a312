// `waymark-cli export`, `import` and `restore`: files in and out of a database.
#include "CliSupport.h"
#include "CliTr.h"
#include "DataCommands.h"
#include "TerminalText.h"
#include "exchange/CsvExport.h"
#include "exchange/ExchangeFile.h"

#include <QDir>
#include <QFileInfo>

namespace Waymark::Cli {

int exportAssessment(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption assessment = assessmentOption();
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("exchange (the default), answers-csv or actions-csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("exchange"));
    VerbOptions options(
        {{db, Take::Required}, {assessment, Take::Required}, {out, Take::Required}, format});
    if (!options.parse(call))
        return UsageError;
    const QString chosen = options.value(format);
    const QStringList formats = {QStringLiteral("exchange"), QStringLiteral("answers-csv"),
                                 QStringLiteral("actions-csv")};
    if (!formats.contains(chosen)) {
        context.err << visible(tr("waymark-cli export: --format must be exchange, answers-csv or "
                                  "actions-csv, not \"%1\"")
                                   .arg(chosen))
                    << '\n';
        return InvalidInput;
    }
    Session session;
    const QString idText = options.value(assessment);
    if (const int code = openSession(session, options.value(db), &idText, call))
        return code;
    // Whatever Waymark exports, Waymark imports: a file its own import would refuse is not
    // written (a text stored longer than the limit before the limit was kept, say).
    // The exchange file is checked and ordered against the assessment's own bank version with
    // every jurisdiction's questions, as an import reads it; the CSV files show the questions
    // as they apply under the assessment's law (session.bank).
    const QuestionBank &ownVersion =
        session.banks.bank(session.assessment.info.bankId, session.assessment.info.bankVersion);
    if (chosen == formats.at(0)) {
        const QStringList problems = ExchangeFile::exportProblems(session.assessment, ownVersion);
        if (!problems.isEmpty()) {
            for (const QString &problem : problems) {
                context.err << tr("waymark-cli export: assessment %1: %2")
                                   .arg(session.assessment.info.id)
                                   .arg(problem)
                            << '\n';
            }
            context.err << tr("waymark-cli export: assessment %1 was not exported, because "
                              "Waymark could not import the file; change what is listed above, "
                              "then export again")
                               .arg(session.assessment.info.id)
                        << '\n';
            return InvalidInput;
        }
    }
    const QString path = options.value(out);
    const ProtectedFiles database = session.store.ownFiles();
    const SaveResult saved =
        chosen == formats.at(0)
            ? ExchangeFile::write(path, session.assessment, &ownVersion, database)
        : chosen == formats.at(1)
            ? CsvExport::writeAnswers(path, session.assessment, session.bank, database)
            : CsvExport::writeActionPlan(path, session.assessment, session.bank, database);
    return reportSave(saved, call);
}

int restore(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db(QStringLiteral("db"), tr("The Waymark database to restore."),
                                QStringLiteral("DB"));
    const QCommandLineOption backup(QStringLiteral("backup"),
                                    tr("The backup to restore (the latest by default)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption list(QStringLiteral("list"), tr("List the backups, newest first."));
    VerbOptions options({{db, Take::Required}, backup, list});
    if (!options.parse(call))
        return UsageError;
    const QString path = options.value(db);
    // A server's backups are its administrator's (pg_dump); the address may carry a password,
    // which must not be shown as if it were a file name.
    if (AssessmentStore::isServerAddress(path)) {
        StoreError error;
        AssessmentStore::restoreBackup(QString(), path, &error);
        return reportStoreError(error, call);
    }
    const QStringList saved = AssessmentStore::backups(path);
    // A database that was deleted can be put back from its backups; a name with neither is a
    // mistake, reported as for every other verb.
    if (saved.isEmpty() && !QFileInfo::exists(AssessmentStore::resolvePath(path))) {
        StoreError missing;
        missing.kind = StoreError::Kind::Missing;
        missing.message = tr("There is no Waymark database at %1, and no backups of one in %2.")
                              .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()),
                                   QDir::toNativeSeparators(AssessmentStore::backupFolder(path)));
        return reportStoreError(missing, call);
    }
    if (options.isSet(list)) {
        for (const QString &file : saved)
            context.out << visible(file) << '\n';
        return Success;
    }
    if (!options.isSet(backup) && saved.isEmpty()) {
        context.err << visible(tr("waymark-cli restore: there are no backups of %1 in %2")
                                   .arg(path, AssessmentStore::backupFolder(path)))
                    << '\n';
        return InvalidInput;
    }
    const QString chosen = options.isSet(backup) ? options.value(backup) : saved.constFirst();
    StoreError error;
    AssessmentStore::RestoreOutcome outcome;
    if (!AssessmentStore::restoreBackup(chosen, path, &error, &outcome))
        return reportStoreError(error, call);
    for (const QString &note : std::as_const(outcome.notes))
        context.err << "waymark-cli " << call.verb << ": " << visible(note, Newlines::Keep) << '\n';
    if (outcome.keptAs.isEmpty()) {
        context.err << visible(tr("Restored %1 from %2.").arg(path, chosen)) << '\n';
    } else {
        context.err << visible(tr("Restored %1 from %2; the file it replaced was kept as %3.")
                                   .arg(path, chosen, QDir::toNativeSeparators(outcome.keptAs)))
                    << '\n';
    }
    return Success;
}

int importFiles(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = newDbOption();
    VerbOptions options({db}, Words::Accepted);
    if (!options.parse(call))
        return UsageError;
    const QStringList files = options.words();
    if (!options.isSet(db) || files.isEmpty())
        return usageError(tr("waymark-cli import: give --db DB and at least one FILE"), context);
    Session session;
    if (!latestBank(session, context))
        return InvalidInput;
    const QuestionBank *bank = &session.bank;

    // Every file is read and checked before the database is touched, each against the bank
    // version it names, so that an assessment of 1.0.0 is read as 1.0.0 asked it.
    QList<Assessment> accepted;
    int result = Success;
    for (const QString &file : files) {
        const ExchangeReadResult read = ExchangeFile::read(file, session.banks);
        if (!read.ok()) {
            for (const ExchangeProblem &problem : read.problems)
                context.err << visible(problem.toString()) << '\n';
            context.err << visible(tr("%1: not imported").arg(file)) << '\n';
            result = InvalidInput;
            continue;
        }
        for (const ExchangeProblem &note : read.notes)
            context.err << note.toString() << '\n';
        const AssessmentInfo &info = read.assessment->info;
        const QuestionBank &own = session.banks.bank(info.bankId, info.bankVersion);
        if (own.version != info.bankVersion || own.id != info.bankId) {
            context.err << visible(tr("%1: answered against version %2 of the question bank, "
                                      "which this Waymark does not have; questions are matched "
                                      "by id to version %3")
                                       .arg(file, info.bankVersion, bank->version))
                        << '\n';
        }
        accepted.append(*read.assessment);
    }
    if (accepted.isEmpty())
        return result;

    AssessmentStore &store = session.store;
    if (const int code =
            openStore(store, options.value(db), AssessmentStore::OpenMode::CreateIfMissing, call))
        return code;
    StoreError error;
    for (const Assessment &assessment : accepted) {
        const std::optional<ImportOutcome> outcome = store.importAssessment(assessment, &error);
        if (!outcome)
            return reportStoreError(error, call);
        context.out << outcome->id << '\n';
        if (!outcome->created) {
            context.err << visible(tr("assessment %1 (%2, %3) was already in the database: "
                                      "updated %4 answer(s) that were newer in the file")
                                       .arg(QString::number(outcome->id), assessment.info.authority,
                                            assessment.info.respondent,
                                            QString::number(outcome->answersTaken)))
                        << '\n';
            if (outcome->clearsTaken > 0) {
                context.err << tr("assessment %1: cleared %2 answer(s) that were cleared in the "
                                  "file after they were last changed here")
                                   .arg(outcome->id)
                                   .arg(outcome->clearsTaken)
                            << '\n';
            }
        }
    }
    return result;
}

} // namespace Waymark::Cli
