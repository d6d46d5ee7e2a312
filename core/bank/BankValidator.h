#pragma once

#include "bank/BankProblem.h"
#include "bank/QuestionBank.h"

namespace Waymark {

// The rules that relate one part of a bank to another: ids unique, roles known, the Lead Member
// sees every question, every acronym a question uses is in the glossary. BankLoader has already
// checked each field on its own.
class BankValidator
{
public:
    static QList<BankProblem> validate(const QuestionBank &bank, const QString &file);

    // The acronyms (words of two or more capitals, e.g. "LADO", "ICBs" as "ICB") in a text.
    static QStringList acronymsIn(const QString &text);

    // The role that must see every question (PRODUCT.md).
    static QString allQuestionsRole() { return QStringLiteral("lead-member"); }
};

} // namespace Waymark
