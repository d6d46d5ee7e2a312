#pragma once

#include "bank/QuestionBank.h"
#include "files/SafeSave.h"
#include "workshop/Workshop.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Waymark {

// A member an answer pack is written for.
struct PackMember
{
    QString name;
    QString roleId;
};

// Hands out answer packs: the facilitator lists the members (name and role) and chooses a
// folder; one .waymark file per member is written there, named after the member, for them to
// open in their own Waymark, fill in and send back.
class WorkshopPacksDialog : public QDialog
{
    Q_OBJECT

public:
    WorkshopPacksDialog(const WorkshopInfo &workshop, const QuestionBank &bank,
                        const QString &folder, QWidget *parent = nullptr);

    void addMember(const QString &name, const QString &roleId);
    void setFolder(const QString &folder);
    QString folder() const;
    QList<PackMember> members() const;
    // The files packs must never be written over: the open database's own.
    void setProtectedFiles(const ProtectedFiles &protectedFiles);
    // The files the last writing made.
    QStringList written() const { return m_written; }
    // What the member should know about the packs written (they could not be made private).
    QString warning() const { return m_warning; }

    // Writes one pack per member into folder; an existing file is never overwritten (a member's
    // returned answers may sit beside the packs), the name gets " (2)" and so on instead. Every
    // path is checked before the folder is made and the first pack written, so a folder that is
    // the database's backup folder gets nothing. On failure stops with a message naming the file
    // and the reason; written lists what was made. A pack that could not be made private (a USB
    // stick) is written, with the result's warning saying so.
    static SaveResult writePacks(const WorkshopInfo &workshop, const QuestionBank &bank,
                                 const QString &folder, const QList<PackMember> &members,
                                 const ProtectedFiles &protectedFiles, QStringList *written);
    // A file name from a member's name, safe on every system: "Cllr Pat Example.waymark".
    static QString fileNameFor(const QString &memberName);

private:
    void addFromForm();
    void removeSelected();
    void chooseFolder();
    void write();
    void updateButtons();

    const WorkshopInfo m_workshop;
    const QuestionBank &m_bank;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_add = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_write = nullptr;
    QLabel *m_status = nullptr;
    ProtectedFiles m_protected;
    QStringList m_written;
    QString m_warning;
};

} // namespace Waymark
