#include "server/ServerOptions.h"

#include "models/time/Clock.h"
#include "models/time/ClockOptions.h"
#include "models/time/InstantFormat.h"
#include "server/config/ConfigFile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRegularExpression>

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

QJsonArray stringArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

// "a, b" or "a b" into its items.
QStringList listOf(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return value.split(separators, Qt::SkipEmptyParts);
}

} // namespace

QUrl ServerOptions::publicBase(const QUrl &listening) const
{
    return publicUrl.isEmpty() ? listening : publicUrl;
}

QJsonObject ServerOptions::toJson() const
{
    QStringList proxies;
    for (const QHostAddress &proxy : trustedProxies)
        proxies.append(proxy.toString());
    return {
        { QStringLiteral("mode"), production ? QStringLiteral("production") : QStringLiteral("development") },
        { QStringLiteral("config_file"), configFile },
        { QStringLiteral("data_dir"), dataDir },
        { QStringLiteral("port"), port },
        { QStringLiteral("public_url"),
          publicUrl.isEmpty() ? QStringLiteral("unset: the listening address") : publicUrl.toString() },
        { QStringLiteral("trusted_proxies"), stringArray(proxies) },
        { QStringLiteral("webhook_hosts"), stringArray(webhookHosts) },
        { QStringLiteral("return_origins"), stringArray(returnOrigins) },
        { QStringLiteral("header_timeout"), headerTimeoutSeconds },
        { QStringLiteral("idle_timeout"), idleTimeoutSeconds },
        { QStringLiteral("max_connections_per_client"), maxConnectionsPerClient },
        { QStringLiteral("sign_in_lifetime_days"), signInLifetimeDays },
        { QStringLiteral("demo"), demo },
        { QStringLiteral("demo_date"), demoDate.toString(Qt::ISODate) },
        { QStringLiteral("clock"), clockDescription() },
        { QStringLiteral("access_token_ttl"), accessTokenTtl },
        { QStringLiteral("max_body_bytes"), maxBodyBytes },
        { QStringLiteral("rate_limit_per_minute"), rateLimitPerMinute },
        { QStringLiteral("listen_address"), listenAddress.toString() },
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
    const QCommandLineOption production(
        QStringLiteral("production"),
        QStringLiteral("Run for production: no sandboxes, demo or test hooks; refuse to start unless every "
                       "provider has its own secrets and a public URL is set (see docs/DEPLOYMENT.md)."));
    const QCommandLineOption config(
        QStringLiteral("config"), QStringLiteral("Read KEY=VALUE settings from FILE (implies --production)."),
        QStringLiteral("FILE"));
    const QCommandLineOption publicUrl(
        QStringLiteral("public-url"),
        QStringLiteral("The URL others reach this server at (required in production); every link handed "
                       "out is built from it."),
        QStringLiteral("URL"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                    QStringLiteral("ADDRESS"));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("A reverse proxy whose X-Forwarded-For names the client (repeatable)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption webhookHost(
        QStringLiteral("webhook-host"),
        QStringLiteral("A host outgoing webhook URLs may point at besides the public URL's (repeatable)."),
        QStringLiteral("HOST"));
    const QCommandLineOption returnOrigin(
        QStringLiteral("return-origin"),
        QStringLiteral("An origin (https://host[:port]) Stripe return URLs may point at besides the public "
                       "URL's (repeatable)."),
        QStringLiteral("ORIGIN"));
    const QCommandLineOption headerTimeout(
        QStringLiteral("header-timeout"),
        QStringLiteral("Seconds a client has to send a request's headers (default 10)."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"), QStringLiteral("Seconds an idle connection stays open (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections-per-client"),
        QStringLiteral("Open connections per client address (default 32)."), QStringLiteral("N"),
        QStringLiteral("32"));
    const QCommandLineOption signInLifetime(
        QStringLiteral("sign-in-lifetime-days"),
        QStringLiteral("Days after which a sign-in ends however often it was refreshed (default 90)."),
        QStringLiteral("DAYS"), QStringLiteral("90"));
    parser.addOptions({ dataDir,        port,          demo,         demoDate,      ttl,
                        maxBody,        rate,          printConfig,  testHooks,     noProviderCalls,
                        noChangeStream, production,    config,       publicUrl,     listen,
                        trustedProxy,   webhookHost,   returnOrigin, headerTimeout, idleTimeout,
                        maxConnections, signInLifetime });
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
    options.configFile = parser.value(config);
    options.production = parser.isSet(production) || parser.isSet(config);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QHash<QString, QString> file;
    if (!options.configFile.isEmpty()) {
        const auto values = ConfigFile::read(options.configFile, error);
        if (!values)
            return std::nullopt;
        file = *values;
        for (auto it = file.cbegin(); it != file.cend(); ++it)
            env.insert(it.key(), it.value());
    }
    // The command line wins over the file.
    const auto setting = [&](const QCommandLineOption &option, const char *key) {
        return parser.isSet(option) ? parser.value(option) : file.value(QString::fromLatin1(key));
    };
    const auto settings = [&](const QCommandLineOption &option, const char *key) {
        return parser.isSet(option) ? parser.values(option) : listOf(file.value(QString::fromLatin1(key)));
    };
    options.dataDir = setting(dataDir, "DATA_DIR");
    options.demo = parser.isSet(demo);
    options.printConfig = parser.isSet(printConfig);
    options.testHooks = parser.isSet(testHooks);
    options.providers = ProviderConfig::fromEnvironment(env);
    options.providerCalls = !parser.isSet(noProviderCalls);
    options.changeStream = !parser.isSet(noChangeStream);
    // PUBLIC_URL may also come from the environment, like the providers' settings.
    const QString publicText
        = parser.isSet(publicUrl) ? parser.value(publicUrl) : env.value(QStringLiteral("PUBLIC_URL"));
    if (const QString url = publicText.trimmed(); !url.isEmpty()) {
        options.publicUrl = QUrl(url, QUrl::StrictMode);
        const QString scheme = options.publicUrl.scheme();
        if (!options.publicUrl.isValid() || (scheme != u"https" && scheme != u"http")
            || options.publicUrl.host().isEmpty() || options.publicUrl.hasQuery()
            || options.publicUrl.hasFragment() || !options.publicUrl.userInfo().isEmpty()
            || (!options.publicUrl.path().isEmpty() && options.publicUrl.path() != u"/")) {
            *error = QStringLiteral("--public-url must be an http(s) origin without path or query, e.g. "
                                    "https://companion.example.org (got \"%1\")")
                         .arg(url);
            return std::nullopt;
        }
    }
    if (const QString address = setting(listen, "LISTEN_ADDRESS"); !address.isEmpty()) {
        if (!options.listenAddress.setAddress(address)) {
            *error = QStringLiteral("--listen must be an IP address (got \"%1\")").arg(address);
            return std::nullopt;
        }
    }
    for (const QString &proxy : settings(trustedProxy, "TRUSTED_PROXIES")) {
        QHostAddress address;
        if (!address.setAddress(proxy)) {
            *error = QStringLiteral("--trusted-proxy must be an IP address (got \"%1\")").arg(proxy);
            return std::nullopt;
        }
        options.trustedProxies.append(address);
    }
    options.webhookHosts = settings(webhookHost, "WEBHOOK_HOSTS");
    options.returnOrigins = settings(returnOrigin, "RETURN_ORIGINS");
    for (const QString &origin : std::as_const(options.returnOrigins)) {
        const QUrl url(origin, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()
            || (!url.path().isEmpty() && url.path() != u"/")) {
            *error = QStringLiteral("--return-origin must be https://host[:port] (got \"%1\")").arg(origin);
            return std::nullopt;
        }
    }
    const auto positive = [&](const QCommandLineOption &option, const char *name, int *out) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < 1) {
            *error = QStringLiteral("--%1 must be a positive number").arg(QLatin1String(name));
            return false;
        }
        *out = value;
        return true;
    };
    int lifetimeDays = 0;
    if (!positive(headerTimeout, "header-timeout", &options.headerTimeoutSeconds)
        || !positive(idleTimeout, "idle-timeout", &options.idleTimeoutSeconds)
        || !positive(maxConnections, "max-connections-per-client", &options.maxConnectionsPerClient)
        || !positive(signInLifetime, "sign-in-lifetime-days", &lifetimeDays))
        return std::nullopt;
    options.signInLifetimeDays = lifetimeDays;
    bool ok = false;
    const QString portText = parser.isSet(port) || !file.contains(QStringLiteral("PORT"))
        ? parser.value(port)
        : file.value(QStringLiteral("PORT"));
    const uint portValue = portText.toUInt(&ok);
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
