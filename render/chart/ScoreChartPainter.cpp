#include "chart/ScoreChartPainter.h"

#include "chart/ChartDrawing.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Waymark {

namespace {

// Every length comes from the font, so the chart scales with large text and with the resolution
// of a printer as well as a screen.
struct Measures
{
    qreal gap = 0;
    qreal line = 0;
    qreal row = 0;
    qreal barHeight = 0;
    qreal axis = 0;
    qreal legendLine = 0;
    qreal swatchWidth = 0;
    qreal swatchHeight = 0;
    qreal idealTitle = 0;
    qreal idealTrack = 0;
    qreal stackBelow = 0;
    qreal scoreWidth = 0;
    qreal ragWidth = 0;
    qreal gateWidth = 0;
    qreal markerWidth = 0;
    qreal pen = 1;
};

Measures measure(const QFontMetricsF &fm)
{
    Measures m;
    const qreal ch = fm.averageCharWidth();
    m.gap = ch;
    m.line = fm.lineSpacing();
    m.row = m.line * 1.9;
    m.barHeight = m.line * 1.25;
    m.axis = m.line * 1.4;
    m.legendLine = m.line * 1.6;
    m.swatchWidth = m.line * 1.8;
    m.swatchHeight = m.line * 1.1;
    m.idealTitle = ch * 26;
    m.idealTrack = ch * 40;
    m.stackBelow = ch * 30;
    m.scoreWidth = qMax(fm.horizontalAdvance(ScoreChartPainter::scoreText(100.0)),
                        fm.horizontalAdvance(ScoreChartPainter::scoreText(std::nullopt)));
    for (Rag rag : {Rag::None, Rag::Red, Rag::Amber, Rag::Green})
        m.ragWidth = qMax(m.ragWidth, fm.horizontalAdvance(ragLabel(rag)));
    m.markerWidth = fm.height() * 1.1;
    m.gateWidth =
        m.markerWidth + m.gap / 2 + fm.horizontalAdvance(ScoreChartPainter::gateFailedText());
    m.pen = qMax(fm.lineWidth(), 1.0);
    return m;
}

// A title wrapped to width: at spaces where it can be, inside a word only when a word alone
// is wider than the column.
QStringList wrapTitle(const QString &title, const QFontMetricsF &fm, qreal width)
{
    QStringList lines;
    if (width <= 0 || fm.horizontalAdvance(title) <= width)
        return {title};
    QString current;
    const auto flush = [&]() {
        if (!current.isEmpty())
            lines.append(current);
        current.clear();
    };
    for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (fm.horizontalAdvance(candidate) <= width) {
            current = candidate;
            continue;
        }
        flush();
        QString rest = word;
        while (fm.horizontalAdvance(rest) > width && rest.size() > 1) {
            int fits = 1;
            while (fits < rest.size() && fm.horizontalAdvance(rest.left(fits + 1)) <= width)
                ++fits;
            lines.append(rest.left(fits));
            rest = rest.mid(fits);
        }
        current = rest;
    }
    flush();
    return lines.isEmpty() ? QStringList{title} : lines;
}

using ChartDrawing::effectiveStyle;
using ChartDrawing::mix;
using ChartDrawing::paintGateMarker;

// Parallel diagonal lines across rect; rising ones ("/") or falling ones ("\").
void hatch(QPainter &painter, const QRectF &rect, qreal spacing, bool rising)
{
    const qreal h = rect.height();
    // Start on a whole multiple of the spacing so that neighbouring bars line up.
    qreal x = std::floor((rect.left() - h) / spacing) * spacing;
    for (; x <= rect.right(); x += spacing) {
        if (rising)
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + h, rect.top()));
        else
            painter.drawLine(QPointF(x, rect.top()), QPointF(x + h, rect.bottom()));
    }
}

// A bar in its RAG's pattern: Green solid, Amber diagonal hatch, Red cross-hatch, no score an
// empty dashed outline. The pattern, not the colour, is what tells them apart in greyscale.
void paintBar(QPainter &painter, const QRectF &rect, Rag rag, const ChartStyle &style,
              const QFontMetricsF &fm, qreal pen)
{
    if (rect.isEmpty())
        return;
    painter.save();
    const QColor white(0xff, 0xff, 0xff);
    const qreal spacing = qMax(fm.height() * 0.3, 4.0);
    switch (rag) {
    case Rag::Green:
        painter.fillRect(rect, style.monochrome ? QColor(0x55, 0x55, 0x55) : style.green);
        break;
    case Rag::Amber:
    case Rag::Red: {
        const QColor base = rag == Rag::Amber ? style.amber : style.red;
        painter.fillRect(rect, style.monochrome ? style.background : mix(base, white, 0.65));
        painter.setClipRect(rect, Qt::IntersectClip);
        painter.setPen(QPen(style.monochrome ? style.text : base.darker(170),
                            qMax(spacing * 0.22, pen), Qt::SolidLine, Qt::FlatCap));
        hatch(painter, rect, spacing, true);
        if (rag == Rag::Red)
            hatch(painter, rect, spacing, false);
        painter.setClipping(false);
        break;
    }
    case Rag::None:
        break;
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.line, pen, rag == Rag::None ? Qt::DashLine : Qt::SolidLine,
                        Qt::SquareCap, Qt::MiterJoin));
    const qreal inset = pen / 2;
    painter.drawRect(rect.adjusted(inset, inset, -inset, -inset));
    painter.restore();
}

} // namespace

qreal ChartLayout::xFor(qreal score) const
{
    return axis.left() + axis.width() * qBound(0.0, score, 100.0) / 100.0;
}

QString ScoreChartPainter::scoreText(std::optional<double> score)
{
    if (!score)
        return tr("no score");
    return QLocale().toString(*score, 'f', 1);
}

QString ScoreChartPainter::legendText(Rag rag)
{
    switch (rag) {
    case Rag::Green:
        return tr("Green: 75 or more");
    case Rag::Amber:
        return tr("Amber: 50 to under 75");
    case Rag::Red:
        return tr("Red: under 50, or a gate failed");
    case Rag::None:
        break;
    }
    return tr("No score: nothing rated");
}

QString ScoreChartPainter::gateFailedText()
{
    return tr("gate failed");
}

QString ScoreChartPainter::describe(const SectionScore &section)
{
    const std::optional<double> score = section.tally.score();
    if (!score)
        return tr("%1: %2, nothing is rated yet.").arg(section.title, ragLabel(Rag::None));
    if (section.gateFailed)
        return tr("%1: score %2, %3 because a statutory gate failed.")
            .arg(section.title, scoreText(score), ragLabel(section.rag()));
    return tr("%1: score %2, %3.").arg(section.title, scoreText(score), ragLabel(section.rag()));
}

QString ScoreChartPainter::describe(const QList<SectionScore> &sections)
{
    if (sections.isEmpty())
        return tr("There are no sections to show.");
    QStringList sentences;
    for (const SectionScore &section : sections)
        sentences.append(describe(section));
    return sentences.join(QLatin1Char(' '));
}

ChartLayout ScoreChartPainter::layout(const QRectF &area, const QList<SectionScore> &sections,
                                      const QFontMetricsF &fm)
{
    ChartLayout l;
    const Measures m = measure(fm);
    if (sections.isEmpty()) {
        l.message = ChartDrawing::messageRect(area, fm, describe(sections));
        l.height = l.message.height();
        return l;
    }

    bool anyGateFailed = false;
    qreal widestTitle = 0;
    for (const SectionScore &section : sections) {
        anyGateFailed = anyGateFailed || section.gateFailed;
        widestTitle = qMax(widestTitle, fm.horizontalAdvance(section.title));
    }
    const qreal right =
        m.gap + m.scoreWidth + m.gap + m.ragWidth + (anyGateFailed ? m.gap + m.gateWidth : 0);
    qreal available = qMax(area.width() - right - m.gap, 0.0);
    // Titles get what they need while the bars keep a readable length; when space is short the
    // title gives way first (it wraps onto more lines) but never below a little under half.
    qreal titleWidth =
        qMax(0.0, qMin(widestTitle, qMax(available * 0.45, available - m.idealTrack)));
    // Too narrow for titles beside the bars (large text, a narrow window): each title goes on a
    // line of its own above its bar, and the bar has the width. A title column that is already
    // generous keeps a long title beside its bar, wrapped onto as many lines as it needs.
    const bool stacked = titleWidth < qMin(widestTitle, m.stackBelow);
    if (stacked) {
        available = qMax(area.width() - right, 0.0);
        titleWidth = 0;
    }
    const qreal trackLeft = stacked ? area.left() : area.left() + titleWidth + m.gap;
    const qreal trackWidth = qMax(available - titleWidth, 0.0);

    l.axis = QRectF(trackLeft, area.top(), trackWidth, m.axis);
    qreal y = l.axis.bottom();
    for (const SectionScore &section : sections) {
        ChartRowLayout row;
        qreal rowHeight = m.row;
        if (stacked) {
            row.titleLines = wrapTitle(section.title, fm, area.width());
            row.title = QRectF(area.left(), y, area.width(),
                               m.line * 1.2 + (row.titleLines.size() - 1) * m.line);
            y = row.title.bottom();
        } else {
            row.titleLines = wrapTitle(section.title, fm, titleWidth);
            rowHeight += (row.titleLines.size() - 1) * m.line;
            row.title = QRectF(area.left(), y, titleWidth, rowHeight);
        }
        row.lane = QRectF(area.left(), y, area.width(), stacked ? m.row : rowHeight);
        row.track = QRectF(trackLeft, y + (m.row - m.barHeight) / 2, trackWidth, m.barHeight);
        row.bar = row.track;
        if (const std::optional<double> score = section.tally.score()) {
            // A score of 0 still leaves a sliver, so a Red zero is seen, not mistaken for a gap.
            const qreal width = qMax(trackWidth * qBound(0.0, *score, 100.0) / 100.0, 2 * m.pen);
            row.bar.setWidth(qMin(width, trackWidth));
        }
        row.score = QRectF(row.track.right() + m.gap, y, m.scoreWidth, m.row);
        row.rag = QRectF(row.score.right() + m.gap, y, m.ragWidth, m.row);
        if (section.gateFailed)
            row.gate = QRectF(row.rag.right() + m.gap, y, m.gateWidth, m.row);
        l.rows.append(row);
        y += rowHeight;
    }

    // The key flows onto as many lines as the width needs.
    y += m.line * 0.5;
    qreal x = area.left();
    bool lineHasItem = false;
    for (Rag rag : {Rag::Green, Rag::Amber, Rag::Red, Rag::None}) {
        ChartLegendItem item;
        item.rag = rag;
        item.label = legendText(rag);
        const qreal textWidth = fm.horizontalAdvance(item.label);
        const qreal width = m.swatchWidth + m.gap / 2 + textWidth;
        if (lineHasItem && x + width > area.right()) {
            x = area.left();
            y += m.legendLine;
        }
        item.swatch =
            QRectF(x, y + (m.legendLine - m.swatchHeight) / 2, m.swatchWidth, m.swatchHeight);
        item.text = QRectF(item.swatch.right() + m.gap / 2, y, textWidth, m.legendLine);
        l.legend.append(item);
        x += width + m.gap * 2;
        lineHasItem = true;
    }
    y += m.legendLine;
    l.height = y - area.top();
    return l;
}

QSizeF ScoreChartPainter::preferredSize(int sectionCount, const QFontMetricsF &metrics)
{
    const Measures m = measure(metrics);
    const qreal width = m.idealTitle + m.gap + m.idealTrack + m.gap + m.scoreWidth + m.gap +
                        m.ragWidth + m.gap + m.gateWidth;
    // Only the number of rows matters for the height, so stand-in sections will do.
    const QList<SectionScore> standIns(qMax(sectionCount, 0));
    return QSizeF(width, layout(QRectF(0, 0, width, 0), standIns, metrics).height);
}

void ScoreChartPainter::paint(QPainter &painter, const QRectF &area,
                              const QList<SectionScore> &sections, const ChartStyle &given)
{
    if (!area.isValid())
        return;
    const ChartStyle style = ChartDrawing::beginPainting(painter, area, given);
    const QFontMetricsF fm(style.font, painter.device());
    const Measures m = measure(fm);

    const ChartLayout l = layout(area, sections, fm);
    if (l.rows.isEmpty()) {
        ChartDrawing::paintMessageAndFinish(painter, l.message, describe(sections), style);
        return;
    }
    painter.setPen(style.text);

    // The scale: a solid line at 0 and 100, dashed reference lines at the RAG boundaries, drawn
    // first so that the bars sit on top. 50 and 75 are labelled first; 0 and 100 only where they
    // fit beside them, so that a narrow chart never prints one number over another.
    QList<QRectF> labelled;
    for (const ChartDrawing::ScaleMark &mark : ChartDrawing::scaleMarks) {
        const qreal x = l.xFor(mark.value);
        painter.setPen(QPen(style.line, m.pen, mark.pen, Qt::FlatCap));
        // A tick under the label, then the line along the bars; where titles have lines of their
        // own (a narrow chart), the line stops for them.
        const qreal tickTop = l.axis.bottom() - m.line * 0.2;
        painter.drawLine(QPointF(x, tickTop), QPointF(x, l.axis.bottom()));
        qreal segmentTop = tickTop;
        qreal segmentBottom = l.axis.bottom();
        for (const ChartRowLayout &row : l.rows) {
            if (row.lane.top() > segmentBottom + 0.5) {
                painter.drawLine(QPointF(x, segmentTop), QPointF(x, segmentBottom));
                segmentTop = row.lane.top();
            }
            segmentBottom = row.lane.bottom();
        }
        painter.drawLine(QPointF(x, segmentTop), QPointF(x, segmentBottom));

        const QString label = QLocale().toString(mark.value);
        const qreal w = fm.horizontalAdvance(label);
        qreal left = x - w / 2;
        if (mark.value == 0)
            left = x;
        else if (mark.value == 100)
            left = x - w;
        const QRectF rect(left, l.axis.top(), w, l.axis.height());
        const QRectF spaced = rect.adjusted(-m.gap / 2, 0, m.gap / 2, 0);
        const bool clashes = std::any_of(labelled.cbegin(), labelled.cend(),
                                         [&](const QRectF &r) { return r.intersects(spaced); });
        if (clashes)
            continue;
        labelled.append(rect);
        painter.setPen(style.text);
        painter.drawText(rect, Qt::AlignHCenter | Qt::AlignVCenter, label);
    }

    for (int i = 0; i < l.rows.size(); ++i) {
        const ChartRowLayout &row = l.rows.at(i);
        const SectionScore &section = sections.at(i);
        painter.setPen(style.text);
        // Beside the bar, the first line is level with it and any more follow below; above the
        // bar (a narrow chart), the lines are the title's own.
        const bool above = row.lane.top() >= row.title.bottom() - 0.5;
        const qreal lineBox = above ? m.line * 1.2 : m.row;
        for (int line = 0; line < row.titleLines.size(); ++line) {
            const QRectF rect(row.title.left(), row.title.top() + line * m.line, row.title.width(),
                              lineBox);
            painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, row.titleLines.at(line));
        }
        paintBar(painter, row.bar, section.rag(), style, fm, m.pen);
        painter.setPen(style.text);
        painter.drawText(row.score, Qt::AlignRight | Qt::AlignVCenter,
                         scoreText(section.tally.score()));
        painter.drawText(row.rag, Qt::AlignLeft | Qt::AlignVCenter, ragLabel(section.rag()));
        if (!row.gate.isEmpty()) {
            const QRectF marker(row.gate.left(), row.gate.top(), m.markerWidth, row.gate.height());
            paintGateMarker(painter, marker.adjusted(0, m.line * 0.3, 0, -m.line * 0.3), style);
            painter.setPen(style.text);
            painter.drawText(row.gate.adjusted(m.markerWidth + m.gap / 2, 0, 0, 0),
                             Qt::AlignLeft | Qt::AlignVCenter, gateFailedText());
        }
    }

    for (const ChartLegendItem &item : l.legend) {
        paintBar(painter, item.swatch, item.rag, style, fm, m.pen);
        painter.setPen(style.text);
        painter.drawText(item.text, Qt::AlignLeft | Qt::AlignVCenter, item.label);
    }
    painter.restore();
}

void ScoreChartPainter::paintRagSwatch(QPainter &painter, const QRectF &rect, Rag rag,
                                       const ChartStyle &given)
{
    const ChartStyle style = effectiveStyle(given);
    const QFontMetricsF fm(style.font, painter.device());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintBar(painter, rect, rag, style, fm, qMax(fm.lineWidth(), 1.0));
    painter.restore();
}

} // namespace Waymark
