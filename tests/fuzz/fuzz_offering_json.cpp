// Offering::fromJson: the catalog's offerings (GET /api/offerings, the client's sync and
// cache) and the `offering` of a slot request. What parses is in range and round-trips.
#include "FuzzSupport.h"
#include "models/schedule/Offering.h"

using namespace companion;

COMPANION_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto json = fuzz::object(fuzz::bytes(data, size));
    if (!json)
        return 0;
    QString error;
    const std::optional<Offering> offering = Offering::fromJson(*json, &error);
    FUZZ_CHECK(offering.has_value() == error.isEmpty());
    if (!offering)
        return 0;
    FUZZ_CHECK(offering->durationMinutes >= 1 && offering->effectiveSlotIntervalMinutes() >= 1);
    FUZZ_CHECK(offering->seats >= 1 && offering->priceCents >= 0);
    FUZZ_CHECK(offering->bufferBeforeMinutes >= 0 && offering->bufferAfterMinutes >= 0
               && offering->minimumNoticeMinutes >= 0);
    // toJson writes the effective interval, so the second trip is the fixed point.
    const QJsonObject written = offering->toJson();
    const std::optional<Offering> again = Offering::fromJson(written);
    FUZZ_CHECK(again && again->toJson() == written);
    return 0;
}
