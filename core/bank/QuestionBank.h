#pragma once

#include "assessment/Rating.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

// A law an assessment is made under (bank format 2): "england" or "wales" in the built-in bank.
// Where the law differs, so do a question's statutory basis, guidance, the bodies it names and
// whether it is a gate.
struct Jurisdiction
{
    QString id;    // "wales"
    QString title; // "Wales"
    int line = 0;
};

// What one question says differently under one jurisdiction's law ("byJurisdiction"): each field
// given replaces the question's own; a field not given stays as it is.
struct QuestionOverride
{
    std::optional<QString> text;
    std::optional<QString> why;
    std::optional<QString> howToKnow;
    std::optional<QString> statutoryBasis;
    std::optional<LevelDescriptors> levels;
    std::optional<SourceNote> source;
    std::optional<bool> gate;
    int line = 0;
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
    // What the question is about: "council" (the council's own business), "partnership" or
    // "organisation" (a partner body's own arrangements); empty when a bank does not say.
    QString subject;
    // The jurisdictions whose law the question applies under; empty: every one.
    QStringList jurisdictions;
    // What the question says differently under a jurisdiction's law, by jurisdiction id.
    QHash<QString, QuestionOverride> byJurisdiction;
    int line = 0; // line in the bank file the question was read from, for messages
    // Whether text is in the bank's language. False when the bank was translated but this
    // question's text was not, so the screen can say it is shown in English.
    bool textTranslated = true;

    bool appliesTo(const QString &roleId) const { return roles.contains(roleId); }
    bool appliesIn(const QString &jurisdictionId) const
    {
        return jurisdictions.isEmpty() || jurisdictions.contains(jurisdictionId);
    }
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
    // A question's translated overrides, by jurisdiction id: fields named as in fields.
    QHash<QString, QHash<QString, QString>> byJurisdiction;
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
    QHash<QString, TranslatedItem> jurisdictions;
    int line = 0;
};

// How one question of an earlier version of the bank carries into this one ("mapping"), so that
// answers, trends and comparisons can follow a question across versions.
struct QuestionMapping
{
    enum class Change
    {
        Same,     // the same question, the same words
        Reworded, // the same question in new words (or a new law behind it)
        Merged,   // several earlier questions became one
        Split,    // one earlier question became several
        Moved,    // the same question under a new id in another section
        Retired,  // no longer asked
    };

    QString from;   // the earlier version's question id
    QStringList to; // this version's question ids; empty when retired
    Change change = Change::Same;
    QString reason;
    int line = 0;

    static std::optional<Change> changeFromKey(const QString &key);
    static QString keyOf(Change change);
};

struct BankMapping
{
    QString fromVersion; // the earlier version of the same bank ("1.0.0"); empty: no mapping
    QList<QuestionMapping> questions;
    int line = 0;

    // The mapping of an earlier question id; null when the mapping does not list it.
    const QuestionMapping *of(const QString &earlierId) const;
    // The earlier ids that carry into a question of this version.
    QStringList earlierIdsOf(const QString &questionId) const;
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
    // The laws its questions can be answered under (format 2); empty for a bank that does not
    // distinguish them, whose questions apply everywhere.
    QList<Jurisdiction> jurisdictions;
    QList<Section> sections;
    QList<GlossaryEntry> glossary;
    BankMapping mapping;
    // Set by inJurisdiction(): the jurisdiction whose law the questions now say. Empty for a
    // bank as read, whose questions still hold every jurisdiction's overrides.
    QString appliedJurisdiction;
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

    // The bank as it applies under one jurisdiction's law: only the questions that apply there
    // (a section left with none is dropped), each with that jurisdiction's overrides in place of
    // its own fields, translations included, so that translate() afterwards still works. A bank
    // without jurisdictions applies everywhere and comes back unchanged. An id the bank does not
    // have gives an empty bank; check hasJurisdiction() first.
    QuestionBank inJurisdiction(const QString &jurisdictionId) const;
    bool hasJurisdiction(const QString &jurisdictionId) const;
    const Jurisdiction *jurisdiction(const QString &jurisdictionId) const;
    // Its title ("Wales", "Cymru" in a Welsh bank); empty when the bank has no such jurisdiction.
    QString jurisdictionTitle(const QString &jurisdictionId) const;

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
