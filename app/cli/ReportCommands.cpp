// `waymark-cli report` and `workbook`: the printed gateway review and the blank paper workbook,
// as tagged PDF, accessible HTML or editable ODT files.
#include "CliSupport.h"
#include "CliTr.h"
#include "DataCommands.h"
#include "ReportRenderer.h"
#include "TerminalText.h"
#include "report/ReviewComposer.h"
#include "report/WorkbookComposer.h"

#include <QDir>
#include <QRegularExpression>

namespace Waymark::Cli {

namespace {

// Renders a composed document and saves it safely: an existing file is replaced only by a
// complete one, a path that cannot be written leaves nothing behind, and the database's own
// files are never written over.
int writeReport(const ReportDocument &document, const QString &path, ReportFormat format,
                const ProtectedFiles &protectedFiles, const VerbCall &call)
{
    return reportSave(ReportRenderer::save(document, path, format, protectedFiles), call);
}

// "12-Borsetshire-County-Council-Cllr-Ann-Jones.pdf": the id keeps names unique, the rest lets a
// facilitator tell the files apart; only letters, digits and hyphens, for any file system.
QString packFileName(const AssessmentInfo &info, ReportFormat format)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString name = QStringLiteral("%1-%2-%3").arg(info.id).arg(info.authority, info.respondent);
    name.replace(unsafe, QStringLiteral("-"));
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.left(100) + QLatin1Char('.') + ReportRenderer::formatName(format);
}

// The review's trend: the earlier assessments of the same authority and role in the database,
// each against its own bank version, so that the review gains its Trend page when there are any.
int loadTrend(Session &session, const Assessment &assessment, ReviewOptions &review,
              const VerbCall &call)
{
    StoreError error;
    const std::optional<QList<Assessment>> cycles =
        session.store.loadAssessmentsOf(assessment.info.authority, assessment.info.roleId, &error);
    if (!cycles)
        return reportStoreError(error, call);
    review.trend = Trend::endingWith(assessment, *cycles, session.banks);
    return Success;
}

} // namespace

int report(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = dbOption();
    // --assessment names each review of a pack; the check below allows it once with --out.
    const QCommandLineOption assessment(
        QStringLiteral("assessment"),
        tr("The assessment's id; with --out-dir it may be given more than once."),
        QStringLiteral("ID"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 tr("With --out-dir: a review for every assessment."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The file to write: a .pdf, .html or .odt file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption outDir(QStringLiteral("out-dir"),
                                    tr("Write one file per assessment into this folder."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption format = reportFormatOption();
    VerbOptions options(
        {{db, Take::Required}, {assessment, Take::Repeatable}, all, out, outDir, format});
    if (!options.parse(call))
        return UsageError;
    const bool batch = options.isSet(outDir);
    const QStringList ids = options.values(assessment);
    const bool usable = batch ? !options.isSet(out) && (options.isSet(all) != !ids.isEmpty())
                              : !options.isSet(all) && ids.size() == 1 && options.isSet(out);
    if (!usable) {
        return usageError(tr("waymark-cli report: give --assessment ID --out FILE.pdf, or "
                             "--out-dir DIR with --all or one or more --assessment ID"),
                          context);
    }
    // A pack's files are PDF unless --format says otherwise; one file's format is its name's.
    const std::optional<ReportFormat> chosenFormat =
        batch && !options.isSet(format) ? std::optional<ReportFormat>(ReportFormat::Pdf)
                                        : reportFormat(options, format, options.value(out), call);
    if (!chosenFormat)
        return UsageError;

    Session session;
    if (!batch) {
        if (const int code = openSession(session, options.value(db), &ids.constFirst(), call))
            return code;
        ReviewOptions review;
        if (const int code = loadTrend(session, session.assessment, review, call))
            return code;
        return writeReport(ReviewComposer::compose(session.assessment, session.bank, review),
                           options.value(out), *chosenFormat, session.store.ownFiles(), call);
    }

    // Every id is checked before the database is opened, and every assessment loaded before
    // the first file is written.
    QList<qint64> chosen;
    for (const QString &text : ids) {
        const std::optional<qint64> id = assessmentId(text, call);
        if (!id)
            return InvalidInput;
        chosen.append(*id);
    }
    if (const int code = openSession(session, options.value(db), nullptr, call))
        return code;
    StoreError error;
    if (options.isSet(all)) {
        const QList<AssessmentSummary> listed = session.store.listAssessments(&error);
        if (error.isError())
            return reportStoreError(error, call);
        // Oldest first, so that a pack reads in the order the assessments were started.
        for (auto summary = listed.crbegin(); summary != listed.crend(); ++summary)
            chosen.append(summary->info.id);
    }
    QList<Assessment> assessments;
    for (const qint64 id : std::as_const(chosen)) {
        std::optional<Assessment> loaded = session.store.loadAssessment(id, &error);
        if (!loaded)
            return reportStoreError(error, call);
        assessments.append(std::move(*loaded));
    }
    // Every file is checked before the folder is made and the first one written: a pack aimed
    // at the database's backup folder, or at a name the database has, writes nothing at all.
    const QDir folder(options.value(outDir));
    const ProtectedFiles database = session.store.ownFiles();
    for (const Assessment &each : std::as_const(assessments)) {
        const SaveResult checked =
            checkSaveTarget(folder.filePath(packFileName(each.info, *chosenFormat)), database);
        if (!checked.ok())
            return reportSave(checked, call);
    }
    if (!folder.exists() && !QDir().mkpath(folder.path())) {
        context.err << visible(tr("waymark-cli report: cannot create the folder %1")
                                   .arg(QDir::toNativeSeparators(folder.path())))
                    << '\n';
        return StorageError;
    }
    for (const Assessment &each : std::as_const(assessments)) {
        const QString path = folder.filePath(packFileName(each.info, *chosenFormat));
        // Each review against the assessment's own bank version under its own law.
        QString note;
        const QuestionBank &own = session.banks.forAssessment(each.info, &note);
        printBankNote(note, call);
        ReviewOptions review;
        if (const int code = loadTrend(session, each, review, call))
            return code;
        if (const int code = writeReport(ReviewComposer::compose(each, own, review), path,
                                         *chosenFormat, database, call))
            return code;
        context.out << visible(QDir::toNativeSeparators(path)) << '\n';
    }
    return Success;
}

int workbook(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("The role whose questions the workbook holds."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The file to write: a .pdf, .html or .odt file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption format = reportFormatOption();
    const QCommandLineOption bankFile(
        QStringLiteral("bank"), tr("Use this question bank file instead of the built-in bank."),
        QStringLiteral("FILE"));
    const QCommandLineOption jurisdiction =
        jurisdictionOption(tr("The law the workbook's questions are asked under (england by "
                              "default)."));
    VerbOptions options(
        {{role, Take::Required}, {out, Take::Required}, bankFile, format, jurisdiction});
    if (!options.parse(call))
        return UsageError;
    const std::optional<ReportFormat> chosenFormat =
        reportFormat(options, format, options.value(out), call);
    if (!chosenFormat)
        return UsageError;
    std::optional<QuestionBank> bank = options.isSet(bankFile)
                                           ? loadBankFile(options.value(bankFile), context)
                                           : builtInBank(context);
    if (!bank)
        return InvalidInput;
    if (!checkJurisdiction(options.value(jurisdiction), *bank, call))
        return InvalidInput;
    bank = bank->inJurisdiction(options.value(jurisdiction));
    const QString roleId = options.value(role);
    if (!bank->role(roleId)) {
        QStringList known;
        for (const Role &each : bank->roles)
            known.append(each.id);
        context.err << visible(tr("waymark-cli workbook: --role \"%1\" is not a role of the "
                                  "question bank; use one of: %2")
                                   .arg(roleId, known.join(QStringLiteral(", "))))
                    << '\n';
        return InvalidInput;
    }
    // No database is open here; saveFileSafely() still refuses to write over any Waymark database.
    return writeReport(WorkbookComposer::compose(*bank, roleId), options.value(out), *chosenFormat,
                       {}, call);
}

} // namespace Waymark::Cli
