#include "workshop/WorkshopResultBox.h"

#include "chart/ScoreChartPainter.h"
#include "workshop/WorkshopDocument.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Waymark {

WorkshopResultBox::WorkshopResultBox(WorkshopDocument *document, QWidget *parent)
    : QGroupBox(tr("The group's result, from the agreed answers"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("groupResultBox"));
    auto *layout = new QVBoxLayout(this);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("groupScoreLabel"));
    m_gateway = new QLabel(this);
    m_gateway->setObjectName(QStringLiteral("groupGatewayLabel"));
    m_agreedCount = new QLabel(this);
    m_agreedCount->setObjectName(QStringLiteral("agreedCountLabel"));
    for (QLabel *label : {m_score, m_gateway, m_agreedCount}) {
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    connect(document, &WorkshopDocument::opened, this, &WorkshopResultBox::refresh);
    connect(document, &WorkshopDocument::changed, this, &WorkshopResultBox::refresh);
    refresh();
}

void WorkshopResultBox::refresh()
{
    const std::optional<Workshop> &workshop = m_document->workshop();
    if (!workshop) {
        m_score->clear();
        m_gateway->clear();
        m_agreedCount->clear();
        return;
    }
    const ScoreReport &report = m_document->groupScores();
    const std::optional<double> score = report.overall.score();
    if (score) {
        m_score->setText(
            tr("Group score: %1 out of 100, %2")
                .arg(ScoreChartPainter::scoreText(score), ragLabel(report.overallRag())));
    } else {
        m_score->setText(tr("Group score: none yet. Agree a rating for a question to start."));
    }
    QString gateway = tr("Gateway: %1").arg(gatewayLabel(report.gateway));
    if (!report.failedGates.isEmpty()) {
        gateway += QLatin1Char(' ') + tr("(%n statutory gate(s) agreed Not met or Partially met)",
                                         nullptr, int(report.failedGates.size()));
    } else if (!report.openGates.isEmpty()) {
        gateway += QLatin1Char(' ') + tr("(%n statutory gate(s) not agreed yet, or Don't know)",
                                         nullptr, int(report.openGates.size()));
    }
    m_gateway->setText(gateway);
    int asked = 0;
    for (const QuestionSpread &each : m_document->spread().questions)
        asked += each.applicable > 0 ? 1 : 0;
    int agreed = 0;
    for (const AgreedAnswer &each : workshop->agreed)
        agreed += isAnswered(each.rating) ? 1 : 0; // a note alone is not an agreement
    m_agreedCount->setText(
        tr("Agreed so far: %1 of %n question(s) asked", nullptr, asked).arg(agreed));
}

} // namespace Waymark
