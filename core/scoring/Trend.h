#pragma once

#include "assessment/Assessment.h"
#include "scoring/Scoring.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Waymark {

class BankLibrary;

// One assessment of a trend: scored against its own bank version, under its own jurisdiction.
struct TrendCycle
{
    Assessment assessment;
    QString bankVersion; // the version it was scored against: its own, unless this Waymark lacks it
    QString note;        // why it was scored against another version or law, when it was
    ScoreReport scores;
};

// One section across the cycles, matched by its id: a section new in a version starts there, a
// section a version dropped ends where it was last asked.
struct TrendSection
{
    QString sectionId;
    QString title; // as the newest cycle that has the section calls it
    // One per cycle; none where that cycle's version has no such section for the role.
    QList<std::optional<SectionScore>> cycles;

    // The first score and the last, over the cycles that have one: how the section moved. None
    // when fewer than two cycles have a score, as there is no movement to tell.
    std::optional<std::pair<double, double>> ends() const;
};

// What one cycle said about one question of the newest version: the answers to the questions of
// that cycle's version that carry into it through the mapping.
struct TrendAnswer
{
    struct Earlier
    {
        QString questionId; // the id in the cycle's own version
        Rating rating = Rating::Unanswered;
    };
    QList<Earlier> answers; // several when earlier questions were merged; none when not asked
    // The cycle's question was later split into several, this one among them: its one rating
    // stood for all of them, and is shown for each.
    bool beforeSplit = false;

    bool asked() const { return !answers.isEmpty(); }
    // The rated answers' mean, 0..3; none when nothing is rated.
    std::optional<double> level() const;

    // The answers in words, for a question whose id in the newest version is questionId:
    // "Mostly met", "Partially met (as LEAD-03), before the question was split",
    // "Mostly met (as LEAD-04); Not met (as S11-02)" or "not asked". Translated.
    QString text(const QString &questionId) const;
};

// One question of the newest version, followed back through every cycle.
struct TrendQuestion
{
    enum class Movement
    {
        Unknown, // rated in fewer than two cycles
        Same,
        Up,
        Down,
    };

    QString questionId;
    QString sectionId;
    QString text;
    QList<TrendAnswer> cycles; // one per cycle

    // The last rated level against the first: how the question moved over the whole trend.
    Movement movement() const;
};

// A question an earlier cycle was asked that no later version asks.
struct TrendRetired
{
    QString questionId; // its id in the version it was asked in
    QString bankVersion;
    QString text;
    QString reason;                      // the mapping's
    QList<std::optional<Rating>> cycles; // its rating in each cycle; none where not asked
};

// One line of the trend chart: a score for each cycle.
struct TrendSeries
{
    QString title;                       // "Overall", or the section's title
    QList<std::optional<double>> scores; // one per cycle; none where nothing was rated or asked
    QList<Rag> rags;                     // the RAG shown for each cycle (Red when a gate failed)
    QList<bool> gateFailed;              // one per cycle: the gateway not passed, or the section's
                                         // gate failed
};

// What the trend chart draws, as plain data: the report carries it from core to the painter.
struct TrendChartData
{
    QList<QDate> dates;        // one per cycle, oldest first
    QStringList versions;      // the bank version each cycle was scored against
    QList<TrendSeries> series; // the overall score first, then any sections

    int cycleCount() const { return int(dates.size()); }
};

// Every assessment of one authority and role, in date order, each scored against its own bank
// version under its own jurisdiction (BankLibrary), overall and by section, with each question
// of the newest version followed back through the mapping (BankLineage). Pure: the caller loads
// the assessments.
//
// "The newest version" is the highest version, of the newest cycle's bank, that any cycle was
// answered against, under the newest cycle's jurisdiction; its questions for the role are the
// ones followed.
class Trend
{
public:
    QString authority; // as the newest cycle spells it
    QString roleId;
    QString bankId;      // the newest version's
    QString bankVersion; // the newest version's
    QString jurisdiction;
    QList<TrendCycle> cycles; // by date, then by when they were started, then by id
    QList<TrendSection> sections;
    QList<TrendQuestion> questions;
    QList<TrendRetired> retired;

    // Whether an assessment belongs to the trend of an authority and role: the same role id,
    // and the same authority ignoring case, spacing and how accents were typed (NameMatching).
    static bool includes(const AssessmentInfo &info, const QString &authority,
                         const QString &roleId);

    // The trend of the assessments that includes() takes; the others are left out.
    static Trend build(const QList<Assessment> &assessments, BankLibrary &banks,
                       const QString &authority, const QString &roleId);

    // The trend that ends with one assessment, as its printed review shows it: the assessment
    // and those of the others that includes() takes and that are dated before it. An assessment
    // with no date has no place in time, so it has no earlier cycles and is no earlier cycle.
    static Trend endingWith(const Assessment &current, const QList<Assessment> &others,
                            BankLibrary &banks);

    // Whether there is anything to compare: more than one cycle.
    bool hasEarlierCycles() const { return cycles.size() > 1; }

    QList<const TrendQuestion *> moved() const;

    // The overall score per cycle, and with sections, a line for each section too.
    TrendChartData chartData(bool withSections) const;
};

QString movementKey(TrendQuestion::Movement movement); // "unknown", "same", "up", "down"

} // namespace Waymark
