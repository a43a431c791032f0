#include "languagemenu.h"

#include "translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QSettings>

namespace GoDual {

namespace {

const QLatin1StringView kLanguageKey("ui/language");

QLocale localeFor(const QString &choice)
{
    if (choice == u"en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (choice == u"zh_CN")
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return QLocale::system();
}

QString normalized(const QString &choice)
{
    return choice == u"en" || choice == u"zh_CN" ? choice : QStringLiteral("system");
}

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_system = addAction(QString());
    m_system->setData(QStringLiteral("system"));
    addSeparator();
    // Each language is named in itself, so whoever cannot read the current one still finds theirs.
    QAction *english = addAction(QStringLiteral("English"));
    english->setData(QStringLiteral("en"));
    QAction *chinese = addAction(QStringLiteral("简体中文"));
    chinese->setData(QStringLiteral("zh_CN"));
    const QString saved = savedChoice();
    for (QAction *action : { m_system, english, chinese }) {
        action->setCheckable(true);
        action->setObjectName(QStringLiteral("language:") + action->data().toString());
        action->setChecked(action->data().toString() == saved);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [](QAction *action) { choose(action->data().toString()); });
    retranslate();
}

QString LanguageMenu::savedChoice() { return normalized(QSettings().value(kLanguageKey).toString()); }

void LanguageMenu::applySaved(QCoreApplication &app)
{
    const QLocale locale = localeFor(savedChoice());
    QLocale::setDefault(locale);
    Translations::install(app, locale);
}

void LanguageMenu::choose(const QString &choice)
{
    const QString normal = normalized(choice);
    QSettings().setValue(kLanguageKey, normal);
    if (auto *app = QCoreApplication::instance())
        applySaved(*app);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("&System language"));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace GoDual
