#pragma once

#include "server/webhooks/WebhookCheck.h"

#include <QByteArray>
#include <QList>

namespace companion::server {

// Stripe's webhook signature: `Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>...][,v0=...]`
// where v1 = lowercase hex HMAC-SHA256(key = the whole "whsec_..." string, msg = "t.raw_body").
// Any v1 may match (one per active secret during a roll); other schemes (v0) are ignored so
// nobody can downgrade us. The timestamp must be within `tolerance` seconds either way.
class StripeSignature
{
public:
    static constexpr qint64 kToleranceSeconds = 300;

    static QByteArray compute(const QByteArray &body, const QByteArray &secret, qint64 timestamp);
    // The header a sender puts on a delivery: one v1 per secret.
    static QByteArray header(const QByteArray &body, const QList<QByteArray> &secrets, qint64 timestamp);
    static WebhookCheck verify(const QByteArray &header, const QByteArray &body, const QByteArray &secret,
                               qint64 now, qint64 tolerance = kToleranceSeconds);
};

} // namespace companion::server
