#include "common/LanguageMenu.h"

#include "common/Settings.h"
#include "text/Language.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QTranslator>

namespace Waymark {

namespace {

const char *const RestartText = QT_TRANSLATE_NOOP(
    "Waymark::LanguageMenu", "Waymark will use this language the next time it starts.");
const char *const RestartTitle = QT_TRANSLATE_NOOP("Waymark::LanguageMenu", "Language");

// A text in a language other than the one installed: the user reads the confirmation in the
// language they have just chosen, which may not be the one the app is showing.
QString translatedInto(const QString &language, const char *text)
{
    QTranslator translator;
    if (language != Language::source() &&
        translator.load(QStringLiteral(":/waymark/translations/waymark_%1.qm").arg(language))) {
        const QString translated = translator.translate("Waymark::LanguageMenu", text);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(text);
}

} // namespace

LanguageMenu::LanguageMenu(Settings &settings, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = m_settings.language();
    const auto add = [this, &current](const QString &choice, const QString &label) {
        QAction *action = addAction(label);
        action->setObjectName(choice.isEmpty() ? QStringLiteral("languageSystem")
                                               : QStringLiteral("language_") + choice);
        action->setCheckable(true);
        action->setChecked(choice == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { choose(choice); });
    };
    add(QString(), tr("&System language"));
    addSeparator();
    // Each language by its own name, so that a reader finds theirs whatever is showing now.
    for (const QString &code : Language::available())
        add(code, Language::nativeName(code));
}

QString LanguageMenu::restartMessage(const QString &choice)
{
    return translatedInto(Language::resolve(choice), RestartText);
}

void LanguageMenu::choose(const QString &choice)
{
    if (m_settings.language() == choice)
        return;
    m_settings.setLanguage(choice);
    const QString language = Language::resolve(choice);
    QMessageBox::information(parentWidget(), translatedInto(language, RestartTitle),
                             restartMessage(choice));
}

} // namespace Waymark
