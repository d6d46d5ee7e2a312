#pragma once

#include "bank/QuestionBank.h"
#include "report/ReportDocument.h"
#include "workshop/Workshop.h"

#include <QCoreApplication>
#include <QDate>

namespace Waymark {

struct WorkshopPackOptions
{
    // Members shown as Member A, B, … everywhere, their names nowhere in the pack.
    bool anonymised = false;
    // Each member's own gateway review as an appendix.
    bool memberReviews = false;
    // The date the pack says it was produced; today when null.
    QDate producedOn;
};

// Composes a workshop's pack: the group's gateway review from the agreed ratings, where members
// agree and disagree, a heat map of questions by members (greys and the rating itself, so it
// reads in greyscale), every member's "don't know" merged into questions to ask officers, and
// optionally each member's own review.
class WorkshopPackComposer
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopPackComposer)

public:
    static ReportDocument compose(const Workshop &workshop, const QuestionBank &bank,
                                  const WorkshopPackOptions &options = {});

    // How a rating reads in the heat map's narrow cells: "3" … "0", "DK", "N/A", "–".
    static QString cellText(Rating rating);
};

} // namespace Waymark
