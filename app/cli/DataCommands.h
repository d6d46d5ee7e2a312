#pragma once

#include "CliContext.h"

#include <QStringList>

namespace Waymark::Cli {

// The verbs that read and write a Waymark database (docs/cli.md).
int list(const QStringList &arguments, CliContext &context);
int create(const QStringList &arguments, CliContext &context); // `new`
int answer(const QStringList &arguments, CliContext &context);
int scores(const QStringList &arguments, CliContext &context);
int exportAssessment(const QStringList &arguments, CliContext &context);
int importFiles(const QStringList &arguments, CliContext &context);
int restore(const QStringList &arguments, CliContext &context);
int report(const QStringList &arguments, CliContext &context);
int workbook(const QStringList &arguments, CliContext &context);

} // namespace Waymark::Cli
