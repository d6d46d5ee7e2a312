#include "paint/ReportPainter.h"

#include "chart/ScoreChartPainter.h"
#include "chart/TrendChartPainter.h"
#include "paint/ReportInks.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace Waymark {

ReportPainter::ReportPainter(const ReportLayoutResult &layout, bool monochrome)
    : m_layout(layout)
    , m_monochrome(monochrome)
{
}

void ReportPainter::paint(QPainter &painter, QPagedPaintDevice &device) const
{
    const qreal scale = qreal(device.logicalDpiY()) / m_layout.dpi;
    for (int i = 0; i < m_layout.pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        // The painter's origin is the corner of the device's paint rectangle, not the paper's.
        painter.translate(-m_layout.paintOrigin * scale);
        paintPage(painter, i);
        painter.restore();
    }
}

void ReportPainter::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= m_layout.pages.size())
        return;
    const int deviceDpi = painter.device() ? painter.device()->logicalDpiY() : m_layout.dpi;
    const auto chartStyle = [this](ReportFont font) {
        ChartStyle chart;
        chart.font = m_layout.fonts.at(int(font));
        chart.monochrome = m_monochrome;
        return chart;
    };

    painter.save();
    painter.scale(qreal(deviceDpi) / m_layout.dpi, qreal(deviceDpi) / m_layout.dpi);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    int currentFont = -1;
    for (const LaidOutItem &item : m_layout.pages.at(index).items) {
        const QColor colour = reportInkColour(item.ink, m_monochrome);
        switch (item.kind) {
        case LaidOutItem::Kind::Text:
            if (int(item.font) != currentFont) {
                currentFont = int(item.font);
                painter.setFont(m_layout.fonts.at(currentFont));
            }
            painter.setPen(colour);
            if (item.glyphs.isEmpty()) {
                painter.drawText(QPointF(item.rect.left(), item.baseline), item.text);
            } else {
                for (const QGlyphRun &run : item.glyphs)
                    painter.drawGlyphRun(QPointF(item.rect.left(), item.baseline), run);
            }
            break;
        case LaidOutItem::Kind::Line:
            painter.setPen(QPen(colour, item.pen, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(item.rect.topLeft(), item.rect.bottomRight());
            break;
        case LaidOutItem::Kind::Fill:
            painter.fillRect(item.rect, colour);
            break;
        case LaidOutItem::Kind::Box:
            painter.setPen(QPen(colour, item.pen, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(item.rect);
            break;
        case LaidOutItem::Kind::RagSwatch:
            ScoreChartPainter::paintRagSwatch(painter, item.rect, item.rag, chartStyle(item.font));
            break;
        case LaidOutItem::Kind::Chart:
            ScoreChartPainter::paint(painter, item.rect, item.sections, chartStyle(item.font));
            currentFont = -1; // the chart sets fonts of its own
            break;
        case LaidOutItem::Kind::TrendChart:
            TrendChartPainter::paint(painter, item.rect, item.trendChart, chartStyle(item.font));
            currentFont = -1;
            break;
        }
    }
    painter.restore();
}

} // namespace Waymark
