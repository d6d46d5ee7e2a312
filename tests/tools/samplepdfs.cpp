// Writes the sample files kept in docs/samples (scripts/sample-pdfs.sh): the gateway review of the
// sample council's assessment as tagged PDF, accessible HTML and editable ODT, and a blank Lead
// Member workbook, made by the same code as `waymark-cli report` and `workbook`, so a reader sees
// the real output without building.
#include "ReportRenderer.h"
#include "assessment/SampleAssessment.h"
#include "bank/BankLoader.h"
#include "report/ReviewComposer.h"
#include "report/WorkbookComposer.h"

#include <QDir>
#include <QGuiApplication>

using namespace Waymark;

namespace {

bool write(const ReportDocument &document, const QString &path)
{
    const SaveResult saved =
        ReportRenderer::save(document, path, *ReportRenderer::formatOfPath(path));
    if (!saved.ok()) {
        qCritical("%s", qPrintable(saved.message));
        return false;
    }
    qInfo("wrote %s", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QDir folder(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/samples"));
    QDir().mkpath(folder.path());
    const QuestionBank bank = *BankLoader::loadBuiltIn().bank;
    // Dated, so that the files change only when the output does.
    const QDate produced(2026, 11, 23);
    ReviewOptions review;
    review.producedOn = produced;
    WorkbookOptions workbook;
    workbook.producedOn = produced;
    const ReportDocument sample = ReviewComposer::compose(sampleAssessment(bank), bank, review);
    const bool ok = write(sample, folder.filePath(QStringLiteral("sample-gateway-review.pdf"))) &&
                    write(sample, folder.filePath(QStringLiteral("sample-gateway-review.html"))) &&
                    write(sample, folder.filePath(QStringLiteral("sample-gateway-review.odt"))) &&
                    write(WorkbookComposer::compose(bank, QStringLiteral("lead-member"), workbook),
                          folder.filePath(QStringLiteral("blank-workbook-lead-member.pdf")));
    return ok ? 0 : 1;
}
