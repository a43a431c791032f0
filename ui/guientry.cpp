#include "guientry.h"

#include "mainwindow.h"
#include "translations.h"
#include "version.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <QStyleFactory>

namespace GoDual {

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
    Translations::install(app);

    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace GoDual
