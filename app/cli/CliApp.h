#pragma once

#include "CliContext.h"

#include <QStringList>

namespace Waymark::Cli {

// Dispatches `waymark-cli VERB ...` to the verb's handler and returns the process exit code.
// arguments excludes the program name.
int run(const QStringList &arguments, CliContext &context);

// The usage text printed by --help and after a usage error.
QString usage();

} // namespace Waymark::Cli
