#include "DataCommands.h"

#include "CliSupport.h"
#include "CliTr.h"
#include "TerminalText.h"
#include "json/PublicJson.h"
#include "scoring/Scoring.h"

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
    const QuestionBank *bank = &session.bank;
    StoreError error;
    const QList<AssessmentSummary> assessments = session.store.listAssessments(&error);
    if (error.isError())
        return reportStoreError(error, call);

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
                {QStringLiteral("created"), info.created.toString(Qt::ISODateWithMs)},
                {QStringLiteral("updated"), info.updated.toString(Qt::ISODateWithMs)},
                {QStringLiteral("answered"), summary.answered},
                {QStringLiteral("applicable"), int(bank->questionsFor(info.roleId).size())},
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
                << tr("Authority / member") << '\n';
    for (const AssessmentSummary &summary : assessments) {
        const AssessmentInfo &info = summary.info;
        context.out << QString::number(info.id).leftJustified(6)
                    << info.updated.toLocalTime()
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                           .leftJustified(18)
                    << QStringLiteral("%1/%2")
                           .arg(summary.answered)
                           .arg(bank->questionsFor(info.roleId).size())
                           .leftJustified(10)
                    << visible(info.roleId).leftJustified(21) << visible(info.authority) << " / "
                    << visible(info.respondent) << '\n';
    }
    return Success;
}

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
    VerbOptions options({{db, Take::Required},
                         {authority, Take::Required},
                         {respondent, Take::Required},
                         {role, Take::Required},
                         title,
                         date});
    if (!options.parse(call))
        return UsageError;
    if (!checkTexts(options, {authority, respondent, title}, call))
        return InvalidInput;
    const std::optional<QuestionBank> bank = builtInBank(context);
    if (!bank)
        return InvalidInput;

    AssessmentInfo info;
    info.authority = options.value(authority).trimmed();
    info.respondent = options.value(respondent).trimmed();
    info.roleId = options.value(role).trimmed();
    info.title = options.isSet(title) ? options.value(title).trimmed() : bank->title;
    info.bankId = bank->id;
    info.bankVersion = bank->version;
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
    info.date = options.isSet(date) ? QDate::fromString(options.value(date), Qt::ISODate)
                                    : QDate::currentDate();
    if (!info.date.isValid() || (options.isSet(date) && options.value(date).size() != 10)) {
        context.err
            << visible(tr("waymark-cli new: --date: \"%1\" is not a date of the form YYYY-MM-DD")
                           .arg(options.value(date)))
            << '\n';
        return InvalidInput;
    }

    Session session;
    session.bank = *bank;
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
    const Question *asked = bank->question(questionId);
    if (!asked) {
        context.err << visible(tr("waymark-cli answer: --question: there is no question \"%1\" in "
                                  "the question bank (see 'waymark-cli bank show')")
                                   .arg(questionId))
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
    const QuestionBank *bank = &session.bank;
    const Assessment *loaded = &session.assessment;
    const qint64 id = loaded->info.id;
    const ScoreReport report = Scorer::score(*bank, *loaded);

    if (options.isSet(json)) {
        context.out << PublicJson::toJson(QJsonDocument(PublicJson::scores(id, report)));
        return Success;
    }
    const AssessmentInfo &info = loaded->info;
    context.out << tr("Assessment %1: %2, %3 (%4)")
                       .arg(info.id)
                       .arg(visible(info.authority), visible(info.respondent), visible(info.roleId))
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
