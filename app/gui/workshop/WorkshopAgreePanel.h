#pragma once

#include "workshop/WorkshopSpread.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Waymark {

class WorkshopSpreadChart;

// The question the room is discussing: its text, how the members answered (as a chart), and
// what the room agrees: one of the six answers (or none yet) and any dissent or note. It only
// shows and asks; the window saves what is chosen.
class WorkshopAgreePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopAgreePanel(QWidget *parent = nullptr);

    // The question to show; a spread with no question shows "choose a question".
    void setSpread(const QuestionSpread &spread);
    QString questionId() const;

    // Chooses an agreed answer as if its button was pressed (the window's 0–3, D, N keys).
    void choose(Rating rating);
    // Sends a note still being typed now, rather than after the pause.
    void flushNote();

Q_SIGNALS:
    // The facilitator chose an agreed answer (Unanswered: cleared) or changed the note.
    void agreedChanged(const QString &questionId, Rating rating, const QString &note);

private:
    void emitChange();

    QuestionSpread m_spread;
    Rating m_rating = Rating::Unanswered;
    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
    WorkshopSpreadChart *m_chart = nullptr;
    QLabel *m_range = nullptr;
    QButtonGroup *m_buttons = nullptr;
    QPushButton *m_clear = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_agreed = nullptr;
    QTimer *m_noteTimer = nullptr;
    QWidget *m_answerArea = nullptr;
};

} // namespace Waymark
