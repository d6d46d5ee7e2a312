#pragma once

#include "layout/Flow.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QList>
#include <QString>
#include <QTextOption>

#include <array>

namespace Waymark {

// Measures and shapes the report's text in layout units: one line shaped once into glyph runs
// that painting reuses, or a text wrapped to a width, one slice a line. The only part of the
// layout that runs QTextLayout.
class TextShaper
{
public:
    // fonts: by ReportFont, as reportFonts() makes them.
    explicit TextShaper(QList<QFont> fonts);

    const QFontMetricsF &metrics(ReportFont font) const { return m_metrics.at(int(font)); }
    // The height of one line of font, with the report's leading for its role.
    qreal lineHeight(ReportFont font) const;
    // The baseline of font's text centred in a line box of this height.
    qreal baselineIn(ReportFont font, qreal height) const;
    qreal advance(ReportFont font, const QString &text) const { return shape(font, text).width; }

    // One line of text at x in the line box from top down by height, shaped, not wrapped.
    LaidOutItem textItem(const QString &text, ReportFont font, ReportInk ink, qreal x, qreal top,
                         qreal height, int block) const;
    // A line's slice with nothing in it yet: a blank line, or one to put a mark on.
    Slice emptyLine(ReportFont font, qreal textRight) const;
    // Each line a slice of its own. The user's own line breaks are kept; a blank line keeps its
    // space. Lines break at word boundaries, or anywhere in a word longer than the width. The
    // very first line starts firstIndent in, after a run-in label.
    QList<Slice> wrap(const QString &text, ReportFont font, ReportInk ink, qreal x, qreal width,
                      int block, qreal firstIndent = 0) const;

private:
    // One line of text shaped once: its width and its glyphs, positioned from (0, baseline).
    struct Shaped
    {
        qreal width = 0;
        QList<QGlyphRun> glyphs;
    };
    Shaped shape(ReportFont font, const QString &text) const;

    QList<QFont> m_fonts;
    QList<QFontMetricsF> m_metrics;
    QTextOption m_wrap;
    // Labels such as "Answer:" and "Amber" come back hundreds of times.
    mutable std::array<QHash<QString, Shaped>, size_t(ReportFont::Count)> m_shaped;
};

} // namespace Waymark
