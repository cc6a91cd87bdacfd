// platform-server: Companion's local implementation of the platform API.
#include "server/DemoSeeder.h"
#include "server/PlatformServer.h"
#include "server/ServerOptions.h"
#include "server/SignalWatcher.h"
#include "server/SimulateCommand.h"
#include "server/WebhooksCommand.h"
#include "server/core/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace companion::server;

namespace {

void printLine(const QString &line)
{
    // Flushed at once: the first line (the base URL) is how tests and the demo script find us.
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("platform-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    if (SimulateCommand::handles(QCoreApplication::arguments()))
        return SimulateCommand::run(QCoreApplication::arguments());
    if (WebhooksCommand::handles(QCoreApplication::arguments()))
        return WebhooksCommand::run(QCoreApplication::arguments());

    QString error;
    QString help;
    const auto options = ServerOptions::parse(QCoreApplication::arguments(), &error, &help);
    if (!options) {
        if (error.isEmpty()) { // --help or --version
            printLine(QCoreApplication::arguments().contains(QStringLiteral("--version"))
                          ? QCoreApplication::applicationVersion()
                          : help);
            return 0;
        }
        std::fprintf(stderr, "platform-server: %s\n\n%s", qPrintable(error), qPrintable(help));
        return 2;
    }
    if (options->printConfig) {
        printLine(
            QString::fromUtf8(QJsonDocument(options->toJson()).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminateRequested, &app, [](int signalNumber) {
        qCInfo(lcServer) << "signal" << signalNumber << "received, shutting down";
        QCoreApplication::quit();
    });

    PlatformServer server(*options);
    if (!server.prepare(&error) || !server.listen(&error)) {
        qCCritical(lcServer).noquote() << "cannot start:" << error;
        return 1;
    }
    printLine(server.baseUrl().toString());
    if (options->demo) {
        for (const QString &line : DemoSeeder::accountLines())
            printLine(line);
    }
    qCInfo(lcServer).noquote() << "listening on" << server.baseUrl().toString() << "data dir"
                               << options->dataDir;
    const int code = app.exec();
    qCInfo(lcServer) << "stopped";
    return code;
}
