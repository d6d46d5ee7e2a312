#include "report/ReportDocument.h"

namespace Waymark {

ReportBlock ReportBlock::heading(int level, const QString &text, Rag rag)
{
    ReportBlock block;
    block.kind = Kind::Heading;
    block.level = level;
    block.text = text;
    block.rag = rag;
    block.keepWithNext = true;
    return block;
}

ReportBlock ReportBlock::paragraph(const QString &text, TextStyle style)
{
    ReportBlock block;
    block.kind = Kind::Paragraph;
    block.text = text;
    block.style = style;
    // A caption belongs to the table, chart or space below it.
    block.keepWithNext = style == TextStyle::Caption;
    return block;
}

ReportBlock ReportBlock::field(const QString &label, const QString &text, Rag rag)
{
    ReportBlock block;
    block.kind = Kind::Field;
    block.label = label;
    block.text = text;
    block.rag = rag;
    return block;
}

ReportBlock ReportBlock::tableBlock(const ReportTable &table)
{
    ReportBlock block;
    block.kind = Kind::Table;
    block.table = table;
    return block;
}

ReportBlock ReportBlock::chartBlock(const QList<SectionScore> &sections)
{
    ReportBlock block;
    block.kind = Kind::Chart;
    block.chart = sections;
    return block;
}

ReportBlock ReportBlock::trendChartBlock(const TrendChartData &data)
{
    ReportBlock block;
    block.kind = Kind::TrendChart;
    block.trendChart = data;
    return block;
}

ReportBlock ReportBlock::tickBoxes(const QString &label, const QStringList &choices)
{
    ReportBlock block;
    block.kind = Kind::TickBoxes;
    block.label = label;
    block.choices = choices;
    return block;
}

ReportBlock ReportBlock::ruledLines(const QString &label, int lines)
{
    ReportBlock block;
    block.kind = Kind::RuledLines;
    block.label = label;
    block.lines = lines;
    return block;
}

ReportBlock ReportBlock::pageBreak()
{
    ReportBlock block;
    block.kind = Kind::PageBreak;
    return block;
}

QString ReportDocument::languageOrDefault() const
{
    return language.isEmpty() ? QStringLiteral("en") : language;
}

QList<int> ReportDocument::outlineLevels() const
{
    QList<int> levels(blocks.size(), 0);
    int previous = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        const ReportBlock &block = blocks.at(i);
        if (block.kind != ReportBlock::Kind::Heading)
            continue;
        const int level = qBound(1, block.level, qMin(previous + 1, 6));
        levels[i] = level;
        previous = level;
    }
    return levels;
}

QString ReportDocument::plainText() const
{
    QStringList lines;
    const auto add = [&lines](const QString &text) {
        if (!text.isEmpty())
            lines.append(text);
    };
    add(cover.kicker);
    add(cover.title);
    add(cover.subtitle);
    for (const auto &fact : cover.facts)
        add(fact.first + QStringLiteral(": ") + fact.second);
    add(cover.statement);
    add(cover.footnote);
    for (const ReportBlock &block : blocks) {
        add(block.label);
        add(block.text);
        if (block.rag != Rag::None)
            add(ragLabel(block.rag));
        add(block.table.header.join(QLatin1Char('\t')));
        for (const QStringList &row : block.table.rows)
            add(row.join(QLatin1Char('\t')));
        for (const SectionScore &section : block.chart)
            add(section.title);
        for (const TrendSeries &series : block.trendChart.series)
            add(series.title);
        add(block.choices.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Waymark
