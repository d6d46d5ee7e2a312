#pragma once

#include "ReportRenderer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace Waymark {

// Asks where to save a report and in which of its three formats: a tagged PDF for print and
// screen readers, an accessible web page for the council's website, or an editable document
// for the committee template. The format follows the name's extension (.pdf, .html, .odt); a
// name typed without one gets the chosen file type's, before the dialog asks about replacing
// a file; a name with an extension of the member's own is written in the chosen type.
class ReportFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(ReportFileDialog)

public:
    struct Choice
    {
        QString path;
        ReportFormat format = ReportFormat::Pdf;
    };

    // suggested: a path without an extension. Nothing when the member cancels.
    static std::optional<Choice> ask(QWidget *parent, const QString &title,
                                     const QString &suggested);
};

} // namespace Waymark
