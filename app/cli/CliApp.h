#pragma once

#include "CliContext.h"

#include <QStringList>

namespace Waymark::Cli {

// Dispatches `waymark-cli VERB ...` to the verb's handler and returns the process exit code.
// arguments excludes the program name.
int run(const QStringList &arguments, CliContext &context);

// Whether the verb arguments name draws with Qt Gui (fonts, painting: the PDF verbs), so needs a
// QGuiApplication; the others start faster without one. arguments excludes the program name.
bool drawsWithQtGui(const QStringList &arguments);

// The usage text printed by --help and after a usage error.
QString usage();

} // namespace Waymark::Cli
