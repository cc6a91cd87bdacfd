#pragma once

#include "server/webhooks/WebhookCheck.h"

#include <QByteArray>
#include <QList>

namespace companion::server {

// Svix (Resend's webhooks): headers svix-id, svix-timestamp, svix-signature (or the branded
// webhook-*). The signature list is space separated `v1,<base64>` entries; each is
// base64(HMAC-SHA256(key = base64-decoded secret after "whsec_", msg = "id.timestamp.raw_body")).
// Versions other than v1 are ignored; the timestamp must be within 5 minutes either way.
class SvixSignature
{
public:
    static constexpr qint64 kToleranceSeconds = 300;

    // The HMAC key of a "whsec_<base64>" secret; empty when it is not valid base64.
    static QByteArray key(const QByteArray &secret);
    static QByteArray compute(const QByteArray &id, qint64 timestamp, const QByteArray &body,
                              const QByteArray &secret);
    static QByteArray header(const QByteArray &id, qint64 timestamp, const QByteArray &body,
                             const QList<QByteArray> &secrets);
    static WebhookCheck verify(const QByteArray &id, const QByteArray &timestampHeader,
                               const QByteArray &signatureHeader, const QByteArray &body,
                               const QByteArray &secret, qint64 now);
};

} // namespace companion::server
