// SvixSignature: Resend's webhooks (/api/webhooks/resend) — the svix-id, svix-timestamp and
// svix-signature ("v1,<base64> v1,<base64> ...") headers against the raw body, and the
// "whsec_<base64>" secret's key. Input: id '\n' timestamp '\n' signatures '\n' body.
#include "FuzzSupport.h"
#include "server/webhooks/SvixSignature.h"

using namespace companion;
using namespace companion::server;

COMPANION_FUZZ_INITIALIZE

namespace {
// The development default (ProviderConfig), which the seeds are signed with.
const QByteArray kSecret = "whsec_Y29tcGFuaW9uLWRldi1yZXNlbmQtd2ViaG9vay1rZXk=";
const QByteArray kOtherSecret = "whsec_b3RoZXItc2VjcmV0LW9mLWEtcm9sbA==";
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray rest;
    const QByteArray id = fuzz::firstLine(fuzz::bytes(data, size), &rest);
    const QByteArray timestamp = fuzz::firstLine(rest, &rest);
    QByteArray body;
    const QByteArray signatures = fuzz::firstLine(rest, &body);
    const WebhookCheck check
        = SvixSignature::verify(id, timestamp, signatures, body, kSecret, fuzz::kNowSecs);
    const int status = webhookCheckHttpStatus(check);
    FUZZ_CHECK(check == WebhookCheck::Ok ? status == 200 : status == 400 || status == 401);
    // The id line doubles as a secret: a key that does not decode accepts nothing.
    if (SvixSignature::key(id).isEmpty())
        FUZZ_CHECK(SvixSignature::verify("msg_1", QByteArray::number(fuzz::kNowSecs), "v1,AAAA", body, id,
                                         fuzz::kNowSecs)
                   != WebhookCheck::Ok);
    // What a sender signs verifies (any id, beside another secret's signature) ...
    if (id.isEmpty())
        return 0;
    const qint64 t = fuzz::kNowSecs - qint64(size % 600) + 299;
    const QByteArray header = SvixSignature::header(id, t, body, { kOtherSecret, kSecret });
    FUZZ_CHECK(SvixSignature::verify(id, QByteArray::number(t), header, body, kSecret, fuzz::kNowSecs)
               == WebhookCheck::Ok);
    // ... but not for another id or body.
    FUZZ_CHECK(SvixSignature::verify(id + 'x', QByteArray::number(t), header, body, kSecret, fuzz::kNowSecs)
               == WebhookCheck::BadSignature);
    FUZZ_CHECK(SvixSignature::verify(id, QByteArray::number(t), header, body + 'x', kSecret, fuzz::kNowSecs)
               == WebhookCheck::BadSignature);
    return 0;
}
