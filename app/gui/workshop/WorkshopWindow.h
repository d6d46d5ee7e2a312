#pragma once

#include "store/AssessmentStore.h"
#include "workshop/Workshop.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QWidget;

namespace Waymark {

class ServerWatch;

class BankLibrary;
class WorkshopAgreePanel;
class WorkshopDocument;
class WorkshopMembersBox;
class WorkshopPresenter;
class WorkshopSpreadFilter;
class WorkshopSpreadModel;

// The facilitator's window for a workshop, from handing out answer packs to printing the
// group's pack: choose or create a workshop; hand out packs; gather the returned files (or
// drop them on the window) and enter answers in the room; see the spread of answers per
// question; record what the room agrees, with the group's score following at once; present on
// the projector; print the pack. Member names show only when "Show names" is ticked.
//
// It shows a WorkshopDocument, which holds the workshop, saves every change at once and signals
// it, so the screen always shows what is saved, against the workshop's own bank: its version,
// under the law the workshop reviews under.
class WorkshopWindow : public QMainWindow
{
    Q_OBJECT

public:
    // banks must outlive the window.
    WorkshopWindow(AssessmentStore &store, BankLibrary &banks, QWidget *parent = nullptr);
    ~WorkshopWindow() override;

    // Fills the list of workshops from the database and opens preferred if it is there, else
    // the one open, else the most recent.
    void refreshWorkshops(qint64 preferred = 0);
    // Reads the open workshop again whenever the council's server says it, or one of its
    // members' assessments, changed: the spread follows the room as members rate.
    void follow(ServerWatch &watch);
    bool openWorkshop(qint64 id);
    // Asks for a new workshop's details and creates it; returns whether one was created.
    bool newWorkshop();
    // Gathers returned answer files into the open workshop and shows what became of each.
    void gatherFiles(const QStringList &paths, bool acceptMismatched = false);

    WorkshopDocument *document() const { return m_document; }
    const std::optional<Workshop> &workshop() const;
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
    // Another workshop (or none) is open: a fresh table, at its first question.
    void startAfresh();
    // Shows the document as it is now in every view of it.
    void refresh();
    void showCurrentQuestion();
    // The section filter offers the sections of the open workshop's bank.
    void fillSectionFilter();
    void updateHeader();
    void updateEnabled();
    void saveAgreed(const QString &questionId, Rating rating, const QString &note);
    void writeAnswerPacks();
    void chooseReturnedFiles();
    void addMemberInRoom();
    void roundEntry();
    void previewPack();
    void exportPackPdf();
    QStringList shownQuestionIds() const;
    void reportError(const QString &title, const QString &message);

    AssessmentStore &m_store;
    BankLibrary &m_banks;
    WorkshopDocument *m_document;
    QString m_storePath;      // the database the list was read from
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
    WorkshopMembersBox *m_members = nullptr;
    QAction *m_showNamesAction = nullptr;
    QList<QWidget *> m_needWorkshop; // enabled only with a workshop open
    QList<QAction *> m_actionsNeedWorkshop;
    QPointer<WorkshopPresenter> m_presenter;
};

} // namespace Waymark
