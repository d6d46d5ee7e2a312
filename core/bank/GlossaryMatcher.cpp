#include "bank/GlossaryMatcher.h"

#include <QSet>

#include <algorithm>

namespace Waymark {

namespace {

// Letters, digits and underscore make up a word; hyphens, apostrophes and all else divide words.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_');
}

// "ICB", "LADO", "YOT": one word, all capitals. Their plurals are written with a small s.
bool isAcronym(const QString &name)
{
    if (name.size() < 2)
        return false;
    bool hasLetter = false;
    for (const QChar c : name) {
        if (c.isLower() || !isWordChar(c))
            return false;
        hasLetter = hasLetter || c.isLetter();
    }
    return hasLetter;
}

QString normalisedGap(QStringView gap)
{
    QString result;
    bool inSpace = false;
    for (const QChar c : gap) {
        if (c.isSpace()) {
            if (!inSpace)
                result += QLatin1Char(' ');
            inSpace = true;
            continue;
        }
        inSpace = false;
        result += c == QChar(0x2019) ? QLatin1Char('\'') : c;
    }
    return result;
}

} // namespace

GlossaryMatcher::Words GlossaryMatcher::split(const QString &text)
{
    Words words;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size && isWordChar(text.at(i)))
            ++i;
        if (!words.ends.isEmpty()) {
            const qsizetype previousEnd = words.ends.constLast();
            words.gaps.append(
                normalisedGap(QStringView(text).mid(previousEnd, start - previousEnd)));
        }
        words.starts.append(start);
        words.ends.append(i);
        words.folded.append(text.mid(start, i - start).toCaseFolded());
    }
    return words;
}

GlossaryMatcher::GlossaryMatcher(const QuestionBank &bank)
{
    QSet<QString> claimed;
    for (const GlossaryEntry &entry : bank.glossary) {
        QStringList entryNames = entry.aliases;
        entryNames.prepend(entry.term);
        for (const QString &text : std::as_const(entryNames)) {
            Words words = split(text);
            if (words.folded.isEmpty())
                continue;
            // The first entry to claim a name keeps it, as in the bank's own lookup.
            const QString key =
                QStringList{words.folded.join(QLatin1Char('|')), words.gaps.join(QLatin1Char('|'))}
                    .join(QLatin1Char('#'));
            if (claimed.contains(key))
                continue;
            claimed.insert(key);
            Name name;
            name.words = words.folded;
            name.gaps = words.gaps;
            name.acronym = isAcronym(text.trimmed());
            name.entry = &entry;
            const int index = int(m_names.size());
            m_names.append(name);
            m_byFirstWord[name.words.constFirst()].append(index);
            if (name.acronym)
                m_byFirstWord[name.words.constFirst() + QLatin1Char('s')].append(index);
        }
    }
}

int GlossaryMatcher::matchAt(const Name &name, const Words &text, int at)
{
    const int count = int(name.words.size());
    if (at + count > text.folded.size())
        return 0;
    for (int k = 0; k < count; ++k) {
        const QString &word = text.folded.at(at + k);
        const bool plural = name.acronym && k == count - 1 &&
                            word.size() == name.words.at(k).size() + 1 &&
                            word.startsWith(name.words.at(k)) && word.endsWith(QLatin1Char('s'));
        if (word != name.words.at(k) && !plural)
            return 0;
        if (k > 0 && text.gaps.at(at + k - 1) != name.gaps.at(k - 1))
            return 0;
    }
    return count;
}

QList<GlossaryMatch> GlossaryMatcher::find(const QString &text) const
{
    // The longest name starting at each word, then the longest of those win where they overlap.
    const Words words = split(text);
    QList<GlossaryMatch> candidates;
    for (int at = 0; at < words.folded.size(); ++at) {
        // "executive" in "non-executive" is part of another word; "Cabinet-approved" is not.
        if (at > 0 && words.gaps.at(at - 1) == QLatin1String("-"))
            continue;
        const auto found = m_byFirstWord.constFind(words.folded.at(at));
        if (found == m_byFirstWord.cend())
            continue;
        GlossaryMatch best;
        for (int index : *found) {
            const int count = matchAt(m_names.at(index), words, at);
            if (count == 0)
                continue;
            const qsizetype length = words.ends.at(at + count - 1) - words.starts.at(at);
            if (length > best.length)
                best = {words.starts.at(at), length, m_names.at(index).entry};
        }
        if (best.entry)
            candidates.append(best);
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const GlossaryMatch &a, const GlossaryMatch &b) { return a.length > b.length; });
    QList<GlossaryMatch> chosen;
    for (const GlossaryMatch &candidate : std::as_const(candidates)) {
        const bool overlaps =
            std::any_of(chosen.cbegin(), chosen.cend(), [&candidate](const GlossaryMatch &taken) {
                return candidate.start < taken.start + taken.length &&
                       taken.start < candidate.start + candidate.length;
            });
        if (!overlaps)
            chosen.append(candidate);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const GlossaryMatch &a, const GlossaryMatch &b) { return a.start < b.start; });
    return chosen;
}

} // namespace Waymark
