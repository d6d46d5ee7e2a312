#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <utility>

namespace Waymark {

// Replaces people's names in free text with a label ("Member A"), for an anonymised workshop
// pack: the whole name and every part of it that could name someone, wherever a member or the
// facilitator typed it.
//
// A name is found as a whole word whatever its letter case, accents (Siân, Sian, and "a" with a
// combining circumflex are one spelling), invisible characters inside it (a soft hyphen, a
// zero-width space, a bidi mark), white space, and the apostrophe or hyphen it is written with
// (O'Brien, O’Brien, OBrien, O Brien; Mary-Ann, Mary Ann, MaryAnn). Its parts are found alone
// too: each word of it, and each piece of a hyphenated or apostrophised word (Llŷr and Jones of
// Llŷr-Jones, Brien of O'Brien) that is two or more letters long — a lone initial identifies no
// one, and scrubbing every "O" and "D" would garble the text. Titles (Cllr, Councillor, Dr, …) are
// not names and are left alone, except as part of a whole name.
//
// Being over-thorough costs a member a word of their note; being under-thorough names someone in
// a pack that promised not to, so a shared or common word that is also a name is scrubbed too.
class NameScrubber
{
public:
    // Each name with the label that replaces it. Where two names share a part (two Anns), the
    // part takes the first one's label: it still names nobody, though it cannot say which.
    explicit NameScrubber(const QList<std::pair<QString, QString>> &namesAndLabels);

    bool isEmpty() const { return m_labels.isEmpty(); }

    // The text with every name replaced by its label; the text itself, unchanged, when it names
    // nobody. Changed text comes back in Unicode normalisation form C.
    QString scrub(const QString &text) const;

private:
    QRegularExpression m_pattern; // one capture group per spelling, longest first
    QStringList m_labels;         // the label of each group
};

} // namespace Waymark
