// StripeSignature::verify: the `Stripe-Signature` header ("t=...,v1=...,v0=...") of
// /api/webhooks/stripe and /api/webhooks/stripe-connect against the raw body.
// Input: the header, '\n', the body.
#include "FuzzSupport.h"
#include "server/webhooks/StripeSignature.h"

using namespace companion;
using namespace companion::server;

COMPANION_FUZZ_INITIALIZE

namespace {
// The development default of the platform endpoint (ProviderConfig), which the seeds are signed with.
const QByteArray kSecret = "whsec_companion_dev_platform_endpoint";
const QByteArray kOtherSecret = "whsec_companion_dev_connect_endpoint";
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray body;
    const QByteArray header = fuzz::firstLine(fuzz::bytes(data, size), &body);
    const WebhookCheck check = StripeSignature::verify(header, body, kSecret, fuzz::kNowSecs);
    FUZZ_CHECK(!webhookCheckToString(check).isEmpty());
    const int status = webhookCheckHttpStatus(check);
    FUZZ_CHECK(check == WebhookCheck::Ok ? status == 200 : status == 400 || status == 401);
    // What a sender signs verifies, beside a signature with another secret (a secret roll) ...
    const qint64 t = fuzz::kNowSecs - qint64(size % 600) + 299;
    const QByteArray signedHeader = StripeSignature::header(body, { kOtherSecret, kSecret }, t);
    FUZZ_CHECK(StripeSignature::verify(signedHeader, body, kSecret, fuzz::kNowSecs) == WebhookCheck::Ok);
    // ... and never with the other endpoint's secret, nor for another body.
    FUZZ_CHECK(StripeSignature::verify(StripeSignature::header(body, { kOtherSecret }, t), body, kSecret,
                                       fuzz::kNowSecs)
               == WebhookCheck::BadSignature);
    FUZZ_CHECK(StripeSignature::verify(signedHeader, body + 'x', kSecret, fuzz::kNowSecs)
               == WebhookCheck::BadSignature);
    return 0;
}
