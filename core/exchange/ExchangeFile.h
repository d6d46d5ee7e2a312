#pragma once

#include "assessment/Assessment.h"
#include "bank/QuestionBank.h"
#include "files/SafeSave.h"
#include "text/TextRules.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Waymark {

class BankLibrary;

// One thing wrong with an exchange file, and where: field is a path into the JSON such as
// "answers[3].rating" (list indexes count from 0), or empty when the problem is with the file as a
// whole.
struct ExchangeProblem
{
    QString file; // as the user named it
    QString field;
    QString message;

    // "FILE: answers[3].rating: rating must be 0, 1, 2, 3, "dont-know" or "not-applicable", not 7"
    // or, for the whole file, "FILE: the file is empty".
    QString toString() const;
};

struct ExchangeReadResult
{
    // Set only when the file has no problem at all: an import is all or nothing. Its info.id and
    // its actions' ids are 0, because ids are local to a database; the uid identifies it.
    std::optional<Assessment> assessment;
    QList<ExchangeProblem> problems; // every problem found, in the order of the file
    // What the member should know about a file that reads well: answers and actions to questions
    // that the bank does not have or that do not apply to the role, which are kept but count
    // nowhere. Set only with assessment.
    QList<ExchangeProblem> notes;
    qint64 idInFile = 0; // the "id" the writing database gave it; information only

    bool ok() const { return assessment.has_value(); }
};

// The exchange file of docs/exchange-format.md: one assessment as UTF-8 JSON, handed between
// machines (a member's laptop, a facilitator's). Writing is deterministic, so that export, import
// and export again gives the same bytes; reading checks everything against the question bank in
// use and reports every problem with the field it is in.
class ExchangeFile
{
public:
    // The newest version this Waymark reads and writes. Version 2 added clears ("cleared"),
    // version 3 assessments made under a law other than England's ("jurisdiction"); each file is
    // written as the lowest version that says what it holds, so older Waymarks read all they can.
    static constexpr int FormatVersion = 3;
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;
    // Every text is at most this many characters (code points, TextRules::MaxLength).
    static constexpr int MaxTextLength = TextRules::MaxLength;

    static QString formatName(); // "waymark-assessment"

    // The file's bytes. Answers and clears follow bank order when a bank is given (questions it
    // does not have come last), else question-id order; answers that are empty are left out.
    static QByteArray toJson(const Assessment &assessment, const QuestionBank *bank = nullptr);

    // toJson() saved with saveFileSafely(): owner-only permissions, an existing file untouched on
    // failure, never over one of the protected files (the open database's own).
    static SaveResult write(const QString &path, const Assessment &assessment,
                            const QuestionBank *bank = nullptr,
                            const ProtectedFiles &protectedFiles = {});

    // Why the file of assessment would not import into a Waymark using bank, one line per problem
    // ("answers[2].evidence (LEAD-03): evidence is 25000 characters long; the most allowed is
    // 20000"); empty when it would. Exports check it first, so that Waymark never writes a file
    // that it would then refuse: a text stored longer than the limit before the limit was kept, a
    // role the bank no longer has.
    static QStringList exportProblems(const Assessment &assessment, const QuestionBank &bank);

    // Reads and checks a file against bank (same bank id; any version, questions are matched by
    // id). displayName stands for the file in problems.
    static ExchangeReadResult fromJson(const QByteArray &data, const QuestionBank &bank,
                                       const QString &displayName);
    static ExchangeReadResult read(const QString &path, const QuestionBank &bank);
    // The same, checking each file against the bank of the version it names, where the library
    // has it (an assessment made against 1.0.0 is read as 1.0.0 asked it).
    static ExchangeReadResult fromJson(const QByteArray &data, BankLibrary &banks,
                                       const QString &displayName);
    static ExchangeReadResult read(const QString &path, BankLibrary &banks);
};

} // namespace Waymark
