#include "summary/ScoreChartWidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <cmath>

namespace Waymark {

ScoreChartWidget::ScoreChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scoreChart"));
    setAccessibleName(tr("Section scores chart"));
    // A tab stop, so that a screen reader user lands on it and hears the description.
    setFocusPolicy(Qt::TabFocus);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    updateDescription();
}

void ScoreChartWidget::setSections(const QList<SectionScore> &sections)
{
    m_sections = sections;
    updateDescription();
    updateGeometry();
    update();
}

ChartStyle ScoreChartWidget::chartStyle() const
{
    ChartStyle style;
    style.font = font();
    style.text = palette().color(QPalette::Text);
    style.background = palette().color(QPalette::Base);
    style.line = palette().color(QPalette::Text);
    return style;
}

qreal ScoreChartWidget::margin() const
{
    // Room for the focus frame around the chart.
    return fontMetrics().averageCharWidth() / 2.0 + 2;
}

QRectF ScoreChartWidget::chartArea() const
{
    const qreal m = margin();
    return QRectF(rect()).adjusted(m, m, -m, -m);
}

QSize ScoreChartWidget::sizeHint() const
{
    const QSizeF preferred =
        ScoreChartPainter::preferredSize(int(m_sections.size()), QFontMetricsF(font(), this));
    const int width = int(std::ceil(preferred.width() + 2 * margin()));
    return QSize(width, heightForWidth(width));
}

QSize ScoreChartWidget::minimumSizeHint() const
{
    // Narrower than preferred is fine (titles are elided); the rows themselves need their height.
    const int width = fontMetrics().averageCharWidth() * 30;
    return QSize(width, heightForWidth(width));
}

int ScoreChartWidget::heightForWidth(int width) const
{
    const qreal m = margin();
    const QRectF area(m, m, qMax(width - 2 * m, 1.0), 1);
    const ChartLayout layout =
        ScoreChartPainter::layout(area, m_sections, QFontMetricsF(font(), this));
    return int(std::ceil(layout.height + 2 * m));
}

void ScoreChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    ScoreChartPainter::paint(painter, chartArea(), m_sections, chartStyle());
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.backgroundColor = palette().color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void ScoreChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::StyleChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
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
    return QWidget::event(event);
}

void ScoreChartWidget::updateDescription()
{
    setAccessibleDescription(tr("Bar chart of each section's score from 0 to 100. %1")
                                 .arg(ScoreChartPainter::describe(m_sections)));
}

} // namespace Waymark
