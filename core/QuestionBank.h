#pragma once

#include "Rating.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Waymark {

// The role a member answers as. The question bank names which roles each question applies to.
struct Role
{
    QString id;          // "lead-member"
    QString title;       // "Lead Member for Children's Services"
    QString description; // one sentence a member reads when choosing
    int line = 0;
};

// What each level of the rating scale looks like for one question.
struct LevelDescriptors
{
    QString fullyMet;
    QString mostlyMet;
    QString partiallyMet;
    QString notMet;

    // The descriptor for a rated level; empty for any other rating.
    QString forRating(Rating rating) const;
};

// Where a question comes from: the seed document and what changed since it was written.
struct SourceNote
{
    QString seed;
    QString note;
};

struct Question
{
    QString id;
    QString sectionId;
    QString text;
    QString why;       // "why this matters"
    QString howToKnow; // "how would you know?"
    LevelDescriptors levels;
    QString statutoryBasis;
    SourceNote source;
    QStringList roles;
    int weight = 1; // 1..3
    bool gate = false;
    int line = 0; // line in the bank file the question was read from, for messages

    bool appliesTo(const QString &roleId) const { return roles.contains(roleId); }
};

struct Section
{
    QString id;
    QString title;
    QString summary;
    QList<Question> questions;
    int line = 0;
};

struct GlossaryEntry
{
    QString term;        // "LADO"
    QStringList aliases; // "Local authority designated officer"
    QString definition;
    int line = 0;
};

// A question bank: sections of questions, the roles they apply to and the glossary. It is plain
// data; BankLoader builds and validates it. Bank order (section by section, question by question)
// is the order every list in the product follows.
class QuestionBank
{
public:
    QString id;
    QString version;
    QString title;
    QString description;
    QList<Role> roles;
    QList<Section> sections;
    QList<GlossaryEntry> glossary;

    // Call once after filling sections so that lookups by id work.
    void buildIndex();

    const Question *question(const QString &questionId) const;
    const Section *section(const QString &sectionId) const;
    const Role *role(const QString &roleId) const;
    bool hasRole(const QString &roleId) const { return role(roleId) != nullptr; }

    // All questions in bank order.
    QList<const Question *> questions() const;
    // The questions that apply to a role, in bank order.
    QList<const Question *> questionsFor(const QString &roleId) const;
    int questionCount() const;

    // The glossary entry whose term or alias matches, ignoring case; null when none does.
    const GlossaryEntry *glossaryEntry(const QString &termOrAlias) const;

private:
    struct Position
    {
        int section = -1;
        int question = -1;
    };
    QHash<QString, Position> m_questionIndex;
};

} // namespace Waymark
