#pragma once

#include "CliContext.h"

namespace Waymark::Cli {

// `waymark-cli server VERB …`: Waymark on a council's PostgreSQL server (docs/server.md), and
// `history`, an answer's changes as the server keeps them.
int serverInit(const VerbCall &call);
int serverGrant(const VerbCall &call);
int serverUpgrade(const VerbCall &call);
int serverStatus(const VerbCall &call);
int serverCopy(const VerbCall &call);
int answerHistory(const VerbCall &call);

} // namespace Waymark::Cli
