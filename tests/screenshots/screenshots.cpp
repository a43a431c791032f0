// Saves a PNG of every pane of the real window, for the README and for reviewing the look:
// `tools/dev screenshots` runs it against a demo machine (tests/fakes/demo-machine) in English
// and Simplified Chinese.

#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: godual_screenshots OUTDIR LANGUAGE\n";
        return 2;
    }
    const QString out = args[1];
    const QString language = args[2];
    QApplication::setOrganizationName(QStringLiteral("GoDualScreenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QLocale locale(language);
    QLocale::setDefault(locale);
    GoDual::Translations::install(app, locale);

    GoDual::MainWindow window;
    window.resize(1280, 720);
    QSignalSpy scanned(&window, &GoDual::MainWindow::scanFinished);
    window.show();
    if (!scanned.wait(60000)) {
        QTextStream(stderr) << "the scan did not finish\n";
        return 1;
    }
    QDir().mkpath(out);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    const QStringList names { QStringLiteral("installs"), QStringLiteral("environment"), QStringLiteral("path"),
        QStringLiteral("problems") };
    for (int i = 0; i < tabs->count() && i < names.size(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        const QString file = QDir(out).filePath(language + u'-' + names[i] + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            QTextStream(stderr) << "cannot write " << file << '\n';
            return 1;
        }
        QTextStream(stdout) << file << '\n';
    }
    return 0;
}
