// Split::fromJson: the items of GET /api/earnings/splits as the client syncs and caches them.
#include "FuzzSupport.h"
#include "models/money/Split.h"

using namespace companion;

COMPANION_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto json = fuzz::object(fuzz::bytes(data, size));
    if (!json)
        return 0;
    QString error;
    const std::optional<Split> split = Split::fromJson(*json, &error);
    FUZZ_CHECK(split.has_value() == error.isEmpty());
    if (!split)
        return 0;
    FUZZ_CHECK(split->amountCents >= 0 && split->amountCents <= split->grossAmountCents);
    FUZZ_CHECK(split->createdAt.isValid() && split->updatedAt.isValid());
    FUZZ_CHECK(split->statusChangedAt().isValid());
    FUZZ_CHECK(Split::fromJson(split->json).has_value()); // the cache parses it again
    return 0;
}
