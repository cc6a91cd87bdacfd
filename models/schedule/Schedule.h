#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace companion {

// A wall-clock interval within one local day, in minutes since local midnight:
// 0 <= startMinute < endMinute <= 1440 (1440 is "24:00", the end of the day).
// JSON: {"start": "09:00", "end": "17:00"}.
struct LocalInterval
{
    int startMinute = 0;
    int endMinute = 0;

    QJsonObject toJson() const;
    static std::optional<LocalInterval> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const LocalInterval &, const LocalInterval &) = default;
};

// Available every week on one ISO weekday (1 = Monday ... 7 = Sunday).
// JSON: {"day": 1, "start": "09:00", "end": "12:00"}; several rules per day are fine.
struct WeeklyRule
{
    int dayOfWeek = 1;
    LocalInterval interval;

    friend bool operator==(const WeeklyRule &, const WeeklyRule &) = default;
};

// On `date` the weekly rules are replaced by `intervals`; an empty list closes the day.
// JSON: {"date": "2025-12-24", "intervals": [{"start": "09:00", "end": "12:00"}]}.
struct DateOverride
{
    QDate date;
    QList<LocalInterval> intervals;

    friend bool operator==(const DateOverride &, const DateOverride &) = default;
};

// Whole local days off, both ends inclusive (vacations). JSON:
// {"start_date": "2025-08-01", "end_date": "2025-08-14", "reason": "holiday"}.
struct DateBlock
{
    QDate firstDate;
    QDate lastDate;
    QString reason;

    bool contains(QDate date) const { return date >= firstDate && date <= lastDate; }
    friend bool operator==(const DateBlock &, const DateBlock &) = default;
};

// When a teacher can teach, as wall-clock rules in the schedule's IANA zone.
// Precedence for one local date: a block closes it; else the overrides for that date (all
// entries for the date together) replace the weekly rules; else the weekly rules apply.
// JSON (the API's shape):
// {"id": "...", "name": "...", "time_zone": "Europe/Berlin",
//  "weekly": [WeeklyRule...], "overrides": [DateOverride...], "blocks": [DateBlock...]}
struct Schedule
{
    QString id;
    QString name;
    QString timeZone; // IANA id
    QList<WeeklyRule> weekly;
    QList<DateOverride> overrides;
    QList<DateBlock> blocks;

    // The wall-clock intervals that apply on a local date, sorted, overlapping and touching
    // ones merged.
    QList<LocalInterval> intervalsOn(QDate date) const;
    // The order the platform stores and returns: weekly rules by day and start, overrides
    // by date (their intervals by start), blocks by first date; stable, so equal keys keep their order. A
    // working copy in this order equals the server's copy of the same schedule.
    void sortCanonically();

    QJsonObject toJson() const;
    // Rejects unknown zones, bad times, start >= end, bad weekdays and reversed blocks.
    static std::optional<Schedule> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const Schedule &, const Schedule &) = default;
};

} // namespace companion
