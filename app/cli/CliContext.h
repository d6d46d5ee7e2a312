#pragma once

#include <QStringList>
#include <QTextStream>

namespace Waymark::Cli {

// The exit codes of docs/cli.md: a public contract, never renumbered.
enum ExitCode
{
    Success = 0,
    UsageError = 1,
    InvalidInput = 2,
    StorageError = 3,
};

// Where a command writes: results to out, everything else (messages, warnings) to err, so that
// scripts can read stdout untouched.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
};

// One run of a verb, as its handler gets it: the verb as the user typed it ("workshop add"),
// which every message it prints starts with, the words after it, and where to write.
struct VerbCall
{
    QString verb;
    QStringList arguments;
    CliContext &context;
};

using VerbHandler = int (*)(const VerbCall &call);

} // namespace Waymark::Cli
