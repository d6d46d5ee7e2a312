#pragma once

#include "CliContext.h"

namespace Waymark::Cli {

// `waymark-cli bank show [--bank FILE] [--json]`
int bankShow(const VerbCall &call);

// `waymark-cli bank validate FILE`
int bankValidate(const VerbCall &call);

} // namespace Waymark::Cli
