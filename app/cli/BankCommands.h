#pragma once

#include "CliContext.h"

#include <QStringList>

namespace Waymark::Cli {

// `waymark-cli bank show [--bank FILE] [--json]`
int bankShow(const QStringList &arguments, CliContext &context);

// `waymark-cli bank validate FILE`
int bankValidate(const QStringList &arguments, CliContext &context);

} // namespace Waymark::Cli
