#include "exchange/ExchangeWriter.h"

#include "Version.h"
#include "exchange/ExchangeFile.h"
#include "exchange/ExchangeFormat.h"
#include "json/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Waymark {

namespace {

QJsonValue ratingJson(Rating rating)
{
    if (isRated(rating))
        return ratingValue(rating);
    if (rating == Rating::Unanswered)
        return QJsonValue(QJsonValue::Null);
    return ratingKey(rating);
}

QJsonObject answerJson(const QString &questionId, const Answer &answer)
{
    QJsonObject object{
        {QStringLiteral("question"), questionId},
        {QStringLiteral("rating"), ratingJson(answer.rating)},
        {QStringLiteral("evidence"), answer.evidence},
        {QStringLiteral("note"), answer.note},
        {QStringLiteral("flag"), answer.flagged},
    };
    if (answer.updated.isValid())
        object.insert(QStringLiteral("updated"), ExchangeFormat::timeText(answer.updated));
    return object;
}

QJsonObject actionJson(const Action &action)
{
    QJsonObject object{
        {QStringLiteral("question"), action.questionId},
        {QStringLiteral("what"), action.what},
        {QStringLiteral("who"), action.who},
        {QStringLiteral("status"), actionStatusKey(action.status)},
    };
    if (action.due.isValid())
        object.insert(QStringLiteral("due"), ExchangeFormat::dateText(action.due));
    return object;
}

// Question ids in the order they are written: bank order, then those the bank lacks by id.
QStringList writingOrder(QStringList rest, const QuestionBank *bank)
{
    QStringList order;
    if (bank) {
        for (const Question *question : bank->questions()) {
            if (rest.removeOne(question->id))
                order.append(question->id);
        }
    }
    std::sort(rest.begin(), rest.end());
    return order + rest;
}

} // namespace

ExchangeQuestionStates ExchangeWriter::questionStates(const Assessment &assessment,
                                                      const QuestionBank *bank)
{
    QStringList answered;
    QStringList cleared;
    for (auto it = assessment.cleared.cbegin(); it != assessment.cleared.cend(); ++it) {
        const auto answer = assessment.answers.constFind(it.key());
        const bool answerWins = answer != assessment.answers.cend() && !answer->isEmpty() &&
                                !(it.value() > answer->updated);
        if (it.value().isValid() && !answerWins)
            cleared.append(it.key());
    }
    for (auto it = assessment.answers.cbegin(); it != assessment.answers.cend(); ++it) {
        if (!it.value().isEmpty() && !cleared.contains(it.key()))
            answered.append(it.key());
    }
    return {writingOrder(answered, bank), writingOrder(cleared, bank)};
}

namespace {

bool underEnglishLaw(const AssessmentInfo &info)
{
    return info.jurisdiction.isEmpty() ||
           info.jurisdiction == AssessmentInfo::defaultJurisdiction();
}

} // namespace

int ExchangeWriter::versionFor(const Assessment &assessment)
{
    if (!underEnglishLaw(assessment.info))
        return 3;
    // Only the clears the file will carry: one without a time, or beaten by a later answer, is
    // not written and needs no newer reader.
    return questionStates(assessment, nullptr).cleared.isEmpty() ? 1 : 2;
}

QByteArray ExchangeWriter::toJson(const Assessment &assessment, const QuestionBank *bank)
{
    const AssessmentInfo &info = assessment.info;
    QJsonObject meta{
        {QStringLiteral("uid"), ExchangeFormat::canonicalUid(info.uid)},
        {QStringLiteral("title"), info.title},
        {QStringLiteral("authority"), info.authority},
        {QStringLiteral("respondent"), info.respondent},
        {QStringLiteral("role"), info.roleId},
        // The format requires a date; an assessment stored without one (made by an older tool or
        // by hand) takes the day it was created, so that its file always reads back.
        {QStringLiteral("date"),
         ExchangeFormat::dateText(info.date.isValid()      ? info.date
                                  : info.created.isValid() ? info.created.toUTC().date()
                                                           : QDate::currentDate())},
    };
    // Only a stored assessment has an id; it tells the reader which one it was, nothing more.
    if (info.id != 0)
        meta.insert(QStringLiteral("id"), info.id);
    // England's law is what every file meant before jurisdictions were recorded, so a file under
    // it stays as earlier versions wrote it; any other law is named (and needs format 3).
    if (!underEnglishLaw(info))
        meta.insert(QStringLiteral("jurisdiction"), info.jurisdiction);
    if (info.created.isValid())
        meta.insert(QStringLiteral("created"), ExchangeFormat::timeText(info.created));
    if (info.updated.isValid())
        meta.insert(QStringLiteral("updated"), ExchangeFormat::timeText(info.updated));

    const ExchangeQuestionStates states = questionStates(assessment, bank);
    QJsonArray answers;
    for (const QString &questionId : states.answered)
        answers.append(answerJson(questionId, assessment.answers.value(questionId)));
    QJsonArray cleared;
    for (const QString &questionId : states.cleared) {
        cleared.append(
            QJsonObject{{QStringLiteral("question"), questionId},
                        {QStringLiteral("updated"),
                         ExchangeFormat::timeText(assessment.cleared.value(questionId))}});
    }
    QJsonArray actions;
    for (const Action &action : assessment.actions)
        actions.append(actionJson(action));

    QJsonObject root{
        {QStringLiteral("format"), ExchangeFile::formatName()},
        // The lowest version that says what the file holds, so that an older Waymark reads every
        // file it would read correctly and refuses, as too new, one it would read wrong: version 2
        // for a file that carries a clear (a version 1 reader would keep the old rating without a
        // word), version 3 for an assessment made under a law other than England's (a reader of
        // version 2 or less knows no other).
        {QStringLiteral("formatVersion"), ExchangeWriter::versionFor(assessment)},
        {QStringLiteral("generator"), QStringLiteral("Waymark " WAYMARK_VERSION)},
        {QStringLiteral("bank"), QJsonObject{{QStringLiteral("id"), info.bankId},
                                             {QStringLiteral("version"), info.bankVersion}}},
        {QStringLiteral("assessment"), meta},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("actions"), actions},
    };
    if (!cleared.isEmpty())
        root.insert(QStringLiteral("cleared"), cleared);
    JsonStyle style;
    style.indent = 2;
    style.keyOrder = ExchangeFormat::keyOrder();
    style.escaping = JsonEscaping::Required;
    style.emptyOnOneLine = true;
    return JsonWriter::write(root, style);
}

} // namespace Waymark
