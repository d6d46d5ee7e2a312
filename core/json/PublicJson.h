#pragma once

#include "bank/QuestionBank.h"
#include "scoring/Scoring.h"
#include "scoring/Trend.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Waymark {

class BankLibrary;

// The JSON shapes that waymark-cli prints and others script against (PRODUCT.md, docs/cli.md).
// Fields may be added; none may be renamed or removed.
namespace PublicJson {

// `waymark-cli bank show --json`: the bank as read (every jurisdiction's questions,
// "statutoryBasis" the question's own) or as it applies under one jurisdiction
// (QuestionBank::inJurisdiction: that jurisdiction's questions and basis, and "appliedJurisdiction"
// saying which).
QJsonObject bank(const QuestionBank &bank);

// `waymark-cli scores --json`; scores rounded to one decimal place, or null.
QJsonObject scores(qint64 assessmentId, const ScoreReport &report);
// The same for an assessment scored against its own bank version under its own jurisdiction
// (BankLibrary::forAssessment), saying which: "jurisdiction" and "bank": {"id", "version"}.
QJsonObject scores(const Assessment &assessment, BankLibrary &banks);

// `waymark-cli trend --json` (docs/cli.md).
QJsonObject trend(const Trend &trend);

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
