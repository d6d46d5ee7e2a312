#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace Waymark {

class AssessmentDocument;
class AssessmentStore;
class ServerLink;
class ServerWatch;
class Settings;

// The main window's dealings with the council's server, beside what any database gets: the link
// that keeps answers while the server is away (ServerLink), its changes as they happen
// (ServerWatch), an answer's earlier versions, handing in to a workshop, and how the open
// database is named in the title and status bar.
class ServerActions : public QObject
{
    Q_OBJECT

public:
    ServerActions(QWidget *window, AssessmentStore &store, Settings &settings);

    ServerLink &link() { return *m_link; }
    ServerWatch &watch() { return *m_watch; }
    // After every open of the store: location as opened (a server's with its password).
    void databaseOpened(const QString &location);

    // File › Connect to the council's database… (ServerConnector): asks, opens the server with
    // open (the window's own way of opening a database, which explains a failure), and on
    // success offers to copy the member's assessments from the file they had open. On failure
    // that file is opened again. Returns whether the server is open.
    bool connectToServer(const std::function<bool(const QString &location)> &open);

    // On a server, answers of document that cannot reach it go to the offline journal.
    void keepOffline(AssessmentDocument &document);

    // Edit › Earlier versions of this answer… (AnswerHistoryDialog).
    void showAnswerHistory(AssessmentDocument &document, const QString &questionId);
    // Workshop › Hand in to workshop… (HandInDialog).
    void handIn(AssessmentDocument &document);

    // The open database in words: "council database DB on HOST, as USER" for a server, the
    // file's path for a file; empty when none is open.
    QString openDatabaseName() const;

Q_SIGNALS:
    // For the status bar, shown for milliseconds.
    void statusMessage(const QString &message, int milliseconds);
    // Answers kept offline reached the server: everything is saved again.
    void allSaved();

private:
    QWidget *m_window;
    AssessmentStore &m_store;
    Settings &m_settings;
    ServerLink *m_link;
    ServerWatch *m_watch;
};

} // namespace Waymark
