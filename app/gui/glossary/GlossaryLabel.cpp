#include "glossary/GlossaryLabel.h"

#include <QCursor>
#include <QToolTip>

namespace Waymark {

namespace {

// A dotted underline says "explained here" rather than "goes somewhere"; the colour stays the
// palette's link colour, so dark and high-contrast themes work. Qt applies the underline style
// only when it is set on the link itself, not from a style sheet block.
QString withDottedLinks(QString html)
{
    // Safe on marked-up text: member and bank text is escaped, so every "<a href=" is ours.
    return html.replace(QStringLiteral("<a href="),
                        QStringLiteral("<a style=\"text-underline-style: dotted\" href="));
}

} // namespace

GlossaryLabel::GlossaryLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setOpenExternalLinks(false);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleDescription(tr("Words underlined are explained in the jargon buster"));
    connect(this, &QLabel::linkHovered, this, [this](const QString &href) {
        if (href.isEmpty())
            QToolTip::hideText();
        else
            showDefinition(href, QCursor::pos());
    });
    connect(this, &QLabel::linkActivated, this, &GlossaryLabel::activate);
}

GlossaryLabel::~GlossaryLabel() = default;

void GlossaryLabel::setPlainTextWithGlossary(const QString &text, const QuestionBank &bank)
{
    if (m_bank != &bank || !m_matcher) {
        m_bank = &bank;
        m_matcher = std::make_unique<GlossaryMatcher>(bank);
    }
    m_matches = m_matcher->find(text);
    setText(withDottedLinks(markGlossaryTerms(text, *m_matcher)));
}

bool GlossaryLabel::focusNextPrevChild(bool next)
{
    if (!QLabel::focusNextPrevChild(next))
        return false;
    // Tab moved the focus to another term in this label: say what it means, as hovering does.
    if (hasFocus() && hasSelectedText()) {
        const qsizetype at = selectionStart();
        for (const GlossaryMatch &match : std::as_const(m_matches)) {
            if (match.start == at) {
                showDefinition(glossaryLink(*match.entry), mapToGlobal(QPoint(0, height())));
                break;
            }
        }
    }
    return true;
}

void GlossaryLabel::showDefinition(const QString &href, const QPoint &globalPos)
{
    if (!m_bank)
        return;
    const GlossaryEntry *entry = glossaryEntryForLink(href, *m_bank);
    if (!entry)
        return;
    // Rich text so that a long definition wraps; the bank's words are escaped, never markup.
    QToolTip::showText(globalPos,
                       QStringLiteral("<p>%1</p>")
                           .arg(tr("%1: %2").arg(entry->term, entry->definition).toHtmlEscaped()),
                       this);
}

void GlossaryLabel::activate(const QString &href)
{
    if (!m_bank)
        return;
    if (const GlossaryEntry *entry = glossaryEntryForLink(href, *m_bank))
        Q_EMIT termActivated(entry->term);
}

} // namespace Waymark
