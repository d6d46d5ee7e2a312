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
    QStringList names;
    for (const auto &filter : filters)
        names.append(filter.first);
    QString selected = names.first();
    QString path = QFileDialog::getSaveFileName(parent, title, suggested + QStringLiteral(".pdf"),
                                                names.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return std::nullopt;
    Choice choice;
    if (const std::optional<ReportFormat> named = ReportRenderer::formatOfPath(path)) {
        choice.format = *named;
    } else {
        for (const auto &filter : filters) {
            if (filter.first == selected)
                choice.format = filter.second;
        }
        path += QLatin1Char('.') + ReportRenderer::formatName(choice.format);
    }
    choice.path = path;
    return choice;
}

} // namespace Waymark
