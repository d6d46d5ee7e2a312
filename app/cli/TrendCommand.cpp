// `waymark-cli trend`: every assessment of one authority and role, each scored against its own
// bank version, and the questions that moved between them.
#include "CliSupport.h"
#include "CliTr.h"
#include "DataCommands.h"
#include "TerminalText.h"
#include "json/PublicJson.h"
#include "scoring/Trend.h"

#include <QJsonDocument>

namespace Waymark::Cli {

namespace {

QString scoreCell(const ScoreTally &tally, Rag rag)
{
    const std::optional<double> score = tally.score();
    return score ? QStringLiteral("%1 %2").arg(QString::number(*score, 'f', 1), ragLabel(rag))
                 : tr("no score");
}

// One rating as the table shows it: 0-3, DK, NA, or - when unanswered.
QString ratingCell(Rating rating)
{
    if (isRated(rating))
        return QString::number(ratingValue(rating));
    if (rating == Rating::DontKnow)
        return tr("DK");
    if (rating == Rating::NotApplicable)
        return tr("NA");
    return QStringLiteral("-");
}

QString movementWord(TrendQuestion::Movement movement)
{
    switch (movement) {
    case TrendQuestion::Movement::Up:
        return tr("up");
    case TrendQuestion::Movement::Down:
        return tr("down");
    case TrendQuestion::Movement::Same:
    case TrendQuestion::Movement::Unknown:
        break;
    }
    return QString();
}

// What one cycle said about a question of the newest version, and where it came from when the
// question had another id (or several) then.
QString answerLine(const TrendQuestion &question, const TrendAnswer &answer)
{
    if (!answer.asked())
        return tr("not asked");
    QStringList ratings;
    QStringList ids;
    for (const TrendAnswer::Earlier &earlier : answer.answers) {
        ratings.append(ratingCell(earlier.rating));
        ids.append(earlier.questionId);
    }
    QString line = ratings.join(QStringLiteral(", "));
    if (ids != QStringList{question.questionId}) {
        line += QLatin1Char(' ') +
                (answer.beforeSplit ? tr("(as %1, before the split)") : tr("(as %1)"))
                    .arg(ids.join(QStringLiteral(", ")));
    } else if (answer.beforeSplit) {
        line += QLatin1Char(' ') + tr("(before the split)");
    }
    return line;
}

void printTrend(const Trend &trend, const QuestionBank &bank, QTextStream &out)
{
    const Role *role = bank.role(trend.roleId);
    out << visible(tr("Trend: %1, %2: %3 assessment(s)")
                       .arg(trend.authority, role ? role->title : trend.roleId,
                            QString::number(trend.cycles.size())))
        << "\n\n";
    out << "  " << tr("Date").leftJustified(12) << tr("ID").leftJustified(6)
        << tr("Bank").leftJustified(8) << tr("Law").leftJustified(9)
        << tr("Gateway").leftJustified(13) << tr("Overall") << '\n';
    for (const TrendCycle &cycle : trend.cycles) {
        const AssessmentInfo &info = cycle.assessment.info;
        out << "  " << info.date.toString(Qt::ISODate).leftJustified(12)
            << QString::number(info.id).leftJustified(6)
            << visible(cycle.bankVersion).leftJustified(8)
            << visible(info.jurisdiction).leftJustified(9)
            << gatewayLabel(cycle.scores.gateway).leftJustified(13)
            << scoreCell(cycle.scores.overall, cycle.scores.overallRag()) << '\n';
    }

    out << '\n' << tr("Sections") << '\n';
    for (const TrendSection &section : trend.sections) {
        out << "  " << visible(section.sectionId).leftJustified(6);
        for (const std::optional<SectionScore> &score : section.cycles) {
            const QString cell = !score ? QStringLiteral("-")
                                 : score->gateFailed
                                     ? scoreCell(score->tally, score->rag()) + tr(" (gate)")
                                     : scoreCell(score->tally, score->rag());
            out << cell.leftJustified(20);
        }
        out << visible(section.title) << '\n';
    }

    const QList<const TrendQuestion *> moved = trend.moved();
    out << '\n' << tr("Questions that moved") << '\n';
    if (moved.isEmpty())
        out << "  " << tr("none") << '\n';
    for (const TrendQuestion *question : moved) {
        out << "  " << visible(question->questionId).leftJustified(8) << ' '
            << movementWord(question->movement()).leftJustified(6) << visible(question->text)
            << '\n';
        for (int i = 0; i < question->cycles.size(); ++i) {
            out << "      " << trend.cycles.at(i).assessment.info.date.toString(Qt::ISODate) << "  "
                << visible(answerLine(*question, question->cycles.at(i))) << '\n';
        }
    }
    if (!trend.retired.isEmpty()) {
        out << '\n' << tr("Questions no longer asked") << '\n';
        for (const TrendRetired &retired : trend.retired) {
            QStringList ratings;
            for (int i = 0; i < retired.cycles.size(); ++i) {
                if (retired.cycles.at(i)) {
                    ratings.append(QStringLiteral("%1: %2").arg(
                        trend.cycles.at(i).assessment.info.date.toString(Qt::ISODate),
                        ratingCell(*retired.cycles.at(i))));
                }
            }
            out << "  " << visible(retired.questionId).leftJustified(8) << ' '
                << visible(tr("(version %1) %2").arg(retired.bankVersion, retired.text)) << '\n'
                << "      " << ratings.join(QStringLiteral("; ")) << '\n';
        }
    }
}

} // namespace

int trend(const VerbCall &call)
{
    CliContext &context = call.context;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption authority(QStringLiteral("authority"),
                                       tr("The council or partnership (case and spacing aside)."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption role(QStringLiteral("role"), tr("The members' role."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption json = jsonOption();
    VerbOptions options(
        {{db, Take::Required}, {authority, Take::Required}, {role, Take::Required}, json});
    if (!options.parse(call))
        return UsageError;
    Session session;
    if (const int code = openSession(session, options.value(db), nullptr, call))
        return code;
    const QString roleId = options.value(role);
    if (!session.bank.hasRole(roleId)) {
        QStringList roles;
        for (const Role &known : session.bank.roles)
            roles.append(known.id);
        context.err << visible(
                           tr("waymark-cli trend: --role: unknown role \"%1\"; the roles are: %2")
                               .arg(roleId, roles.join(QStringLiteral(", "))))
                    << '\n';
        return InvalidInput;
    }
    StoreError error;
    const std::optional<QList<Assessment>> assessments =
        session.store.loadAssessmentsOf(options.value(authority), roleId, &error);
    if (!assessments)
        return reportStoreError(error, call);
    const Trend result =
        Trend::build(*assessments, session.banks, options.value(authority), roleId);
    for (const TrendCycle &cycle : result.cycles)
        printBankNote(cycle.note, call);
    if (options.isSet(json)) {
        context.out << PublicJson::toJson(QJsonDocument(PublicJson::trend(result)));
        return Success;
    }
    if (result.cycles.isEmpty()) {
        context.err << visible(tr("waymark-cli trend: no assessments of %1 as %2 in %3")
                                   .arg(options.value(authority), roleId, options.value(db)))
                    << '\n';
        return Success;
    }
    printTrend(result, session.bank, context.out);
    return Success;
}

} // namespace Waymark::Cli
