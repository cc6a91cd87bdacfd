#include "app/cli/CliApplication.h"
#include "app/cli/TerminalSafeDevice.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("companion"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPANION_VERSION));
    companion::cli::TerminalSafeDevice stdoutDevice(stdout);
    companion::cli::TerminalSafeDevice stderrDevice(stderr);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);
    companion::cli::CliApplication cli(out, err);
    // Queued: a command that fails before the event loop runs (a missing file) finishes
    // inside start(); exit() then must wait for exec(), or it is lost and the CLI hangs.
    QObject::connect(
        &cli, &companion::cli::CliApplication::finished, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    const int immediate = cli.start(QCoreApplication::arguments());
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
