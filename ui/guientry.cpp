#include "guientry.h"

#include "icons.h"
#include "languagemenu.h"
#include "mainwindow.h"
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
    QApplication::setWindowIcon(Icons::app());
    // The language chosen in the menu, else the system's.
    LanguageMenu::applySaved(app);

    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace GoDual
