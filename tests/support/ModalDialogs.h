#pragma once
// Answering the modal dialogs a GUI test opens. A modal dialog runs its own event loop: the test's
// next line runs only once the dialog has closed, so the dialog is answered from a timer, while
// that loop runs.
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

#include <functional>

namespace ModalDialogs {

// Answers the next modal dialog of type Dialog (with objectName, when one is given) to open:
// handle is called with it, then the dialog is closed if handle left it open, so that a failed
// QVERIFY in handle (which returns from handle only) cannot leave the test waiting on a dialog
// nobody closes. The dialog is looked for every 10 ms, not once: a dialog opens only after those
// before it close. The search ends with context, or after ten seconds without one.
template<typename Dialog = QDialog, typename Handle>
void whenModal(QObject *context, Handle handle, const QString &objectName = {})
{
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    auto *deadline = new QTimer(poll);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, poll, [poll, objectName] {
        qWarning("no modal dialog %s opened", qPrintable(objectName));
        poll->deleteLater();
    });
    QObject::connect(poll, &QTimer::timeout, context, [poll, handle, objectName] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() ||
            (!objectName.isEmpty() && dialog->objectName() != objectName))
            return;
        poll->stop();
        poll->deleteLater();
        // Answered from the event loop, not from the timer's slot: answering may open the next
        // dialog, and a timer does not fire again while its own slot runs.
        QTimer::singleShot(0, dialog, [handle, dialog] {
            const QPointer<Dialog> open(dialog);
            handle(dialog);
            if (open && open->isVisible())
                open->reject();
        });
    });
    poll->start();
    deadline->start(10000);
}

// The message box that opens next: its text is kept in *shown, and it is accepted.
inline void acceptMessageBox(QObject *context, QString *shown)
{
    whenModal<QMessageBox>(context, [shown](QMessageBox *box) {
        *shown = box->text();
        box->accept();
    });
}

// Chooses path in a file dialog as a member does: the name typed into the name field (set, not
// typed key by key, which would open the completer's popup over it), then Save or Open.
inline void chooseFile(QFileDialog *dialog, const QString &path)
{
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    name->setFocus();
    name->setText(path);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QPushButton *button = buttons->button(QDialogButtonBox::Save);
    if (!button)
        button = buttons->button(QDialogButtonBox::Open);
    button->click();
}

} // namespace ModalDialogs
