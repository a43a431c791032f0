#include "cli/cli.h"

#include "cli/command.h"
#include "cli/textwidth.h"
#include "platform/terminal.h"
#include "translations.h"
#include "version.h"
#include "write/startuprecovery.h"

#include <QCoreApplication>

namespace GoDual::Cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::Cli", text); }

bool isHelp(QStringView a) { return a == u"--help" || a == u"-h" || a == u"help"; }

bool isVersion(QStringView a) { return a == u"--version" || a == u"-v" || a == u"version"; }

void printUsage(Io &io)
{
    io.out << tr("usage: godual [COMMAND [OPTIONS]]") << '\n'
           << tr("Without a command, godual opens the control panel window.") << "\n\n"
           << tr("commands:") << '\n';
    const QList<Command> all = commands();
    qsizetype width = 0;
    for (const Command &c : all)
        width = qMax(width, c.synopsis.size());
    for (const Command &c : all)
        io.out << "  " << TextWidth::padded(c.synopsis, width + 2) << c.summary << '\n';
    io.out << "  " << TextWidth::padded(QStringLiteral("--version"), width + 2) << tr("print the version and exit")
           << '\n'
           << "  " << TextWidth::padded(QStringLiteral("--help"), width + 2) << tr("print this help and exit") << '\n';
}

} // namespace

bool isCliInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    // Any word is a command (an unknown one gets an error from run()); options other than
    // help and version belong to Qt's window (-platform, -style, ...).
    if (first[0] != '-')
        return true;
    const QString arg = QString::fromLocal8Bit(first);
    return isHelp(arg) || isVersion(arg);
}

int run(int &argc, char **argv)
{
    Terminal::prepareConsole();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("godual"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GODUAL_VERSION_STRING));
    Translations::install(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    Io io { out, err, Terminal::isTerminal(Terminal::Stream::Out),
        Terminal::isTerminal(Terminal::Stream::In) ? &in : nullptr };

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const QString name = args.value(0);
    if (isVersion(name)) {
        out << "godual " << GODUAL_VERSION_STRING << '\n';
        return ExitOk;
    }
    if (isHelp(name)) {
        printUsage(io);
        return ExitOk;
    }
    const QList<Command> all = commands();
    for (const Command &c : all) {
        if (c.name != name)
            continue;
        // Before anything else reads or writes a target: a change set a crash left half-applied.
        for (const QString &line : recoverInterruptedChanges())
            err << "godual: " << line << '\n';
        err.flush();
        return c.run(args.mid(1), io);
    }
    err << tr("godual: unknown command '%1'; 'godual --help' lists the commands").arg(name) << '\n';
    return ExitUsage;
}

} // namespace GoDual::Cli
