// `waymark-cli report` and `workbook`: the printed gateway review and the blank paper workbook,
// as PDF files.
#include "CliSupport.h"
#include "DataCommands.h"
#include "ReportRenderer.h"
#include "report/ReviewComposer.h"
#include "TerminalText.h"
#include "report/WorkbookComposer.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace Waymark::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::Cli", text);
}

// Renders a composed document and saves it safely: an existing file is replaced only by a
// complete PDF, a path that cannot be written leaves nothing behind, and the database's own files
// are never written over.
int writePdf(const ReportDocument &document, const QString &path,
             const ProtectedFiles &protectedFiles, const QString &verb, CliContext &context)
{
    return reportSave(ReportRenderer::savePdf(document, path, protectedFiles), verb, context);
}

// "12-Borsetshire-County-Council-Cllr-Ann-Jones.pdf": the id keeps names unique, the rest lets a
// facilitator tell the files apart; only letters, digits and hyphens, for any file system.
QString packFileName(const AssessmentInfo &info)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString name = QStringLiteral("%1-%2-%3").arg(info.id).arg(info.authority, info.respondent);
    name.replace(unsafe, QStringLiteral("-"));
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.left(100) + QStringLiteral(".pdf");
}

} // namespace

int report(const QStringList &arguments, CliContext &context)
{
    const QString verb = QStringLiteral("report");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption assessment(
        QStringLiteral("assessment"),
        tr("The assessment's id; with --out-dir it may be given more than once."),
        QStringLiteral("ID"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 tr("With --out-dir: a review for every assessment."));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption outDir(QStringLiteral("out-dir"),
                                    tr("Write one PDF per assessment into this folder."),
                                    QStringLiteral("DIR"));
    parser.addOptions({db, assessment, all, out, outDir});
    // --assessment names each review of a pack; the check below allows it once with --out.
    if (!parseVerb(parser, arguments, verb, context, {QStringLiteral("assessment")}) ||
        !requireOptions(parser, {db}, verb, context)) {
        return UsageError;
    }
    const bool batch = parser.isSet(outDir);
    const QStringList ids = parser.values(assessment);
    const bool usable = batch ? !parser.isSet(out) && (parser.isSet(all) != !ids.isEmpty())
                              : !parser.isSet(all) && ids.size() == 1 && parser.isSet(out);
    if (!usable) {
        context.err << tr("waymark-cli report: give --assessment ID --out FILE.pdf, or --out-dir "
                          "DIR with --all or one or more --assessment ID")
                    << '\n'
                    << tr("Run 'waymark-cli --help' for usage.") << '\n';
        return UsageError;
    }

    Session session;
    if (const int code = openSession(session, parser.value(db), nullptr, verb, context))
        return code;

    if (!batch) {
        const std::optional<qint64> id = assessmentId(ids.constFirst(), verb, context);
        if (!id)
            return InvalidInput;
        StoreError error;
        const std::optional<Assessment> loaded = session.store.loadAssessment(*id, &error);
        if (!loaded)
            return reportStoreError(error, verb, context);
        return writePdf(ReviewComposer::compose(*loaded, session.bank), parser.value(out),
                        session.store.ownFiles(), verb, context);
    }

    // Every id is checked before the first file is written.
    QList<qint64> chosen;
    StoreError error;
    if (parser.isSet(all)) {
        const QList<AssessmentSummary> listed = session.store.listAssessments(&error);
        if (error.isError())
            return reportStoreError(error, verb, context);
        // Oldest first, so that a pack reads in the order the assessments were started.
        for (auto summary = listed.crbegin(); summary != listed.crend(); ++summary)
            chosen.append(summary->info.id);
    } else {
        for (const QString &text : ids) {
            const std::optional<qint64> id = assessmentId(text, verb, context);
            if (!id)
                return InvalidInput;
            chosen.append(*id);
        }
    }
    QList<Assessment> assessments;
    for (const qint64 id : std::as_const(chosen)) {
        std::optional<Assessment> loaded = session.store.loadAssessment(id, &error);
        if (!loaded)
            return reportStoreError(error, verb, context);
        assessments.append(std::move(*loaded));
    }
    // Every file is checked before the folder is made and the first one written: a pack aimed
    // at the database's backup folder, or at a name the database has, writes nothing at all.
    const QDir folder(parser.value(outDir));
    const ProtectedFiles database = session.store.ownFiles();
    for (const Assessment &each : std::as_const(assessments)) {
        const SaveResult checked =
            checkSaveTarget(folder.filePath(packFileName(each.info)), database);
        if (!checked.ok())
            return reportSave(checked, verb, context);
    }
    if (!folder.exists() && !QDir().mkpath(folder.path())) {
        context.err << visible(tr("waymark-cli report: cannot create the folder %1")
                                   .arg(QDir::toNativeSeparators(folder.path())))
                    << '\n';
        return StorageError;
    }
    for (const Assessment &each : std::as_const(assessments)) {
        const QString path = folder.filePath(packFileName(each.info));
        if (const int code = writePdf(ReviewComposer::compose(each, session.bank), path, database,
                                      verb, context))
            return code;
        context.out << visible(QDir::toNativeSeparators(path)) << '\n';
    }
    return Success;
}

int workbook(const QStringList &arguments, CliContext &context)
{
    const QString verb = QStringLiteral("workbook");
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("The role whose questions the workbook holds."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption bankFile(
        QStringLiteral("bank"), tr("Use this question bank file instead of the built-in bank."),
        QStringLiteral("FILE"));
    parser.addOptions({role, out, bankFile});
    if (!parseVerb(parser, arguments, verb, context) ||
        !requireOptions(parser, {role, out}, verb, context)) {
        return UsageError;
    }
    const std::optional<QuestionBank> bank = parser.isSet(bankFile)
                                                 ? loadBankFile(parser.value(bankFile), context)
                                                 : builtInBank(context);
    if (!bank)
        return InvalidInput;
    const QString roleId = parser.value(role);
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
    return writePdf(WorkbookComposer::compose(*bank, roleId), parser.value(out), {}, verb, context);
}

} // namespace Waymark::Cli
