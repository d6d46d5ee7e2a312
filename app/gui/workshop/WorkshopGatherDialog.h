#pragma once

#include "workshop/WorkshopGatherer.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Waymark {

// What became of the returned files, grouped the way a facilitator thinks about them: added,
// replaced by a newer file, kept (the file was older), not added because it is for another
// council or question bank (with "Add them anyway"), and files that could not be read. It names
// the files and members, because the facilitator needs to know whose file is whose; it is shown
// only to the facilitator, never on the projector.
class WorkshopGatherDialog : public QDialog
{
    Q_OBJECT

public:
    WorkshopGatherDialog(const QList<GatherOutcome> &outcomes, const QString &storageProblem,
                         QWidget *parent = nullptr);

    // Whether the facilitator chose to add the mismatched files anyway.
    bool addAnyway() const { return m_addAnyway; }
    // The files that were not added because they did not match.
    QStringList mismatchedFiles() const { return m_mismatched; }

    // The one-line summary: "2 added, 1 replaced by a newer file, …".
    static QString headline(const QList<GatherOutcome> &outcomes);
    // The full report as plain text, group by group (what the dialog shows, as HTML).
    static QString report(const QList<GatherOutcome> &outcomes, const QString &storageProblem);

private:
    static QString reportHtml(const QList<GatherOutcome> &outcomes, const QString &storageProblem);

    QStringList m_mismatched;
    bool m_addAnyway = false;
};

} // namespace Waymark
