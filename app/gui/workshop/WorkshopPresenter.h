#pragma once

#include "workshop/WorkshopSpread.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QLabel;
class QTimer;

namespace Waymark {

class WorkshopSpreadChart;

// The presenter view for the projector: full screen, large type, one question at a time with
// its spread as a chart and what the room agreed. Never shows a member's name (it has none to
// show: only counts). Keys: Right or Page Down next, Left or Page Up previous, D disagreements
// only, T starts and stops the section's timer, Escape leaves.
class WorkshopPresenter : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopPresenter(const QuestionBank &bank, QWidget *parent = nullptr);

    // The bank whose questions it presents (the workshop's).
    const QuestionBank &bank() const { return m_bank; }

    // The questions to present: those asked of at least one member. Keeps the current question
    // when it is still there, so an agreement recorded in the window shows at once.
    void setSpread(const WorkshopSpread &spread);
    void goToQuestion(const QString &questionId);
    QString currentQuestion() const;
    bool disagreementsOnly() const { return m_disagreementsOnly; }
    bool timerRunning() const { return m_running; }
    // The current section's time so far, in milliseconds.
    qint64 sectionElapsed() const;

Q_SIGNALS:
    void currentQuestionChanged(const QString &questionId);
    void left(); // the facilitator pressed Escape

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<QuestionSpread> shown() const;
    void move(int step);
    void toggleTimer();
    void refresh();
    void refreshTimer();

    const QuestionBank &m_bank;
    WorkshopSpread m_spread;
    QString m_current;
    bool m_disagreementsOnly = false;

    // Each section's time so far; the running one adds what m_clock has counted since start.
    QHash<QString, qint64> m_sectionTime;
    QString m_timedSection;
    QElapsedTimer m_clock;
    bool m_running = false;
    QTimer *m_tick = nullptr;

    QLabel *m_position = nullptr;
    QLabel *m_text = nullptr;
    WorkshopSpreadChart *m_chart = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_agreed = nullptr;
    QLabel *m_timer = nullptr;
    QLabel *m_keys = nullptr;
};

} // namespace Waymark
