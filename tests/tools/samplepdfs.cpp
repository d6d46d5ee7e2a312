// Writes the sample files kept in docs/samples (scripts/sample-pdfs.sh): the gateway review of
// the sample council's assessment as a tagged PDF, an accessible web page and an editable
// document, in English and in Welsh, and a blank Lead Member workbook, made by the same code as
// `waymark-cli report` and `workbook`, so a reader sees the real output without building.
#include "ReportRenderer.h"
#include "assessment/SampleAssessment.h"
#include "bank/BankLoader.h"
#include "report/ReviewComposer.h"
#include "report/WorkbookComposer.h"
#include "text/Language.h"

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

// The review in each of the three formats, as folder/name.pdf, .html and .odt.
bool writeEveryFormat(const ReportDocument &document, const QDir &folder, const QString &name)
{
    for (const char *extension : {".pdf", ".html", ".odt"}) {
        if (!write(document, folder.filePath(name + QLatin1String(extension))))
            return false;
    }
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
    const Assessment assessment = sampleAssessment(bank);
    bool ok = writeEveryFormat(ReviewComposer::compose(assessment, bank, review), folder,
                               QStringLiteral("sample-gateway-review")) &&
              write(WorkbookComposer::compose(bank, QStringLiteral("lead-member"), workbook),
                    folder.filePath(QStringLiteral("blank-workbook-lead-member.pdf")));
    // The same review for a council in Wales: the report's own words in Welsh, the member's as
    // they wrote them.
    if (ok && !Language::install(QStringLiteral("cy"))) {
        qCritical("the Welsh translation could not be loaded");
        ok = false;
    }
    if (!ok)
        return 1;
    // The bank's own Welsh (section titles, questions), as waymark-cli picks it.
    QuestionBank welshBank = bank;
    welshBank.translate(Language::current());
    ok = writeEveryFormat(ReviewComposer::compose(assessment, welshBank, review), folder,
                          QStringLiteral("sample-gateway-review-cy"));
    return ok ? 0 : 1;
}
