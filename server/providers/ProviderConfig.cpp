#include "server/providers/ProviderConfig.h"

namespace companion::server {

namespace {

QString value(const QProcessEnvironment &env, const char *key, const QString &fallback)
{
    // Trimmed: a secret pasted with a trailing newline is the classic "no signatures match".
    const QString set = env.value(QString::fromLatin1(key)).trimmed();
    return set.isEmpty() ? fallback : set;
}

QString urlOrSandbox(const QString &url, const char *path, bool withSandboxes)
{
    if (!url.isEmpty())
        return url;
    return withSandboxes ? QStringLiteral("sandbox: <base-url>%1").arg(QLatin1String(path))
                         : QStringLiteral("unset: not available (built without sandboxes)");
}

QString masked(const QString &secret)
{
    if (ProviderConfig::builtInSecrets().contains(secret))
        return QStringLiteral("<built-in development value>");
    return QStringLiteral("<set, %1 characters>").arg(secret.size());
}

} // namespace

const ProviderConfig &ProviderConfig::developmentDefaults()
{
    static const ProviderConfig defaults = [] {
        ProviderConfig c;
        // The key/secret pair PlugNmeet's docs and config_sample.yaml publish for development.
        c.plugnmeetApiKey = QStringLiteral("plugnmeet");
        c.plugnmeetApiSecret = QStringLiteral("zumyyYWqv7KR2kUqvYdq4z4sXg7XTBD2ljT6");
        c.stripeSecretKey = QStringLiteral("sk_test_companion_sandbox");
        c.stripeWebhookSecret = QStringLiteral("whsec_companion_dev_platform_endpoint");
        c.stripeConnectWebhookSecret = QStringLiteral("whsec_companion_dev_connect_endpoint");
        c.resendApiKey = QStringLiteral("re_companion_sandbox");
        // base64("companion-dev-resend-webhook-key") after whsec_, as Svix secrets are.
        c.resendWebhookSecret = QStringLiteral("whsec_Y29tcGFuaW9uLWRldi1yZXNlbmQtd2ViaG9vay1rZXk=");
        c.streamApiKey = QStringLiteral("companion_sandbox_key");
        c.streamApiSecret = QStringLiteral("companion-dev-stream-secret");
        return c;
    }();
    return defaults;
}

QStringList ProviderConfig::builtInSecrets()
{
    const ProviderConfig &d = developmentDefaults();
    return { d.plugnmeetApiSecret, d.stripeSecretKey,     d.stripeWebhookSecret, d.stripeConnectWebhookSecret,
             d.resendApiKey,       d.resendWebhookSecret, d.streamApiSecret };
}

ProviderConfig ProviderConfig::fromEnvironment(const QProcessEnvironment &env)
{
    const ProviderConfig &d = developmentDefaults();
    ProviderConfig c;
    c.plugnmeetUrl = value(env, "PLUGNMEET_URL", {});
    c.plugnmeetApiKey = value(env, "PLUGNMEET_API_KEY", d.plugnmeetApiKey);
    c.plugnmeetApiSecret = value(env, "PLUGNMEET_API_SECRET", d.plugnmeetApiSecret);
    c.stripeApiUrl = value(env, "STRIPE_API_URL", {});
    c.stripeSecretKey = value(env, "STRIPE_SECRET_KEY", d.stripeSecretKey);
    c.stripeWebhookSecret = value(env, "STRIPE_WEBHOOK_SECRET", d.stripeWebhookSecret);
    c.stripeConnectWebhookSecret = value(env, "STRIPE_CONNECT_WEBHOOK_SECRET", d.stripeConnectWebhookSecret);
    c.resendApiUrl = value(env, "RESEND_API_URL", {});
    c.resendApiKey = value(env, "RESEND_API_KEY", d.resendApiKey);
    c.resendWebhookSecret = value(env, "RESEND_WEBHOOK_SECRET", d.resendWebhookSecret);
    c.streamApiUrl = value(env, "STREAM_API_URL", {});
    c.streamApiKey = value(env, "STREAM_API_KEY", d.streamApiKey);
    c.streamApiSecret = value(env, "STREAM_API_SECRET", d.streamApiSecret);
    bool deadlineOk = false;
    const int deadline = env.value(QStringLiteral("PROVIDER_DEADLINE_MS")).toInt(&deadlineOk);
    if (deadlineOk && deadline > 0)
        c.callDeadlineMs = deadline;
    return c;
}

QJsonObject ProviderConfig::toJson(bool withSandboxes) const
{
    return {
        { QStringLiteral("PLUGNMEET_URL"), urlOrSandbox(plugnmeetUrl, "/sandbox/plugnmeet", withSandboxes) },
        { QStringLiteral("PLUGNMEET_API_KEY"), plugnmeetApiKey },
        { QStringLiteral("PLUGNMEET_API_SECRET"), masked(plugnmeetApiSecret) },
        { QStringLiteral("STRIPE_API_URL"), urlOrSandbox(stripeApiUrl, "/sandbox/stripe", withSandboxes) },
        { QStringLiteral("STRIPE_SECRET_KEY"), masked(stripeSecretKey) },
        { QStringLiteral("STRIPE_WEBHOOK_SECRET"), masked(stripeWebhookSecret) },
        { QStringLiteral("STRIPE_CONNECT_WEBHOOK_SECRET"), masked(stripeConnectWebhookSecret) },
        { QStringLiteral("RESEND_API_URL"), urlOrSandbox(resendApiUrl, "/sandbox/resend", withSandboxes) },
        { QStringLiteral("RESEND_API_KEY"), masked(resendApiKey) },
        { QStringLiteral("RESEND_WEBHOOK_SECRET"), masked(resendWebhookSecret) },
        { QStringLiteral("STREAM_API_URL"),
          urlOrSandbox(streamApiUrl, "/sandbox/stream/api/v1.0", withSandboxes) },
        { QStringLiteral("STREAM_API_KEY"), streamApiKey },
        { QStringLiteral("STREAM_API_SECRET"), masked(streamApiSecret) },
        { QStringLiteral("PROVIDER_DEADLINE_MS"), callDeadlineMs },
    };
}

} // namespace companion::server
