#include "glossary/GlossaryMarkup.h"

#include <QUrl>

namespace Waymark {

namespace {

const QString LinkScheme = QStringLiteral("glossary:");

} // namespace

QString glossaryLink(const GlossaryEntry &entry)
{
    return LinkScheme + QString::fromLatin1(QUrl::toPercentEncoding(entry.term));
}

namespace {

QString escapedWithBreaks(QStringView text)
{
    QString html = text.toString().toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

} // namespace

QString markGlossaryTerms(const QString &plainText, const GlossaryMatcher &matcher)
{
    QString html;
    qsizetype done = 0;
    for (const GlossaryMatch &match : matcher.find(plainText)) {
        html += escapedWithBreaks(QStringView(plainText).mid(done, match.start - done));
        html += QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(glossaryLink(*match.entry),
                         escapedWithBreaks(QStringView(plainText).mid(match.start, match.length)));
        done = match.start + match.length;
    }
    html += escapedWithBreaks(QStringView(plainText).mid(done));
    return html;
}

QString markGlossaryTerms(const QString &plainText, const QuestionBank &bank)
{
    return markGlossaryTerms(plainText, GlossaryMatcher(bank));
}

const GlossaryEntry *glossaryEntryForLink(const QString &href, const QuestionBank &bank)
{
    if (!href.startsWith(LinkScheme))
        return nullptr;
    const QString term = QUrl::fromPercentEncoding(href.mid(LinkScheme.size()).toUtf8());
    for (const GlossaryEntry &entry : bank.glossary) {
        if (entry.term == term)
            return &entry;
    }
    return bank.glossaryEntry(term);
}

} // namespace Waymark
