#include "workshop/WorkshopGatherDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Waymark {

namespace {

using Kind = GatherOutcome::Kind;

struct Group
{
    Kind kind;
    QString heading;
};

QList<Group> groups()
{
    return {
        {Kind::Added, WorkshopGatherDialog::tr("Added")},
        {Kind::Updated, WorkshopGatherDialog::tr("Updated: the same member's answers again")},
        {Kind::Replaced, WorkshopGatherDialog::tr("Replaced: the newer file wins")},
        {Kind::KeptExisting, WorkshopGatherDialog::tr("Kept the answers already here: the file "
                                                      "was older")},
        {Kind::Mismatched, WorkshopGatherDialog::tr("Not added: for another council or question "
                                                    "bank")},
        {Kind::Invalid, WorkshopGatherDialog::tr("Could not be read: nothing was changed")},
    };
}

// What one outcome says: the gatherer's message, or the file for a plain addition.
QString lineFor(const GatherOutcome &outcome)
{
    if (!outcome.message.isEmpty())
        return outcome.message;
    return QDir::toNativeSeparators(outcome.file);
}

} // namespace

WorkshopGatherDialog::WorkshopGatherDialog(const QList<GatherOutcome> &outcomes,
                                           const QString &storageProblem, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("gatherSummaryDialog"));
    setWindowTitle(tr("Returned files"));
    for (const GatherOutcome &outcome : outcomes) {
        if (outcome.kind == Kind::Mismatched)
            m_mismatched.append(outcome.file);
    }

    auto *headlineLabel = new QLabel(headline(outcomes), this);
    headlineLabel->setObjectName(QStringLiteral("gatherHeadline"));
    headlineLabel->setWordWrap(true);
    QFont bold = headlineLabel->font();
    bold.setBold(true);
    headlineLabel->setFont(bold);

    auto *details = new QTextBrowser(this);
    details->setObjectName(QStringLiteral("gatherSummaryText"));
    details->setAccessibleName(tr("What became of each file"));
    details->setHtml(reportHtml(outcomes, storageProblem));
    details->setOpenLinks(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("gatherCloseButton"));
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    if (!m_mismatched.isEmpty()) {
        QPushButton *anyway = buttons->addButton(
            tr("&Add them anyway (%n file(s))", nullptr, int(m_mismatched.size())),
            QDialogButtonBox::ActionRole);
        anyway->setObjectName(QStringLiteral("addAnywayButton"));
        anyway->setAccessibleName(tr("Add the files for another council or bank anyway"));
        connect(anyway, &QPushButton::clicked, this, [this] {
            m_addAnyway = true;
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headlineLabel);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
    resize(640, 420);
    details->setFocus();
}

QString WorkshopGatherDialog::headline(const QList<GatherOutcome> &outcomes)
{
    int counts[int(Kind::Invalid) + 1] = {};
    for (const GatherOutcome &outcome : outcomes)
        ++counts[int(outcome.kind)];
    QStringList parts;
    if (counts[int(Kind::Added)])
        parts.append(tr("%n added", nullptr, counts[int(Kind::Added)]));
    if (counts[int(Kind::Updated)])
        parts.append(tr("%n updated", nullptr, counts[int(Kind::Updated)]));
    if (counts[int(Kind::Replaced)])
        parts.append(tr("%n replaced by a newer file", nullptr, counts[int(Kind::Replaced)]));
    if (counts[int(Kind::KeptExisting)])
        parts.append(tr("%n older file(s) not added", nullptr, counts[int(Kind::KeptExisting)]));
    if (counts[int(Kind::Mismatched)])
        parts.append(tr("%n for another council or bank, not added", nullptr,
                        counts[int(Kind::Mismatched)]));
    if (counts[int(Kind::Invalid)])
        parts.append(tr("%n could not be read", nullptr, counts[int(Kind::Invalid)]));
    if (parts.isEmpty())
        return tr("No files were added.");
    return tr("%1.").arg(parts.join(tr(", ")));
}

QString WorkshopGatherDialog::report(const QList<GatherOutcome> &outcomes,
                                     const QString &storageProblem)
{
    QStringList lines;
    if (!storageProblem.isEmpty())
        lines.append(tr("Stopped: %1").arg(storageProblem));
    for (const Group &group : groups()) {
        QStringList items;
        for (const GatherOutcome &outcome : outcomes) {
            if (outcome.kind == group.kind)
                items.append(lineFor(outcome));
        }
        if (items.isEmpty())
            continue;
        lines.append(tr("%1 (%2)").arg(group.heading).arg(items.size()));
        for (const QString &item : std::as_const(items))
            lines.append(QStringLiteral("  • ") + item);
    }
    return lines.join(QLatin1Char('\n'));
}

QString WorkshopGatherDialog::reportHtml(const QList<GatherOutcome> &outcomes,
                                         const QString &storageProblem)
{
    QString html;
    if (!storageProblem.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Stopped: %1").arg(storageProblem).toHtmlEscaped());
    }
    for (const Group &group : groups()) {
        QString items;
        int count = 0;
        for (const GatherOutcome &outcome : outcomes) {
            if (outcome.kind != group.kind)
                continue;
            ++count;
            items += QStringLiteral("<li>%1</li>")
                         .arg(lineFor(outcome).toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                       QStringLiteral("<br>")));
        }
        if (count == 0)
            continue;
        html += QStringLiteral("<h4>%1</h4><ul>%2</ul>")
                    .arg(tr("%1 (%2)").arg(group.heading).arg(count).toHtmlEscaped(), items);
    }
    return html;
}

} // namespace Waymark
