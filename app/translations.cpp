#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace GoDual::Translations {

namespace {

// Marks the translators this file installed, so a later install() replaces them.
const QLatin1StringView kInstalledName("godual-translator");

} // namespace

bool install(QCoreApplication &app) { return install(app, QLocale()); }

bool install(QCoreApplication &app, const QLocale &locale)
{
    // Switching at run time: the previous language goes first (removing it tells every window
    // too, through QEvent::LanguageChange).
    const QList<QTranslator *> previous = app.findChildren<QTranslator *>(kInstalledName, Qt::FindDirectChildrenOnly);
    for (QTranslator *old : previous) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *qt = new QTranslator(&app);
    qt->setObjectName(kInstalledName);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    own->setObjectName(kInstalledName);
    if (own->load(locale, QStringLiteral("godual"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace GoDual::Translations
