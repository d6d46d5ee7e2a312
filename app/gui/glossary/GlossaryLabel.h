#pragma once

#include "glossary/GlossaryMarkup.h"

#include <QLabel>

#include <memory>

namespace Waymark {

// Text with its jargon explained: every glossary term in it is a link. Hovering over a term, or
// moving to it with Tab, shows its definition in a tooltip; clicking it or pressing Enter on it
// emits termActivated() so that the window can open the jargon buster at that term.
class GlossaryLabel : public QLabel
{
    Q_OBJECT

public:
    explicit GlossaryLabel(QWidget *parent = nullptr);
    ~GlossaryLabel() override;

    // Shows text (plain, never markup) with the bank's glossary terms marked. The bank must
    // outlive the label or the next call.
    void setPlainTextWithGlossary(const QString &text, const QuestionBank &bank);

    // The terms marked in the text shown now, in text order.
    const QList<GlossaryMatch> &glossaryMatches() const { return m_matches; }

Q_SIGNALS:
    void termActivated(const QString &term);

protected:
    bool focusNextPrevChild(bool next) override;

private:
    void showDefinition(const QString &href, const QPoint &globalPos);
    void activate(const QString &href);

    const QuestionBank *m_bank = nullptr;
    std::unique_ptr<GlossaryMatcher> m_matcher;
    QList<GlossaryMatch> m_matches;
};

} // namespace Waymark
