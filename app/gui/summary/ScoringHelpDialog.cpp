#include "summary/ScoringHelpDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Waymark {

namespace {

QString paragraph(const QString &lead, const QString &body)
{
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(lead.toHtmlEscaped(), body.toHtmlEscaped());
}

QString item(const QString &lead, const QString &body)
{
    return QStringLiteral("<li><b>%1</b> %2</li>").arg(lead.toHtmlEscaped(), body.toHtmlEscaped());
}

} // namespace

ScoringHelpDialog::ScoringHelpDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("scoringHelpDialog"));
    setWindowTitle(tr("How scoring works"));
    setAccessibleName(tr("How scoring works"));

    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("scoringHelpText"));
    text->setAccessibleName(tr("How scoring works"));
    text->setAccessibleDescription(tr("The scoring rules in plain words"));
    text->setOpenLinks(false);
    // Tab leaves the text for the Close button instead of being swallowed.
    text->setTabChangesFocus(true);
    text->setHtml(explanationHtml());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);

    // Sized in characters so that large text gets a larger dialog.
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 72, fm.lineSpacing() * 30);
    text->setFocus();
}

QString ScoringHelpDialog::explanationHtml()
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(tr("How scoring works").toHtmlEscaped());
    html += paragraph(
        tr("Answers."),
        tr("Each question is answered Fully met (3), Mostly met (2), Partially met (1), Not met "
           "(0), Don't know or Not applicable, or left unanswered. Only the four levels from Not "
           "met to Fully met are rated and count towards a score."));
    html += paragraph(tr("Which questions."),
                      tr("Only the questions for your role count. The Lead Member answers every "
                         "question; other roles answer the ones that fit their duties."));
    html += paragraph(
        tr("Score."),
        tr("Each question has a weight from 1 to 3. A score is 100 times the sum of weight times "
           "rating, divided by the sum of weight times 3, over the rated questions. A section's "
           "score uses the section's questions; the overall score uses all of them at once (it "
           "is not an average of the section scores). With nothing rated there is no score, "
           "shown as \"no score\", never as 0."));
    html += paragraph(tr("RAG."),
                      tr("Green at 75 or more, Amber at 50 or more, Red below 50. The boundaries "
                         "are exact: 75.0 is Green and 50.0 is Amber. Every RAG is shown as a "
                         "word as well as a colour, and in the chart with its own pattern."));
    html += paragraph(tr("The gateway."),
                      tr("Some questions are statutory gates: duties the law says must be in "
                         "place. A gate fails when it is rated Not met or Partially met. The "
                         "gateway is:"));
    html += QStringLiteral("<ul>");
    html += item(tr("Not passed"), tr("if any gate fails;"));
    html += item(tr("Incomplete"), tr("otherwise, if any gate is unanswered or answered Don't "
                                      "know;"));
    html += item(tr("Passed"), tr("otherwise. A gate answered Not applicable neither fails nor "
                                  "leaves the gateway incomplete."));
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("A section with a failed gate is Red whatever its score, and so is the "
                        "overall result when the gateway is not passed.")
                         .toHtmlEscaped());
    html += paragraph(tr("Knowledge gaps."),
                      tr("Questions answered Don't know. For a member, not knowing is a finding: "
                         "these become the questions to ask officers."));
    html += paragraph(tr("Coverage."),
                      tr("Answered questions (any answer, including Don't know and Not "
                         "applicable) out of the questions for your role."));
    html += paragraph(tr("Priorities for improvement."),
                      tr("Questions rated Not met or Partially met, in this order: gates first, "
                         "then higher weight first, then the lower rating first, then the order "
                         "of the question bank."));
    return html;
}

} // namespace Waymark
