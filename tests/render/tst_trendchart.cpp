// The trend chart: every point says its score in words, every line has its own marker and dash
// pattern, a failed gate is marked in words, labels never sit on one another, and the chart reads
// the same in greyscale; its text alternative has a sentence per cycle.
#include "chart/TrendChartPainter.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

#include <set>
#include <utility>

using namespace Waymark;

namespace {

QFont testFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    return font;
}

TrendSeries series(const QString &title, const QList<std::optional<double>> &scores,
                   const QList<bool> &gateFailed = {})
{
    TrendSeries line;
    line.title = title;
    line.scores = scores;
    for (const std::optional<double> &score : scores)
        line.rags.append(score ? (*score >= 75   ? Rag::Green
                                  : *score >= 50 ? Rag::Amber
                                                 : Rag::Red)
                               : Rag::None);
    line.gateFailed = gateFailed.isEmpty() ? QList<bool>(scores.size(), false) : gateFailed;
    return line;
}

// Three cycles; the overall line's first cycle failed its gateway; a section not asked at first;
// two sections with the same scores, so their words must find room apart.
TrendChartData threeCycles()
{
    TrendChartData data;
    data.dates = {QDate(2024, 5, 1), QDate(2025, 5, 1), QDate(2026, 5, 1)};
    data.versions = {QStringLiteral("1.0.0"), QStringLiteral("1.0.0"), QStringLiteral("2.0.0")};
    data.series = {series(QStringLiteral("Overall"), {48.5, 61.2, 80.0}, {true, false, false}),
                   series(QStringLiteral("Leadership"), {60.0, 60.0, 90.0}),
                   series(QStringLiteral("Partnership"), {60.0, 60.0, 90.0}),
                   series(QStringLiteral("Front door"), {std::nullopt, 30.0, 45.0})};
    return data;
}

} // namespace

class TestTrendChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPointLabelledWithoutOverlap()
    {
        const TrendChartData data = threeCycles();
        const QRectF area(0, 0, 700, 0);
        const TrendChartLayout layout =
            TrendChartPainter::layout(area, data, QFontMetricsF(testFont()));
        // 3 + 3 + 3 + 2 points: none where a section was not asked.
        QCOMPARE(layout.points.size(), 11);
        QCOMPARE(layout.cycleLabels.size(), 3);
        for (int i = 0; i < layout.points.size(); ++i) {
            const TrendChartPoint &a = layout.points.at(i);
            QVERIFY(!a.label.isEmpty());
            QVERIFY(a.label.left() >= area.left() - 0.5 && a.label.right() <= area.right() + 0.5);
            QVERIFY(a.label.top() >= area.top() - 0.5);
            for (int j = i + 1; j < layout.points.size(); ++j)
                QVERIFY2(!a.label.intersects(layout.points.at(j).label),
                         qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
        }
        // Higher scores sit higher; the gate failure is marked on its point.
        QVERIFY(layout.points.at(2).centre.y() < layout.points.at(0).centre.y());
        QVERIFY(layout.points.at(0).gateFailed);
        QVERIFY(!layout.points.at(1).gateFailed);
        QCOMPARE(layout.yFor(100), layout.plot.top());
        QCOMPARE(layout.yFor(0), layout.plot.bottom());
        // A key entry per line and one for the gate-failed mark.
        QCOMPARE(layout.legend.size(), 5);
        QVERIFY(layout.height > layout.plot.height());
    }

    void pointWordsAndTextAlternative()
    {
        const TrendChartData data = threeCycles();
        QCOMPARE(TrendChartPainter::pointText(data, 0, 1), QStringLiteral("61.2 Amber"));
        QCOMPARE(TrendChartPainter::pointText(data, 1, 2), QStringLiteral("90.0"));
        QCOMPARE(TrendChartPainter::pointText(data, 3, 0), QStringLiteral("no score"));
        const QString text = TrendChartPainter::describe(data);
        QCOMPARE(text.count(QStringLiteral("questions version")), 3);
        QVERIFY2(text.startsWith(QStringLiteral("1 May 2024, questions version 1.0.0: Overall 48.5 "
                                                "Red, gate failed; Leadership 60.0;")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Front door no score")));
        QCOMPARE(TrendChartPainter::describe({}),
                 QStringLiteral("There are no assessments to show."));
    }

    void linesDifferByShapeAndDashesNotColourAlone()
    {
        std::set<std::pair<int, QList<qreal>>> seen;
        for (int series = 0; series < 14; ++series) {
            const auto key = std::make_pair(int(TrendChartPainter::markerFor(series)) +
                                                (TrendChartPainter::markerFilled(series) ? 0 : 100),
                                            TrendChartPainter::dashesFor(series));
            QVERIFY2(seen.insert(key).second, qPrintable(QString::number(series)));
        }
        std::set<int> shapes;
        for (int series = 0; series < 7; ++series)
            shapes.insert(int(TrendChartPainter::markerFor(series)));
        QCOMPARE(int(shapes.size()), 7);
    }

    void monochromeIsGreyAndNothingCrashes()
    {
        const TrendChartData data = threeCycles();
        QImage image(700, 500, QImage::Format_ARGB32);
        image.fill(Qt::white);
        ChartStyle style;
        style.font = testFont();
        style.monochrome = true;
        {
            QPainter painter(&image);
            TrendChartPainter::paint(painter, QRectF(0, 0, 700, 500), data, style);
            // Empty data, a single cycle and no room at all paint without harm.
            TrendChartPainter::paint(painter, QRectF(0, 0, 300, 200), {}, style);
            TrendChartData one = data;
            one.dates = {one.dates.first()};
            one.versions = {one.versions.first()};
            for (TrendSeries &line : one.series) {
                line.scores = {line.scores.first()};
                line.rags = {line.rags.first()};
                line.gateFailed = {line.gateFailed.first()};
            }
            TrendChartPainter::paint(painter, QRectF(0, 300, 300, 200), one, style);
            TrendChartPainter::paint(painter, QRectF(0, 0, 0, 0), data, style);
        }
        int dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                QCOMPARE(qRed(pixel), qGreen(pixel));
                QCOMPARE(qGreen(pixel), qBlue(pixel));
                dark += qGray(pixel) < 128;
            }
        }
        QVERIFY(dark > 500); // something was drawn
    }
};

QTEST_MAIN(TestTrendChart)
#include "tst_trendchart.moc"
