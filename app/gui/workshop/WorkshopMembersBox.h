#pragma once

#include <QGroupBox>

class QListWidget;
class QPushButton;

namespace Waymark {

class WorkshopDocument;

// The members of the workshop, each with their role and how much they answered, by name or as
// "Member A" when the window is anonymised; and the way to take one out of the workshop (their
// own assessment stays in the database). Follows the document.
class WorkshopMembersBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit WorkshopMembersBox(WorkshopDocument *document, QWidget *parent = nullptr);

    void setAnonymised(bool anonymised);

private:
    void refresh();
    void removeCurrentMember();

    WorkshopDocument *m_document;
    bool m_anonymised = true;
    QListWidget *m_members = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Waymark
