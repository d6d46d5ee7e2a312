#include "MainWindow.h"

#include "Version.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeWidget>

namespace Waymark {

namespace {

constexpr int QuestionIdRole = Qt::UserRole;
constexpr int SectionIdRole = Qt::UserRole + 1;

// Bank text is data, never markup.
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

MainWindow::MainWindow(const QuestionBank &bank, QWidget *parent)
    : QMainWindow(parent)
    , m_bank(bank)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Waymark: gateway review of local safeguards"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("bankTree"));
    m_tree->setHeaderLabels({tr("Question"), tr("Gate")});
    m_tree->setAccessibleName(tr("Sections and questions"));
    m_tree->setAccessibleDescription(
        tr("The question bank, section by section. Choose a question to read its guidance."));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setAccessibleName(tr("Question details"));
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    buildMenus();
    fillTree();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MainWindow::showSelection);
    m_details->setHtml(welcomeHtml());
    // Start on the welcome page: focusing the tree first would select its first row and replace
    // the welcome before anyone has read it.
    m_details->setFocus();

    statusBar()->showMessage(tr("Question bank: %1, version %2, %3 questions")
                                 .arg(m_bank.title, m_bank.version)
                                 .arg(m_bank.questionCount()));
    resize(1100, 720);
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Waymark"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::fillTree()
{
    for (const Section &section : m_bank.sections) {
        auto *sectionItem = new QTreeWidgetItem(m_tree, {section.title});
        sectionItem->setData(0, SectionIdRole, section.id);
        for (const Question &question : section.questions) {
            auto *item = new QTreeWidgetItem(sectionItem,
                                             {question.id + QStringLiteral("  ") + question.text,
                                              question.gate ? tr("Gate") : QString()});
            item->setData(0, QuestionIdRole, question.id);
            item->setToolTip(0, question.text);
        }
    }
}

void MainWindow::showSelection()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item) {
        m_details->setHtml(welcomeHtml());
        return;
    }
    if (const Question *question = m_bank.question(item->data(0, QuestionIdRole).toString()))
        m_details->setHtml(questionHtml(*question));
    else if (const Section *section = m_bank.section(item->data(0, SectionIdRole).toString()))
        m_details->setHtml(sectionHtml(*section));
}

QString MainWindow::welcomeHtml() const
{
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p><h3>%4</h3><ul>")
                       .arg(esc(tr("Waymark")),
                            esc(tr("A self-assessment for elected members and non-executives: how "
                                   "well do the council and its partners keep children safe?")),
                            esc(tr("Choose a section or a question on the left to read what it "
                                   "asks, why it matters, how you would know, and what each "
                                   "rating looks like.")),
                            esc(tr("Who answers which questions")));
    for (const Role &role : m_bank.roles) {
        html += QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                    .arg(esc(role.title),
                         esc(tr("%1 questions").arg(m_bank.questionsFor(role.id).size())),
                         esc(role.description));
    }
    html += QStringLiteral("</ul>");
    return html;
}

QString MainWindow::sectionHtml(const Section &section) const
{
    int gates = 0;
    for (const Question &question : section.questions)
        gates += question.gate ? 1 : 0;
    return QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
        .arg(esc(section.title), esc(section.summary),
             esc(tr("%1 questions, of which %2 are statutory gates.")
                     .arg(section.questions.size())
                     .arg(gates)));
}

QString MainWindow::questionHtml(const Question &question) const
{
    QString html =
        QStringLiteral("<h2>%1</h2><p><b>%2</b></p>").arg(esc(question.id), esc(question.text));
    if (question.gate) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("Statutory gate: this duty must be in place. Rated Not met or "
                                "Partially met, it fails the gateway.")));
    }
    html += QStringLiteral("<h3>%1</h3><p>%2</p><h3>%3</h3><p>%4</p><h3>%5</h3><ul>")
                .arg(esc(tr("Why this matters")), esc(question.why), esc(tr("How would you know?")),
                     esc(question.howToKnow), esc(tr("What each rating looks like")));
    for (Rating rating :
         {Rating::FullyMet, Rating::MostlyMet, Rating::PartiallyMet, Rating::NotMet}) {
        html += QStringLiteral("<li><b>%1:</b> %2</li>")
                    .arg(esc(ratingLabel(rating)), esc(question.levels.forRating(rating)));
    }
    html += QStringLiteral("</ul><h3>%1</h3><p>%2</p><p><small>%3</small></p>")
                .arg(esc(tr("Statutory basis")), esc(question.statutoryBasis),
                     esc(tr("Source: %1. %2").arg(question.source.seed, question.source.note)));
    return html;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Waymark"),
                       tr("<h3>Waymark %1</h3><p>A gateway review of local safeguards for elected "
                          "members and non-executives.</p><p>Runs offline; your answers stay on "
                          "this computer.</p><p>MIT licence.</p>")
                           .arg(QStringLiteral(WAYMARK_VERSION)));
}

} // namespace Waymark
