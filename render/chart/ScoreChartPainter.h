#pragma once

#include "scoring/Scoring.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

class QPainter;

namespace Waymark {

// How the chart looks. The defaults suit print: dark text on white. RAG is never carried by the
// fill colour alone: every bar also has its own pattern and the RAG word beside it.
struct ChartStyle
{
    QFont font;
    QColor text = QColor(0x1a, 0x1a, 0x1a);
    QColor background = QColor(0xff, 0xff, 0xff);
    QColor line = QColor(0x40, 0x40, 0x40);
    QColor red = QColor(0xc6, 0x28, 0x28);
    QColor amber = QColor(0xef, 0x8f, 0x00);
    QColor green = QColor(0x2e, 0x7d, 0x32);
    // Black, white and greys only, for a greyscale printer or a photocopy.
    bool monochrome = false;
};

// Where each part of one section's row goes.
struct ChartRowLayout
{
    QRectF title;
    // The title as it is printed: one line, or several when it is wider than its column (a
    // title is wrapped at word boundaries, never cut short).
    QStringList titleLines;
    // The rows' span that the scale's lines cross: the whole row beside a title column, the bar's
    // line under a title that has lines of its own.
    QRectF lane;
    QRectF track; // the 0..100 scale
    QRectF bar;   // the part of the track the score fills; the whole track when there is no score
    QRectF score;
    QRectF rag;
    QRectF gate; // the "gate failed" marker; empty when the section's gate did not fail
};

// One entry of the key under the chart: a sample of a RAG's pattern and what it means.
struct ChartLegendItem
{
    Rag rag = Rag::None;
    QRectF swatch;
    QRectF text;
    QString label;
};

// The chart's geometry for one area, worked out once so that painting, tooltips and tests agree.
struct ChartLayout
{
    QRectF axis; // the row of 0 / 50 / 75 / 100 labels above the bars
    QList<ChartRowLayout> rows;
    QList<ChartLegendItem> legend;
    QRectF message;   // the sentence shown instead of bars when there are no sections
    qreal height = 0; // the height everything needs at this width

    // The x position of a score (0..100) on the scale.
    qreal xFor(qreal score) const;
};

// A horizontal bar chart of section scores: one row per section with its title, a bar from 0 to
// 100, the score as text, the RAG as a word and a pattern, and a marker where a statutory gate
// failed. Pure painting onto any QPainter (a widget, an image, a PDF), so the screen and the
// printed report show the same chart.
class ScoreChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(ScoreChartPainter)

public:
    static void paint(QPainter &painter, const QRectF &area, const QList<SectionScore> &sections,
                      const ChartStyle &style);

    // A comfortable size for this many sections; the chart also paints into less width.
    static QSizeF preferredSize(int sectionCount, const QFontMetricsF &metrics);

    static ChartLayout layout(const QRectF &area, const QList<SectionScore> &sections,
                              const QFontMetricsF &metrics);

    // A sample of a RAG's pattern, exactly as the bars and the key paint it, so that a RAG mark
    // beside text elsewhere (the printed review) reads the same in greyscale.
    static void paintRagSwatch(QPainter &painter, const QRectF &rect, Rag rag,
                               const ChartStyle &style);

    // "66.7" or "no score".
    static QString scoreText(std::optional<double> score);
    // What a key entry says a RAG means, e.g. "Green: 75 or more".
    static QString legendText(Rag rag);
    // "gate failed"
    static QString gateFailedText();
    // One sentence for a screen reader or a tooltip: title, score and RAG in words.
    static QString describe(const SectionScore &section);
    // What the chart shows, one sentence per section.
    static QString describe(const QList<SectionScore> &sections);
};

} // namespace Waymark
