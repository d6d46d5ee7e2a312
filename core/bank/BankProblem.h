#pragma once

#include <QList>
#include <QString>

namespace Waymark {

// One thing wrong (or doubtful) in a question bank file, with where it is.
struct BankProblem
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString file; // as the user named it
    int line = 0; // 1-based; 0 when the problem is with the file as a whole
    QString message;

    bool isError() const { return severity == Severity::Error; }

    // "bank.json:12: error: duplicate question id "LEAD-03" (first used on line 8)"
    QString toString() const;
};

bool hasErrors(const QList<BankProblem> &problems);

} // namespace Waymark
