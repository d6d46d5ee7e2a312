#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Waymark {

// The spellings of docs/exchange-format.md that the writer writes and the reader reads back, kept
// in one place so that the two cannot drift apart.
namespace ExchangeFormat {

// The order keys are written in: the order of docs/exchange-format.md, so that a person reading
// the file sees "format" first and each answer's question before its rating. Keys not listed
// (none today) would follow in alphabetical order.
const QStringList &keyOrder();

// UTC with milliseconds: "2026-11-23T14:05:09.123Z". One spelling for every time, so that the
// output is deterministic and times compare across machines. Empty for a time that cannot be
// written so (its UTC falls outside the years 1 to 9999).
QString timeText(const QDateTime &time);

// "2026-11-23"
QString dateText(const QDate &date);

// The uid as the store keeps it (lower case, no braces), so that the same assessment is matched
// whichever way a file spells it; a uid that is not a UUID as it is.
QString canonicalUid(const QString &uid);

} // namespace ExchangeFormat

} // namespace Waymark
