#pragma once
// The accessibility sweep of the GUI tests: every control a member can reach by keyboard must have
// a name a screen reader announces.
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace Accessibility {

// The widgets under root, shown with it, that take keyboard focus.
inline QList<QWidget *> focusableWidgets(QWidget *root)
{
    QList<QWidget *> focusable;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // A spin box's inner line edit is its focus proxy: the spin box is what is announced.
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        focusable.append(widget);
    }
    return focusable;
}

// Every focusable widget under root that a screen reader would announce without a name (neither
// an accessibleName nor one Qt derives, from a button's text say), as "objectName (Class)".
inline QStringList unnamedFocusableWidgets(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = focusableWidgets(root);
    for (QWidget *widget : widgets) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
    }
    return unnamed;
}

} // namespace Accessibility
