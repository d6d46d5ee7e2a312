#include "QuestionBank.h"

namespace Waymark {

QString LevelDescriptors::forRating(Rating rating) const
{
    switch (rating) {
    case Rating::FullyMet:
        return fullyMet;
    case Rating::MostlyMet:
        return mostlyMet;
    case Rating::PartiallyMet:
        return partiallyMet;
    case Rating::NotMet:
        return notMet;
    default:
        return QString();
    }
}

void QuestionBank::buildIndex()
{
    m_questionIndex.clear();
    for (int s = 0; s < sections.size(); ++s) {
        for (int q = 0; q < sections[s].questions.size(); ++q)
            m_questionIndex.insert(sections[s].questions[q].id, Position{s, q});
    }
}

const Question *QuestionBank::question(const QString &questionId) const
{
    const auto it = m_questionIndex.constFind(questionId);
    if (it == m_questionIndex.constEnd())
        return nullptr;
    return &sections.at(it->section).questions.at(it->question);
}

const Section *QuestionBank::section(const QString &sectionId) const
{
    for (const Section &candidate : sections) {
        if (candidate.id == sectionId)
            return &candidate;
    }
    return nullptr;
}

const Role *QuestionBank::role(const QString &roleId) const
{
    for (const Role &candidate : roles) {
        if (candidate.id == roleId)
            return &candidate;
    }
    return nullptr;
}

QList<const Question *> QuestionBank::questions() const
{
    QList<const Question *> all;
    all.reserve(questionCount());
    for (const Section &s : sections) {
        for (const Question &q : s.questions)
            all.append(&q);
    }
    return all;
}

QList<const Question *> QuestionBank::questionsFor(const QString &roleId) const
{
    QList<const Question *> applicable;
    for (const Section &s : sections) {
        for (const Question &q : s.questions) {
            if (q.appliesTo(roleId))
                applicable.append(&q);
        }
    }
    return applicable;
}

int QuestionBank::questionCount() const
{
    int count = 0;
    for (const Section &s : sections)
        count += s.questions.size();
    return count;
}

const GlossaryEntry *QuestionBank::glossaryEntry(const QString &termOrAlias) const
{
    for (const GlossaryEntry &entry : glossary) {
        if (entry.term.compare(termOrAlias, Qt::CaseInsensitive) == 0)
            return &entry;
        for (const QString &alias : entry.aliases) {
            if (alias.compare(termOrAlias, Qt::CaseInsensitive) == 0)
                return &entry;
        }
    }
    return nullptr;
}

} // namespace Waymark
