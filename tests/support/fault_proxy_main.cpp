// fault-proxy: FaultProxy as a standalone process, for shell scripts and soak runs.
//
//   fault-proxy --upstream http://127.0.0.1:8080 [--fault reset-mid-body] [--path /api/sessions]
//               [--times N] [--stall-ms MS] [--retry-after S] [--status 503] [--huge-bytes N]
//               [--forward-anyway]
//
// Prints its URL (http://127.0.0.1:PORT) as the first stdout line. Then reads commands from
// stdin, one a line, and answers each with one line:
//   <fault-name> [path=P] [times=N] [stall-ms=MS] [retry-after=S] [status=N] [huge-bytes=N]
//                [forward-anyway]                    -> "ok"
//   stats                                            -> "requests=N faults=N"
//   log                                              -> the request log, then "end"
// Exits on SIGTERM/SIGINT, or cleanly when stdin closes.

#include "tests/support/FaultProxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

using namespace companion::test;

namespace {

// Applies "key=value" words to options; false on an unknown word.
bool applyOption(const QString &word, FaultOptions &options)
{
    const QString key = word.section(QLatin1Char('='), 0, 0);
    const QString value = word.section(QLatin1Char('='), 1);
    bool ok = true;
    if (key == QLatin1String("path"))
        options.pathPrefix = value;
    else if (key == QLatin1String("times"))
        options.times = value.toInt(&ok);
    else if (key == QLatin1String("stall-ms"))
        options.stallMs = value.toInt(&ok);
    else if (key == QLatin1String("retry-after"))
        options.retryAfterSeconds = value.toInt(&ok);
    else if (key == QLatin1String("status"))
        options.serverErrorStatus = value.toInt(&ok);
    else if (key == QLatin1String("huge-bytes"))
        options.hugeBytes = value.toLongLong(&ok);
    else if (key == QLatin1String("forward-anyway"))
        options.forwardAnyway = true;
    else
        return false;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fault-injecting HTTP proxy for tests (loopback only)."));
    parser.addHelpOption();
    const QCommandLineOption upstreamOption(QStringLiteral("upstream"), QStringLiteral("Upstream base URL."),
                                            QStringLiteral("url"));
    const QCommandLineOption faultOption(QStringLiteral("fault"), QStringLiteral("Initial fault."),
                                         QStringLiteral("name"), QStringLiteral("none"));
    const QCommandLineOption pathOption(QStringLiteral("path"), QStringLiteral("Path prefix."),
                                        QStringLiteral("p"));
    const QCommandLineOption timesOption(QStringLiteral("times"), QStringLiteral("Matching requests."),
                                         QStringLiteral("n"));
    const QCommandLineOption stallOption(QStringLiteral("stall-ms"), QStringLiteral("Stall length."),
                                         QStringLiteral("ms"));
    const QCommandLineOption retryOption(QStringLiteral("retry-after"), QStringLiteral("429 Retry-After."),
                                         QStringLiteral("s"));
    const QCommandLineOption statusOption(QStringLiteral("status"), QStringLiteral("server-error status."),
                                          QStringLiteral("code"));
    const QCommandLineOption hugeOption(QStringLiteral("huge-bytes"), QStringLiteral("huge-body size."),
                                        QStringLiteral("n"));
    const QCommandLineOption forwardOption(QStringLiteral("forward-anyway"),
                                           QStringLiteral("Synthesized faults forward first."));
    parser.addOptions({ upstreamOption, faultOption, pathOption, timesOption, stallOption, retryOption,
                        statusOption, hugeOption, forwardOption });
    parser.process(app);

    const auto fault = FaultProxy::faultFromName(parser.value(faultOption));
    FaultOptions options;
    bool ok = fault.has_value();
    const std::pair<QCommandLineOption, QString> keyed[] = {
        { pathOption, QStringLiteral("path") },      { timesOption, QStringLiteral("times") },
        { stallOption, QStringLiteral("stall-ms") }, { retryOption, QStringLiteral("retry-after") },
        { statusOption, QStringLiteral("status") },  { hugeOption, QStringLiteral("huge-bytes") },
    };
    for (const auto &[option, key] : keyed) {
        if (parser.isSet(option))
            ok = applyOption(key + QLatin1Char('=') + parser.value(option), options) && ok;
    }
    options.forwardAnyway = parser.isSet(forwardOption);
    if (!ok || !parser.isSet(upstreamOption)) {
        std::fputs("fault-proxy: --upstream URL is required; bad fault name or option value\n", stderr);
        return 2;
    }

    FaultProxy proxy;
    proxy.setFault(*fault, options);
    if (!proxy.start(QUrl(parser.value(upstreamOption)))) {
        std::fprintf(stderr, "fault-proxy: %s\n", qPrintable(proxy.errorString()));
        return 1;
    }
    std::printf("%s\n", qPrintable(proxy.url().toString()));
    std::fflush(stdout);

    // Nothing to save on the way out, and _Exit is async-signal-safe (quit() is not).
    std::signal(SIGTERM, [](int) { std::_Exit(0); });
    std::signal(SIGINT, [](int) { std::_Exit(0); });

    // stdin on a plain thread: the proxy's API is thread-safe, and blocking getline keeps it simple.
    std::thread reader([&proxy] {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QStringList words
                = QString::fromStdString(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.isEmpty())
                continue;
            if (words[0] == QLatin1String("stats")) {
                std::printf("requests=%d faults=%d\n", proxy.requestsSeen(), proxy.faultsInjected());
            } else if (words[0] == QLatin1String("log")) {
                for (const QString &entry : proxy.requestLog())
                    std::printf("%s\n", qPrintable(entry));
                std::printf("end\n");
            } else if (const auto named = FaultProxy::faultFromName(words[0])) {
                FaultOptions lineOptions;
                bool valid = true;
                for (qsizetype i = 1; i < words.size(); ++i)
                    valid = applyOption(words[i], lineOptions) && valid;
                if (valid) {
                    proxy.setFault(*named, lineOptions);
                    std::printf("ok\n");
                } else {
                    std::printf("error: bad option\n");
                }
            } else {
                std::printf("error: unknown command\n");
            }
            std::fflush(stdout);
        }
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    reader.detach(); // blocked in getline when a signal ends us; the process exit ends it

    const int code = app.exec();
    proxy.stop();
    return code;
}
