#pragma once

#include "bank/QuestionBank.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>

namespace Waymark {

struct WorkbookOptions
{
    // The date printed in the footer; today when null.
    QDate producedOn;
};

// Composes the blank paper workbook for a role: every question that applies to it with its
// guidance and what each rating level looks like, a tick box for each answer, ruled space for
// evidence and notes, and the glossary — for members who prefer pen and paper.
class WorkbookComposer
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookComposer)

public:
    // roleId must be one of the bank's roles (callers check; an unknown role gives a workbook
    // with no questions).
    static ReportDocument compose(const QuestionBank &bank, const QString &roleId,
                                  const WorkbookOptions &options = {});
};

} // namespace Waymark
