#pragma once

#include "bank/QuestionBank.h"
#include "exchange/ExchangeFile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Waymark {

// Reads an exchange file and checks all of it: the file as a whole (size, UTF-8, JSON, duplicate
// keys, characters no text may hold), its format and version, the bank it was answered against,
// and every field, against the bank in use. Reports every problem with the field it is in; an
// assessment only when there is none.
class ExchangeReader
{
public:
    // file stands for the file in problems. latestAllowed is the latest change time the file may
    // hold; an invalid time allows any.
    static ExchangeReadResult read(const QByteArray &data, const QuestionBank &bank,
                                   const QString &file, const QDateTime &latestAllowed);
};

} // namespace Waymark
