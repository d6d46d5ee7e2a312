#pragma once

#include "store/AssessmentStore.h"
#include "bank/QuestionBank.h"
#include "workshop/Workshop.h"
#include "workshop/WorkshopSpread.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QWidget;

namespace Waymark {

class WorkshopAgreePanel;
class WorkshopPresenter;
class WorkshopSpreadFilter;
class WorkshopSpreadModel;

// The facilitator's window for a workshop, from handing out answer packs to printing the
// group's pack: choose or create a workshop; hand out packs; gather the returned files (or
// drop them on the window) and enter answers in the room; see the spread of answers per
// question; record what the room agrees, with the group's score following at once; present on
// the projector; print the pack. Member names show only when "Show names" is ticked.
//
// It reads the workshop from the store after every change and shows that, so the screen always
// shows what is saved.
class WorkshopWindow : public QMainWindow
{
    Q_OBJECT

public:
    WorkshopWindow(AssessmentStore &store, const QuestionBank &bank, QWidget *parent = nullptr);
    ~WorkshopWindow() override;

    // Fills the list of workshops from the database and opens the most recent.
    void refreshWorkshops();
    bool openWorkshop(qint64 id);
    // Asks for a new workshop's details and creates it; returns whether one was created.
    bool newWorkshop();
    // Gathers returned answer files into the open workshop and shows what became of each.
    void gatherFiles(const QStringList &paths, bool acceptMismatched = false);

    const std::optional<Workshop> &workshop() const { return m_workshop; }
    const WorkshopSpread &spread() const { return m_spread; }
    bool isAnonymised() const { return m_anonymised; }
    void setAnonymised(bool anonymised);
    QString currentQuestion() const;
    void selectQuestion(const QString &questionId);
    // Opens the presenter view full screen at the current question.
    void present();
    WorkshopPresenter *presenter() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildTopBar();
    QWidget *buildSteps();
    QWidget *buildFilters();
    QWidget *buildSidePanel();
    void buildMenus();
    // Reads the open workshop from the store again, then refresh().
    void reload();
    // Recomputes the spread from the workshop in memory and updates every view of it.
    void refresh();
    void showCurrentQuestion();
    void updateHeader();
    void updateScore();
    void updateMembers();
    void updateEnabled();
    void saveAgreed(const QString &questionId, Rating rating, const QString &note);
    void writeAnswerPacks();
    void chooseReturnedFiles();
    void addMemberInRoom();
    void roundEntry();
    void removeMember();
    void previewPack();
    void exportPackPdf();
    QStringList shownQuestionIds() const;
    void reportError(const QString &title, const QString &message);

    AssessmentStore &m_store;
    const QuestionBank &m_bank;
    QString m_storePath; // the database the list was read from
    std::optional<Workshop> m_workshop;
    WorkshopSpread m_spread;
    bool m_anonymised = true; // a window may be on the projector: names only when asked for
    QString m_lastFolder;

    QComboBox *m_chooser = nullptr;
    QLabel *m_details = nullptr;
    QCheckBox *m_showNames = nullptr;
    QWidget *m_content = nullptr;
    QCheckBox *m_disagreementsOnly = nullptr;
    QComboBox *m_section = nullptr;
    QCheckBox *m_gatesOnly = nullptr;
    QLabel *m_shownCount = nullptr;
    QTableView *m_table = nullptr;
    WorkshopSpreadModel *m_model = nullptr;
    WorkshopSpreadFilter *m_filter = nullptr;
    WorkshopAgreePanel *m_agree = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_gateway = nullptr;
    QLabel *m_agreedCount = nullptr;
    QListWidget *m_members = nullptr;
    QPushButton *m_removeMember = nullptr;
    QAction *m_showNamesAction = nullptr;
    QList<QWidget *> m_needWorkshop; // enabled only with a workshop open
    QList<QAction *> m_actionsNeedWorkshop;
    QPointer<WorkshopPresenter> m_presenter;
};

} // namespace Waymark
