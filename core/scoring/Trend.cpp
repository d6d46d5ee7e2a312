#include "scoring/Trend.h"

#include "bank/BankLibrary.h"
#include "bank/BankLineage.h"
#include "text/NameMatching.h"

#include <QCoreApplication>
#include <QVersionNumber>

#include <algorithm>

namespace Waymark {

std::optional<double> TrendAnswer::level() const
{
    int total = 0;
    int rated = 0;
    for (const Earlier &earlier : answers) {
        if (isRated(earlier.rating)) {
            total += ratingValue(earlier.rating);
            ++rated;
        }
    }
    if (rated == 0)
        return std::nullopt;
    return double(total) / rated;
}

QString TrendAnswer::text(const QString &questionId) const
{
    if (!asked())
        return QCoreApplication::translate("Waymark::Trend", "not asked");
    QStringList parts;
    for (const Earlier &earlier : answers) {
        const QString label = ratingLabel(earlier.rating);
        parts.append(earlier.questionId == questionId
                         ? label
                         : QCoreApplication::translate("Waymark::Trend", "%1 (as %2)")
                               .arg(label, earlier.questionId));
    }
    QString joined = parts.join(QStringLiteral("; "));
    if (beforeSplit)
        joined = QCoreApplication::translate("Waymark::Trend", "%1, before the question was split")
                     .arg(joined);
    return joined;
}

std::optional<std::pair<double, double>> TrendSection::ends() const
{
    QList<double> scores;
    for (const std::optional<SectionScore> &score : cycles) {
        if (const std::optional<double> value = score ? score->tally.score() : std::nullopt)
            scores.append(*value);
    }
    if (scores.size() < 2)
        return std::nullopt;
    return std::make_pair(scores.constFirst(), scores.constLast());
}

TrendQuestion::Movement TrendQuestion::movement() const
{
    std::optional<double> first;
    std::optional<double> last;
    int ratedCycles = 0;
    for (const TrendAnswer &answer : cycles) {
        const std::optional<double> level = answer.level();
        if (!level)
            continue;
        if (!first)
            first = level;
        last = level;
        ++ratedCycles;
    }
    if (ratedCycles < 2)
        return Movement::Unknown;
    if (*last > *first)
        return Movement::Up;
    if (*last < *first)
        return Movement::Down;
    return Movement::Same;
}

QString movementKey(TrendQuestion::Movement movement)
{
    switch (movement) {
    case TrendQuestion::Movement::Unknown:
        break;
    case TrendQuestion::Movement::Same:
        return QStringLiteral("same");
    case TrendQuestion::Movement::Up:
        return QStringLiteral("up");
    case TrendQuestion::Movement::Down:
        return QStringLiteral("down");
    }
    return QStringLiteral("unknown");
}

bool Trend::includes(const AssessmentInfo &info, const QString &authority, const QString &roleId)
{
    return info.roleId == roleId && NameMatching::same(info.authority, authority);
}

QList<const TrendQuestion *> Trend::moved() const
{
    QList<const TrendQuestion *> list;
    for (const TrendQuestion &question : questions) {
        const TrendQuestion::Movement movement = question.movement();
        if (movement == TrendQuestion::Movement::Up || movement == TrendQuestion::Movement::Down)
            list.append(&question);
    }
    return list;
}

Trend Trend::endingWith(const Assessment &current, const QList<Assessment> &others,
                        BankLibrary &banks)
{
    const AssessmentInfo &self = current.info;
    QList<Assessment> chosen;
    if (self.date.isValid()) {
        for (const Assessment &other : others) {
            // The current assessment may be among the others as the store last saved it.
            if (other.info.id != self.id && other.info.date.isValid() &&
                other.info.date < self.date && includes(other.info, self.authority, self.roleId))
                chosen.append(other);
        }
    }
    chosen.append(current);
    return build(chosen, banks, self.authority, self.roleId);
}

TrendChartData Trend::chartData(bool withSections) const
{
    TrendChartData data;
    TrendSeries overall;
    overall.title = QCoreApplication::translate("Waymark::Trend", "Overall");
    for (const TrendCycle &cycle : cycles) {
        data.dates.append(cycle.assessment.info.date);
        data.versions.append(cycle.bankVersion);
        overall.scores.append(cycle.scores.overall.score());
        overall.rags.append(cycle.scores.overall.score() ? cycle.scores.overallRag() : Rag::None);
        overall.gateFailed.append(cycle.scores.gateway == Gateway::NotPassed);
    }
    data.series.append(overall);
    if (!withSections)
        return data;
    for (const TrendSection &section : sections) {
        TrendSeries line;
        line.title = section.title;
        for (const std::optional<SectionScore> &score : section.cycles) {
            line.scores.append(score ? score->tally.score() : std::nullopt);
            line.rags.append(score ? score->rag() : Rag::None);
            line.gateFailed.append(score && score->gateFailed);
        }
        data.series.append(line);
    }
    return data;
}

namespace {

bool earlierCycle(const Assessment &a, const Assessment &b)
{
    if (a.info.date != b.info.date)
        return a.info.date < b.info.date;
    if (a.info.created != b.info.created)
        return a.info.created < b.info.created;
    return a.info.id < b.info.id;
}

// The newest version: of the newest cycle's bank, the highest version any cycle was answered
// against, so that a late-dated assessment of an older version does not hide a newer one.
QString newestVersion(const QList<TrendCycle> &cycles, const QString &bankId)
{
    QString newest;
    for (const TrendCycle &cycle : cycles) {
        if (cycle.assessment.info.bankId != bankId)
            continue;
        if (newest.isEmpty() ||
            QVersionNumber::fromString(cycle.bankVersion) > QVersionNumber::fromString(newest))
            newest = cycle.bankVersion;
    }
    return newest;
}

// The questions of one cycle's version that the cycle's role was asked, by id.
QSet<QString> askedIn(const QuestionBank &applied, const QString &roleId)
{
    QSet<QString> ids;
    for (const Question *question : applied.questionsFor(roleId))
        ids.insert(question->id);
    return ids;
}

} // namespace

Trend Trend::build(const QList<Assessment> &assessments, BankLibrary &banks,
                   const QString &authority, const QString &roleId)
{
    Trend trend;
    trend.roleId = roleId;
    trend.authority = authority;
    QList<Assessment> chosen;
    for (const Assessment &assessment : assessments) {
        if (includes(assessment.info, authority, roleId))
            chosen.append(assessment);
    }
    std::sort(chosen.begin(), chosen.end(), earlierCycle);
    if (chosen.isEmpty())
        return trend;

    // Each cycle under its own bank version and law.
    QList<const QuestionBank *> cycleBanks;
    for (const Assessment &assessment : std::as_const(chosen)) {
        TrendCycle cycle;
        cycle.assessment = assessment;
        const QuestionBank &bank = banks.forAssessment(assessment.info, &cycle.note);
        cycle.bankVersion = bank.version;
        cycle.scores = Scorer::score(bank, assessment);
        cycleBanks.append(&bank);
        trend.cycles.append(cycle);
    }
    const AssessmentInfo &newestInfo = chosen.constLast().info;
    trend.authority = newestInfo.authority;
    trend.jurisdiction = newestInfo.jurisdiction;
    const QuestionBank &newest = banks.applied(
        cycleBanks.constLast()->id, newestVersion(trend.cycles, cycleBanks.constLast()->id),
        newestInfo.jurisdiction);
    trend.bankId = newest.id;
    trend.bankVersion = newest.version;

    // Sections: the newest version's first, in its order, then any that only earlier versions
    // had, in the order they were first met.
    QStringList sectionIds;
    for (const Section &section : newest.sections)
        sectionIds.append(section.id);
    for (const TrendCycle &cycle : std::as_const(trend.cycles)) {
        for (const SectionScore &score : cycle.scores.sections) {
            if (!sectionIds.contains(score.sectionId))
                sectionIds.append(score.sectionId);
        }
    }
    for (const QString &sectionId : std::as_const(sectionIds)) {
        TrendSection row;
        row.sectionId = sectionId;
        for (const TrendCycle &cycle : std::as_const(trend.cycles)) {
            std::optional<SectionScore> found;
            for (const SectionScore &score : cycle.scores.sections) {
                if (score.sectionId == sectionId) {
                    found = score;
                    row.title = score.title;
                }
            }
            row.cycles.append(found);
        }
        if (std::any_of(row.cycles.cbegin(), row.cycles.cend(),
                        [](const std::optional<SectionScore> &score) { return score.has_value(); }))
            trend.sections.append(row);
    }

    // Every question of the newest version, followed back into each cycle's version.
    QList<BankLineage> lineages;
    QList<QSet<QString>> asked;
    for (const QuestionBank *bank : std::as_const(cycleBanks)) {
        lineages.append(BankLineage(banks, *bank, newest));
        asked.append(askedIn(*bank, roleId));
    }
    for (const Question *question : newest.questionsFor(roleId)) {
        TrendQuestion row;
        row.questionId = question->id;
        row.sectionId = question->sectionId;
        row.text = question->text;
        for (int i = 0; i < trend.cycles.size(); ++i) {
            const BankLineage::Link link = lineages.at(i).backward(question->id);
            TrendAnswer answer;
            for (const QString &earlierId : link.ids) {
                if (asked.at(i).contains(earlierId))
                    answer.answers.append(
                        {earlierId, trend.cycles.at(i).assessment.rating(earlierId)});
            }
            answer.beforeSplit = answer.asked() && link.split;
            row.cycles.append(answer);
        }
        trend.questions.append(row);
    }

    // The questions earlier cycles were asked that the newest version no longer asks.
    for (int i = 0; i < trend.cycles.size(); ++i) {
        for (const Question *question : cycleBanks.at(i)->questionsFor(roleId)) {
            const BankLineage::Link link = lineages.at(i).forward(question->id);
            if (!link.retired)
                continue;
            auto found = std::find_if(trend.retired.begin(), trend.retired.end(),
                                      [&](const TrendRetired &retired) {
                                          return retired.questionId == question->id &&
                                                 retired.bankVersion == cycleBanks.at(i)->version;
                                      });
            if (found == trend.retired.end()) {
                TrendRetired retired;
                retired.questionId = question->id;
                retired.bankVersion = cycleBanks.at(i)->version;
                retired.text = question->text;
                retired.reason = link.reason;
                retired.cycles.resize(trend.cycles.size());
                trend.retired.append(retired);
                found = trend.retired.end() - 1;
            }
            found->cycles[i] = trend.cycles.at(i).assessment.rating(question->id);
        }
    }
    return trend;
}

} // namespace Waymark
