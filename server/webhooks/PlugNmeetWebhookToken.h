#pragma once

#include "server/webhooks/WebhookCheck.h"

#include <QByteArray>

namespace companion::server {

// PlugNmeet's webhook token (LiveKit's scheme): an HS256 JWT in `Hash-Token` and
// `Authorization` (bare, no "Bearer"), keyed with the PlugNmeet API secret, with claims
// iss = API key, nbf = now, exp = now + 5 min and sha256 = base64(SHA-256(raw body)).
class PlugNmeetWebhookToken
{
public:
    static constexpr qint64 kValiditySeconds = 300;
    static constexpr qint64 kLeewaySeconds = 60; // go-jose's default leeway for nbf/exp

    static QByteArray bodyHash(const QByteArray &body);
    static QByteArray sign(const QByteArray &body, const QByteArray &apiKey, const QByteArray &apiSecret,
                           qint64 now);
    static WebhookCheck verify(const QByteArray &token, const QByteArray &body, const QByteArray &apiKey,
                               const QByteArray &apiSecret, qint64 now);
};

} // namespace companion::server
