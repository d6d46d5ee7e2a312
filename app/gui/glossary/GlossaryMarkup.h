#pragma once

#include "bank/GlossaryMatcher.h"

#include <QString>

namespace Waymark {

// The link a marked term carries: "glossary:" and the entry's term, percent-encoded.
QString glossaryLink(const GlossaryEntry &entry);

// The text as HTML: escaped (bank and member text are data, never markup), line breaks kept, and
// each glossary term or alias wrapped in <a href="glossary:TERM">...</a>.
QString markGlossaryTerms(const QString &plainText, const QuestionBank &bank);
QString markGlossaryTerms(const QString &plainText, const GlossaryMatcher &matcher);

// The entry a glossary link points at; null for any other link or an unknown term.
const GlossaryEntry *glossaryEntryForLink(const QString &href, const QuestionBank &bank);

} // namespace Waymark
