#pragma once
// Reads a PDF back the way a reader's tools do, with poppler-utils (installed by ./test.sh).
#include <QProcess>
#include <QString>
#include <QStringList>

namespace PdfTools {

// The standard output of a poppler tool (pdftotext, pdfinfo, pdffonts) run on a PDF file, in
// UTF-8; what it said on stderr is appended, so a failure shows up in the text a test checks.
inline QString run(const QString &tool, const QString &path, QStringList arguments = {})
{
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path;
    if (tool == QLatin1String("pdftotext"))
        arguments << QStringLiteral("-");
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000))
        return tool + QStringLiteral(" did not finish");
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

// The text of a PDF, pages separated by form feeds.
inline QString text(const QString &path)
{
    return run(QStringLiteral("pdftotext"), path);
}

} // namespace PdfTools
