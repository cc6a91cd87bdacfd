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

} // namespace

ProviderConfig ProviderConfig::fromEnvironment(const QProcessEnvironment &env)
{
    ProviderConfig c;
    c.plugnmeetUrl = value(env, "PLUGNMEET_URL", {});
    // The key/secret pair PlugNmeet's docs and config_sample.yaml publish for development.
    c.plugnmeetApiKey = value(env, "PLUGNMEET_API_KEY", QStringLiteral("plugnmeet"));
    c.plugnmeetApiSecret
        = value(env, "PLUGNMEET_API_SECRET", QStringLiteral("zumyyYWqv7KR2kUqvYdq4z4sXg7XTBD2ljT6"));
    c.stripeApiUrl = value(env, "STRIPE_API_URL", {});
    c.stripeSecretKey = value(env, "STRIPE_SECRET_KEY", QStringLiteral("sk_test_companion_sandbox"));
    c.stripeWebhookSecret
        = value(env, "STRIPE_WEBHOOK_SECRET", QStringLiteral("whsec_companion_dev_platform_endpoint"));
    c.stripeConnectWebhookSecret
        = value(env, "STRIPE_CONNECT_WEBHOOK_SECRET", QStringLiteral("whsec_companion_dev_connect_endpoint"));
    c.resendApiUrl = value(env, "RESEND_API_URL", {});
    c.resendApiKey = value(env, "RESEND_API_KEY", QStringLiteral("re_companion_sandbox"));
    // base64("companion-dev-resend-webhook-key") after whsec_, as Svix secrets are.
    c.resendWebhookSecret = value(env, "RESEND_WEBHOOK_SECRET",
                                  QStringLiteral("whsec_Y29tcGFuaW9uLWRldi1yZXNlbmQtd2ViaG9vay1rZXk="));
    c.streamApiUrl = value(env, "STREAM_API_URL", {});
    c.streamApiKey = value(env, "STREAM_API_KEY", QStringLiteral("companion_sandbox_key"));
    c.streamApiSecret = value(env, "STREAM_API_SECRET", QStringLiteral("companion-dev-stream-secret"));
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
        { QStringLiteral("PLUGNMEET_API_SECRET"), plugnmeetApiSecret },
        { QStringLiteral("STRIPE_API_URL"), urlOrSandbox(stripeApiUrl, "/sandbox/stripe", withSandboxes) },
        { QStringLiteral("STRIPE_SECRET_KEY"), stripeSecretKey },
        { QStringLiteral("STRIPE_WEBHOOK_SECRET"), stripeWebhookSecret },
        { QStringLiteral("STRIPE_CONNECT_WEBHOOK_SECRET"), stripeConnectWebhookSecret },
        { QStringLiteral("RESEND_API_URL"), urlOrSandbox(resendApiUrl, "/sandbox/resend", withSandboxes) },
        { QStringLiteral("RESEND_API_KEY"), resendApiKey },
        { QStringLiteral("RESEND_WEBHOOK_SECRET"), resendWebhookSecret },
        { QStringLiteral("STREAM_API_URL"),
          urlOrSandbox(streamApiUrl, "/sandbox/stream/api/v1.0", withSandboxes) },
        { QStringLiteral("STREAM_API_KEY"), streamApiKey },
        { QStringLiteral("STREAM_API_SECRET"), streamApiSecret },
        { QStringLiteral("PROVIDER_DEADLINE_MS"), callDeadlineMs },
    };
}

} // namespace companion::server
