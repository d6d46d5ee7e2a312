// `waymark-cli workshop new|list|add|member|pack|spread|agree|report`.
#include "WorkshopCommands.h"

#include "CliSupport.h"
#include "CliTr.h"
#include "ReportRenderer.h"
#include "TerminalText.h"
#include "exchange/ExchangeFile.h"
#include "json/PublicJson.h"
#include "report/WorkshopPackComposer.h"
#include "workshop/WorkshopGatherer.h"
#include "workshop/WorkshopSpread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Waymark::Cli {

namespace {

QCommandLineOption workshopOption()
{
    return QCommandLineOption(QStringLiteral("workshop"), tr("The workshop's id."),
                              QStringLiteral("ID"));
}

// Opens the database and loads the workshop named by --workshop, whose id is checked first, so
// that a mistyped one changes nothing.
int openWorkshop(Session &session, std::optional<Workshop> &workshop, const QString &dbPath,
                 const QString &idText, const VerbCall &call)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        call.context.err << visible(tr("waymark-cli %1: --workshop must be a workshop id (a whole "
                                       "number from 'waymark-cli workshop list'), not \"%2\"")
                                        .arg(call.verb, idText))
                         << '\n';
        return InvalidInput;
    }
    if (const int code = openSession(session, dbPath, nullptr, call))
        return code;
    StoreError error;
    workshop = session.store.loadWorkshop(id, &error);
    if (!workshop)
        return reportStoreError(error, call);
    // The workshop's own bank version, as it applies under the law it reviews.
    QString note;
    session.bank = session.banks.applied(workshop->info.bankId, workshop->info.bankVersion,
                                         workshop->info.jurisdiction, &note);
    printBankNote(note, call);
    return Success;
}

} // namespace

int workshopNew(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = newDbOption();
    const QCommandLineOption name(QStringLiteral("name"), tr("The workshop's name."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption authority(
        QStringLiteral("authority"),
        tr("The council; returned files for another council are flagged."), QStringLiteral("TEXT"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The day it is held."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption facilitator(QStringLiteral("facilitator"),
                                         tr("Who runs the workshop."), QStringLiteral("TEXT"));
    const QCommandLineOption jurisdiction = jurisdictionOption(
        tr("The law the workshop reviews under (england by default); members' files under "
           "another are flagged."));
    VerbOptions options(
        {{db, Take::Required}, {name, Take::Required}, authority, date, facilitator, jurisdiction});
    if (!options.parse(call))
        return UsageError;
    if (!checkTexts(options, {name, authority, facilitator}, call))
        return InvalidInput;
    WorkshopInfo info;
    info.name = options.value(name).simplified();
    info.authority = options.value(authority).simplified();
    info.facilitator = options.value(facilitator).simplified();
    if (info.name.isEmpty()) {
        context.err << tr("waymark-cli workshop new: --name must not be empty") << '\n';
        return InvalidInput;
    }
    info.heldOn = options.isSet(date) ? QDate::fromString(options.value(date), Qt::ISODate)
                                      : QDate::currentDate();
    if (!info.heldOn.isValid() || (options.isSet(date) && options.value(date).size() != 10)) {
        context.err << visible(tr("waymark-cli workshop new: --date: \"%1\" is not a date of the "
                                  "form YYYY-MM-DD")
                                   .arg(options.value(date)))
                    << '\n';
        return InvalidInput;
    }
    info.jurisdiction = options.value(jurisdiction);
    Session session;
    if (!latestBank(session, context))
        return InvalidInput;
    if (!checkJurisdiction(info.jurisdiction, session.bank, call))
        return InvalidInput;
    if (const int code = openSession(session, options.value(db), nullptr, call,
                                     AssessmentStore::OpenMode::CreateIfMissing))
        return code;
    info.bankId = session.bank.id;
    info.bankVersion = session.bank.version;
    StoreError error;
    if (!session.store.createWorkshop(info, &error))
        return reportStoreError(error, call);
    context.out << info.id << '\n';
    return Success;
}

int workshopList(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption json = jsonOption();
    VerbOptions options({{db, Take::Required}, json});
    if (!options.parse(call))
        return UsageError;
    Session session;
    if (const int code = openSession(session, options.value(db), nullptr, call))
        return code;
    StoreError error;
    const QList<WorkshopInfo> workshops = session.store.listWorkshops(&error);
    if (error.isError())
        return reportStoreError(error, call);
    if (options.isSet(json)) {
        QJsonArray rows;
        for (const WorkshopInfo &info : workshops) {
            rows.append(QJsonObject{
                {QStringLiteral("id"), info.id},
                {QStringLiteral("uid"), info.uid},
                {QStringLiteral("name"), info.name},
                {QStringLiteral("authority"), info.authority},
                {QStringLiteral("date"), info.heldOn.toString(Qt::ISODate)},
                {QStringLiteral("facilitator"), info.facilitator},
                {QStringLiteral("updated"), info.updated.toUTC().toString(Qt::ISODateWithMs)},
            });
        }
        context.out << PublicJson::toJson(QJsonDocument(rows));
        return Success;
    }
    for (const WorkshopInfo &info : workshops) {
        context.out << QString::number(info.id).rightJustified(4) << "  " << visible(info.name)
                    << "  " << visible(info.authority) << "  " << info.heldOn.toString(Qt::ISODate)
                    << '\n';
    }
    return Success;
}

int workshopAdd(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption workshopId = workshopOption();
    const QCommandLineOption accept(
        QStringLiteral("accept-mismatched"),
        tr("Also add files for another council, question bank version or jurisdiction."));
    VerbOptions options({db, workshopId, accept}, Words::Accepted);
    if (!options.parse(call))
        return UsageError;
    const QStringList files = options.words();
    if (!options.isSet(db) || !options.isSet(workshopId) || files.isEmpty()) {
        return usageError(tr("waymark-cli workshop add: give --db DB, --workshop ID and at least "
                             "one FILE"),
                          context);
    }
    Session session;
    std::optional<Workshop> workshop;
    if (const int code =
            openWorkshop(session, workshop, options.value(db), options.value(workshopId), call))
        return code;
    WorkshopGatherer gatherer(session.store, session.banks);
    StoreError error;
    const QList<GatherOutcome> outcomes =
        gatherer.gather(workshop->info.id, files, options.isSet(accept), &error);
    int result = Success;
    for (const GatherOutcome &outcome : outcomes) {
        if (outcome.joined())
            context.out << outcome.assessmentId << '\n';
        // A broken file's message is its problems, one per line; any other is one line.
        if (!outcome.message.isEmpty())
            context.err << visible(outcome.message, outcome.kind == GatherOutcome::Kind::Invalid
                                                        ? Newlines::Keep
                                                        : Newlines::Escape)
                        << '\n';
        if (outcome.kind == GatherOutcome::Kind::Invalid ||
            outcome.kind == GatherOutcome::Kind::Mismatched) {
            result = InvalidInput;
        }
    }
    if (std::any_of(outcomes.cbegin(), outcomes.cend(), [](const GatherOutcome &outcome) {
            return outcome.kind == GatherOutcome::Kind::Mismatched;
        })) {
        context.err << tr("To add those files anyway, run the same command with "
                          "--accept-mismatched.")
                    << '\n';
    }
    if (error.isError())
        return reportStoreError(error, call);
    return result;
}

int workshopMember(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption workshopId = workshopOption();
    const QCommandLineOption name(QStringLiteral("name"), tr("The member's name."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption role(QStringLiteral("role"), tr("The member's role."),
                                  QStringLiteral("ROLE"));
    VerbOptions options({{db, Take::Required},
                         {workshopId, Take::Required},
                         {name, Take::Required},
                         {role, Take::Required}});
    if (!options.parse(call))
        return UsageError;
    if (!checkTexts(options, {name}, call))
        return InvalidInput;
    Session session;
    std::optional<Workshop> workshop;
    if (const int code =
            openWorkshop(session, workshop, options.value(db), options.value(workshopId), call))
        return code;
    if (!session.bank.hasRole(options.value(role)) || options.value(name).simplified().isEmpty()) {
        context.err << tr("waymark-cli workshop member: give a --name and one of the bank's "
                          "roles for --role")
                    << '\n';
        return InvalidInput;
    }
    WorkshopGatherer gatherer(session.store, session.banks);
    StoreError error;
    const qint64 id =
        gatherer.addMember(workshop->info.id, options.value(name), options.value(role), &error);
    if (id == 0)
        return reportStoreError(error, call);
    context.out << id << '\n';
    return Success;
}

int workshopPack(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption workshopId = workshopOption();
    const QCommandLineOption name(QStringLiteral("member"), tr("The member the pack is for."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption role(QStringLiteral("role"), tr("The member's role."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The answer pack file to write."),
                                 QStringLiteral("FILE"));
    VerbOptions options({{db, Take::Required},
                         {workshopId, Take::Required},
                         {name, Take::Required},
                         {role, Take::Required},
                         {out, Take::Required}});
    if (!options.parse(call))
        return UsageError;
    if (!checkTexts(options, {name}, call))
        return InvalidInput;
    Session session;
    std::optional<Workshop> workshop;
    if (const int code =
            openWorkshop(session, workshop, options.value(db), options.value(workshopId), call))
        return code;
    if (!session.bank.hasRole(options.value(role)) || options.value(name).simplified().isEmpty()) {
        context.err << tr("waymark-cli workshop pack: give a --member name and one of the bank's "
                          "roles for --role")
                    << '\n';
        return InvalidInput;
    }
    const Assessment answerPack = WorkshopGatherer::answerPack(
        workshop->info, session.bank, options.value(name), options.value(role));
    // A pack the member's Waymark would refuse is worse than none.
    const QStringList problems = ExchangeFile::exportProblems(answerPack, session.bank);
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            context.err << "waymark-cli " << call.verb << ": " << problem << '\n';
        return InvalidInput;
    }
    return reportSave(ExchangeFile::write(options.value(out), answerPack, &session.bank,
                                          session.store.ownFiles()),
                      call);
}

int workshopSpread(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption workshopId = workshopOption();
    const QCommandLineOption json = jsonOption();
    VerbOptions options({{db, Take::Required}, {workshopId, Take::Required}, json});
    if (!options.parse(call))
        return UsageError;
    Session session;
    std::optional<Workshop> workshop;
    if (const int code =
            openWorkshop(session, workshop, options.value(db), options.value(workshopId), call))
        return code;
    const WorkshopSpread result = SpreadCalculator::compute(session.bank, *workshop);
    if (options.isSet(json)) {
        context.out << PublicJson::toJson(QJsonDocument(spreadJson(*workshop, result)));
        return Success;
    }
    context.out << tr("%1: %2 members")
                       .arg(visible(workshop->info.name), QString::number(result.participants))
                << '\n';
    for (const QuestionSpread &each : result.questions) {
        if (each.applicable == 0 && each.agreed == Rating::Unanswered)
            continue;
        const QString range = each.lowest
                                  ? QStringLiteral("%1-%2").arg(*each.lowest).arg(*each.highest)
                                  : QStringLiteral("-");
        context.out << visible(each.question->id).leftJustified(8) << ' '
                    << QStringLiteral("3:%1 2:%2 1:%3 0:%4 DK:%5 NA:%6 -:%7")
                           .arg(each.rated[3])
                           .arg(each.rated[2])
                           .arg(each.rated[1])
                           .arg(each.rated[0])
                           .arg(each.dontKnow)
                           .arg(each.notApplicable)
                           .arg(each.unanswered)
                    << "  " << range.leftJustified(4)
                    << (each.disagreement() ? tr("  DISAGREE") : QString());
        if (each.agreed != Rating::Unanswered)
            context.out << tr("  agreed: %1").arg(ratingLabel(each.agreed));
        context.out << '\n';
    }
    return Success;
}

int workshopAgree(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption workshopId = workshopOption();
    const QCommandLineOption question(QStringLiteral("question"), tr("The question's id."),
                                      QStringLiteral("QID"));
    const QCommandLineOption rating(QStringLiteral("rating"),
                                    tr("0, 1, 2, 3, dont-know, not-applicable or clear."),
                                    QStringLiteral("R"));
    const QCommandLineOption note(QStringLiteral("note"), tr("Any dissent or note to record."),
                                  QStringLiteral("TEXT"));
    VerbOptions options({{db, Take::Required},
                         {workshopId, Take::Required},
                         {question, Take::Required},
                         {rating, Take::Required},
                         note});
    if (!options.parse(call))
        return UsageError;
    const std::optional<Rating> parsed = ratingOption(options.value(rating), call);
    if (!parsed)
        return InvalidInput;
    Session session;
    std::optional<Workshop> workshop;
    if (const int code =
            openWorkshop(session, workshop, options.value(db), options.value(workshopId), call))
        return code;
    const QString questionId = options.value(question);
    if (!session.bank.question(questionId)) {
        context.err << visible(tr("waymark-cli workshop agree: --question: there is no question "
                                  "\"%1\" in the question bank")
                                   .arg(questionId))
                    << '\n';
        return InvalidInput;
    }
    AgreedAnswer agreed;
    agreed.rating = *parsed;
    agreed.note = parsed == Rating::Unanswered ? QString() : options.value(note);
    StoreError error;
    if (!session.store.saveAgreed(workshop->info.id, questionId, agreed, &error))
        return reportStoreError(error, call);
    return Success;
}

int workshopReport(const VerbCall &call)
{
    const QCommandLineOption db = dbOption();
    const QCommandLineOption workshopId = workshopOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The file to write: a .pdf, .html or .odt file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption format = reportFormatOption();
    const QCommandLineOption anonymise(QStringLiteral("anonymise"),
                                       tr("Show members as Member A, B, … and name nobody."));
    const QCommandLineOption memberReviews(QStringLiteral("member-reviews"),
                                           tr("Add each member's own review as an appendix."));
    VerbOptions options({{db, Take::Required},
                         {workshopId, Take::Required},
                         {out, Take::Required},
                         anonymise,
                         memberReviews,
                         format});
    if (!options.parse(call))
        return UsageError;
    const std::optional<ReportFormat> chosenFormat =
        reportFormat(options, format, options.value(out), call);
    if (!chosenFormat)
        return UsageError;
    Session session;
    std::optional<Workshop> workshop;
    if (const int code =
            openWorkshop(session, workshop, options.value(db), options.value(workshopId), call))
        return code;
    WorkshopPackOptions pack;
    pack.anonymised = options.isSet(anonymise);
    pack.memberReviews = options.isSet(memberReviews);
    return reportSave(
        ReportRenderer::save(WorkshopPackComposer::compose(*workshop, session.bank, pack),
                             options.value(out), *chosenFormat, session.store.ownFiles()),
        call);
}

} // namespace Waymark::Cli
