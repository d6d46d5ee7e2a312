#include "DataCommands.h"

#include "CliSupport.h"
#include "CliTr.h"
#include "TerminalText.h"
#include "assessment/NextCycle.h"
#include "json/PublicJson.h"
#include "scoring/Scoring.h"
#include "scoring/Trend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Waymark::Cli {

namespace {

QString scoreText(const ScoreTally &tally)
{
    const std::optional<double> score = tally.score();
    return score ? QString::number(*score, 'f', 1) : tr("no score");
}

} // namespace

int list(const VerbCall &call)
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
    const QList<AssessmentSummary> assessments = session.store.listAssessments(&error);
    if (error.isError())
        return reportStoreError(error, call);
    // Each assessment's questions are those of its own bank version under its own law.
    const auto applicable = [&session](const AssessmentInfo &info) {
        return int(session.banks.forAssessment(info).questionsFor(info.roleId).size());
    };

    if (options.isSet(json)) {
        QJsonArray rows;
        for (const AssessmentSummary &summary : assessments) {
            const AssessmentInfo &info = summary.info;
            rows.append(QJsonObject{
                {QStringLiteral("id"), info.id},
                {QStringLiteral("uid"), info.uid},
                {QStringLiteral("title"), info.title},
                {QStringLiteral("authority"), info.authority},
                {QStringLiteral("respondent"), info.respondent},
                {QStringLiteral("role"), info.roleId},
                {QStringLiteral("date"), info.date.toString(Qt::ISODate)},
                {QStringLiteral("bank"),
                 QJsonObject{{QStringLiteral("id"), info.bankId},
                             {QStringLiteral("version"), info.bankVersion}}},
                {QStringLiteral("jurisdiction"), info.jurisdiction},
                {QStringLiteral("created"), info.created.toString(Qt::ISODateWithMs)},
                {QStringLiteral("updated"), info.updated.toString(Qt::ISODateWithMs)},
                {QStringLiteral("answered"), summary.answered},
                {QStringLiteral("applicable"), applicable(info)},
            });
        }
        context.out << PublicJson::toJson(QJsonDocument(rows));
        return Success;
    }
    if (assessments.isEmpty()) {
        context.err << visible(tr("No assessments yet. Start one with: waymark-cli new --db %1 "
                                  "--authority TEXT --respondent TEXT --role ROLE")
                                   .arg(options.value(db)))
                    << '\n';
        return Success;
    }
    context.out << tr("ID").leftJustified(6) << tr("Last changed").leftJustified(18)
                << tr("Answered").leftJustified(10) << tr("Role").leftJustified(21)
                << tr("Law").leftJustified(9) << tr("Authority / member") << '\n';
    for (const AssessmentSummary &summary : assessments) {
        const AssessmentInfo &info = summary.info;
        context.out
            << QString::number(info.id).leftJustified(6)
            << info.updated.toLocalTime()
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                   .leftJustified(18)
            << QStringLiteral("%1/%2").arg(summary.answered).arg(applicable(info)).leftJustified(10)
            << visible(info.roleId).leftJustified(21) << visible(info.jurisdiction).leftJustified(9)
            << visible(info.authority) << " / " << visible(info.respondent) << '\n';
    }
    return Success;
}

namespace {

// `new --from ID`: the next cycle of an earlier assessment (NextCycle), stored in one transaction.
int createNextCycle(const VerbCall &call, const QString &dbPath, const QString &fromText,
                    const std::optional<QString> &title, const QDate &date)
{
    CliContext &context = call.context;
    const std::optional<qint64> fromId = assessmentId(fromText, call);
    if (!fromId)
        return InvalidInput;
    Session session;
    if (!latestBank(session, context))
        return InvalidInput;
    if (const int code =
            openStore(session.store, dbPath, AssessmentStore::OpenMode::ExistingOnly, call))
        return code;
    StoreError error;
    const std::optional<Assessment> earlier = session.store.loadAssessment(*fromId, &error);
    if (!earlier)
        return reportStoreError(error, call);
    NextCycleResult next = NextCycle::from(*earlier, session.banks, date);
    if (title)
        next.assessment.info.title = *title;
    const std::optional<ImportOutcome> stored =
        session.store.importAssessment(next.assessment, &error);
    if (!stored)
        return reportStoreError(error, call);
    context.out << stored->id << '\n';

    const AssessmentInfo &info = next.assessment.info;
    const QString prefix = QStringLiteral("waymark-cli new: ");
    context.err << prefix
                << tr("assessment %1 is the next cycle of assessment %2, against question bank %3 "
                      "version %4")
                       .arg(QString::number(stored->id), QString::number(*fromId),
                            visible(info.bankId), visible(info.bankVersion))
                << '\n'
                << prefix
                << tr("carried: evidence for %1 question(s), marked to be checked; %2 open "
                      "action(s) with their status")
                       .arg(next.evidenceCarried)
                       .arg(next.actionsCarried)
                << '\n'
                << prefix
                << tr("not carried: the ratings; %1 note(s), which stay with assessment %2; %3 "
                      "done action(s)")
                       .arg(next.notesLeft)
                       .arg(*fromId)
                       .arg(next.actionsDone)
                << '\n';
    if (!next.leftOut.isEmpty()) {
        context.err << prefix
                    << visible(tr("%1 earlier question(s) no longer asked of this role under this "
                                  "law, left out: %2")
                                   .arg(QString::number(next.leftOut.size()),
                                        next.leftOut.join(QStringLiteral(", "))))
                    << '\n';
    }
    if (next.shortened > 0) {
        context.err << prefix
                    << tr("%1 carried evidence text(s) were cut to the longest allowed; the "
                          "earlier assessment keeps them whole")
                           .arg(next.shortened)
                    << '\n';
    }
    return Success;
}

// A --date value, or today; nothing (with the message printed) when it is not YYYY-MM-DD.
std::optional<QDate> dateOption(const VerbOptions &options, const QCommandLineOption &date,
                                const VerbCall &call)
{
    if (!options.isSet(date))
        return QDate::currentDate();
    const QDate parsed = QDate::fromString(options.value(date), Qt::ISODate);
    if (!parsed.isValid() || options.value(date).size() != 10) {
        call.context.err << visible(tr("waymark-cli %1: --date: \"%2\" is not a date of the form "
                                       "YYYY-MM-DD")
                                        .arg(call.verb, options.value(date)))
                         << '\n';
        return std::nullopt;
    }
    return parsed;
}

} // namespace

int create(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = newDbOption();
    const QCommandLineOption authority(QStringLiteral("authority"),
                                       tr("The council or partnership."), QStringLiteral("TEXT"));
    const QCommandLineOption respondent(QStringLiteral("respondent"), tr("The member's name."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption role(QStringLiteral("role"), tr("The member's role."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption title(QStringLiteral("title"), tr("A title for the assessment."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The date of the assessment."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption jurisdiction =
        jurisdictionOption(tr("The law the assessment is made under (england by default)."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("Start the next cycle of this earlier assessment."),
                                  QStringLiteral("ID"));
    VerbOptions options(
        {{db, Take::Required}, authority, respondent, role, title, date, jurisdiction, from});
    if (!options.parse(call))
        return UsageError;
    // The next cycle takes who, as what and under which law from the earlier assessment; a
    // script that names them as well means something the command would have to guess.
    if (options.isSet(from)) {
        for (const QCommandLineOption &taken : {authority, respondent, role, jurisdiction}) {
            if (options.isSet(taken)) {
                return usageError(tr("waymark-cli new: --%1 cannot be given with --from, which "
                                     "takes it from the earlier assessment")
                                      .arg(taken.names().constFirst()),
                                  context);
            }
        }
    } else {
        for (const QCommandLineOption &needed : {authority, respondent, role}) {
            if (!options.isSet(needed)) {
                return usageError(tr("waymark-cli new: --%1 is required (or --from ID)")
                                      .arg(needed.names().constFirst()),
                                  context);
            }
        }
    }
    if (!checkTexts(options, {authority, respondent, title}, call))
        return InvalidInput;
    const std::optional<QDate> day = dateOption(options, date, call);
    if (!day)
        return InvalidInput;
    if (options.isSet(from)) {
        return createNextCycle(call, options.value(db), options.value(from),
                               options.isSet(title)
                                   ? std::optional<QString>(options.value(title).trimmed())
                                   : std::nullopt,
                               *day);
    }

    Session session;
    if (!latestBank(session, context))
        return InvalidInput;
    const QuestionBank *bank = &session.bank;
    AssessmentInfo info;
    info.authority = options.value(authority).trimmed();
    info.respondent = options.value(respondent).trimmed();
    info.roleId = options.value(role).trimmed();
    info.title = options.isSet(title) ? options.value(title).trimmed() : bank->title;
    info.bankId = bank->id;
    info.bankVersion = bank->version;
    info.jurisdiction = options.value(jurisdiction);
    info.date = *day;
    if (info.authority.isEmpty() || info.respondent.isEmpty()) {
        context.err << tr("waymark-cli new: --authority and --respondent must not be empty")
                    << '\n';
        return InvalidInput;
    }
    if (!bank->hasRole(info.roleId)) {
        QStringList roles;
        for (const Role &known : bank->roles)
            roles.append(known.id);
        context.err << visible(tr("waymark-cli new: --role: unknown role \"%1\"; the roles are: %2")
                                   .arg(info.roleId, roles.join(QStringLiteral(", "))))
                    << '\n';
        return InvalidInput;
    }
    if (!checkJurisdiction(info.jurisdiction, *bank, call))
        return InvalidInput;

    if (const int code = openStore(session.store, options.value(db),
                                   AssessmentStore::OpenMode::CreateIfMissing, call))
        return code;
    StoreError error;
    if (!session.store.createAssessment(info, &error))
        return reportStoreError(error, call);
    context.out << info.id << '\n';
    return Success;
}

int answer(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption assessment = assessmentOption();
    const QCommandLineOption question(QStringLiteral("question"), tr("The question's id."),
                                      QStringLiteral("QID"));
    const QCommandLineOption rating(QStringLiteral("rating"),
                                    tr("0, 1, 2, 3, dont-know, not-applicable or clear."),
                                    QStringLiteral("RATING"));
    const QCommandLineOption evidence(QStringLiteral("evidence"), tr("How you know."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption note(QStringLiteral("note"), tr("A note or question for officers."),
                                  QStringLiteral("TEXT"));
    VerbOptions options({{db, Take::Required},
                         {assessment, Take::Required},
                         {question, Take::Required},
                         {rating, Take::Required},
                         evidence,
                         note});
    if (!options.parse(call))
        return UsageError;
    const std::optional<Rating> parsed = ratingOption(options.value(rating), call);
    if (!parsed || !checkTexts(options, {evidence, note}, call))
        return InvalidInput;
    Session session;
    const QString idText = options.value(assessment);
    if (const int code = openSession(session, options.value(db), &idText, call))
        return code;
    const QuestionBank *bank = &session.bank;
    const Assessment *current = &session.assessment;
    const qint64 id = current->info.id;
    const QString questionId = options.value(question);
    // bank is the assessment's own version under its own law: a question of another version is
    // not one this assessment can be asked, and one of another jurisdiction does not apply.
    const Question *asked = bank->question(questionId);
    const QuestionBank &ownVersion =
        session.banks.bank(current->info.bankId, current->info.bankVersion);
    if (!asked && ownVersion.question(questionId)) {
        const Jurisdiction *law = ownVersion.jurisdiction(current->info.jurisdiction);
        context.err << visible(tr("waymark-cli answer: --question: question %1 does not apply "
                                  "under the law of %2, which assessment %3 is made under")
                                   .arg(questionId, law ? law->title : current->info.jurisdiction,
                                        QString::number(id)))
                    << '\n';
        return InvalidInput;
    }
    if (!asked) {
        context.err << visible(tr("waymark-cli answer: --question: there is no question \"%1\" in "
                                  "version %2 of the question bank, which assessment %3 was "
                                  "answered against (see 'waymark-cli bank show')")
                                   .arg(questionId, bank->version, QString::number(id)))
                    << '\n';
        return InvalidInput;
    }
    if (!asked->appliesTo(current->info.roleId)) {
        context.err << visible(tr("waymark-cli answer: --question: question %1 does not apply to "
                                  "the role \"%2\" of assessment %3")
                                   .arg(questionId, current->info.roleId, QString::number(id)))
                    << '\n';
        return InvalidInput;
    }
    Answer updated = current->answer(questionId);
    updated.rating = *parsed;
    if (options.isSet(evidence))
        updated.evidence = options.value(evidence);
    if (options.isSet(note))
        updated.note = options.value(note);
    updated.updated = QDateTime();
    StoreError error;
    if (!session.store.saveAnswer(id, questionId, updated, &error))
        return reportStoreError(error, call);
    return Success;
}

int scores(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption assessment = assessmentOption();
    const QCommandLineOption json = jsonOption();
    VerbOptions options({{db, Take::Required}, {assessment, Take::Required}, json});
    if (!options.parse(call))
        return UsageError;
    Session session;
    const QString idText = options.value(assessment);
    if (const int code = openSession(session, options.value(db), &idText, call))
        return code;
    // Scored against its own bank version under its own law (session.bank).
    const QuestionBank *bank = &session.bank;
    const Assessment *loaded = &session.assessment;
    if (options.isSet(json)) {
        context.out << PublicJson::toJson(
            QJsonDocument(PublicJson::scores(*loaded, session.banks)));
        return Success;
    }
    const ScoreReport report = Scorer::score(*bank, *loaded);
    const AssessmentInfo &info = loaded->info;
    const Jurisdiction *law = bank->jurisdiction(info.jurisdiction);
    context.out << tr("Assessment %1: %2, %3 (%4)")
                       .arg(info.id)
                       .arg(visible(info.authority), visible(info.respondent), visible(info.roleId))
                << '\n'
                << tr("Question bank %1 version %2, under the law of %3")
                       .arg(visible(bank->id), visible(bank->version),
                            law ? visible(law->title) : visible(info.jurisdiction))
                << '\n'
                << tr("Gateway: %1").arg(gatewayLabel(report.gateway)) << '\n'
                << tr("Overall: %1 (%2), %3 of %4 answered, %5 rated")
                       .arg(scoreText(report.overall), ragLabel(report.overallRag()))
                       .arg(report.overall.answered)
                       .arg(report.overall.applicable)
                       .arg(report.overall.rated)
                << "\n\n";
    for (const SectionScore &section : report.sections) {
        context.out << "  " << visible(section.sectionId).leftJustified(6)
                    << scoreText(section.tally).rightJustified(9) << "  "
                    << ragLabel(section.rag()).leftJustified(9)
                    << (section.gateFailed ? tr("gate failed").leftJustified(12)
                                           : QString(12, QLatin1Char(' ')))
                    << visible(section.title) << '\n';
    }
    const auto printList = [&](const QString &heading, const QStringList &ids) {
        if (ids.isEmpty())
            return;
        context.out << '\n' << heading << '\n';
        for (const QString &questionId : ids) {
            const Question *question = bank->question(questionId);
            context.out << "  " << visible(questionId).leftJustified(8) << ' '
                        << visible(question ? question->text : QString()) << '\n';
        }
    };
    printList(tr("Failed statutory gates"), report.failedGates);
    printList(tr("Priorities for improvement"), report.priorities);
    printList(tr("Knowledge gaps: questions to ask officers"), report.knowledgeGaps);
    return Success;
}

} // namespace Waymark::Cli
