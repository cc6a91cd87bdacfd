// calendar_bench: how long the calendar's layout models take for a busy week, beside a
// trivial baseline (copying and sorting the same entries by start). A week of 300
// sessions (many overlapping, some crossing midnight) over the availability of a
// 20-rule schedule in Europe/Berlin, viewed from America/New_York, in the week of the
// Berlin DST change (2026-03-23). Prints a Markdown table (median and p95 of N runs).
// Usage: calendar_bench [RUNS]   (docs/BENCHMARKS.md has the numbers)
#include "models/itemmodels/CalendarLayout.h"
#include "models/itemmodels/CalendarMonthModel.h"
#include "models/itemmodels/CalendarWeekModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace companion;

namespace {

struct Row
{
    const char *name;
    double medianUs;
    double p95Us;
    qsizetype output;
};

Row measure(const char *name, int runs, const std::function<qsizetype()> &job)
{
    std::vector<double> times;
    times.reserve(runs);
    qsizetype output = job(); // warm-up: zone data is loaded on first use
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        output = job();
        times.push_back(timer.nsecsElapsed() / 1000.0);
    }
    std::sort(times.begin(), times.end());
    return { name, times[times.size() / 2], times[std::min(times.size() - 1, times.size() * 95 / 100)],
             output };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(10, atoi(argv[1])) : 1000;

    Schedule schedule;
    schedule.timeZone = QStringLiteral("Europe/Berlin");
    for (int day = 1; day <= 7; ++day) {
        schedule.weekly.append(WeeklyRule { day, LocalInterval { 8 * 60, 11 * 60 } });
        schedule.weekly.append(WeeklyRule { day, LocalInterval { 13 * 60, 17 * 60 } });
        if (day <= 6)
            schedule.weekly.append(WeeklyRule { day, LocalInterval { 19 * 60, 21 * 60 } });
    }
    schedule.weekly.resize(20);
    schedule.overrides.append(DateOverride { QDate(2026, 3, 25), { LocalInterval { 10 * 60, 12 * 60 } } });
    schedule.blocks.append(DateBlock { QDate(2026, 3, 27), QDate(2026, 3, 27), QStringLiteral("Trip") });

    const QDate monday(2026, 3, 23);
    const QTimeZone viewer("America/New_York");
    const qint64 weekStart = QDateTime(monday, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 from = weekStart - 2 * 86400, to = weekStart + 9 * 86400;

    std::mt19937 random(42);
    QList<CalendarEntry> sessions;
    for (int i = 0; i < 300; ++i) {
        CalendarEntry entry;
        entry.kind = CalendarEntry::Kind::Session;
        entry.id = QStringLiteral("ses_%1").arg(i);
        entry.title = QStringLiteral("Course %1").arg(i % 7);
        entry.startUtc = weekStart + qint64(random() % (7 * 24 * 4)) * 900;
        entry.endUtc = entry.startUtc + qint64(30 + (random() % 4) * 30) * 60;
        entry.cancelled = random() % 17 == 0;
        sessions.append(entry);
    }
    QList<CalendarEntry> entries = availabilityEntries(schedule, from, to);
    const qsizetype availabilityCount = entries.size();
    entries += sessions;

    std::vector<Row> rows;
    rows.push_back(measure("baseline: copy + sort 300 entries by start", runs, [&] {
        QList<CalendarEntry> copy = sessions;
        std::sort(copy.begin(), copy.end(),
                  [](const CalendarEntry &a, const CalendarEntry &b) { return a.startUtc < b.startUtc; });
        return copy.size();
    }));
    rows.push_back(measure("availabilityEntries (teacher zone, 11 days)", runs,
                           [&] { return availabilityEntries(schedule, from, to).size(); }));
    rows.push_back(measure("layoutWeek (300 sessions + availability)", runs,
                           [&] { return layoutWeek(entries, monday, 7, viewer).size(); }));
    CalendarWeekModel week;
    rows.push_back(measure("CalendarWeekModel::setWeek (layout + model reset)", runs, [&] {
        week.setWeek(entries, monday, 7, viewer);
        return qsizetype(week.rowCount());
    }));
    rows.push_back(measure("availability + setWeek (what a week switch costs)", runs, [&] {
        QList<CalendarEntry> all = availabilityEntries(schedule, from, to);
        all += sessions;
        week.setWeek(all, monday, 7, viewer);
        return qsizetype(week.rowCount());
    }));
    CalendarMonthModel month;
    rows.push_back(measure("CalendarMonthModel::setMonth (42 days, same entries)", runs, [&] {
        month.setMonth(monday, entries, viewer, QDateTime(monday, QTime(12, 0), viewer).toSecsSinceEpoch());
        return qsizetype(month.rowCount());
    }));

    std::printf("%d runs; %lld availability entries + 300 sessions; viewer America/New_York, teacher "
                "Europe/Berlin, week of 2026-03-23\n\n",
                runs, static_cast<long long>(availabilityCount));
    std::printf("| step | median µs | p95 µs | rows out |\n|---|---:|---:|---:|\n");
    for (const Row &row : rows)
        std::printf("| %s | %.1f | %.1f | %lld |\n", row.name, row.medianUs, row.p95Us,
                    static_cast<long long>(row.output));
    return 0;
}
