#include "server/webhooks/WebhookCheck.h"

namespace companion::server {

QString webhookCheckToString(WebhookCheck check)
{
    switch (check) {
    case WebhookCheck::Ok:
        return QStringLiteral("ok");
    case WebhookCheck::MissingHeader:
        return QStringLiteral("missing_signature");
    case WebhookCheck::Malformed:
        return QStringLiteral("malformed_signature");
    case WebhookCheck::BadSignature:
        return QStringLiteral("invalid_signature");
    case WebhookCheck::TooOld:
        return QStringLiteral("timestamp_too_old");
    case WebhookCheck::TooNew:
        return QStringLiteral("timestamp_too_new");
    case WebhookCheck::WrongIssuer:
        return QStringLiteral("wrong_issuer");
    }
    return QStringLiteral("invalid_signature");
}

int webhookCheckHttpStatus(WebhookCheck check)
{
    switch (check) {
    case WebhookCheck::Ok:
        return 200;
    case WebhookCheck::MissingHeader:
    case WebhookCheck::Malformed:
        return 400;
    default:
        return 401;
    }
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    // volatile keeps the compiler from turning the loop into an early-exit memcmp.
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference = difference | static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace companion::server
