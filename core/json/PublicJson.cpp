#include "json/PublicJson.h"

#include "bank/BankLibrary.h"
#include "json/JsonWriter.h"

#include <QJsonArray>

#include <cmath>

namespace Waymark::PublicJson {

namespace {

QJsonObject levelsJson(const LevelDescriptors &levels)
{
    return QJsonObject{{QStringLiteral("fullyMet"), levels.fullyMet},
                       {QStringLiteral("mostlyMet"), levels.mostlyMet},
                       {QStringLiteral("partiallyMet"), levels.partiallyMet},
                       {QStringLiteral("notMet"), levels.notMet}};
}

// The jurisdictions a question applies in: every one of the bank's when it names none.
QJsonArray questionJurisdictions(const QuestionBank &bank, const Question &question)
{
    QJsonArray ids;
    for (const Jurisdiction &jurisdiction : bank.jurisdictions) {
        if (question.appliesIn(jurisdiction.id))
            ids.append(jurisdiction.id);
    }
    return ids;
}

QJsonValue mappingJson(const BankMapping &mapping)
{
    if (mapping.fromVersion.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonArray questions;
    for (const QuestionMapping &entry : mapping.questions) {
        questions.append(
            QJsonObject{{QStringLiteral("from"), entry.from},
                        {QStringLiteral("to"), QJsonArray::fromStringList(entry.to)},
                        {QStringLiteral("change"), QuestionMapping::keyOf(entry.change)},
                        {QStringLiteral("reason"), entry.reason}});
    }
    return QJsonObject{{QStringLiteral("from"), mapping.fromVersion},
                       {QStringLiteral("questions"), questions}};
}

} // namespace

QJsonObject bank(const QuestionBank &bank)
{
    QJsonArray roles;
    for (const Role &role : bank.roles) {
        roles.append(QJsonObject{{QStringLiteral("id"), role.id},
                                 {QStringLiteral("title"), role.title},
                                 {QStringLiteral("description"), role.description}});
    }
    QJsonArray sections;
    for (const Section &section : bank.sections) {
        QJsonArray questions;
        for (const Question &question : section.questions) {
            questions.append(QJsonObject{
                {QStringLiteral("id"), question.id},
                {QStringLiteral("text"), question.text},
                {QStringLiteral("weight"), question.weight},
                {QStringLiteral("gate"), question.gate},
                {QStringLiteral("roles"), QJsonArray::fromStringList(question.roles)},
                {QStringLiteral("statutoryBasis"), question.statutoryBasis},
                {QStringLiteral("why"), question.why},
                {QStringLiteral("howToKnow"), question.howToKnow},
                {QStringLiteral("levels"), levelsJson(question.levels)},
                {QStringLiteral("subject"), question.subject},
                {QStringLiteral("jurisdictions"), questionJurisdictions(bank, question)},
            });
        }
        sections.append(QJsonObject{{QStringLiteral("id"), section.id},
                                    {QStringLiteral("title"), section.title},
                                    {QStringLiteral("questions"), questions}});
    }
    QJsonArray glossary;
    for (const GlossaryEntry &entry : bank.glossary) {
        glossary.append(
            QJsonObject{{QStringLiteral("term"), entry.term},
                        {QStringLiteral("aliases"), QJsonArray::fromStringList(entry.aliases)},
                        {QStringLiteral("definition"), entry.definition}});
    }
    QJsonArray jurisdictions;
    for (const Jurisdiction &jurisdiction : bank.jurisdictions) {
        jurisdictions.append(QJsonObject{{QStringLiteral("id"), jurisdiction.id},
                                         {QStringLiteral("title"), jurisdiction.title}});
    }
    return QJsonObject{{QStringLiteral("id"), bank.id},
                       {QStringLiteral("version"), bank.version},
                       {QStringLiteral("title"), bank.title},
                       {QStringLiteral("roles"), roles},
                       {QStringLiteral("jurisdictions"), jurisdictions},
                       {QStringLiteral("appliedJurisdiction"),
                        bank.appliedJurisdiction.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(bank.appliedJurisdiction)},
                       {QStringLiteral("sections"), sections},
                       {QStringLiteral("glossary"), glossary},
                       {QStringLiteral("mapping"), mappingJson(bank.mapping)}};
}

QByteArray toJson(const QJsonDocument &document)
{
    // The layout of QJsonDocument::Indented, which scripts have read since the first release.
    JsonStyle style;
    style.indent = 4;
    style.escaping = JsonEscaping::ControlCharacters;
    return JsonWriter::write(
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), style);
}

QJsonValue roundedScore(std::optional<double> score)
{
    if (!score)
        return QJsonValue(QJsonValue::Null);
    return std::round(*score * 10.0) / 10.0;
}

namespace {

void putTally(QJsonObject &object, const ScoreTally &tally)
{
    object.insert(QStringLiteral("score"), roundedScore(tally.score()));
    object.insert(QStringLiteral("rated"), tally.rated);
    object.insert(QStringLiteral("answered"), tally.answered);
    object.insert(QStringLiteral("applicable"), tally.applicable);
}

QJsonObject overallJson(const ScoreReport &report)
{
    QJsonObject overall;
    putTally(overall, report.overall);
    overall.insert(QStringLiteral("rag"), ragKey(report.overallRag()));
    return overall;
}

QJsonArray sectionsJson(const ScoreReport &report)
{
    QJsonArray sections;
    for (const SectionScore &section : report.sections) {
        QJsonObject object{{QStringLiteral("id"), section.sectionId},
                           {QStringLiteral("title"), section.title},
                           {QStringLiteral("rag"), ragKey(section.rag())},
                           {QStringLiteral("gateFailed"), section.gateFailed}};
        putTally(object, section.tally);
        sections.append(object);
    }
    return sections;
}

} // namespace

QJsonObject scores(qint64 assessmentId, const ScoreReport &report)
{
    return QJsonObject{
        {QStringLiteral("assessment"), assessmentId},
        {QStringLiteral("overall"), overallJson(report)},
        {QStringLiteral("gateway"), gatewayKey(report.gateway)},
        {QStringLiteral("failedGates"), QJsonArray::fromStringList(report.failedGates)},
        {QStringLiteral("openGates"), QJsonArray::fromStringList(report.openGates)},
        {QStringLiteral("knowledgeGaps"), QJsonArray::fromStringList(report.knowledgeGaps)},
        {QStringLiteral("priorities"), QJsonArray::fromStringList(report.priorities)},
        {QStringLiteral("sections"), sectionsJson(report)},
    };
}

QJsonObject scores(const Assessment &assessment, BankLibrary &banks)
{
    const QuestionBank &bank = banks.forAssessment(assessment.info);
    QJsonObject object = scores(assessment.info.id, Scorer::score(bank, assessment));
    object.insert(QStringLiteral("jurisdiction"), bank.appliedJurisdiction.isEmpty()
                                                      ? assessment.info.jurisdiction
                                                      : bank.appliedJurisdiction);
    object.insert(QStringLiteral("bank"), QJsonObject{{QStringLiteral("id"), bank.id},
                                                      {QStringLiteral("version"), bank.version}});
    return object;
}

namespace {

QJsonValue ratingJson(Rating rating)
{
    if (isRated(rating))
        return ratingValue(rating);
    if (rating == Rating::Unanswered)
        return QJsonValue(QJsonValue::Null);
    return ratingKey(rating);
}

} // namespace

QJsonObject trend(const Trend &trend)
{
    QJsonArray assessments;
    for (const TrendCycle &cycle : trend.cycles) {
        const AssessmentInfo &info = cycle.assessment.info;
        assessments.append(QJsonObject{
            {QStringLiteral("id"), info.id},
            {QStringLiteral("uid"), info.uid},
            {QStringLiteral("date"), info.date.toString(Qt::ISODate)},
            {QStringLiteral("respondent"), info.respondent},
            {QStringLiteral("bank"), QJsonObject{{QStringLiteral("id"), info.bankId},
                                                 {QStringLiteral("version"), cycle.bankVersion}}},
            {QStringLiteral("jurisdiction"), info.jurisdiction},
            {QStringLiteral("overall"), overallJson(cycle.scores)},
            {QStringLiteral("gateway"), gatewayKey(cycle.scores.gateway)},
            {QStringLiteral("sections"), sectionsJson(cycle.scores)},
        });
    }
    QJsonArray questions;
    for (const TrendQuestion &question : trend.questions) {
        QJsonArray cycles;
        for (int i = 0; i < question.cycles.size(); ++i) {
            const TrendAnswer &answer = question.cycles.at(i);
            QJsonArray answers;
            for (const TrendAnswer::Earlier &earlier : answer.answers) {
                answers.append(QJsonObject{{QStringLiteral("question"), earlier.questionId},
                                           {QStringLiteral("rating"), ratingJson(earlier.rating)}});
            }
            cycles.append(QJsonObject{
                {QStringLiteral("assessment"), trend.cycles.at(i).assessment.info.id},
                {QStringLiteral("asked"), answer.asked()},
                {QStringLiteral("answers"), answers},
                {QStringLiteral("beforeSplit"), answer.beforeSplit},
                {QStringLiteral("level"), roundedScore(answer.level())},
            });
        }
        questions.append(QJsonObject{{QStringLiteral("id"), question.questionId},
                                     {QStringLiteral("section"), question.sectionId},
                                     {QStringLiteral("text"), question.text},
                                     {QStringLiteral("movement"), movementKey(question.movement())},
                                     {QStringLiteral("cycles"), cycles}});
    }
    QJsonArray retired;
    for (const TrendRetired &question : trend.retired) {
        QJsonArray cycles;
        for (int i = 0; i < question.cycles.size(); ++i) {
            if (!question.cycles.at(i))
                continue;
            cycles.append(
                QJsonObject{{QStringLiteral("assessment"), trend.cycles.at(i).assessment.info.id},
                            {QStringLiteral("rating"), ratingJson(*question.cycles.at(i))}});
        }
        retired.append(QJsonObject{{QStringLiteral("id"), question.questionId},
                                   {QStringLiteral("version"), question.bankVersion},
                                   {QStringLiteral("text"), question.text},
                                   {QStringLiteral("reason"), question.reason},
                                   {QStringLiteral("cycles"), cycles}});
    }
    return QJsonObject{
        {QStringLiteral("authority"), trend.authority},
        {QStringLiteral("role"), trend.roleId},
        {QStringLiteral("bank"), QJsonObject{{QStringLiteral("id"), trend.bankId},
                                             {QStringLiteral("version"), trend.bankVersion}}},
        {QStringLiteral("jurisdiction"), trend.jurisdiction},
        {QStringLiteral("assessments"), assessments},
        {QStringLiteral("questions"), questions},
        {QStringLiteral("retired"), retired},
    };
}

} // namespace Waymark::PublicJson
