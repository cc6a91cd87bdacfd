#pragma once

#include <QString>

namespace companion::server {

// Outcome of verifying one webhook delivery against its provider's signature scheme.
enum class WebhookCheck {
    Ok,
    MissingHeader, // 400: the signature header (or a required companion header) is absent
    Malformed, // 400: the header is present but cannot be parsed
    BadSignature, // 401: no signature matches the raw body with our secret
    TooOld, // 401: timestamp (or token expiry) is outside the tolerance in the past
    TooNew, // 401: timestamp (or token not-before) is outside the tolerance in the future
    WrongIssuer, // 401: PlugNmeet token issued for another API key
};

QString webhookCheckToString(WebhookCheck check);
int webhookCheckHttpStatus(WebhookCheck check);

} // namespace companion::server
