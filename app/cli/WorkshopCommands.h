#pragma once

#include "CliContext.h"

namespace Waymark::Cli {

// `waymark-cli workshop VERB …`: set up a workshop, gather members' files, see the spread,
// record agreed ratings and print the pack (docs/cli.md).
int workshopNew(const VerbCall &call);
int workshopList(const VerbCall &call);
int workshopAdd(const VerbCall &call);
int workshopMember(const VerbCall &call);
int workshopPack(const VerbCall &call);
int workshopSpread(const VerbCall &call);
int workshopAgree(const VerbCall &call);
int workshopReport(const VerbCall &call);

} // namespace Waymark::Cli
