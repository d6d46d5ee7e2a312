#pragma once

#include "bank/QuestionBank.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Waymark {

class BankLibrary;

// How the questions of one version of a bank carry into a later version of the same bank,
// following each version's mapping in turn (1.0.0 to 2.0.0, then 2.0.0 to 3.0.0), so that a
// trend, a next cycle or a comparison can follow a question across versions.
//
// Where no chain of mappings joins the two versions (a local bank that carries none, a version
// the library does not have, two different banks), questions are matched by their id. An id a
// mapping does not list is taken to be unchanged when the next version has it.
class BankLineage
{
public:
    // What one question became, or came from.
    struct Link
    {
        QStringList ids;      // the questions of the other version, in mapping order
        bool split = false;   // one earlier question became several on the way
        bool merged = false;  // several earlier questions became one on the way
        bool retired = false; // the earlier question is asked no more (ids is empty)
        QString reason;       // the last mapping's reason, for a reader
    };

    // earlier and later: two versions of a bank (later the newer; the same one is allowed).
    // banks gives the versions between them; the references are not kept.
    BankLineage(BankLibrary &banks, const QuestionBank &earlier, const QuestionBank &later);

    // Whether mappings join the versions (or they are one version), rather than ids alone.
    bool mapped() const { return m_mapped; }

    // The later version's questions an earlier question carries into.
    Link forward(const QString &earlierId) const;
    // The earlier version's questions that carry into a later question; empty ids when the
    // question is new since the earlier version.
    Link backward(const QString &laterId) const;

private:
    // One mapping between two consecutive versions, with the ids each version has, so that an
    // id the mapping does not list can be told apart from a new or a dropped question.
    struct Step
    {
        BankMapping mapping;
        QSet<QString> earlierIds;
        QSet<QString> laterIds;
    };

    QList<Step> m_steps; // from the earlier version to the later one
    bool m_mapped = false;
};

} // namespace Waymark
