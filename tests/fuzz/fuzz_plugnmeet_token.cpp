// PlugNmeetWebhookToken::verify and the JWT (HS256) reader under it: the Hash-Token /
// Authorization header of /api/webhooks/plugnmeet against the raw body.
// Input: the token, '\n', the body.
#include "FuzzSupport.h"
#include "server/core/Jwt.h"
#include "server/webhooks/PlugNmeetWebhookToken.h"

using namespace companion;
using namespace companion::server;

COMPANION_FUZZ_INITIALIZE

namespace {
// PlugNmeet's published development key and secret (ProviderConfig's defaults).
const QByteArray kKey = "plugnmeet";
const QByteArray kSecret = "zumyyYWqv7KR2kUqvYdq4z4sXg7XTBD2ljT6";
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray body;
    const QByteArray token = fuzz::firstLine(fuzz::bytes(data, size), &body);
    const WebhookCheck check = PlugNmeetWebhookToken::verify(token, body, kKey, kSecret, fuzz::kNowSecs);
    const int status = webhookCheckHttpStatus(check);
    FUZZ_CHECK(check == WebhookCheck::Ok ? status == 200 : status == 400 || status == 401);
    const Jwt::Verified jwt = Jwt::verify(token, kSecret);
    if (jwt.check != Jwt::Check::Ok)
        FUZZ_CHECK(jwt.claims.isEmpty());
    // base64url is strict and round-trips.
    if (const auto decoded = Jwt::fromBase64Url(token))
        FUZZ_CHECK(Jwt::fromBase64Url(Jwt::base64Url(*decoded)) == decoded);
    // What PlugNmeet signs verifies, and only for its own body.
    const QByteArray signedToken = PlugNmeetWebhookToken::sign(body, kKey, kSecret, fuzz::kNowSecs);
    FUZZ_CHECK(PlugNmeetWebhookToken::verify(signedToken, body, kKey, kSecret, fuzz::kNowSecs)
               == WebhookCheck::Ok);
    FUZZ_CHECK(PlugNmeetWebhookToken::verify(signedToken, body + 'x', kKey, kSecret, fuzz::kNowSecs)
               == WebhookCheck::BadSignature);
    return 0;
}
