#include "server/config/ProductionCheck.h"

#include "server/ServerOptions.h"

#include <QHostAddress>
#include <QUrl>

namespace companion::server {

namespace {

bool isLoopbackHost(const QString &host)
{
    return host == u"localhost" || QHostAddress(host).isLoopback();
}

// https, or http to this machine (a local reverse proxy or a test's fake service).
QString urlProblem(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("%1 is not set").arg(key);
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("%1 is not a valid URL").arg(key);
    if (url.scheme() != u"https" && !(url.scheme() == u"http" && isLoopbackHost(url.host())))
        return QStringLiteral("%1 must use https (plain http only to this machine)").arg(key);
    return {};
}

QString secretProblem(const QString &key, const QString &value)
{
    if (ProviderConfig::builtInSecrets().contains(value))
        return QStringLiteral("%1 is not set (or set to a built-in development value)").arg(key);
    return {};
}

bool isLiveStripeKey(const QString &key)
{
    return key.startsWith(u"sk_live_") || key.startsWith(u"rk_live_");
}

} // namespace

QStringList ProductionCheck::problems(const ServerOptions &options)
{
    return options.production ? productionProblems(options) : developmentProblems(options);
}

QStringList ProductionCheck::productionProblems(const ServerOptions &options)
{
    QStringList found;
    const auto add = [&found](const QString &problem) {
        if (!problem.isEmpty())
            found.append(problem);
    };
    const ProviderConfig &p = options.providers;
    const ProviderConfig &d = ProviderConfig::developmentDefaults();
    if (options.demo)
        add(QStringLiteral("--demo seeds public demo accounts and is for development only"));
    if (options.testHooks)
        add(QStringLiteral("--enable-test-hooks changes data without authentication and is for tests only"));
    if (options.publicUrl.isEmpty())
        add(QStringLiteral("PUBLIC_URL (--public-url) is not set"));
    else
        add(urlProblem(QStringLiteral("PUBLIC_URL (--public-url)"), options.publicUrl.toString()));
    add(urlProblem(QStringLiteral("PLUGNMEET_URL"), p.plugnmeetUrl));
    if (p.plugnmeetApiKey == d.plugnmeetApiKey)
        add(QStringLiteral("PLUGNMEET_API_KEY is not set (or set to the built-in development value)"));
    add(secretProblem(QStringLiteral("PLUGNMEET_API_SECRET"), p.plugnmeetApiSecret));
    add(urlProblem(QStringLiteral("STRIPE_API_URL"), p.stripeApiUrl));
    add(secretProblem(QStringLiteral("STRIPE_SECRET_KEY"), p.stripeSecretKey));
    add(secretProblem(QStringLiteral("STRIPE_WEBHOOK_SECRET"), p.stripeWebhookSecret));
    add(secretProblem(QStringLiteral("STRIPE_CONNECT_WEBHOOK_SECRET"), p.stripeConnectWebhookSecret));
    if (p.stripeWebhookSecret == p.stripeConnectWebhookSecret)
        add(QStringLiteral("STRIPE_WEBHOOK_SECRET and STRIPE_CONNECT_WEBHOOK_SECRET must differ (one secret "
                           "per endpoint)"));
    add(urlProblem(QStringLiteral("RESEND_API_URL"), p.resendApiUrl));
    add(secretProblem(QStringLiteral("RESEND_API_KEY"), p.resendApiKey));
    add(secretProblem(QStringLiteral("RESEND_WEBHOOK_SECRET"), p.resendWebhookSecret));
    add(urlProblem(QStringLiteral("STREAM_API_URL"), p.streamApiUrl));
    if (p.streamApiKey == d.streamApiKey)
        add(QStringLiteral("STREAM_API_KEY is not set (or set to the built-in development value)"));
    add(secretProblem(QStringLiteral("STREAM_API_SECRET"), p.streamApiSecret));
    return found;
}

QStringList ProductionCheck::developmentProblems(const ServerOptions &options)
{
    if (isLiveStripeKey(options.providers.stripeSecretKey))
        return { QStringLiteral("STRIPE_SECRET_KEY is a live key, but development mode serves sandboxes with "
                                "public credentials beside it; start with --production") };
    return {};
}

} // namespace companion::server
