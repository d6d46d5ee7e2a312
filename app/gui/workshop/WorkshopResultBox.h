#pragma once

#include <QGroupBox>

class QLabel;

namespace Waymark {

class WorkshopDocument;

// The group's result from the answers the room agreed: its score and RAG, its gateway with the
// gates that hold it back, and how many of the questions asked are agreed so far. Follows the
// document.
class WorkshopResultBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit WorkshopResultBox(WorkshopDocument *document, QWidget *parent = nullptr);

private:
    void refresh();

    WorkshopDocument *m_document;
    QLabel *m_score = nullptr;
    QLabel *m_gateway = nullptr;
    QLabel *m_agreedCount = nullptr;
};

} // namespace Waymark
