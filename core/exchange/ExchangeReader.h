#pragma once

#include "bank/QuestionBank.h"
#include "exchange/ExchangeFile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

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

    // The bank a file's assessment is checked against, by the version it names: an empty version
    // asks for the bank in use. BankLibrary gives the built-in bank of that version.
    using BankChooser = std::function<const QuestionBank &(const QString &version)>;
    static ExchangeReadResult read(const QByteArray &data, const BankChooser &choose,
                                   const QString &file, const QDateTime &latestAllowed);
};

} // namespace Waymark
