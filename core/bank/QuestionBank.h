#pragma once

#include "assessment/Rating.h"

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
    // Whether text is in the bank's language. False when the bank was translated but this
    // question's text was not, so the screen can say it is shown in English.
    bool textTranslated = true;

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

// One role, section, question or glossary entry of a "translations" block: the fields given,
// by their names in the bank ("title", "summary", "levels.fullyMet"; "term" and "definition"
// for a glossary entry, whose "aliases" are kept apart). A field that is absent keeps English.
struct TranslatedItem
{
    QHash<QString, QString> fields;
    QStringList aliases;
    int line = 0;
};

// One language's block of a bank's "translations": items keyed by role, section and question id,
// and glossary entries by their English term.
struct BankTranslation
{
    QString language;               // "cy"
    QHash<QString, QString> fields; // the bank's "title" and "description"
    QHash<QString, TranslatedItem> roles;
    QHash<QString, TranslatedItem> sections;
    QHash<QString, TranslatedItem> questions;
    QHash<QString, TranslatedItem> glossary;
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
    // The translations the bank file carries, by language code; applied by translate().
    QHash<QString, BankTranslation> translations;
    // The language the texts above are in: "en" as read, another after translate().
    QString language = QStringLiteral("en");

    // Call once after filling sections so that lookups by id work.
    void buildIndex();

    // Puts the bank's texts into a language, field by field: where the translation gives a
    // field it replaces the English, where it does not the English stays (never a blank), and a
    // question whose text stays English has textTranslated false. Glossary entries keep their
    // English term and aliases as further aliases, so that English text still finds them.
    // Returns false, changing nothing, when the bank has no translation into that language
    // (English texts are the bank's own: translating to "en" succeeds only while untranslated).
    bool translate(const QString &languageCode);

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
