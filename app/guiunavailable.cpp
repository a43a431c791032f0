#include "guientry.h"

#include <QCoreApplication>
#include <QTextStream>

namespace GoDual {

int runGui(int &argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << QCoreApplication::translate("GoDual::Cli",
        "godual: this build has no window (built with GODUAL_BUILD_UI=OFF); see 'godual --help' "
        "for the commands it has\n");
    return 2;
}

} // namespace GoDual
