#include "guientry.h"

#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace GoDual {

namespace {

// Qt's own strings (dialog buttons) and GoDual's, for the system's language.
void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("godual"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

} // namespace

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GoDual"));
    QApplication::setApplicationName(QStringLiteral("GoDual"));
    QApplication::setApplicationVersion(QStringLiteral(GODUAL_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("godual"));
    // Native look on Windows; Fusion elsewhere, which follows the system's light/dark palette.
    if (!QApplication::style()->name().startsWith(QLatin1StringView("windows"), Qt::CaseInsensitive))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    installTranslators(app);

    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace GoDual
