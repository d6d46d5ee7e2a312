#pragma once

#include "bank/QuestionBank.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Waymark {

// One glossary term found in a piece of text: where it is (in the plain text) and which entry
// explains it.
struct GlossaryMatch
{
    qsizetype start = 0;
    qsizetype length = 0;
    const GlossaryEntry *entry = nullptr;
};

// Finds a bank's glossary terms and aliases in plain text: ignoring case, whole words only (and
// not after a hyphen, so "executive" is not found in "non-executive", but "Cabinet" is found in
// "Cabinet-approved"), any run
// of white space where a term has a space, either apostrophe, and an acronym's plural ("ICBs" for
// "ICB"). Where candidates overlap the longest wins, wherever it starts, so "the partnership
// chair" finds "partnership chair" rather than "the partnership". Holds pointers into the bank,
// which must outlive it.
//
// It compares words, not a regular expression: one alternation of every term and alias took
// PCRE some 35 ms to compile and 0.3 ms a sentence to run, against microseconds for this.
class GlossaryMatcher
{
public:
    explicit GlossaryMatcher(const QuestionBank &bank);

    // The terms in text, in text order, not overlapping.
    QList<GlossaryMatch> find(const QString &text) const;

    // Text cut into words: the spans of the words, their case-folded text and what lies
    // between each word and the next (white space as one space, apostrophes as ', hyphens kept).
    struct Words
    {
        QList<qsizetype> starts;
        QList<qsizetype> ends;
        QStringList folded;
        QStringList gaps;
    };
    static Words split(const QString &text);

private:
    struct Name
    {
        QStringList words; // case-folded
        QStringList gaps;
        bool acronym = false;
        const GlossaryEntry *entry = nullptr;
    };

    // How many words of the text from word `at` on the name covers; 0 when it does not match.
    static int matchAt(const Name &name, const Words &text, int at);

    QList<Name> m_names;
    QHash<QString, QList<int>> m_byFirstWord; // folded first word -> indexes into m_names
};

} // namespace Waymark
