// `waymark-cli workshop new|list|add|member|pack|spread|agree|report`.
#include "WorkshopCommands.h"

#include "CliSupport.h"
#include "exchange/ExchangeFile.h"
#include "json/PublicJson.h"
#include "ReportRenderer.h"
#include "TerminalText.h"
#include "workshop/WorkshopGatherer.h"
#include "report/WorkshopPackComposer.h"
#include "workshop/WorkshopSpread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Waymark::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::Cli", text);
}

QCommandLineOption workshopOption()
{
    return QCommandLineOption(QStringLiteral("workshop"), tr("The workshop's id."),
                              QStringLiteral("ID"));
}

// Opens the database and loads the workshop named by --workshop.
int openWorkshop(Session &session, std::optional<Workshop> &workshop, const QString &dbPath,
                 const QString &idText, const QString &verb, CliContext &context)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        context.err << visible(
                           tr("waymark-cli %1: --workshop must be a workshop id (a whole number "
                              "from 'waymark-cli workshop list'), not \"%2\"")
                               .arg(verb, idText))
                    << '\n';
        return InvalidInput;
    }
    if (const int code = openSession(session, dbPath, nullptr, verb, context))
        return code;
    StoreError error;
    workshop = session.store.loadWorkshop(id, &error);
    if (!workshop)
        return reportStoreError(error, verb, context);
    return Success;
}

int create(const QStringList &arguments, CliContext &context)
{
    const QString verb = QStringLiteral("workshop new");
    QCommandLineParser parser;
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
    parser.addOptions({db, name, authority, date, facilitator});
    if (!parseVerb(parser, arguments, verb, context) ||
        !requireOptions(parser, {db, name}, verb, context)) {
        return UsageError;
    }
    if (!checkTexts(parser, {name, authority, facilitator}, verb, context))
        return InvalidInput;
    WorkshopInfo info;
    info.name = parser.value(name).simplified();
    info.authority = parser.value(authority).simplified();
    info.facilitator = parser.value(facilitator).simplified();
    if (info.name.isEmpty()) {
        context.err << tr("waymark-cli workshop new: --name must not be empty") << '\n';
        return InvalidInput;
    }
    info.heldOn = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate)
                                     : QDate::currentDate();
    if (!info.heldOn.isValid() || (parser.isSet(date) && parser.value(date).size() != 10)) {
        context.err << visible(tr("waymark-cli workshop new: --date: \"%1\" is not a date of the "
                                  "form YYYY-MM-DD")
                                   .arg(parser.value(date)))
                    << '\n';
        return InvalidInput;
    }
    Session session;
    if (const int code = openSession(session, parser.value(db), nullptr, verb, context,
                                     AssessmentStore::OpenMode::CreateIfMissing))
        return code;
    info.bankId = session.bank.id;
    info.bankVersion = session.bank.version;
    StoreError error;
    if (!session.store.createWorkshop(info, &error))
        return reportStoreError(error, verb, context);
    context.out << info.id << '\n';
    return Success;
}

int list(const QStringList &arguments, CliContext &context)
{
    const QString verb = QStringLiteral("workshop list");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, json});
    if (!parseVerb(parser, arguments, verb, context) ||
        !requireOptions(parser, {db}, verb, context)) {
        return UsageError;
    }
    Session session;
    if (const int code = openSession(session, parser.value(db), nullptr, verb, context))
        return code;
    StoreError error;
    const QList<WorkshopInfo> workshops = session.store.listWorkshops(&error);
    if (error.isError())
        return reportStoreError(error, verb, context);
    if (parser.isSet(json)) {
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

int add(const QStringList &arguments, CliContext &context)
{
    const QString verb = QStringLiteral("workshop add");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption workshopId = workshopOption();
    const QCommandLineOption accept(
        QStringLiteral("accept-mismatched"),
        tr("Also add files for another council or question bank version."));
    parser.addOptions({db, workshopId, accept});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Members' returned files."),
                                 QStringLiteral("FILE..."));
    if (!parseVerb(parser, arguments, verb, context))
        return UsageError;
    const QStringList files = parser.positionalArguments();
    if (!parser.isSet(db) || !parser.isSet(workshopId) || files.isEmpty()) {
        context.err << tr("waymark-cli workshop add: give --db DB, --workshop ID and at least one "
                          "FILE")
                    << '\n'
                    << tr("Run 'waymark-cli --help' for usage.") << '\n';
        return UsageError;
    }
    Session session;
    std::optional<Workshop> workshop;
    if (const int code = openWorkshop(session, workshop, parser.value(db), parser.value(workshopId),
                                      verb, context))
        return code;
    WorkshopGatherer gatherer(session.store, session.bank);
    StoreError error;
    const QList<GatherOutcome> outcomes =
        gatherer.gather(workshop->info.id, files, parser.isSet(accept), &error);
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
        return reportStoreError(error, verb, context);
    return result;
}

int member(const QStringList &arguments, CliContext &context)
{
    const QString verb = QStringLiteral("workshop member");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption workshopId = workshopOption();
    const QCommandLineOption name(QStringLiteral("name"), tr("The member's name."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption role(QStringLiteral("role"), tr("The member's role."),
                                  QStringLiteral("ROLE"));
    parser.addOptions({db, workshopId, name, role});
    if (!parseVerb(parser, arguments, verb, context) ||
        !requireOptions(parser, {db, workshopId, name, role}, verb, context)) {
        return UsageError;
    }
    if (!checkTexts(parser, {name}, verb, context))
        return InvalidInput;
    Session session;
    std::optional<Workshop> workshop;
    if (const int code = openWorkshop(session, workshop, parser.value(db), parser.value(workshopId),
                                      verb, context))
        return code;
    if (!session.bank.hasRole(parser.value(role)) || parser.value(name).simplified().isEmpty()) {
        context.err << tr("waymark-cli workshop member: give a --name and one of the bank's "
                          "roles for --role")
                    << '\n';
        return InvalidInput;
    }
    WorkshopGatherer gatherer(session.store, session.bank);
    StoreError error;
    const qint64 id =
        gatherer.addMember(workshop->info.id, parser.value(name), parser.value(role), &error);
    if (id == 0)
        return reportStoreError(error, verb, context);
    context.out << id << '\n';
    return Success;
}

int pack(const QStringList &arguments, CliContext &context)
{
    const QString verb = QStringLiteral("workshop pack");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption workshopId = workshopOption();
    const QCommandLineOption name(QStringLiteral("member"), tr("The member the pack is for."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption role(QStringLiteral("role"), tr("The member's role."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The answer pack file to write."),
                                 QStringLiteral("FILE"));
    parser.addOptions({db, workshopId, name, role, out});
    if (!parseVerb(parser, arguments, verb, context) ||
        !requireOptions(parser, {db, workshopId, name, role, out}, verb, context)) {
        return UsageError;
    }
    if (!checkTexts(parser, {name}, verb, context))
        return InvalidInput;
    Session session;
    std::optional<Workshop> workshop;
    if (const int code = openWorkshop(session, workshop, parser.value(db), parser.value(workshopId),
                                      verb, context))
        return code;
    if (!session.bank.hasRole(parser.value(role)) || parser.value(name).simplified().isEmpty()) {
        context.err << tr("waymark-cli workshop pack: give a --member name and one of the bank's "
                          "roles for --role")
                    << '\n';
        return InvalidInput;
    }
    const Assessment answerPack = WorkshopGatherer::answerPack(
        workshop->info, session.bank, parser.value(name), parser.value(role));
    // A pack the member's Waymark would refuse is worse than none.
    const QStringList problems = ExchangeFile::exportProblems(answerPack, session.bank);
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            context.err << "waymark-cli " << verb << ": " << problem << '\n';
        return InvalidInput;
    }
    return reportSave(
        ExchangeFile::write(parser.value(out), answerPack, &session.bank, session.store.ownFiles()),
        verb, context);
}

int spread(const QStringList &arguments, CliContext &context)
{
    const QString verb = QStringLiteral("workshop spread");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption workshopId = workshopOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, workshopId, json});
    if (!parseVerb(parser, arguments, verb, context) ||
        !requireOptions(parser, {db, workshopId}, verb, context)) {
        return UsageError;
    }
    Session session;
    std::optional<Workshop> workshop;
    if (const int code = openWorkshop(session, workshop, parser.value(db), parser.value(workshopId),
                                      verb, context))
        return code;
    const WorkshopSpread result = SpreadCalculator::compute(session.bank, *workshop);
    if (parser.isSet(json)) {
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

int agree(const QStringList &arguments, CliContext &context)
{
    const QString verb = QStringLiteral("workshop agree");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption workshopId = workshopOption();
    const QCommandLineOption question(QStringLiteral("question"), tr("The question's id."),
                                      QStringLiteral("QID"));
    const QCommandLineOption rating(QStringLiteral("rating"),
                                    tr("0, 1, 2, 3, dont-know, not-applicable or clear."),
                                    QStringLiteral("R"));
    const QCommandLineOption note(QStringLiteral("note"), tr("Any dissent or note to record."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({db, workshopId, question, rating, note});
    if (!parseVerb(parser, arguments, verb, context) ||
        !requireOptions(parser, {db, workshopId, question, rating}, verb, context)) {
        return UsageError;
    }
    const std::optional<Rating> parsed = ratingOption(parser.value(rating), verb, context);
    if (!parsed)
        return InvalidInput;
    Session session;
    std::optional<Workshop> workshop;
    if (const int code = openWorkshop(session, workshop, parser.value(db), parser.value(workshopId),
                                      verb, context))
        return code;
    const QString questionId = parser.value(question);
    if (!session.bank.question(questionId)) {
        context.err << visible(tr("waymark-cli workshop agree: --question: there is no question "
                                  "\"%1\" in the question bank")
                                   .arg(questionId))
                    << '\n';
        return InvalidInput;
    }
    AgreedAnswer agreed;
    agreed.rating = *parsed;
    agreed.note = parsed == Rating::Unanswered ? QString() : parser.value(note);
    StoreError error;
    if (!session.store.saveAgreed(workshop->info.id, questionId, agreed, &error))
        return reportStoreError(error, verb, context);
    return Success;
}

int report(const QStringList &arguments, CliContext &context)
{
    const QString verb = QStringLiteral("workshop report");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption workshopId = workshopOption();
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption anonymise(QStringLiteral("anonymise"),
                                       tr("Show members as Member A, B, … and name nobody."));
    const QCommandLineOption memberReviews(QStringLiteral("member-reviews"),
                                           tr("Add each member's own review as an appendix."));
    parser.addOptions({db, workshopId, out, anonymise, memberReviews});
    if (!parseVerb(parser, arguments, verb, context) ||
        !requireOptions(parser, {db, workshopId, out}, verb, context)) {
        return UsageError;
    }
    Session session;
    std::optional<Workshop> workshop;
    if (const int code = openWorkshop(session, workshop, parser.value(db), parser.value(workshopId),
                                      verb, context))
        return code;
    WorkshopPackOptions options;
    options.anonymised = parser.isSet(anonymise);
    options.memberReviews = parser.isSet(memberReviews);
    return reportSave(
        ReportRenderer::savePdf(WorkshopPackComposer::compose(*workshop, session.bank, options),
                                parser.value(out), session.store.ownFiles()),
        verb, context);
}

} // namespace

int workshop(const QStringList &arguments, CliContext &context)
{
    using Handler = int (*)(const QStringList &, CliContext &);
    const std::pair<const char *, Handler> verbs[] = {
        {"new", &create}, {"list", &list},     {"add", &add},     {"member", &member},
        {"pack", &pack},  {"spread", &spread}, {"agree", &agree}, {"report", &report},
    };
    const QString sub = arguments.value(0);
    for (const auto &[name, handler] : verbs) {
        if (sub == QLatin1String(name)) {
            QStringList rest = arguments.mid(1);
            rest.prepend(QStringLiteral("waymark-cli workshop ") + sub);
            return handler(rest, context);
        }
    }
    context.err << visible(tr("waymark-cli: unknown command \"workshop %1\"").arg(sub)) << '\n'
                << tr("Run 'waymark-cli --help' for usage.") << '\n';
    return UsageError;
}

} // namespace Waymark::Cli
