// Takes the screenshots in docs/screenshots from the real app: the start page, a question, the
// summary, the action plan, the comparison and the jargon buster, using the sample assessment.
// Run scripts/screenshots.sh (offscreen, so no display is needed).
//   waymark-screenshots OUTPUT_FOLDER
#include "MainWindow.h"
#include "assessment/SampleAssessment.h"
#include "bank/BankLibrary.h"
#include "bank/BankLoader.h"
#include "common/Settings.h"
#include "server/ServerConnectDialog.h"
#include "text/Language.h"
#include "walkthrough/AssessmentDocument.h"
#include "walkthrough/WalkthroughView.h"
#include "workshop/WorkshopGatherer.h"
#include "workshop/WorkshopWindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Waymark;

namespace {

void save(QWidget *window, const QString &folder, const QString &name)
{
    QApplication::processEvents();
    QTest::qWait(150);
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!window->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    qInfo("wrote %s", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        qFatal("usage: waymark-screenshots OUTPUT_FOLDER");
    const QString folder = QString::fromLocal8Bit(argv[1]);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    // English, as the app installs it: its plural forms say "1 member", "5 members".
    Language::install(QStringLiteral("en"));

    BankLibrary banks(*BankLoader::loadBuiltIn().bank, Language::current());
    // The sample council is in England: the latest bank as England's law applies it.
    const QuestionBank &bank =
        banks.applied(banks.latest().id, banks.latest().version, QStringLiteral("england"));
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(banks, settings);
    window.resize(1200, 800);
    window.show();
    if (!window.openDatabase(dir.filePath(QStringLiteral("waymark.db"))))
        return 1;

    // Last year's review of the same council, so that the comparison has something to show.
    Assessment earlier = sampleAssessment(bank);
    earlier.info.uid = QStringLiteral("7c1d9e2a-3b4f-4a6c-8d0e-1f2a3b4c5d6e");
    earlier.info.title = QStringLiteral("Sample: last year's review");
    earlier.info.date = earlier.info.date.addYears(-1);
    earlier.info.created = earlier.info.created.addYears(-1);
    earlier.info.updated = earlier.info.updated.addYears(-1);
    int n = 0;
    for (auto it = earlier.answers.begin(); it != earlier.answers.end(); ++it, ++n) {
        if (n % 3 == 0 && isRated(it->rating) && ratingValue(it->rating) > 0)
            it->rating = Rating(int(it->rating) - 1);
    }
    StoreError error;
    window.store().importAssessment(earlier, &error);
    const qint64 sample = window.store().importAssessment(sampleAssessment(bank), &error)->id;
    window.openDatabase(window.store().path());
    save(&window, folder, QStringLiteral("start"));

    window.openAssessment(sample);
    auto *walkthrough = window.findChild<WalkthroughView *>();
    walkthrough->goToQuestion(QStringLiteral("DUTY-05"));
    save(&window, folder, QStringLiteral("question"));

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("assessmentTabs"));
    tabs->setCurrentIndex(1);
    save(&window, folder, QStringLiteral("summary"));
    tabs->setCurrentIndex(2);
    save(&window, folder, QStringLiteral("action-plan"));
    tabs->setCurrentIndex(3);
    save(&window, folder, QStringLiteral("compare"));
    tabs->setCurrentIndex(4);
    save(&window, folder, QStringLiteral("trend"));

    tabs->setCurrentIndex(0);
    walkthrough->goToQuestion(QStringLiteral("PART-01"));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("glossaryDock"));
    dock->show();
    save(&window, folder, QStringLiteral("jargon-buster"));
    dock->hide();

    // A workshop of five councillors for the sample council, two questions agreed.
    WorkshopInfo workshop;
    workshop.name = QStringLiteral("Cabinet and scrutiny workshop");
    workshop.authority = sampleAssessment(bank).info.authority;
    workshop.heldOn = QDate(2026, 11, 30);
    workshop.facilitator = QStringLiteral("Dana Facilitator");
    workshop.bankId = bank.id;
    workshop.bankVersion = bank.version;
    window.store().createWorkshop(workshop, &error);
    WorkshopGatherer gatherer(window.store(), bank);
    const QStringList members = {
        QStringLiteral("Cllr Ann Jones"), QStringLiteral("Cllr Bryn Evans"),
        QStringLiteral("Cllr Carys Thomas"), QStringLiteral("Cllr Dafydd Rees"),
        QStringLiteral("Cllr Elin Morgan")};
    const QList<const Question *> asked = bank.questionsFor(QStringLiteral("councillor"));
    for (int m = 0; m < members.size(); ++m) {
        const qint64 id =
            gatherer.addMember(workshop.id, members.at(m), QStringLiteral("councillor"), &error);
        for (int q = 0; q < asked.size(); ++q) {
            Answer answer;
            // Mostly agreement, with a few questions where members are far apart.
            const int rating = (q % 7 == 3) ? (m * 3) / 4 : 2 + (q + m) % 2;
            answer.rating = (q + m) % 11 == 5 ? Rating::DontKnow
                                              : ratingFromKey(QString::number(rating)).value();
            window.store().saveAnswer(id, asked.at(q)->id, answer, &error);
        }
    }
    window.store().saveAgreed(workshop.id, asked.at(0)->id, {Rating::MostlyMet, QString(), {}},
                              &error);
    window.store().saveAgreed(workshop.id, asked.at(1)->id,
                              {Rating::PartiallyMet, QStringLiteral("One member dissents."), {}},
                              &error);
    window.openWorkshops();
    WorkshopWindow *workshops = window.workshopWindow();
    workshops->resize(1300, 820);
    workshops->refreshWorkshops();
    workshops->selectQuestion(asked.at(3)->id);
    save(workshops, folder, QStringLiteral("workshop"));

    // File › Connect to the council's database…, filled in as a member would.
    ServerConnectDialog connect(
        QStringLiteral("postgresql://alice@db.council.example:5432/council_waymark"), QString(),
        &window);
    connect.show();
    save(&connect, folder, QStringLiteral("connect-dialog"));
    return 0;
}
