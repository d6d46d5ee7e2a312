#include "bank/BankProblem.h"

#include <algorithm>

namespace Waymark {

QString BankProblem::toString() const
{
    const QString kind = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    if (line > 0)
        return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(kind, message);
    return QStringLiteral("%1: %2: %3").arg(file, kind, message);
}

bool hasErrors(const QList<BankProblem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const BankProblem &p) { return p.isError(); });
}

} // namespace Waymark
