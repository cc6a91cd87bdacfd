#include "models/time/Clock.h"

#include <atomic>
#include <chrono>

namespace companion {

namespace {

// Read from any thread (the server's workers, the app's storage thread); written once at
// start-up or by a test, so relaxed atomics are enough.
std::atomic<int> s_mode { int(Clock::Mode::System) };
std::atomic<qint64> s_value { 0 }; // Started: offset to the system clock; Pinned: the instant

qint64 systemMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

qint64 Clock::nowMs()
{
    switch (Mode(s_mode.load(std::memory_order_relaxed))) {
    case Mode::System:
        break;
    case Mode::Started:
        return systemMs() + s_value.load(std::memory_order_relaxed);
    case Mode::Pinned:
        return s_value.load(std::memory_order_relaxed);
    }
    return systemMs();
}

qint64 Clock::nowSecs()
{
    const qint64 ms = nowMs();
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

QDateTime Clock::nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc());
}

QDate Clock::today(const QTimeZone &zone)
{
    return nowUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
}

void Clock::useSystem()
{
    s_mode.store(int(Mode::System), std::memory_order_relaxed);
    s_value.store(0, std::memory_order_relaxed);
}

void Clock::startAt(qint64 epochMs)
{
    s_value.store(epochMs - systemMs(), std::memory_order_relaxed);
    s_mode.store(int(Mode::Started), std::memory_order_relaxed);
}

void Clock::pinAt(qint64 epochMs)
{
    s_value.store(epochMs, std::memory_order_relaxed);
    s_mode.store(int(Mode::Pinned), std::memory_order_relaxed);
}

Clock::Mode Clock::mode()
{
    return Mode(s_mode.load(std::memory_order_relaxed));
}

} // namespace companion
