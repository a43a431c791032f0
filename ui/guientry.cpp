#include "guientry.h"

#include "icons.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "version.h"
#include "write/startuprecovery.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
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

    // A change set a crash left half-applied is rolled back before the window scans anything.
    // This runs before any window exists (so nothing can freeze) and returns at once unless a
    // change set was interrupted, which is when the user must hear about it.
    const QStringList recovered = recoverInterruptedChanges();

    MainWindow window;
    window.show();
    if (!recovered.isEmpty())
        QMessageBox::information(&window,
            QApplication::translate("GoDual::MainWindow", "Interrupted change rolled back"), recovered.join(u'\n'));
    return QApplication::exec();
}

} // namespace GoDual
