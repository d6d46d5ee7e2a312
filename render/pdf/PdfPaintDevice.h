#pragma once

#include <QPaintDevice>
#include <QSizeF>

#include <memory>

namespace Waymark {

class PdfContent;
class PdfPaintEngine;

// A paint device whose QPainter writes into a tagged PDF's page content: what ScoreChartPainter
// paints (the chart, RAG swatches) goes onto the page as vector paths and real text, the same
// drawing the screen and Qt's printer get. Coordinates are layout units, dpi to the inch.
class PdfPaintDevice : public QPaintDevice
{
public:
    PdfPaintDevice(PdfContent &content, const QSizeF &size, int dpi);
    ~PdfPaintDevice() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    std::unique_ptr<PdfPaintEngine> m_engine;
    QSizeF m_size;
    int m_dpi;
};

} // namespace Waymark
