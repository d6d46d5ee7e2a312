#pragma once

#include "AssessmentStore.h"
#include "CliContext.h"
#include "QuestionBank.h"

#include <QCommandLineParser>

#include <optional>

namespace Waymark::Cli {

// Parses a verb's options; on a usage error prints why (and how to get help) and returns false.
bool parseVerb(QCommandLineParser &parser, const QStringList &arguments, const QString &verb,
               CliContext &context);

// Checks that each named option was given; prints the first missing one as a usage error.
bool requireOptions(const QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                    const QString &verb, CliContext &context);

// The exit code for a store error: 2 for a bad value or unknown id, 3 for storage.
int exitCodeFor(const StoreError &error);

// Prints a store error as "waymark-cli VERB: DB: message" and returns its exit code.
int reportStoreError(const StoreError &error, const QString &verb, CliContext &context);

// Says how a save ended and returns the exit code: a file saved with a warning (it could not be
// made private, on a USB stick say) is a success with the warning on stderr; a refused path (the
// database's own files, something that is not a regular file) is invalid input (2); a full disk
// or any other failure is a storage error (3).
int reportSave(const SaveResult &result, const QString &verb, CliContext &context);

// The built-in bank; on the (never expected) failure prints why.
std::optional<QuestionBank> builtInBank(CliContext &context);

// A question bank file; on failure prints every problem as FILE:LINE: error: ….
std::optional<QuestionBank> loadBankFile(const QString &path, CliContext &context);

// Parses a --rating value: 0, 1, 2, 3, dont-know, not-applicable, or clear (Unanswered); prints
// an invalid-input message on failure.
std::optional<Rating> ratingOption(const QString &text, const QString &verb, CliContext &context);

// Parses an assessment id option; prints an invalid-input message on failure.
std::optional<qint64> assessmentId(const QString &text, const QString &verb, CliContext &context);

// The options most verbs share.
QCommandLineOption dbOption();
QCommandLineOption assessmentOption();
QCommandLineOption jsonOption();

// What a verb works on: the question bank, the open database and, for the verbs about one
// assessment, that assessment.
struct Session
{
    QuestionBank bank;
    AssessmentStore store;
    Assessment assessment;
};

// Loads the bank and opens the database at dbPath (printing any warning from opening it);
// with assessmentText, also loads that assessment. On failure prints why and returns the exit
// code; returns Success (0) otherwise.
int openSession(Session &session, const QString &dbPath, const QString *assessmentText,
                const QString &verb, CliContext &context);

} // namespace Waymark::Cli
