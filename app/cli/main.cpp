#include "app/cli/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("companion"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPANION_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    companion::cli::CliApplication cli(out, err);
    QObject::connect(&cli, &companion::cli::CliApplication::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    const int immediate = cli.start(QCoreApplication::arguments());
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
