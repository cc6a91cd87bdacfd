#include "models/schedule/Schedule.h"

#include "models/time/InstantFormat.h"
#include "models/time/ZoneIds.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace companion {

namespace {

template<typename T> std::optional<T> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QList<LocalInterval> sortedMerged(QList<LocalInterval> intervals)
{
    std::sort(intervals.begin(), intervals.end(),
              [](const LocalInterval &a, const LocalInterval &b) { return a.startMinute < b.startMinute; });
    QList<LocalInterval> merged;
    for (const LocalInterval &interval : intervals) {
        if (!merged.isEmpty() && interval.startMinute <= merged.last().endMinute)
            merged.last().endMinute = std::max(merged.last().endMinute, interval.endMinute);
        else
            merged.append(interval);
    }
    return merged;
}

std::optional<QJsonArray> optionalArray(const QJsonObject &json, const char *key, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return QJsonArray {};
    if (!value.isArray())
        return fail<QJsonArray>(error, QStringLiteral("schedule.%1 is not an array").arg(QLatin1String(key)));
    return value.toArray();
}

} // namespace

QJsonObject LocalInterval::toJson() const
{
    return QJsonObject {
        { QStringLiteral("start"), instant::minuteOfDayToString(startMinute) },
        { QStringLiteral("end"), instant::minuteOfDayToString(endMinute) },
    };
}

std::optional<LocalInterval> LocalInterval::fromJson(const QJsonObject &json, QString *error)
{
    const auto start = instant::parseMinuteOfDay(json.value(QLatin1String("start")).toString());
    const auto end = instant::parseMinuteOfDay(json.value(QLatin1String("end")).toString());
    if (!start || !end)
        return fail<LocalInterval>(error,
                                   QStringLiteral("interval start/end must be \"HH:MM\" (00:00 to 24:00)"));
    if (*start >= *end)
        return fail<LocalInterval>(
            error,
            QStringLiteral("interval %1-%2 does not end after it starts")
                .arg(instant::minuteOfDayToString(*start), instant::minuteOfDayToString(*end)));
    return LocalInterval { *start, *end };
}

void Schedule::sortCanonically()
{
    std::stable_sort(weekly.begin(), weekly.end(), [](const WeeklyRule &a, const WeeklyRule &b) {
        return std::pair(a.dayOfWeek, a.interval.startMinute)
            < std::pair(b.dayOfWeek, b.interval.startMinute);
    });
    std::stable_sort(overrides.begin(), overrides.end(),
                     [](const DateOverride &a, const DateOverride &b) { return a.date < b.date; });
    for (DateOverride &override : overrides)
        std::stable_sort(
            override.intervals.begin(), override.intervals.end(),
            [](const LocalInterval &a, const LocalInterval &b) { return a.startMinute < b.startMinute; });
    std::stable_sort(blocks.begin(), blocks.end(),
                     [](const DateBlock &a, const DateBlock &b) { return a.firstDate < b.firstDate; });
}

QList<LocalInterval> Schedule::intervalsOn(QDate date) const
{
    for (const DateBlock &block : blocks) {
        if (block.contains(date))
            return {};
    }
    QList<LocalInterval> result;
    bool overridden = false;
    for (const DateOverride &entry : overrides) {
        if (entry.date == date) {
            overridden = true;
            result += entry.intervals;
        }
    }
    if (!overridden) {
        for (const WeeklyRule &rule : weekly) {
            if (rule.dayOfWeek == date.dayOfWeek())
                result.append(rule.interval);
        }
    }
    return sortedMerged(result);
}

QJsonObject Schedule::toJson() const
{
    QJsonArray weeklyArray;
    for (const WeeklyRule &rule : weekly) {
        QJsonObject object = rule.interval.toJson();
        object.insert(QStringLiteral("day"), rule.dayOfWeek);
        weeklyArray.append(object);
    }
    QJsonArray overrideArray;
    for (const DateOverride &entry : overrides) {
        QJsonArray intervals;
        for (const LocalInterval &interval : entry.intervals)
            intervals.append(interval.toJson());
        overrideArray.append(QJsonObject {
            { QStringLiteral("date"), entry.date.toString(Qt::ISODate) },
            { QStringLiteral("intervals"), intervals },
        });
    }
    QJsonArray blockArray;
    for (const DateBlock &block : blocks) {
        QJsonObject object {
            { QStringLiteral("start_date"), block.firstDate.toString(Qt::ISODate) },
            { QStringLiteral("end_date"), block.lastDate.toString(Qt::ISODate) },
        };
        if (!block.reason.isEmpty())
            object.insert(QStringLiteral("reason"), block.reason);
        blockArray.append(object);
    }
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("time_zone"), timeZone },
        { QStringLiteral("weekly"), weeklyArray },
        { QStringLiteral("overrides"), overrideArray },
        { QStringLiteral("blocks"), blockArray },
    };
}

std::optional<Schedule> Schedule::fromJson(const QJsonObject &json, QString *error)
{
    Schedule schedule;
    schedule.id = json.value(QLatin1String("id")).toString();
    schedule.name = json.value(QLatin1String("name")).toString();
    schedule.timeZone = json.value(QLatin1String("time_zone")).toString();
    if (schedule.timeZone.isEmpty())
        return fail<Schedule>(error, QStringLiteral("schedule.time_zone is missing"));
    if (!zoneids::zoneFor(schedule.timeZone))
        return fail<Schedule>(
            error,
            QStringLiteral("schedule.time_zone \"%1\" is not a known IANA zone").arg(schedule.timeZone));

    QString detail;
    const auto weekly = optionalArray(json, "weekly", error);
    if (!weekly)
        return std::nullopt;
    for (qsizetype i = 0; i < weekly->size(); ++i) {
        const QJsonObject object = weekly->at(i).toObject();
        const QJsonValue day = object.value(QLatin1String("day"));
        const int dayOfWeek = day.toInt(0);
        if (!day.isDouble() || day.toDouble() != dayOfWeek || dayOfWeek < 1 || dayOfWeek > 7)
            return fail<Schedule>(
                error, QStringLiteral("schedule.weekly[%1].day must be 1 (Monday) to 7 (Sunday)").arg(i));
        const auto interval = LocalInterval::fromJson(object, &detail);
        if (!interval)
            return fail<Schedule>(error, QStringLiteral("schedule.weekly[%1]: %2").arg(i).arg(detail));
        schedule.weekly.append(WeeklyRule { dayOfWeek, *interval });
    }

    const auto overrides = optionalArray(json, "overrides", error);
    if (!overrides)
        return std::nullopt;
    for (qsizetype i = 0; i < overrides->size(); ++i) {
        const QJsonObject object = overrides->at(i).toObject();
        DateOverride entry;
        const auto date = instant::parseDate(object.value(QLatin1String("date")).toString());
        if (!date)
            return fail<Schedule>(error,
                                  QStringLiteral("schedule.overrides[%1].date must be YYYY-MM-DD").arg(i));
        entry.date = *date;
        const QJsonValue intervals = object.value(QLatin1String("intervals"));
        if (!intervals.isArray())
            return fail<Schedule>(error,
                                  QStringLiteral("schedule.overrides[%1].intervals must be an array "
                                                 "(empty closes the day)")
                                      .arg(i));
        for (const QJsonValue &value : intervals.toArray()) {
            const auto interval = LocalInterval::fromJson(value.toObject(), &detail);
            if (!interval)
                return fail<Schedule>(error, QStringLiteral("schedule.overrides[%1]: %2").arg(i).arg(detail));
            entry.intervals.append(*interval);
        }
        schedule.overrides.append(entry);
    }

    const auto blocks = optionalArray(json, "blocks", error);
    if (!blocks)
        return std::nullopt;
    for (qsizetype i = 0; i < blocks->size(); ++i) {
        const QJsonObject object = blocks->at(i).toObject();
        const auto first = instant::parseDate(object.value(QLatin1String("start_date")).toString());
        const auto last = instant::parseDate(object.value(QLatin1String("end_date")).toString());
        if (!first || !last)
            return fail<Schedule>(
                error, QStringLiteral("schedule.blocks[%1].start_date/end_date must be YYYY-MM-DD").arg(i));
        if (*last < *first)
            return fail<Schedule>(error, QStringLiteral("schedule.blocks[%1] ends before it starts").arg(i));
        schedule.blocks.append(DateBlock { *first, *last, object.value(QLatin1String("reason")).toString() });
    }
    return schedule;
}

} // namespace companion
