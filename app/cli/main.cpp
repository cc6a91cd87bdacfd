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
    QObject::connect(&cli, &companion::cli::CliApplication::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    const int immediate = cli.start(QCoreApplication::arguments());
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
