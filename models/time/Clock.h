#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace companion {

// "Now" for every program of the project: the server, the app and the CLI read the time of
// day only here. It is the system clock by default. Tests, screenshots and demos either
// start it at an instant (it then runs on at real speed from there) or pin it (it stands
// still), so what they show does not depend on the day they run.
//
// Elapsed time (timeouts, rate limits, benchmarks) is not "now": use QElapsedTimer or
// QDeadlineTimer for that, so a pinned clock never freezes a timeout.
class Clock
{
public:
    enum class Mode { System, Started, Pinned };

    // Milliseconds since the Unix epoch (UTC).
    static qint64 nowMs();
    // Whole seconds since the epoch, rounded down (floor, also before 1970).
    static qint64 nowSecs();
    static QDateTime nowUtc();
    // The calendar date of now in `zone` (an invalid zone reads as UTC, never the machine's).
    static QDate today(const QTimeZone &zone);

    static void useSystem();
    static void startAt(qint64 epochMs);
    static void pinAt(qint64 epochMs);
    static Mode mode();
};

} // namespace companion
