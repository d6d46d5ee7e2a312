#include "chart/ChartDrawing.h"

#include <QPainter>
#include <QPainterPath>

namespace Waymark::ChartDrawing {

namespace {

QColor grey(const QColor &colour)
{
    const int g = qGray(colour.rgb());
    return QColor(g, g, g);
}

} // namespace

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

ChartStyle effectiveStyle(const ChartStyle &style)
{
    if (!style.monochrome)
        return style;
    ChartStyle mono = style;
    mono.text = grey(style.text);
    mono.background = grey(style.background);
    mono.line = grey(style.line);
    // Sub-pixel text smoothing would put colour fringes on the letters.
    mono.font.setStyleStrategy(
        QFont::StyleStrategy(mono.font.styleStrategy() | QFont::NoSubpixelAntialias));
    return mono;
}

ChartStyle beginPainting(QPainter &painter, const QRectF &area, const ChartStyle &given)
{
    const ChartStyle style = effectiveStyle(given);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setFont(style.font);
    painter.fillRect(area, style.background);
    painter.setClipRect(area, Qt::IntersectClip);
    return style;
}

QRectF messageRect(const QRectF &area, const QFontMetricsF &fm, const QString &message)
{
    const QRectF needed =
        fm.boundingRect(QRectF(0, 0, qMax(area.width(), 1.0), 1e6), Qt::TextWordWrap, message);
    return QRectF(area.left(), area.top(), area.width(), needed.height());
}

void paintMessageAndFinish(QPainter &painter, const QRectF &rect, const QString &message,
                           const ChartStyle &style)
{
    painter.setPen(style.text);
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, message);
    painter.restore();
}

void paintGateMarker(QPainter &painter, const QRectF &rect, const ChartStyle &style)
{
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF box(rect.left(), rect.center().y() - side / 2, side, side);
    QPainterPath triangle;
    triangle.moveTo(box.center().x(), box.top());
    triangle.lineTo(box.right(), box.bottom());
    triangle.lineTo(box.left(), box.bottom());
    triangle.closeSubpath();
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.text);
    painter.drawPath(triangle);
    painter.setBrush(style.background);
    const qreal stroke = side * 0.12;
    const qreal cx = box.center().x();
    painter.drawRect(QRectF(cx - stroke / 2, box.top() + side * 0.35, stroke, side * 0.35));
    painter.drawEllipse(QPointF(cx, box.top() + side * 0.82), stroke * 0.65, stroke * 0.65);
    painter.restore();
}

} // namespace Waymark::ChartDrawing
