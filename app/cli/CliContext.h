#pragma once

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

} // namespace Waymark::Cli
