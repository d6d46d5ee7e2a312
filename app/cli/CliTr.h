#pragma once

#include <QCoreApplication>

namespace Waymark::Cli {

// The command line's one tr(): every text waymark-cli shows is in the "Waymark::Cli" context
// of translations/waymark_*.ts, which lupdate gives the calls in this namespace.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::Cli", text);
}

} // namespace Waymark::Cli
