#pragma once

#include "bank/QuestionBank.h"
#include "scoring/Scoring.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Waymark {

// The JSON shapes that waymark-cli prints and others script against (PRODUCT.md, docs/cli.md).
// Fields may be added; none may be renamed or removed.
namespace PublicJson {

// `waymark-cli bank show --json`
QJsonObject bank(const QuestionBank &bank);

// `waymark-cli scores --json`; scores rounded to one decimal place, or null.
QJsonObject scores(qint64 assessmentId, const ScoreReport &report);

// The document as waymark-cli prints it: UTF-8, indented by four spaces as QJsonDocument indents,
// keys in alphabetical order, and every control character (ControlCharacters.h) inside a string
// written as \uXXXX (JsonEscaping::ControlCharacters). QJsonDocument alone escapes the C0
// controls but writes DEL, the C1 controls and the bidi controls as they are, which a terminal
// showing the JSON would obey; the escaped form parses back to the very same strings.
QByteArray toJson(const QJsonDocument &document);

// A score rounded to one decimal place, or null when there is none.
QJsonValue roundedScore(std::optional<double> score);

} // namespace PublicJson
} // namespace Waymark
