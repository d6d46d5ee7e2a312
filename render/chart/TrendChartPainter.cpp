#include "chart/TrendChartPainter.h"

#include "chart/ChartDrawing.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>

namespace Waymark {

namespace {

// Every length comes from the font, as in the section chart, so the chart scales with large
// text and with the resolution of a printer as well as a screen.
struct Measures
{
    qreal gap = 0;
    qreal line = 0;
    qreal plotHeight = 0;
    qreal marker = 0;
    qreal sampleWidth = 0;
    qreal legendLine = 0;
    qreal pen = 1;
};

Measures measure(const QFontMetricsF &fm)
{
    Measures m;
    m.gap = fm.averageCharWidth();
    m.line = fm.lineSpacing();
    m.plotHeight = m.line * 12;
    m.marker = fm.height() * 0.7;
    m.sampleWidth = m.line * 3.2;
    m.legendLine = m.line * 1.6;
    m.pen = qMax(fm.lineWidth(), 1.0);
    return m;
}

// The overall line in the text's own colour; sections in colours that stay apart from each
// other, though the marker and dashes are what tell them apart in greyscale.
QColor seriesColour(int series, const ChartStyle &style)
{
    if (series == 0)
        return style.text;
    static const std::array<QColor, 6> colours = {
        QColor(0x15, 0x65, 0xc0), QColor(0x8e, 0x44, 0xad), QColor(0x00, 0x79, 0x6b),
        QColor(0xa0, 0x52, 0x1b), QColor(0xad, 0x14, 0x57), QColor(0x55, 0x6b, 0x2f)};
    const QColor colour = colours.at(std::size_t(series - 1) % colours.size());
    if (!style.monochrome)
        return colour;
    const int g = 0x30 + ((series - 1) % 4) * 0x18;
    return QColor(g, g, g);
}

QPen seriesPen(int series, const ChartStyle &style, qreal width)
{
    QPen pen(seriesColour(series, style), width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    const QList<qreal> dashes = TrendChartPainter::dashesFor(series);
    if (!dashes.isEmpty())
        pen.setDashPattern(dashes);
    return pen;
}

void paintMarker(QPainter &painter, const QPointF &centre, qreal size, int series,
                 const ChartStyle &style, qreal pen)
{
    const qreal r = size / 2;
    const QColor colour = seriesColour(series, style);
    painter.save();
    painter.setPen(QPen(colour, pen * 1.4, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(TrendChartPainter::markerFilled(series) ? QBrush(colour)
                                                             : QBrush(style.background));
    QPainterPath path;
    switch (TrendChartPainter::markerFor(series)) {
    case TrendChartPainter::Marker::Circle:
        path.addEllipse(centre, r, r);
        break;
    case TrendChartPainter::Marker::Square:
        path.addRect(QRectF(centre.x() - r * 0.85, centre.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case TrendChartPainter::Marker::Triangle:
        path.moveTo(centre.x(), centre.y() - r);
        path.lineTo(centre.x() + r, centre.y() + r * 0.8);
        path.lineTo(centre.x() - r, centre.y() + r * 0.8);
        path.closeSubpath();
        break;
    case TrendChartPainter::Marker::TriangleDown:
        path.moveTo(centre.x(), centre.y() + r);
        path.lineTo(centre.x() + r, centre.y() - r * 0.8);
        path.lineTo(centre.x() - r, centre.y() - r * 0.8);
        path.closeSubpath();
        break;
    case TrendChartPainter::Marker::Diamond:
        path.moveTo(centre.x(), centre.y() - r);
        path.lineTo(centre.x() + r, centre.y());
        path.lineTo(centre.x(), centre.y() + r);
        path.lineTo(centre.x() - r, centre.y());
        path.closeSubpath();
        break;
    case TrendChartPainter::Marker::Cross:
    case TrendChartPainter::Marker::Plus: {
        // Strokes, not an outline: a cross has no inside to fill.
        painter.setPen(QPen(colour, pen * 2.2, Qt::SolidLine, Qt::FlatCap));
        const bool diagonal =
            TrendChartPainter::markerFor(series) == TrendChartPainter::Marker::Cross;
        const qreal d = diagonal ? r * 0.8 : r;
        if (diagonal) {
            painter.drawLine(centre + QPointF(-d, -d), centre + QPointF(d, d));
            painter.drawLine(centre + QPointF(-d, d), centre + QPointF(d, -d));
        } else {
            painter.drawLine(centre + QPointF(-d, 0), centre + QPointF(d, 0));
            painter.drawLine(centre + QPointF(0, -d), centre + QPointF(0, d));
        }
        painter.restore();
        return;
    }
    }
    painter.drawPath(path);
    painter.restore();
}

bool hasPoint(const TrendSeries &series, int cycle)
{
    return cycle < series.scores.size() && series.scores.at(cycle).has_value();
}

bool gateFailedAt(const TrendSeries &series, int cycle)
{
    return cycle < series.gateFailed.size() && series.gateFailed.at(cycle);
}

} // namespace

qreal TrendChartLayout::yFor(qreal score) const
{
    return plot.bottom() - plot.height() * qBound(0.0, score, 100.0) / 100.0;
}

qreal TrendChartLayout::xFor(int cycle, int cycleCount) const
{
    // Each cycle in the middle of an equal column: the dates are what matter, not the gaps
    // between them, and a column leaves room for the words on either side of a point.
    const qreal column = plot.width() / qMax(cycleCount, 1);
    return plot.left() + column * (cycle + 0.5);
}

TrendChartPainter::Marker TrendChartPainter::markerFor(int series)
{
    static const std::array<Marker, 7> markers = {
        Marker::Circle,       Marker::Square, Marker::Triangle, Marker::Diamond,
        Marker::TriangleDown, Marker::Cross,  Marker::Plus};
    return markers.at(std::size_t(qMax(series, 0)) % markers.size());
}

bool TrendChartPainter::markerFilled(int series)
{
    // The second round of shapes is hollow, so an eighth line still differs from the first.
    return (qMax(series, 0) / 7) % 2 == 0;
}

QList<qreal> TrendChartPainter::dashesFor(int series)
{
    // In pen widths. Five patterns against seven shapes: no two of the first 35 lines share both.
    switch (qMax(series, 0) % 5) {
    case 0:
        return {};
    case 1:
        return {6, 3};
    case 2:
        return {1.5, 2.5};
    case 3:
        return {6, 2.5, 1.5, 2.5};
    default:
        return {10, 3, 1.5, 3, 1.5, 3};
    }
}

QString TrendChartPainter::pointText(const TrendChartData &data, int series, int cycle)
{
    if (series < 0 || series >= data.series.size() || !hasPoint(data.series.at(series), cycle))
        return ScoreChartPainter::scoreText(std::nullopt);
    const TrendSeries &line = data.series.at(series);
    const QString score = ScoreChartPainter::scoreText(line.scores.at(cycle));
    if (series != 0)
        return score;
    return tr("%1 %2").arg(score, ragLabel(line.rags.value(cycle, Rag::None)));
}

QString TrendChartPainter::dateText(const TrendChartData &data, int cycle)
{
    const QDate date = data.dates.value(cycle);
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : tr("no date");
}

QString TrendChartPainter::versionText(const TrendChartData &data, int cycle)
{
    return tr("version %1").arg(data.versions.value(cycle));
}

QString TrendChartPainter::describe(const TrendChartData &data)
{
    if (data.cycleCount() == 0)
        return tr("There are no assessments to show.");
    QStringList sentences;
    for (int cycle = 0; cycle < data.cycleCount(); ++cycle) {
        QStringList parts;
        for (int series = 0; series < data.series.size(); ++series) {
            const TrendSeries &line = data.series.at(series);
            QString part = tr("%1 %2").arg(line.title, hasPoint(line, cycle)
                                                           ? pointText(data, series, cycle)
                                                           : ScoreChartPainter::scoreText({}));
            if (gateFailedAt(line, cycle))
                part = tr("%1, %2").arg(part, ScoreChartPainter::gateFailedText());
            parts.append(part);
        }
        sentences.append(tr("%1, questions %2: %3.")
                             .arg(dateText(data, cycle), versionText(data, cycle),
                                  parts.join(QStringLiteral("; "))));
    }
    return sentences.join(QLatin1Char(' '));
}

TrendChartLayout TrendChartPainter::layout(const QRectF &area, const TrendChartData &data,
                                           const QFontMetricsF &fm)
{
    TrendChartLayout l;
    const Measures m = measure(fm);
    const int cycles = data.cycleCount();
    if (cycles == 0 || data.series.isEmpty()) {
        l.message = ChartDrawing::messageRect(area, fm, describe(data));
        l.height = l.message.height();
        return l;
    }

    const qreal scaleWidth = fm.horizontalAdvance(QLocale().toString(100));
    // Room above the top of the scale for the words of a point at 100, and at the right for
    // the words of the last point.
    const qreal top = area.top() + m.line * 2.4;
    l.plot = QRectF(area.left() + scaleWidth + m.gap, top,
                    qMax(area.width() - scaleWidth - m.gap * 2, 1.0), m.plotHeight);
    for (const ChartDrawing::ScaleMark &mark : ChartDrawing::scaleMarks) {
        const qreal y = l.yFor(mark.value);
        l.scaleLabels.append(QRectF(area.left(), y - m.line / 2, scaleWidth, m.line));
    }

    const qreal column = l.plot.width() / cycles;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        const qreal x = l.xFor(cycle, cycles);
        l.cycleLabels.append(
            QRectF(x - column / 2, l.plot.bottom() + m.line * 0.4, column, m.line * 2));
    }

    // The words of each point: above it if there is room, else below, else further out, never
    // over other words or another point's marker, and within the plot's width.
    QList<QRectF> taken;
    for (int series = 0; series < data.series.size(); ++series) {
        for (int cycle = 0; cycle < cycles; ++cycle) {
            if (!hasPoint(data.series.at(series), cycle))
                continue;
            const QPointF centre(l.xFor(cycle, cycles),
                                 l.yFor(*data.series.at(series).scores.at(cycle)));
            taken.append(
                QRectF(centre.x() - m.marker / 2, centre.y() - m.marker / 2, m.marker, m.marker));
        }
    }
    const qreal gateWidth =
        m.marker * 1.3 + m.gap / 2 + fm.horizontalAdvance(ScoreChartPainter::gateFailedText());
    for (int series = 0; series < data.series.size(); ++series) {
        const TrendSeries &line = data.series.at(series);
        for (int cycle = 0; cycle < cycles; ++cycle) {
            if (!hasPoint(line, cycle))
                continue;
            TrendChartPoint point;
            point.series = series;
            point.cycle = cycle;
            point.centre = QPointF(l.xFor(cycle, cycles), l.yFor(*line.scores.at(cycle)));
            point.gateFailed = gateFailedAt(line, cycle);
            const qreal width = qMax(fm.horizontalAdvance(pointText(data, series, cycle)),
                                     point.gateFailed ? gateWidth : 0.0);
            const qreal height = point.gateFailed ? m.line * 2 : m.line;
            qreal left = point.centre.x() - width / 2;
            left = qBound(l.plot.left(), left, qMax(l.plot.left(), area.right() - width));
            const qreal clear = m.marker / 2 + m.line * 0.15;
            QList<qreal> tops;
            for (int step = 0; step < 6; ++step) {
                tops.append(point.centre.y() - clear - height - step * m.line);
                tops.append(point.centre.y() + clear + step * m.line);
            }
            QRectF chosen;
            for (const qreal y : std::as_const(tops)) {
                const QRectF candidate(left, y, width, height);
                if (candidate.top() < area.top() ||
                    candidate.bottom() > l.plot.bottom() + m.line * 0.2)
                    continue;
                const bool clash = std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) {
                    return r.intersects(candidate);
                });
                if (!clash) {
                    chosen = candidate;
                    break;
                }
            }
            // Crowded everywhere: above the point, as the reader looks for it first.
            if (chosen.isNull())
                chosen = QRectF(left, qMax(area.top(), point.centre.y() - clear - height), width,
                                height);
            point.label = chosen;
            taken.append(chosen);
            l.points.append(point);
        }
    }

    // The key flows onto as many lines as the width needs.
    qreal y = l.plot.bottom() + m.line * 2.8;
    qreal x = area.left();
    bool lineHasItem = false;
    const bool anyGate = std::any_of(l.points.cbegin(), l.points.cend(),
                                     [](const TrendChartPoint &p) { return p.gateFailed; });
    for (int series = -1; series < data.series.size(); ++series) {
        if (series < 0 && !anyGate)
            continue;
        TrendLegendItem item;
        item.series = series;
        item.label = series < 0 ? tr("%1: the gateway or the section's gate was not passed")
                                      .arg(ScoreChartPainter::gateFailedText())
                                : data.series.at(series).title;
        const qreal sample = series < 0 ? m.marker * 1.3 : m.sampleWidth;
        const qreal textWidth = fm.horizontalAdvance(item.label);
        const qreal width = sample + m.gap / 2 + textWidth;
        if (lineHasItem && x + width > area.right()) {
            x = area.left();
            y += m.legendLine;
        }
        item.sample = QRectF(x, y, sample, m.legendLine);
        item.text =
            QRectF(item.sample.right() + m.gap / 2, y,
                   qMin(textWidth, qMax(area.right() - item.sample.right() - m.gap / 2, 0.0)),
                   m.legendLine);
        l.legend.append(item);
        x += width + m.gap * 2;
        lineHasItem = true;
    }
    y += m.legendLine;
    l.height = y - area.top();
    return l;
}

QSizeF TrendChartPainter::preferredSize(const TrendChartData &data, const QFontMetricsF &fm)
{
    const Measures m = measure(fm);
    // A column per cycle wide enough for its date and its words.
    qreal column = fm.horizontalAdvance(QStringLiteral("00 Mmm 0000")) + m.gap * 3;
    for (int cycle = 0; cycle < data.cycleCount(); ++cycle)
        column = qMax(column, fm.horizontalAdvance(pointText(data, 0, cycle)) + m.gap * 3);
    const qreal width = qMax(column * qMax(data.cycleCount(), 2), m.gap * 50) + m.gap * 6;
    return QSizeF(width, layout(QRectF(0, 0, width, 0), data, fm).height);
}

void TrendChartPainter::paint(QPainter &painter, const QRectF &area, const TrendChartData &data,
                              const ChartStyle &given)
{
    if (!area.isValid())
        return;
    const ChartStyle style = ChartDrawing::beginPainting(painter, area, given);
    const QFontMetricsF fm(style.font, painter.device());
    const Measures m = measure(fm);

    const TrendChartLayout l = layout(area, data, fm);
    if (l.plot.isNull()) {
        ChartDrawing::paintMessageAndFinish(painter, l.message, describe(data), style);
        return;
    }
    painter.setPen(style.text);

    // The scale as the section chart draws it, turned on its side: solid at 0 and 100, dashed
    // at the RAG boundaries.
    for (int i = 0; i < int(std::size(ChartDrawing::scaleMarks)); ++i) {
        const ChartDrawing::ScaleMark &mark = ChartDrawing::scaleMarks[i];
        const qreal y = l.yFor(mark.value);
        painter.setPen(QPen(style.line, m.pen, mark.pen, Qt::FlatCap));
        painter.drawLine(QPointF(l.plot.left() - m.gap * 0.4, y), QPointF(l.plot.right(), y));
        painter.setPen(style.text);
        painter.drawText(l.scaleLabels.at(i), Qt::AlignRight | Qt::AlignVCenter,
                         QLocale().toString(mark.value));
    }
    const int cycles = data.cycleCount();
    for (int cycle = 0; cycle < cycles; ++cycle) {
        const QRectF &rect = l.cycleLabels.at(cycle);
        const qreal x = l.xFor(cycle, cycles);
        painter.setPen(QPen(style.line, m.pen, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(x, l.plot.bottom()), QPointF(x, l.plot.bottom() + m.line * 0.3));
        painter.setPen(style.text);
        const QRectF first(rect.left(), rect.top(), rect.width(), m.line);
        painter.drawText(first, Qt::AlignHCenter | Qt::AlignTop,
                         fm.elidedText(dateText(data, cycle), Qt::ElideRight, rect.width()));
        painter.drawText(first.translated(0, m.line), Qt::AlignHCenter | Qt::AlignTop,
                         fm.elidedText(versionText(data, cycle), Qt::ElideRight, rect.width()));
    }

    // Lines first, joining consecutive points; a cycle without a score breaks the line, so no
    // line claims a score nobody gave.
    for (int series = data.series.size() - 1; series >= 0; --series) {
        const TrendSeries &line = data.series.at(series);
        painter.setPen(seriesPen(series, style, m.pen * (series == 0 ? 2.4 : 1.6)));
        for (int cycle = 1; cycle < cycles; ++cycle) {
            if (hasPoint(line, cycle - 1) && hasPoint(line, cycle)) {
                painter.drawLine(
                    QPointF(l.xFor(cycle - 1, cycles), l.yFor(*line.scores.at(cycle - 1))),
                    QPointF(l.xFor(cycle, cycles), l.yFor(*line.scores.at(cycle))));
            }
        }
    }
    for (const TrendChartPoint &point : l.points)
        paintMarker(painter, point.centre, m.marker, point.series, style, m.pen);
    for (const TrendChartPoint &point : l.points) {
        painter.setPen(style.text);
        const QRectF first(point.label.left(), point.label.top(), point.label.width(), m.line);
        painter.drawText(first, Qt::AlignHCenter | Qt::AlignVCenter,
                         pointText(data, point.series, point.cycle));
        if (point.gateFailed) {
            const QRectF second = first.translated(0, m.line);
            const qreal textWidth = fm.horizontalAdvance(ScoreChartPainter::gateFailedText());
            const qreal width = m.marker * 1.3 + m.gap / 2 + textWidth;
            const qreal left = second.center().x() - width / 2;
            ChartDrawing::paintGateMarker(
                painter, QRectF(left, second.top() + m.line * 0.1, m.marker * 1.3, m.line * 0.8),
                style);
            painter.setPen(style.text);
            painter.drawText(
                QRectF(left + m.marker * 1.3 + m.gap / 2, second.top(), textWidth, m.line),
                Qt::AlignLeft | Qt::AlignVCenter, ScoreChartPainter::gateFailedText());
        }
    }

    for (const TrendLegendItem &item : l.legend) {
        const QPointF centre = item.sample.center();
        if (item.series < 0) {
            ChartDrawing::paintGateMarker(
                painter, item.sample.adjusted(0, m.line * 0.4, 0, -m.line * 0.4), style);
        } else {
            painter.setPen(seriesPen(item.series, style, m.pen * (item.series == 0 ? 2.4 : 1.6)));
            painter.drawLine(QPointF(item.sample.left(), centre.y()),
                             QPointF(item.sample.right(), centre.y()));
            paintMarker(painter, centre, m.marker, item.series, style, m.pen);
        }
        painter.setPen(style.text);
        painter.drawText(item.text, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(item.label, Qt::ElideRight, item.text.width()));
    }
    painter.restore();
}

} // namespace Waymark
