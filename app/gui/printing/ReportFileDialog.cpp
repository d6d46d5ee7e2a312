#include "printing/ReportFileDialog.h"

#include <QFileDialog>
#include <QFileInfo>

namespace Waymark {

std::optional<ReportFileDialog::Choice> ReportFileDialog::ask(QWidget *parent, const QString &title,
                                                              const QString &suggested)
{
    const QList<std::pair<QString, ReportFormat>> filters = {
        {tr("PDF, tagged for screen readers (*.pdf)"), ReportFormat::Pdf},
        {tr("Web page, accessible (*.html *.htm)"), ReportFormat::Html},
        {tr("OpenDocument text, to edit in Word or LibreOffice (*.odt)"), ReportFormat::Odt},
    };
    const auto formatOfFilter = [&filters](const QString &filter) {
        for (const auto &each : filters) {
            if (each.first == filter)
                return each.second;
        }
        return ReportFormat::Pdf;
    };
    QStringList names;
    for (const auto &filter : filters)
        names.append(filter.first);

    QFileDialog dialog(parent, title, QFileInfo(suggested).absolutePath());
    dialog.setObjectName(QStringLiteral("reportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(names);
    // A name typed without an extension gets the chosen type's, from the dialog itself: so the
    // "replace it?" question is asked of the file that will really be written.
    dialog.setDefaultSuffix(ReportRenderer::formatName(ReportFormat::Pdf));
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog,
                     [&dialog, &formatOfFilter](const QString &filter) {
                         dialog.setDefaultSuffix(
                             ReportRenderer::formatName(formatOfFilter(filter)));
                     });
    dialog.selectFile(QFileInfo(suggested).fileName() + QStringLiteral(".pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return std::nullopt;
    Choice choice;
    choice.path = dialog.selectedFiles().constFirst();
    // The extension decides; a name whose extension says no format (the member typed one of
    // their own) is written in the type chosen in the dialog.
    const std::optional<ReportFormat> named = ReportRenderer::formatOfPath(choice.path);
    choice.format = named ? *named : formatOfFilter(dialog.selectedNameFilter());
    return choice;
}

} // namespace Waymark
