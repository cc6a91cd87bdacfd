// EarningsSummary::fromJson: GET /api/earnings/summary as the client syncs and caches it.
#include "FuzzSupport.h"
#include "models/money/EarningsSummary.h"

using namespace companion;

COMPANION_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto json = fuzz::object(fuzz::bytes(data, size));
    if (!json)
        return 0;
    QString error;
    const std::optional<EarningsSummary> summary = EarningsSummary::fromJson(*json, &error);
    FUZZ_CHECK(summary.has_value() == error.isEmpty());
    if (!summary)
        return 0;
    // The cache writes toJson and reads it back: a fixed point after one trip.
    const QJsonObject written = summary->toJson();
    const std::optional<EarningsSummary> again = EarningsSummary::fromJson(written);
    FUZZ_CHECK(again && again->toJson() == written);
    return 0;
}
