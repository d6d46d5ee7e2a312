#include "json/PublicJson.h"

#include "json/JsonWriter.h"

#include <QJsonArray>

#include <cmath>

namespace Waymark::PublicJson {

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
    return QJsonObject{
        {QStringLiteral("id"), bank.id},        {QStringLiteral("version"), bank.version},
        {QStringLiteral("title"), bank.title},  {QStringLiteral("roles"), roles},
        {QStringLiteral("sections"), sections}, {QStringLiteral("glossary"), glossary}};
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

} // namespace

QJsonObject scores(qint64 assessmentId, const ScoreReport &report)
{
    QJsonObject overall;
    putTally(overall, report.overall);
    overall.insert(QStringLiteral("rag"), ragKey(report.overallRag()));

    QJsonArray sections;
    for (const SectionScore &section : report.sections) {
        QJsonObject object{{QStringLiteral("id"), section.sectionId},
                           {QStringLiteral("title"), section.title},
                           {QStringLiteral("rag"), ragKey(section.rag())},
                           {QStringLiteral("gateFailed"), section.gateFailed}};
        putTally(object, section.tally);
        sections.append(object);
    }
    return QJsonObject{
        {QStringLiteral("assessment"), assessmentId},
        {QStringLiteral("overall"), overall},
        {QStringLiteral("gateway"), gatewayKey(report.gateway)},
        {QStringLiteral("failedGates"), QJsonArray::fromStringList(report.failedGates)},
        {QStringLiteral("openGates"), QJsonArray::fromStringList(report.openGates)},
        {QStringLiteral("knowledgeGaps"), QJsonArray::fromStringList(report.knowledgeGaps)},
        {QStringLiteral("priorities"), QJsonArray::fromStringList(report.priorities)},
        {QStringLiteral("sections"), sections},
    };
}

} // namespace Waymark::PublicJson
