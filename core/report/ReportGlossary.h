#pragma once

#include "bank/QuestionBank.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Waymark {

// The closing glossary of a printed document: only the bank's terms that the document's own
// texts use (found as the jargon buster finds them), so the reader is not handed all of it.
class ReportGlossary
{
    Q_DECLARE_TR_FUNCTIONS(ReportGlossary)

public:
    // The entries whose term or alias occurs in texts, alphabetical by term.
    static QList<const GlossaryEntry *> entriesUsedIn(const QuestionBank &bank,
                                                      const QStringList &texts);

    // A heading, the introduction and a Term / What it means table; nothing when no term is used.
    static QList<ReportBlock> blocks(const QuestionBank &bank, const QStringList &texts,
                                     const QString &introduction);
};

} // namespace Waymark
