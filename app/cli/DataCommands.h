#pragma once

#include "CliContext.h"

namespace Waymark::Cli {

// The verbs that read and write a Waymark database (docs/cli.md).
int list(const VerbCall &call);
int create(const VerbCall &call); // `new`
int answer(const VerbCall &call);
int scores(const VerbCall &call);
int trend(const VerbCall &call);
int exportAssessment(const VerbCall &call);
int importFiles(const VerbCall &call);
int restore(const VerbCall &call);
int report(const VerbCall &call);
int workbook(const VerbCall &call);

} // namespace Waymark::Cli
