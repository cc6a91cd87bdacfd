// SlotRequest::fromJson and its answer: `companion-cli slots` and the server's /api/slots
// both parse here (schedule, offering, busy sessions, dates, now, zone) and run the slot
// engine. Answers are checked for shape: sorted unique starts, each slot inside its range.
#include "FuzzSupport.h"
#include "models/schedule/SlotRequest.h"
#include "models/time/InstantFormat.h"

#include <QJsonArray>

using namespace companion;

COMPANION_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto json = fuzz::object(fuzz::bytes(data, size));
    if (!json)
        return 0;
    QString error;
    const std::optional<SlotRequest> request = SlotRequest::fromJson(*json, &error);
    FUZZ_CHECK(request.has_value() == error.isEmpty());
    if (!request)
        return 0;
    FUZZ_CHECK(request->query.viewerZone.isValid());
    // Long ranges are legal (up to MaxRangeDays) but slow under ASan; a fortnight reaches every
    // rule of the engine (its grid reads at most 14 days back).
    if (request->query.fromDate.daysTo(request->query.toDate) > 14)
        return 0;
    error.clear();
    const std::optional<QJsonObject> reply = request->reply(&error);
    FUZZ_CHECK(reply.has_value() == error.isEmpty());
    if (!reply)
        return 0;
    qint64 previousStart = std::numeric_limits<qint64>::min();
    for (const QJsonValue &value : reply->value(QLatin1String("slots")).toArray()) {
        const QJsonObject slot = value.toObject();
        const auto start = instant::parseMs(slot.value(QLatin1String("start")).toString());
        const auto end = instant::parseMs(slot.value(QLatin1String("end")).toString());
        FUZZ_CHECK(start && end && *start<*end && * start> previousStart);
        FUZZ_CHECK(instant::parseMs(slot.value(QLatin1String("local_start")).toString()) == start);
        FUZZ_CHECK(slot.value(QLatin1String("seats_available")).toInt() >= 1);
        previousStart = *start;
    }
    return 0;
}
