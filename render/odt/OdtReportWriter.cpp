#include "odt/OdtReportWriter.h"

#include "chart/ScoreChartPainter.h"
#include "layout/FlowBuilder.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace Waymark {

namespace {

// Plain text for a paragraph: the member's line breaks kept inside it, and characters an XML
// file cannot hold (C0 controls other than tab) shown as the replacement character.
QString plain(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const ushort u = c.unicode();
        if (u == '\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue;
        if (u == '\n' || u == '\r' || c == QChar::ParagraphSeparator)
            out.append(QChar(QChar::LineSeparator));
        else if ((u < 0x20 && u != '\t') || u == 0x7f || u == 0xfffe || u == 0xffff)
            out.append(QChar(QChar::ReplacementCharacter));
        else
            out.append(c);
    }
    return out;
}

class OdtBuilder
{
public:
    explicit OdtBuilder(const ReportDocument &document)
        : m_document(document)
        , m_cursor(&m_text)
    {
        m_text.setMetaInformation(QTextDocument::DocumentTitle, document.title);
        QFont font(QStringLiteral("Sans Serif"));
        font.setStyleHint(QFont::SansSerif);
        font.setPointSizeF(10.5);
        m_text.setDefaultFont(font);
    }

    QTextDocument &build()
    {
        cover();
        const QList<int> levels = m_document.outlineLevels();
        for (int i = 0; i < m_document.blocks.size(); ++i)
            block(i, levels.at(i));
        return m_text;
    }

private:
    QTextCharFormat charFormat(qreal scale, bool bold) const
    {
        QTextCharFormat format;
        format.setFontPointSize(10.5 * scale);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        return format;
    }

    // A new paragraph (the document's first block is used as it is).
    void paragraph(QTextBlockFormat format = {})
    {
        if (m_breakBefore)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
        if (m_started)
            m_cursor.insertBlock(format, charFormat(1, false));
        else
            m_cursor.setBlockFormat(format);
        m_started = true;
    }

    void textParagraph(const QString &text, qreal scale = 1, bool bold = false)
    {
        QTextBlockFormat format;
        format.setBottomMargin(4);
        paragraph(format);
        m_cursor.insertText(plain(text), charFormat(scale, bold));
    }

    void heading(const QString &text, int level, Rag rag = Rag::None)
    {
        QTextBlockFormat format;
        format.setHeadingLevel(level);
        format.setTopMargin(level == 1 ? 18 : 12);
        format.setBottomMargin(6);
        paragraph(format);
        const qreal scale = level == 1 ? 1.9 : level == 2 ? 1.35 : 1.0;
        m_cursor.insertText(plain(text), charFormat(scale, true));
        if (rag != Rag::None)
            m_cursor.insertText(QLatin1Char(' ') + ragLabel(rag), charFormat(scale, false));
    }

    void cover()
    {
        const ReportCover &cover = m_document.cover;
        if (!cover.kicker.isEmpty())
            textParagraph(cover.kicker, 1.15, true);
        if (!cover.title.isEmpty())
            heading(cover.title, 1);
        if (!cover.subtitle.isEmpty())
            textParagraph(cover.subtitle, 1.3);
        if (!cover.facts.isEmpty()) {
            QList<QStringList> rows;
            for (const auto &fact : cover.facts)
                rows.append({fact.first, fact.second});
            table({}, rows, -1, {}, true);
        }
        if (!cover.statement.isEmpty())
            textParagraph(cover.statement, 1.2);
        if (!cover.footnote.isEmpty())
            textParagraph(cover.footnote, 0.86);
    }

    void table(const QStringList &header, const QList<QStringList> &rows, int ragColumn,
               const QList<Rag> &rags, bool rowHeaders = false)
    {
        qsizetype columns = header.size();
        for (const QStringList &row : rows)
            columns = qMax(columns, row.size());
        if (columns == 0)
            return;
        paragraph();
        const int headerRows = header.isEmpty() ? 0 : 1;
        QTextTableFormat format;
        format.setHeaderRowCount(headerRows);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorder(0.5);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable *table =
            m_cursor.insertTable(int(rows.size()) + headerRows, int(columns), format);
        for (int c = 0; c < columns && headerRows; ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            QTextTableCellFormat shade;
            shade.setBackground(QColor(0xe3, 0xe7, 0xec));
            cell.setFormat(shade);
            cell.firstCursorPosition().insertText(plain(header.value(c)), charFormat(0.9, true));
        }
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < columns; ++c) {
                QString text = rows.at(r).value(c);
                Q_UNUSED(ragColumn)
                Q_UNUSED(rags)
                table->cellAt(r + headerRows, c)
                    .firstCursorPosition()
                    .insertText(plain(text), charFormat(0.9, rowHeaders && c == 0));
            }
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void chart(const ReportBlock &block)
    {
        // A picture of the chart as the review prints it, at 150 dots to the inch.
        const int dpi = 150;
        const qreal widthInches = 6.3;
        QFont font(QStringLiteral("Sans Serif"));
        font.setStyleHint(QFont::SansSerif);
        font.setPixelSize(qRound(9.0 * dpi / 72));
        const QFontMetricsF metrics(font);
        const QRectF area(0, 0, widthInches * dpi, 0);
        const ChartLayout layout = ScoreChartPainter::layout(area, block.chart, metrics);
        QImage image(QSize(int(area.width()), int(layout.height) + 4), QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            ChartStyle style;
            style.font = font;
            ScoreChartPainter::paint(painter, QRectF(0, 0, area.width(), layout.height), block.chart,
                                     style);
        }
        const QString name = QStringLiteral("chart%1.png").arg(++m_charts);
        m_text.addResource(QTextDocument::ImageResource, QUrl(name), image);
        paragraph();
        QTextImageFormat picture;
        picture.setName(name);
        picture.setWidth(widthInches * 72);
        picture.setHeight(image.height() * 72.0 / dpi);
        m_cursor.insertImage(picture);
        // What the picture shows, for a reader who cannot see it.
        textParagraph(ScoreChartPainter::describe(block.chart), 0.86);
    }

    void block(int i, int level)
    {
        const ReportBlock &b = m_document.blocks.at(i);
        switch (b.kind) {
        case ReportBlock::Kind::Heading:
            heading(b.text, qBound(1, level, 6), b.rag);
            break;
        case ReportBlock::Kind::Paragraph:
            switch (b.style) {
            case TextStyle::Body:
                textParagraph(b.text);
                break;
            case TextStyle::Lead:
                textParagraph(b.text, 1.2);
                break;
            case TextStyle::Quote: {
                QTextBlockFormat format;
                format.setLeftMargin(14);
                paragraph(format);
                m_cursor.insertText(plain(b.text), charFormat(1, false));
                break;
            }
            case TextStyle::Small:
                textParagraph(b.text, 0.86);
                break;
            case TextStyle::Caption:
                textParagraph(b.text, 0.86, true);
                break;
            }
            break;
        case ReportBlock::Kind::Field: {
            QTextBlockFormat format;
            format.setBottomMargin(4);
            paragraph(format);
            const QString label = FlowBuilder::fieldLabel(b.label);
            if (!label.isEmpty())
                m_cursor.insertText(label + QLatin1Char(' '), charFormat(1, true));
            m_cursor.insertText(plain(b.text), charFormat(1, false));
            if (b.rag != Rag::None)
                m_cursor.insertText(QLatin1Char(' ') + ragLabel(b.rag), charFormat(1, false));
            break;
        }
        case ReportBlock::Kind::Table:
            table(b.table.header, b.table.rows, b.table.ragColumn, b.table.rowRags);
            break;
        case ReportBlock::Kind::Chart:
            chart(b);
            break;
        case ReportBlock::Kind::TickBoxes: {
            if (!b.label.isEmpty())
                textParagraph(b.label, 0.86, true);
            if (b.choices.isEmpty())
                break;
            paragraph();
            QTextListFormat list;
            list.setStyle(QTextListFormat::ListSquare);
            m_cursor.insertList(list);
            for (int c = 0; c < b.choices.size(); ++c) {
                if (c > 0)
                    m_cursor.insertBlock();
                m_cursor.insertText(plain(b.choices.at(c)), charFormat(1, false));
            }
            m_cursor.insertBlock(QTextBlockFormat(), charFormat(1, false));
            if (QTextList *current = m_cursor.currentList())
                current->remove(m_cursor.block());
            m_started = false; // the empty block after the list is the next paragraph
            m_cursor.setBlockFormat(QTextBlockFormat());
            break;
        }
        case ReportBlock::Kind::RuledLines:
            if (!b.label.isEmpty())
                textParagraph(b.label, 0.86, true);
            for (int line = 0; line < qBound(0, b.lines, 50); ++line)
                textParagraph(QString());
            break;
        case ReportBlock::Kind::PageBreak:
            m_breakBefore = true;
            break;
        }
    }

    const ReportDocument &m_document;
    QTextDocument m_text;
    QTextCursor m_cursor;
    bool m_started = false;
    bool m_breakBefore = false;
    int m_charts = 0;
};

} // namespace

QByteArray OdtReportWriter::write(const ReportDocument &document, QString *error)
{
    OdtBuilder builder(document);
    QTextDocument &text = builder.build();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&text) || bytes.isEmpty()) {
        if (error)
            *error = tr("Could not write the document.");
        return {};
    }
    return bytes;
}

} // namespace Waymark
