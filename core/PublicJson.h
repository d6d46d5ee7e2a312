#pragma once

#include "QuestionBank.h"
#include "Scoring.h"

#include <QJsonObject>

namespace Waymark {

// The JSON shapes that waymark-cli prints and others script against (PRODUCT.md, docs/cli.md).
// Fields may be added; none may be renamed or removed.
namespace PublicJson {

// `waymark-cli bank show --json`
QJsonObject bank(const QuestionBank &bank);

// `waymark-cli scores --json`; scores rounded to one decimal place, or null.
QJsonObject scores(qint64 assessmentId, const ScoreReport &report);

// A score rounded to one decimal place, or null when there is none.
QJsonValue roundedScore(std::optional<double> score);

} // namespace PublicJson
} // namespace Waymark
