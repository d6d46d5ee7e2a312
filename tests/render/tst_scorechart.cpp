// The section chart painted into images: RAG must read from the pattern alone (greyscale, and
// even when all three RAG colours are the same), and odd inputs must paint without crashing.
#include "chart/ScoreChartPainter.h"
#include "SectionScores.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace Waymark;

namespace {


QFont testFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(16);
    return font;
}

// Greyscale bytes of a patch, row by row.
QByteArray greyPatch(const QImage &image, const QRect &rect)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QByteArray bytes;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        bytes.append(reinterpret_cast<const char *>(grey.constScanLine(y)) + rect.left(),
                     rect.width());
    return bytes;
}

int distinctGreys(const QByteArray &patch)
{
    QSet<char> values;
    for (char c : patch)
        values.insert(c);
    return int(values.size());
}

} // namespace

class TestScoreChart : public QObject
{
    Q_OBJECT

private:
    // Paints one chart of a Green, an Amber, a Red and a no-score section with the same score
    // where the rules allow (Green and gate-failed Red at 100), and returns, per row, the
    // greyscale bytes of a patch inside the start of the bar.
    QList<QByteArray> barPatches(const ChartStyle &style, QImage *out = nullptr)
    {
        const QList<SectionScore> sections = {
            section(QStringLiteral("Green"), 3, 3), section(QStringLiteral("Amber"), 6, 9),
            section(QStringLiteral("Red"), 3, 3, true), section(QStringLiteral("None"), 0, 0)};
        QImage image(900, 400, QImage::Format_RGB32);
        image.fill(Qt::white);
        const QRectF area(10, 10, 880, 380);
        {
            QPainter painter(&image);
            ScoreChartPainter::paint(painter, area, sections, style);
        }
        const ChartLayout layout =
            ScoreChartPainter::layout(area, sections, QFontMetricsF(style.font, &image));
        QList<QByteArray> patches;
        for (const ChartRowLayout &row : layout.rows) {
            // Well inside the bar's outline: 40 pixels wide, the middle half of its height.
            const QRect bar = row.bar.toAlignedRect();
            patches.append(greyPatch(
                image, QRect(bar.left() + 4, bar.top() + bar.height() / 4, 40, bar.height() / 2)));
        }
        if (out)
            *out = image;
        return patches;
    }

    void checkAllDifferent(const QList<QByteArray> &patches)
    {
        QCOMPARE(patches.size(), 4);
        const char *names[] = {"Green", "Amber", "Red", "No score"};
        for (int i = 0; i < patches.size(); ++i) {
            for (int j = i + 1; j < patches.size(); ++j)
                QVERIFY2(patches.at(i) != patches.at(j),
                         qPrintable(QStringLiteral("%1 and %2 look the same in greyscale")
                                        .arg(QLatin1String(names[i]), QLatin1String(names[j]))));
        }
    }

private Q_SLOTS:
    void ragsDifferInGreyscaleMonochrome()
    {
        ChartStyle style;
        style.font = testFont();
        style.monochrome = true;
        QImage image;
        const QList<QByteArray> patches = barPatches(style, &image);
        checkAllDifferent(patches);
        // Monochrome really is grey: every pixel has equal red, green and blue.
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                const QRgb p = image.pixel(x, y);
                QVERIFY(qRed(p) == qGreen(p) && qGreen(p) == qBlue(p));
            }
        }
        // Green is solid (one shade inside), the hatches are patterns (several shades), no score
        // is an empty outline (white inside).
        QCOMPARE(distinctGreys(patches.at(0)), 1);
        QVERIFY(distinctGreys(patches.at(1)) > 1);
        QVERIFY(distinctGreys(patches.at(2)) > 1);
        QCOMPARE(distinctGreys(patches.at(3)), 1);
        QCOMPARE(quint8(patches.at(3).at(0)), quint8(255));
    }

    void patternsNotColoursCarryTheRag()
    {
        // The same colour for all three RAGs: only the patterns can tell them apart.
        ChartStyle style;
        style.font = testFont();
        style.red = style.amber = style.green = QColor(0x80, 0x80, 0x80);
        checkAllDifferent(barPatches(style));
    }

    void crossHatchDiffersFromDiagonalHatch()
    {
        // Red's cross-hatch has more ink than Amber's single hatch at the same spacing.
        ChartStyle style;
        style.font = testFont();
        style.monochrome = true;
        const QList<QByteArray> patches = barPatches(style);
        QCOMPARE(patches.size(), 4);
        auto ink = [](const QByteArray &patch) {
            qint64 sum = 0;
            for (char c : patch)
                sum += 255 - quint8(c);
            return sum;
        };
        QVERIFY(ink(patches.at(2)) > ink(patches.at(1)));
    }

    void emptyAndUnscoredChartsPaint()
    {
        ChartStyle style;
        style.font = testFont();
        QImage image(400, 200, QImage::Format_RGB32);
        image.fill(Qt::black);
        {
            QPainter painter(&image);
            ScoreChartPainter::paint(painter, QRectF(0, 0, 400, 200), {}, style);
        }
        // The background is painted and the "no sections" sentence is written in dark ink.
        QCOMPARE(image.pixel(399, 199), qRgb(255, 255, 255));
        QVERIFY(distinctGreys(greyPatch(image, QRect(0, 0, 400, 30))) > 1);

        const QList<SectionScore> unscored = {section(QStringLiteral("One"), 0, 0),
                                              section(QStringLiteral("Two"), 0, 0)};
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            ScoreChartPainter::paint(painter, QRectF(0, 0, 400, 200), unscored, style);
            // Areas far too small, or empty, must not crash either.
            ScoreChartPainter::paint(painter, QRectF(0, 0, 8, 8), unscored, style);
            ScoreChartPainter::paint(painter, QRectF(0, 0, 0, 0), unscored, style);
        }
        const ChartLayout layout = ScoreChartPainter::layout(QRectF(0, 0, 400, 200), unscored,
                                                             QFontMetricsF(style.font, &image));
        QCOMPARE(layout.rows.size(), 2);
        for (const ChartRowLayout &row : layout.rows)
            QCOMPARE(row.bar, row.track); // no score: the outline of the whole scale
    }

    void barLengthFollowsTheScore()
    {
        const QList<SectionScore> sections = {section(QStringLiteral("Half"), 3, 6),
                                              section(QStringLiteral("Full"), 3, 3)};
        const QFontMetricsF fm(testFont());
        const ChartLayout layout = ScoreChartPainter::layout(QRectF(0, 0, 800, 300), sections, fm);
        QCOMPARE(layout.rows.size(), 2);
        QVERIFY(qAbs(layout.rows.at(0).bar.width() - layout.rows.at(0).track.width() / 2) < 0.5);
        QCOMPARE(layout.rows.at(1).bar.width(), layout.rows.at(1).track.width());
        // The 50 and 75 reference lines sit at half and three quarters of the scale.
        QCOMPARE(layout.xFor(50), layout.axis.left() + layout.axis.width() / 2);
        QVERIFY(layout.rows.at(0).gate.isEmpty());
    }

    void gateFailedRowsHaveAMarker()
    {
        const QList<SectionScore> sections = {section(QStringLiteral("Gate"), 3, 3, true),
                                              section(QStringLiteral("Fine"), 3, 3)};
        const ChartLayout layout =
            ScoreChartPainter::layout(QRectF(0, 0, 900, 300), sections, QFontMetricsF(testFont()));
        QVERIFY(!layout.rows.at(0).gate.isEmpty());
        QVERIFY(layout.rows.at(1).gate.isEmpty());
        QCOMPARE(sections.at(0).rag(), Rag::Red);
        QVERIFY(ScoreChartPainter::describe(sections.at(0)).contains(QLatin1String("Red")));
        QVERIFY(ScoreChartPainter::describe(sections.at(0)).contains(QLatin1String("gate failed")));
    }

    void preferredSizeGrowsWithSectionsAndFont()
    {
        QFont font = testFont();
        const QSizeF three = ScoreChartPainter::preferredSize(3, QFontMetricsF(font));
        const QSizeF six = ScoreChartPainter::preferredSize(6, QFontMetricsF(font));
        QVERIFY(six.height() > three.height());
        QCOMPARE(six.width(), three.width());
        font.setPixelSize(32);
        const QSizeF large = ScoreChartPainter::preferredSize(3, QFontMetricsF(font));
        QVERIFY(large.width() > three.width() * 1.5);
        QVERIFY(large.height() > three.height() * 1.5);
        QVERIFY(ScoreChartPainter::preferredSize(0, QFontMetricsF(font)).height() > 0);
    }

    void scoreTextInWords()
    {
        QCOMPARE(ScoreChartPainter::scoreText(200.0 / 3.0), QStringLiteral("66.7"));
        QCOMPARE(ScoreChartPainter::scoreText(std::nullopt), QStringLiteral("no score"));
    }
};

QTEST_MAIN(TestScoreChart)
#include "tst_scorechart.moc"
