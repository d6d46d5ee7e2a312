// `waymark-cli server init|grant|upgrade|status|copy` and `history`.
#include "ServerCommands.h"

#include "CliSupport.h"
#include "CliTr.h"
#include "TerminalText.h"
#include "store/StoreCopy.h"
#include "store/postgres/ServerAdmin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Waymark::Cli {

namespace {

QCommandLineOption serverDbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              tr("The server's database, as postgresql://USER@HOST/DBNAME."),
                              QStringLiteral("URI"));
}

// The server verbs work on a server only: a file there is a mistake worth naming.
bool checkServerAddress(const QString &db, const VerbCall &call)
{
    if (AssessmentStore::isServerAddress(db))
        return true;
    call.context.err << visible(tr("waymark-cli %1: --db must name a PostgreSQL server "
                                   "(postgresql://USER@HOST/DBNAME), not the file \"%2\"")
                                    .arg(call.verb, db))
                     << '\n';
    return false;
}

// Parses the options and checks --db; returns the exit code to stop with, or Success.
int parseServerVerb(VerbOptions &options, const QCommandLineOption &db, const VerbCall &call)
{
    if (!options.parse(call))
        return UsageError;
    if (!checkServerAddress(options.value(db), call))
        return UsageError;
    return Success;
}

QString roleDuties(const QString &role)
{
    if (role == QLatin1String("member"))
        return tr("answer and print your own assessments; hand them in to workshops");
    if (role == QLatin1String("facilitator"))
        return tr("run workshops, read the assessments handed in to them, record agreed "
                  "ratings");
    if (role == QLatin1String("officer"))
        return tr("read anonymised totals (groups of five or more): no names, notes or evidence");
    return tr("read and change every assessment, answer history and workshop, and upgrade the "
              "server's Waymark data (making new logins also needs PostgreSQL's CREATEROLE)");
}

} // namespace

int serverInit(const VerbCall &call)
{
    const QCommandLineOption db = serverDbOption();
    VerbOptions options({{db, Take::Required}});
    if (const int code = parseServerVerb(options, db, call))
        return code;
    StoreError error;
    if (!ServerAdmin::init(options.value(db), &error))
        return reportStoreError(error, call);
    call.context.out << tr("Waymark is set up on %1 (version %2), with the roles waymark_member, "
                           "waymark_facilitator, waymark_officer and waymark_admin. Give logins "
                           "their roles with: waymark-cli server grant --db %1 --login NAME --as "
                           "member")
                            .arg(AssessmentStore::displayAddress(options.value(db)))
                            .arg(AssessmentStore::SchemaVersion)
                     << '\n';
    return Success;
}

int serverGrant(const VerbCall &call)
{
    const QCommandLineOption db = serverDbOption();
    const QCommandLineOption login(QStringLiteral("login"), tr("The PostgreSQL login."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption as(QStringLiteral("as"),
                                tr("The role: member, facilitator, officer or admin."),
                                QStringLiteral("ROLE"));
    VerbOptions options({{db, Take::Required}, {login, Take::Required}, {as, Take::Required}});
    if (const int code = parseServerVerb(options, db, call))
        return code;
    const QString role = options.value(as);
    if (!ServerAdmin::roleWords().contains(role)) {
        call.context.err << visible(tr("waymark-cli server grant: --as must be member, "
                                       "facilitator, officer or admin, not \"%1\"")
                                        .arg(role))
                         << '\n';
        return InvalidInput;
    }
    bool created = false;
    StoreError error;
    if (!ServerAdmin::grant(options.value(db), options.value(login), role, &created, &error))
        return reportStoreError(error, call);
    if (created) {
        call.context.out << visible(tr("Created the login %1, without a password: set one with "
                                       "psql's \\password %1, or let the server's own sign-in "
                                       "(Kerberos, certificates) admit it.")
                                        .arg(options.value(login)))
                         << '\n';
    }
    call.context.out << visible(tr("%1 is now a Waymark %2: may %3.")
                                    .arg(options.value(login), role, roleDuties(role)))
                     << '\n';
    return Success;
}

int serverUpgrade(const VerbCall &call)
{
    const QCommandLineOption db = serverDbOption();
    VerbOptions options({{db, Take::Required}});
    if (const int code = parseServerVerb(options, db, call))
        return code;
    int from = 0;
    int to = 0;
    StoreError error;
    if (!ServerAdmin::upgrade(options.value(db), &from, &to, &error))
        return reportStoreError(error, call);
    if (from == to)
        call.context.out << tr("Already at version %1: nothing to do.").arg(to) << '\n';
    else
        call.context.out << tr("Upgraded from version %1 to %2.").arg(from).arg(to) << '\n';
    return Success;
}

int serverStatus(const VerbCall &call)
{
    const QCommandLineOption db = serverDbOption();
    const QCommandLineOption json = jsonOption();
    VerbOptions options({{db, Take::Required}, json});
    if (const int code = parseServerVerb(options, db, call))
        return code;
    StoreError error;
    const std::optional<ServerStatus> status = ServerAdmin::status(options.value(db), &error);
    if (!status)
        return reportStoreError(error, call);
    const QList<std::pair<QString, qint64>> counts = {
        {QStringLiteral("assessments"), status->assessments},
        {QStringLiteral("answers"), status->answers},
        {QStringLiteral("workshops"), status->workshops},
        {QStringLiteral("historyEntries"), status->historyEntries},
    };
    if (options.isSet(json)) {
        QJsonObject object{
            {QStringLiteral("server"), status->address},
            {QStringLiteral("postgresql"), status->serverVersion},
            {QStringLiteral("login"), status->login},
            {QStringLiteral("setUp"), status->setUp},
            {QStringLiteral("schemaVersion"), status->schemaVersion},
            {QStringLiteral("roles"), QJsonArray::fromStringList(status->roles)},
        };
        // What the login may not read is absent rather than 0: 0 would be a false count.
        QJsonObject visibleCounts;
        for (const auto &[name, count] : counts) {
            if (count >= 0)
                visibleCounts.insert(name, count);
        }
        object.insert(QStringLiteral("visible"), visibleCounts);
        call.context.out << QString::fromUtf8(
            QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    QTextStream &out = call.context.out;
    out << visible(
               tr("Server:      %1 (PostgreSQL %2)").arg(status->address, status->serverVersion))
        << '\n';
    out << (status->setUp ? tr("Waymark:     set up, version %1").arg(status->schemaVersion)
                          : tr("Waymark:     not set up (waymark-cli server init)"))
        << '\n';
    out << visible(tr("You are:     %1").arg(status->login)) << '\n';
    if (status->roles.isEmpty())
        out << tr("Your roles:  none: ask the council's Waymark administrator for one") << '\n';
    for (const QString &role : status->roles)
        out << visible(tr("Your roles:  %1: may %2").arg(role, roleDuties(role))) << '\n';
    if (status->setUp) {
        const QStringList labels = {tr("assessments"), tr("answers"), tr("workshops"),
                                    tr("history entries")};
        for (qsizetype i = 0; i < counts.size(); ++i) {
            const qint64 count = counts.at(i).second;
            out << tr("You can see: %1 %2")
                       .arg(count >= 0 ? QString::number(count) : tr("no"), labels.at(i))
                << '\n';
        }
    }
    return Success;
}

int serverCopy(const VerbCall &call)
{
    const QCommandLineOption db = serverDbOption();
    const QCommandLineOption from(QStringLiteral("from"), tr("The laptop's database file."),
                                  QStringLiteral("FILE"));
    VerbOptions options({{db, Take::Required}, {from, Take::Required}});
    if (const int code = parseServerVerb(options, db, call))
        return code;
    AssessmentStore source;
    if (const int code =
            openStore(source, options.value(from), AssessmentStore::OpenMode::ExistingOnly, call))
        return code;
    AssessmentStore server;
    if (const int code =
            openStore(server, options.value(db), AssessmentStore::OpenMode::ExistingOnly, call))
        return code;
    StoreError error;
    const std::optional<CopyOutcome> copied = copyAssessments(source, server, &error);
    if (!copied)
        return reportStoreError(error, call);
    call.context.out << tr("Copied %1 assessment(s) to %2: %3 new, %4 with newer answers taken, "
                           "%5 already up to date (%6 answer(s) and %7 clear(s) taken). Where "
                           "the server's answer was newer it was kept.")
                            .arg(copied->created + copied->updated + copied->unchanged)
                            .arg(server.path())
                            .arg(copied->created)
                            .arg(copied->updated)
                            .arg(copied->unchanged)
                            .arg(copied->answersTaken)
                            .arg(copied->clearsTaken)
                     << '\n';
    return Success;
}

int answerHistory(const VerbCall &call)
{
    const QCommandLineOption db = serverDbOption();
    const QCommandLineOption assessment = assessmentOption();
    const QCommandLineOption question(QStringLiteral("question"), tr("Only this question."),
                                      QStringLiteral("QID"));
    const QCommandLineOption json = jsonOption();
    VerbOptions options({{db, Take::Required}, {assessment, Take::Required}, question, json});
    if (const int code = parseServerVerb(options, db, call))
        return code;
    const std::optional<qint64> id = assessmentId(options.value(assessment), call);
    if (!id)
        return InvalidInput;
    StoreError error;
    const std::optional<QList<AnswerChange>> changes =
        ServerAdmin::history(options.value(db), *id, options.value(question), &error);
    if (!changes)
        return reportStoreError(error, call);
    if (options.isSet(json)) {
        QJsonArray array;
        for (const AnswerChange &change : *changes) {
            auto side = [](const QString &rating, const QString &evidence, const QString &note,
                           bool flagged) {
                return QJsonObject{{QStringLiteral("rating"), rating},
                                   {QStringLiteral("evidence"), evidence},
                                   {QStringLiteral("note"), note},
                                   {QStringLiteral("flagged"), flagged}};
            };
            array.append(QJsonObject{
                {QStringLiteral("question"), change.questionId},
                {QStringLiteral("change"), change.change},
                {QStringLiteral("by"), change.changedBy},
                {QStringLiteral("at"), change.changedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("old"),
                 side(change.oldRating, change.oldEvidence, change.oldNote, change.oldFlagged)},
                {QStringLiteral("new"),
                 side(change.newRating, change.newEvidence, change.newNote, change.newFlagged)},
            });
        }
        call.context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (changes->isEmpty()) {
        call.context.out << tr("No changes recorded (or none you may read).") << '\n';
        return Success;
    }
    for (const AnswerChange &change : *changes) {
        call.context.out
            << visible(tr("%1  %2  %3 by %4: rating %5 -> %6; evidence \"%7\" -> "
                          "\"%8\"; note \"%9\" -> \"%10\"")
                           .arg(change.changedAt.toString(Qt::ISODate), change.questionId,
                                change.change, change.changedBy,
                                change.oldRating.isEmpty() ? QStringLiteral("-") : change.oldRating,
                                change.newRating.isEmpty() ? QStringLiteral("-") : change.newRating,
                                change.oldEvidence, change.newEvidence, change.oldNote)
                           .arg(change.newNote))
            << '\n';
    }
    return Success;
}

} // namespace Waymark::Cli
