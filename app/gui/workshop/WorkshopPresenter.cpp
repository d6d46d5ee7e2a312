#include "workshop/WorkshopPresenter.h"

#include "workshop/WorkshopSpreadChart.h"
#include "workshop/WorkshopSpreadModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace Waymark {

namespace {

// Large type that reads from the back of a council chamber.
constexpr qreal TextScale = 2.0;

QString minutesAndSeconds(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

WorkshopPresenter::WorkshopPresenter(const QuestionBank &bank, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_bank(bank)
{
    setObjectName(QStringLiteral("workshopPresenter"));
    setWindowTitle(tr("Waymark workshop: presenter view"));
    setAccessibleName(tr("Presenter view"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * TextScale);
    setFont(large);
    // Calm, high-contrast colours whatever the desktop's theme: the projector washes out greys.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::white);
    colours.setColor(QPalette::Base, Qt::white);
    colours.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    colours.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    setPalette(colours);
    setAutoFillBackground(true);

    const auto label = [this](const char *name) {
        auto *made = new QLabel(this);
        made->setObjectName(QLatin1String(name));
        made->setWordWrap(true);
        return made;
    };
    m_position = label("presenterPosition");
    m_text = label("presenterQuestion");
    QFont bigger = font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    m_text->setFont(bigger);
    m_chart = new WorkshopSpreadChart(this);
    m_chart->setObjectName(QStringLiteral("presenterChart"));
    m_chart->setFocusPolicy(Qt::NoFocus); // the keys belong to the presenter
    m_summary = label("presenterSummary");
    m_agreed = label("presenterAgreed");
    m_timer = label("presenterTimer");
    m_keys = label("presenterKeys");
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.6);
    m_keys->setFont(small);
    m_keys->setText(tr("→ next   ← previous   D disagreements only   T section timer   "
                       "Esc leave"));

    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height();
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_position);
    layout->addWidget(m_text);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_agreed);
    layout->addWidget(m_timer);
    layout->addWidget(m_keys);

    m_tick = new QTimer(this);
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &WorkshopPresenter::refreshTimer);
    refresh();
}

QList<QuestionSpread> WorkshopPresenter::shown() const
{
    QList<QuestionSpread> list;
    for (const QuestionSpread &each : m_spread.questions) {
        if (each.applicable == 0)
            continue;
        if (m_disagreementsOnly && !each.disagreement())
            continue;
        list.append(each);
    }
    return list;
}

void WorkshopPresenter::setSpread(const WorkshopSpread &spread)
{
    m_spread = spread;
    refresh();
}

void WorkshopPresenter::goToQuestion(const QString &questionId)
{
    m_current = questionId;
    refresh();
}

QString WorkshopPresenter::currentQuestion() const
{
    return m_current;
}

void WorkshopPresenter::move(int step)
{
    const QList<QuestionSpread> list = shown();
    if (list.isEmpty())
        return;
    int at = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).question->id == m_current)
            at = i;
    }
    if (at < 0) {
        // The current question is filtered out: the next shown one in bank order.
        const QList<const Question *> all = m_bank.questions();
        const int from = int(all.indexOf(m_bank.question(m_current)));
        at = 0;
        for (int i = 0; i < list.size(); ++i) {
            if (all.indexOf(list.at(i).question) > from) {
                at = step > 0 ? i - 1 : i;
                break;
            }
        }
    }
    m_current = list.at(qBound(0, at + step, int(list.size()) - 1)).question->id;
    refresh();
    Q_EMIT currentQuestionChanged(m_current);
}

void WorkshopPresenter::refresh()
{
    const QList<QuestionSpread> list = shown();
    int at = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).question->id == m_current)
            at = i;
    }
    if (at < 0 && !list.isEmpty()) {
        at = 0;
        m_current = list.constFirst().question->id;
    }
    if (at < 0) {
        m_position->setText(m_disagreementsOnly
                                ? tr("Members disagree on no question. Press D to show all.")
                                : tr("No answers to show yet."));
        m_text->clear();
        m_chart->setSpread(QuestionSpread());
        m_chart->hide();
        m_summary->clear();
        m_agreed->clear();
        refreshTimer();
        return;
    }
    const QuestionSpread &spread = list.at(at);
    const Question &question = *spread.question;
    const Section *section = m_bank.section(question.sectionId);
    QString position = tr("Question %1 of %2").arg(at + 1).arg(list.size());
    if (section)
        position = tr("%1 · %2").arg(section->title, position);
    if (m_disagreementsOnly)
        position += tr(" · disagreements only");
    if (question.gate)
        position += tr(" · statutory gate");
    m_position->setText(position);
    m_text->setText(question.text);
    m_chart->show();
    m_chart->setSpread(spread);
    QString summary = tr("%n member(s) asked.", nullptr, spread.applicable);
    if (spread.lowest)
        summary += QLatin1Char(' ') +
                   tr("Ratings from %1 to %2.").arg(*spread.lowest).arg(*spread.highest);
    if (spread.disagreement())
        summary += QLatin1Char(' ') + tr("Members disagree.");
    m_summary->setText(summary);
    m_agreed->setText(tr("Agreed: %1").arg(WorkshopSpreadModel::agreedText(spread.agreed)));
    setAccessibleDescription(tr("%1. %2 %3").arg(position, question.text, summary));

    // A running timer follows the facilitator into the next section.
    if (m_running && m_timedSection != question.sectionId) {
        m_sectionTime[m_timedSection] += m_clock.restart();
        m_timedSection = question.sectionId;
    }
    refreshTimer();
}

qint64 WorkshopPresenter::sectionElapsed() const
{
    const QString section =
        m_bank.question(m_current) ? m_bank.question(m_current)->sectionId : QString();
    qint64 ms = m_sectionTime.value(section);
    if (m_running && section == m_timedSection)
        ms += m_clock.elapsed();
    return ms;
}

void WorkshopPresenter::refreshTimer()
{
    const qint64 ms = sectionElapsed();
    if (!m_running && ms == 0) {
        m_timer->setText(tr("Section timer: press T to start"));
        return;
    }
    m_timer->setText(m_running
                         ? tr("Section time %1 (running; T stops)").arg(minutesAndSeconds(ms))
                         : tr("Section time %1 (stopped; T starts)").arg(minutesAndSeconds(ms)));
}

void WorkshopPresenter::toggleTimer()
{
    const Question *question = m_bank.question(m_current);
    if (!question)
        return;
    if (m_running) {
        m_sectionTime[m_timedSection] += m_clock.elapsed();
        m_running = false;
        m_tick->stop();
    } else {
        m_timedSection = question->sectionId;
        m_clock.start();
        m_running = true;
        m_tick->start();
    }
    refreshTimer();
}

void WorkshopPresenter::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        move(+1);
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        move(-1);
        break;
    case Qt::Key_D:
        m_disagreementsOnly = !m_disagreementsOnly;
        refresh();
        Q_EMIT currentQuestionChanged(m_current);
        break;
    case Qt::Key_T:
        toggleTimer();
        break;
    case Qt::Key_Escape:
        Q_EMIT left();
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace Waymark
