#pragma once

#include "workshop/Workshop.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace Waymark {

// Workshop › Hand in to workshop…: a member on the council's server chooses one of the
// facilitators' workshops to hand the open assessment in to, instead of sending a file. The
// facilitator then reads it there; no other member does.
class HandInDialog : public QDialog
{
    Q_OBJECT

public:
    HandInDialog(const QList<WorkshopInfo> &workshops, QWidget *parent = nullptr);
    // The workshop chosen (0 for none).
    qint64 chosenWorkshop() const;

private:
    QList<WorkshopInfo> m_workshops;
    QListWidget *m_list;
    QPushButton *m_handIn;
};

} // namespace Waymark
