#include "pdf/PdfPaintDevice.h"

#include "pdf/PdfContent.h"

#include <QPaintEngine>
#include <QRawFont>
#include <QTextItem>

namespace Waymark {

// Turns QPainter's calls into PDF operators. Each drawing is written inside its own q … Q
// with the clip in force, so that a clip can be widened again (PDF clips only narrow).
class PdfPaintEngine : public QPaintEngine
{
public:
    explicit PdfPaintEngine(PdfContent &content)
        : QPaintEngine(QPaintEngine::AllFeatures)
        , m_content(content)
    {
    }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        const QPaintEngine::DirtyFlags flags = state.state();
        if (flags & DirtyTransform)
            m_transform = state.transform();
        if (flags & DirtyPen)
            m_pen = state.pen();
        if (flags & DirtyBrush)
            m_brush = state.brush();
        if (flags & DirtyClipEnabled)
            m_clipEnabled = state.isClipEnabled();
        if (flags & (DirtyClipPath | DirtyClipRegion)) {
            QPainterPath path;
            if (flags & DirtyClipPath) {
                path = state.clipPath();
            } else {
                for (const QRect &rect : state.clipRegion())
                    path.addRect(rect);
            }
            path = m_transform.map(path);
            switch (state.clipOperation()) {
            case Qt::NoClip:
                m_clip = QPainterPath();
                m_clipEnabled = false;
                break;
            case Qt::ReplaceClip:
                m_clip = path;
                m_clipEnabled = true;
                break;
            case Qt::IntersectClip:
                m_clip = m_clipEnabled ? m_clip.intersected(path) : path;
                m_clipEnabled = true;
                break;
            }
        }
    }

    void drawPath(const QPainterPath &path) override
    {
        const QPainterPath mapped = m_transform.map(path);
        const bool stroke = m_pen.style() != Qt::NoPen;
        const bool fill = m_brush.style() != Qt::NoBrush;
        if (!stroke && !fill)
            return;
        const QColor fillColour = m_brush.color();
        beginDrawing();
        m_content.path(mapped, stroke ? &m_pen : nullptr, fill ? &fillColour : nullptr);
        endDrawing();
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (count < 2)
            return;
        QPainterPath path;
        path.moveTo(points[0]);
        for (int i = 1; i < count; ++i)
            path.lineTo(points[i]);
        if (mode == PolylineMode) {
            const QBrush brush = m_brush;
            m_brush = Qt::NoBrush;
            drawPath(path);
            m_brush = brush;
            return;
        }
        path.closeSubpath();
        path.setFillRule(mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill);
        drawPath(path);
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QString text = item.text();
        if (text.trimmed().isEmpty())
            return;
        // The chart's short texts (titles, scores, RAG words, its key) are shaped again here
        // from the font's own glyphs and advances: no ligatures, no complex scripts in them.
        const QRawFont raw = QRawFont::fromFont(item.font());
        // A space after each label, so that the chart's words do not run together when its
        // text is read out of the PDF (tagged PDF marks word breaks with spaces).
        const QList<quint32> glyphs = raw.glyphIndexesForString(text + QLatin1Char(' '));
        const QList<QPointF> advances = raw.advancesForGlyphIndexes(
            glyphs, QRawFont::SeparateAdvances | QRawFont::UseDesignMetrics);
        QList<QPointF> positions;
        positions.reserve(glyphs.size());
        QPointF at;
        for (const QPointF &advance : advances) {
            positions.append(at);
            at += QPointF(advance.x(), 0);
        }
        beginDrawing();
        m_content.glyphs(raw, glyphs, positions, m_transform.map(p), m_pen.color(),
                         text + QLatin1Char(' '));
        endDrawing();
    }

    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override
    {
        // The report paints no pictures.
    }

    PdfContent &content() { return m_content; }

private:
    void beginDrawing()
    {
        m_content.save();
        if (m_clipEnabled)
            m_content.clip(m_clip);
    }
    void endDrawing() { m_content.restore(); }

    PdfContent &m_content;
    QTransform m_transform;
    QPen m_pen;
    QBrush m_brush;
    QPainterPath m_clip;
    bool m_clipEnabled = false;
};

PdfPaintDevice::PdfPaintDevice(PdfContent &content, const QSizeF &size, int dpi)
    : m_engine(std::make_unique<PdfPaintEngine>(content))
    , m_size(size)
    , m_dpi(dpi)
{
}

PdfPaintDevice::~PdfPaintDevice() = default;

QPaintEngine *PdfPaintDevice::paintEngine() const
{
    return m_engine.get();
}

int PdfPaintDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return qRound(m_size.width());
    case PdmHeight:
        return qRound(m_size.height());
    case PdmWidthMM:
        return qRound(m_size.width() * 25.4 / m_dpi);
    case PdmHeightMM:
        return qRound(m_size.height() * 25.4 / m_dpi);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

} // namespace Waymark
