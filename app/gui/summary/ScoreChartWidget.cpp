#include "summary/ScoreChartWidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QToolTip>

namespace Waymark {

ScoreChartWidget::ScoreChartWidget(QWidget *parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("scoreChart"));
    setAccessibleName(tr("Section scores chart"));
    updateDescription();
}

void ScoreChartWidget::setSections(const QList<SectionScore> &sections)
{
    m_sections = sections;
    updateDescription();
    chartChanged();
}

QSizeF ScoreChartWidget::preferredChartSize() const
{
    return ScoreChartPainter::preferredSize(int(m_sections.size()), QFontMetricsF(font(), this));
}

qreal ScoreChartWidget::chartHeight(const QRectF &area) const
{
    return ScoreChartPainter::layout(area, m_sections, QFontMetricsF(font(), this)).height;
}

void ScoreChartWidget::paintChart(QPainter &painter, const QRectF &area) const
{
    ScoreChartPainter::paint(painter, area, m_sections, chartStyle());
}

bool ScoreChartWidget::event(QEvent *event)
{
    // Hovering over a row tells its section in words, as the screen reader hears it.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const ChartLayout layout =
            ScoreChartPainter::layout(chartArea(), m_sections, QFontMetricsF(font(), this));
        for (int i = 0; i < layout.rows.size(); ++i) {
            const ChartRowLayout &row = layout.rows.at(i);
            const QRectF whole = row.title.united(row.score).united(row.rag).united(row.gate);
            if (whole.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), ScoreChartPainter::describe(m_sections.at(i)),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return ChartWidget::event(event);
}

void ScoreChartWidget::updateDescription()
{
    setAccessibleDescription(tr("Bar chart of each section's score from 0 to 100. %1")
                                 .arg(ScoreChartPainter::describe(m_sections)));
}

} // namespace Waymark
