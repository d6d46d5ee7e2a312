#pragma once

#include "CliContext.h"

#include <QStringList>

namespace Waymark::Cli {

// `waymark-cli workshop VERB …`: set up a workshop, gather members' files, see the spread,
// record agreed ratings and print the pack (docs/cli.md). arguments start after "workshop".
int workshop(const QStringList &arguments, CliContext &context);

} // namespace Waymark::Cli
