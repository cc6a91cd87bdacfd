#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>

namespace companion::server {

// Where the external services are and their secrets, from the environment (the issue's
// keys). Unset, every value falls back to a fixed development default that points at the
// local sandboxes under /sandbox/... of this server (in a build with them), so switching to
// the real services is configuration only. The defaults are public on purpose: they
// protect nothing.
struct ProviderConfig
{
    QString plugnmeetUrl; // empty: local sandbox
    QString plugnmeetApiKey;
    QString plugnmeetApiSecret;
    QString stripeApiUrl; // empty: local sandbox
    QString stripeSecretKey;
    QString stripeWebhookSecret; // platform endpoint
    QString stripeConnectWebhookSecret; // Connect endpoint (connected accounts' events)
    QString resendApiUrl; // empty: local sandbox
    QString resendApiKey;
    QString resendWebhookSecret; // whsec_<base64>
    QString streamApiUrl; // empty: local sandbox (the clients call it, not this server)
    QString streamApiKey;
    QString streamApiSecret;
    // Every call to a provider ends by this long overall (PROVIDER_DEADLINE_MS), however
    // slowly the answer trickles in.
    int callDeadlineMs = 15000;

    static ProviderConfig fromEnvironment(const QProcessEnvironment &env
                                          = QProcessEnvironment::systemEnvironment());
    // What every value falls back to when unset: public development values.
    static const ProviderConfig &developmentDefaults();
    // Every built-in secret: none of them may protect a production server.
    static QStringList builtInSecrets();
    // Secrets are masked ("built-in development value" or "set, N characters"): the output
    // of --print-config ends up in tickets and chats. `withSandboxes` false: an unset URL
    // reads as "not available" instead of the sandbox's.
    QJsonObject toJson(bool withSandboxes = true) const;
};

} // namespace companion::server
