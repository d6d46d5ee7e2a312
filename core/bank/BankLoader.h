#pragma once

#include "bank/BankProblem.h"
#include "bank/QuestionBank.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Waymark {

struct BankLoadResult
{
    std::optional<QuestionBank> bank; // set only when there are no errors
    QList<BankProblem> problems;      // errors and warnings, in file order

    bool ok() const { return bank.has_value(); }
};

// Reads a question bank from JSON (the format of docs/question-bank.md), checks it with
// BankValidator and reports every problem it finds with its line, not just the first.
class BankLoader
{
public:
    // 2 adds jurisdictions, questions' byJurisdiction, subject and the mapping from an earlier
    // version; a format 1 bank reads as before.
    static constexpr int FormatVersion = 2;

    // The bank compiled into Waymark: the latest version, and every earlier version it ships so
    // that assessments made against one keep their meaning (BankLibrary).
    static QString builtInPath();
    static BankLoadResult loadBuiltIn();
    static QStringList builtInVersions(); // oldest first; the last is loadBuiltIn()'s
    static BankLoadResult loadBuiltIn(const QString &version);

    // A bank file on disk; problems name the file as given.
    static BankLoadResult loadFile(const QString &path);

    // A bank held in memory; displayName stands for the file in messages.
    static BankLoadResult loadData(const QByteArray &json, const QString &displayName);
};

} // namespace Waymark
