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

} // namespace companion::server
