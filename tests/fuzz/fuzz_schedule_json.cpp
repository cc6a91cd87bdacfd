// Schedule::fromJson: GET/PUT /api/availability on the server, the client's sync, cache and
// outbox. A schedule that parses must round-trip, and the wall-clock rules it yields must be
// well formed on every date it names.
#include "FuzzSupport.h"
#include "models/schedule/Availability.h"
#include "models/schedule/Schedule.h"

#include <QSet>

using namespace companion;

COMPANION_FUZZ_INITIALIZE

namespace {

void checkIntervals(const Schedule &schedule, QDate date)
{
    int previousEnd = -1;
    for (const LocalInterval &interval : schedule.intervalsOn(date)) {
        FUZZ_CHECK(interval.startMinute >= 0 && interval.startMinute < interval.endMinute
                   && interval.endMinute <= 1440);
        FUZZ_CHECK(interval.startMinute > previousEnd); // sorted, touching ones merged
        previousEnd = interval.endMinute;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto json = fuzz::object(fuzz::bytes(data, size));
    if (!json)
        return 0;
    QString error;
    const std::optional<Schedule> schedule = Schedule::fromJson(*json, &error);
    FUZZ_CHECK(schedule.has_value() == error.isEmpty());
    if (!schedule)
        return 0;
    const std::optional<Schedule> again = Schedule::fromJson(schedule->toJson());
    FUZZ_CHECK(again && *again == *schedule);
    Schedule sorted = *schedule;
    sorted.sortCanonically();
    FUZZ_CHECK(Schedule::fromJson(sorted.toJson()).has_value());

    // Every date the schedule names, and one week of weekly rules.
    QSet<QDate> dates;
    for (const DateOverride &entry : schedule->overrides)
        dates << entry.date;
    for (const DateBlock &block : schedule->blocks)
        dates << block.firstDate << block.lastDate << block.lastDate.addDays(1);
    const QDate monday(2026, 11, 30);
    for (int day = 0; day < 7; ++day)
        dates << monday.addDays(day);
    for (const QDate &date : std::as_const(dates))
        checkIntervals(*schedule, date);

    // The availability editor's joined ranges, around the first named date (years 1-9999).
    const QDate around = schedule->overrides.isEmpty() ? monday : schedule->overrides.first().date;
    qint64 previousEnd = std::numeric_limits<qint64>::min();
    for (const JoinedAvailability &joined : joinedAvailability(*schedule, around, around.addDays(2))) {
        FUZZ_CHECK(joined.range.startMs < joined.range.endMs && joined.range.startMs > previousEnd);
        FUZZ_CHECK(joined.startMinute >= 0 && joined.startMinute < 1440);
        FUZZ_CHECK(joined.endMinute >= 1 && joined.endMinute <= 1440);
        previousEnd = joined.range.endMs;
    }
    return 0;
}
