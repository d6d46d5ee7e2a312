#include "report/ReportGlossary.h"

#include "bank/GlossaryMatcher.h"

#include <QSet>

#include <algorithm>

namespace Waymark {

QList<const GlossaryEntry *> ReportGlossary::entriesUsedIn(const QuestionBank &bank,
                                                           const QStringList &texts)
{
    const GlossaryMatcher matcher(bank);
    QSet<const GlossaryEntry *> seen;
    QList<const GlossaryEntry *> entries;
    for (const QString &text : texts) {
        for (const GlossaryMatch &match : matcher.find(text)) {
            if (match.entry && !seen.contains(match.entry)) {
                seen.insert(match.entry);
                entries.append(match.entry);
            }
        }
    }
    std::sort(entries.begin(), entries.end(), [](const GlossaryEntry *a, const GlossaryEntry *b) {
        const int order = a->term.compare(b->term, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a->term < b->term;
    });
    return entries;
}

QList<ReportBlock> ReportGlossary::blocks(const QuestionBank &bank, const QStringList &texts,
                                          const QString &introduction)
{
    const QList<const GlossaryEntry *> entries = entriesUsedIn(bank, texts);
    if (entries.isEmpty())
        return {};
    ReportTable table;
    table.header = {tr("Term"), tr("What it means")};
    table.stretch = {1, 3};
    for (const GlossaryEntry *entry : entries)
        table.rows.append({entry->term, entry->definition});
    return {ReportBlock::heading(1, tr("Glossary")), ReportBlock::paragraph(introduction),
            ReportBlock::tableBlock(table)};
}

} // namespace Waymark
