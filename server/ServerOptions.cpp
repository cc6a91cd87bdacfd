#include "server/ServerOptions.h"

#include "models/time/Clock.h"
#include "models/time/ClockOptions.h"
#include "models/time/InstantFormat.h"

#include <QCommandLineParser>

namespace companion::server {

namespace {

#ifdef COMPANION_WITH_SANDBOX
constexpr bool kWithSandboxes = true;
#else
constexpr bool kWithSandboxes = false;
#endif

QString clockDescription()
{
    switch (Clock::mode()) {
    case Clock::Mode::System:
        return QStringLiteral("system");
    case Clock::Mode::Started:
        return QStringLiteral("running, now %1").arg(Clock::nowUtc().toString(Qt::ISODateWithMs));
    case Clock::Mode::Pinned:
        return QStringLiteral("pinned at %1").arg(Clock::nowUtc().toString(Qt::ISODateWithMs));
    }
    return {};
}

} // namespace

QJsonObject ServerOptions::toJson() const
{
    return {
        { QStringLiteral("data_dir"), dataDir },
        { QStringLiteral("port"), port },
        { QStringLiteral("demo"), demo },
        { QStringLiteral("demo_date"), demoDate.toString(Qt::ISODate) },
        { QStringLiteral("clock"), clockDescription() },
        { QStringLiteral("access_token_ttl"), accessTokenTtl },
        { QStringLiteral("max_body_bytes"), maxBodyBytes },
        { QStringLiteral("rate_limit_per_minute"), rateLimitPerMinute },
        { QStringLiteral("listen_address"), QStringLiteral("127.0.0.1") },
        { QStringLiteral("test_hooks"), testHooks },
        { QStringLiteral("providers"), providers.toJson(kWithSandboxes) },
        { QStringLiteral("provider_calls"), providerCalls },
        { QStringLiteral("change_stream"), changeStream },
    };
}

std::optional<ServerOptions> ServerOptions::parse(const QStringList &arguments, QString *error,
                                                  QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Companion's local implementation of the platform API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Directory for the SQLite database (required)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port on 127.0.0.1; 0 picks one."), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Seed the demo world (idempotent)."));
    const QCommandLineOption demoDate(
        QStringLiteral("demo-date"),
        QStringLiteral("With --demo: generate the demo world around DATE (YYYY-MM-DD; default: the clock's "
                       "today in UTC)."),
        QStringLiteral("DATE"));
    const QCommandLineOption ttl(QStringLiteral("access-token-ttl"),
                                 QStringLiteral("Access token lifetime in seconds (default 900)."),
                                 QStringLiteral("SECONDS"), QStringLiteral("900"));
    const QCommandLineOption maxBody(QStringLiteral("max-body-bytes"),
                                     QStringLiteral("Largest accepted request body (default 1048576)."),
                                     QStringLiteral("BYTES"), QStringLiteral("1048576"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"),
                                  QStringLiteral("Requests per minute per token; 0 turns limiting off "
                                                 "(default 1200)."),
                                  QStringLiteral("N"), QStringLiteral("1200"));
    const QCommandLineOption printConfig(
        QStringLiteral("print-config"),
        QStringLiteral("Print the effective configuration as JSON and exit."));
    const QCommandLineOption testHooks(QStringLiteral("enable-test-hooks"),
                                       QStringLiteral("Serve /api/_test/* write endpoints (tests only)."));
    const QCommandLineOption noProviderCalls(
        QStringLiteral("no-provider-calls"),
        QStringLiteral("Queue calls to Stripe/Resend (transfers, refunds, emails) but do not make them."));
    const QCommandLineOption noChangeStream(
        QStringLiteral("no-change-stream"),
        QStringLiteral("Do not serve the change stream (GET /api/changes/stream answers 404): clients "
                       "fall back to their periodic sync."));
    parser.addOptions({ dataDir, port, demo, demoDate, ttl, maxBody, rate, printConfig, testHooks,
                        noProviderCalls, noChangeStream });
    clockoptions::addTo(parser);
    *helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        *error = QString();
        return std::nullopt;
    }
    if (const QString clockError = clockoptions::apply(parser); !clockError.isEmpty()) {
        *error = clockError;
        return std::nullopt;
    }
    ServerOptions options;
    options.demoDate = Clock::today(QTimeZone::utc());
    if (parser.isSet(demoDate)) {
        const auto date = instant::parseDate(parser.value(demoDate));
        if (!date) {
            *error = QStringLiteral("--demo-date must be a date YYYY-MM-DD (got \"%1\")")
                         .arg(parser.value(demoDate));
            return std::nullopt;
        }
        options.demoDate = *date;
    }
    options.dataDir = parser.value(dataDir);
    options.demo = parser.isSet(demo);
    options.printConfig = parser.isSet(printConfig);
    options.testHooks = parser.isSet(testHooks);
    options.providers = ProviderConfig::fromEnvironment();
    options.providerCalls = !parser.isSet(noProviderCalls);
    options.changeStream = !parser.isSet(noChangeStream);
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        *error = QStringLiteral("--port must be a number from 0 to 65535");
        return std::nullopt;
    }
    options.port = static_cast<quint16>(portValue);
    options.accessTokenTtl = parser.value(ttl).toLongLong(&ok);
    if (!ok || options.accessTokenTtl < 1) {
        *error = QStringLiteral("--access-token-ttl must be a positive number of seconds");
        return std::nullopt;
    }
    options.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || options.maxBodyBytes < 1) {
        *error = QStringLiteral("--max-body-bytes must be a positive number");
        return std::nullopt;
    }
    options.rateLimitPerMinute = parser.value(rate).toInt(&ok);
    if (!ok || options.rateLimitPerMinute < 0) {
        *error = QStringLiteral("--rate-limit must be 0 or a positive number");
        return std::nullopt;
    }
    if (options.dataDir.isEmpty() && !options.printConfig) {
        *error = QStringLiteral("--data-dir is required");
        return std::nullopt;
    }
    return options;
}

} // namespace companion::server
