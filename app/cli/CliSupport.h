#pragma once

#include "CliContext.h"
#include "ReportRenderer.h"
#include "VerbOptions.h"
#include "bank/BankLibrary.h"
#include "bank/BankProblem.h"
#include "bank/QuestionBank.h"
#include "store/AssessmentStore.h"
#include "text/Language.h"

#include <optional>

namespace Waymark::Cli {

// Checks the value of each given text option against the rules every stored text keeps
// (TextRules: at most 20,000 characters, no NUL, no half of a surrogate pair), so that whatever the
// command line stores an exchange file can carry. Prints the first that breaks one, naming the
// option, and returns false.
bool checkTexts(const VerbOptions &given, const QList<QCommandLineOption> &options,
                const VerbCall &call);

// The exit code for a store error: 2 for a bad value or unknown id, 3 for storage.
int exitCodeFor(const StoreError &error);

// Prints a store error as "waymark-cli VERB: DB: message" and returns its exit code.
int reportStoreError(const StoreError &error, const VerbCall &call);

// Says how a save ended and returns the exit code: a file saved with a warning (it could not be
// made private, on a USB stick say) is a success with the warning on stderr; a refused path (the
// database's own files, something that is not a regular file) is invalid input (2); a full disk
// or any other failure is a storage error (3).
int reportSave(const SaveResult &result, const VerbCall &call);

// --format pdf|html|odt, for the verbs that write a report.
QCommandLineOption reportFormatOption();

// The format a report is written in: --format when given, else the extension of path (.pdf,
// .html or .htm, .odt). An unknown --format, or a path whose extension says none without
// --format, is a usage error: prints why and returns no format.
std::optional<ReportFormat> reportFormat(const VerbOptions &options,
                                         const QCommandLineOption &format, const QString &path,
                                         const VerbCall &call);

// Prints a bank's problems, one a line, as FILE:LINE: error: ….
void printBankProblems(const QList<BankProblem> &problems, CliContext &context);

// The built-in bank; on the (never expected) failure prints why.
std::optional<QuestionBank> builtInBank(CliContext &context);

struct Session;
// Puts the latest built-in bank into session.bank; on the (never expected) failure prints why.
bool latestBank(Session &session, CliContext &context);

// A question bank file; on failure prints every problem as FILE:LINE: error: ….
std::optional<QuestionBank> loadBankFile(const QString &path, CliContext &context);

// Parses a --rating value: 0, 1, 2, 3, dont-know, not-applicable, or clear (Unanswered); prints
// an invalid-input message on failure.
std::optional<Rating> ratingOption(const QString &text, const VerbCall &call);

// Parses an assessment id option; prints an invalid-input message on failure. Verbs call it
// (or openSession(), which does) before they open the database, so that a mistyped id changes
// nothing: opening may create, upgrade or back up the database.
std::optional<qint64> assessmentId(const QString &text, const VerbCall &call);

// The options most verbs share. dbOption() is for a database that must exist; the verbs that
// start one describe theirs.
QCommandLineOption dbOption();
QCommandLineOption newDbOption();
QCommandLineOption assessmentOption();
QCommandLineOption jsonOption();

// What a verb works on: the question banks, the open database and, for the verbs about one
// assessment, that assessment.
struct Session
{
    // Every version of the built-in bank, in the language of the environment: each assessment
    // and workshop is read, scored and printed against its own version.
    BankLibrary banks{Language::current()};
    // The bank the verb works with: for a verb about one assessment, the assessment's own
    // version as it applies under its jurisdiction; otherwise the latest built-in bank, with
    // every jurisdiction's questions, which new assessments and workshops are made against.
    QuestionBank bank;
    AssessmentStore store;
    Assessment assessment;
};

// The names of a bank's jurisdictions, for a message: "england (England), wales (Wales)".
QString jurisdictionList(const QuestionBank &bank);

// Checks a --jurisdiction value against a bank: one of its jurisdictions, or anything for a bank
// that has none (its questions apply everywhere). Prints an invalid-input message naming the
// bank's jurisdictions and returns false otherwise.
bool checkJurisdiction(const QString &jurisdiction, const QuestionBank &bank, const VerbCall &call);
// --jurisdiction: with englandByDefault, England when not given (AssessmentInfo's default).
QCommandLineOption jurisdictionOption(const QString &description, bool englandByDefault = true);

// Prints, on stderr, the note a bank library gave about the bank it handed out (a version this
// Waymark does not have), when there is one.
void printBankNote(const QString &note, const VerbCall &call);

// Opens the database at dbPath and prints, on stderr, anything the member should know about it
// (a lock taken over, a disk that does not keep permissions, a backup that failed). On failure
// prints why and returns the exit code; returns Success (0) otherwise.
int openStore(AssessmentStore &store, const QString &dbPath, AssessmentStore::OpenMode mode,
              const VerbCall &call);

// Loads the bank and opens the database at dbPath (openStore()); with assessmentText, checks
// that id first and, once the database is open, loads that assessment and its own bank. Only the
// verbs that start a database pass CreateIfMissing. On failure prints why and returns the exit
// code; returns Success (0) otherwise.
int openSession(Session &session, const QString &dbPath, const QString *assessmentText,
                const VerbCall &call,
                AssessmentStore::OpenMode mode = AssessmentStore::OpenMode::ExistingOnly);

} // namespace Waymark::Cli
