#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace companion {

// What a student books (a course's lesson type) and the limits the slot engine applies.
// JSON (the API's shape; optional fields may be absent or null):
// {"id": "off_1", "schedule_id": "sch_1", "title": "...",
//  "duration_minutes": 60, "slot_interval_minutes": 30,      // interval defaults to duration
//  "buffer_before_minutes": 10, "buffer_after_minutes": 5,
//  "minimum_notice_minutes": 120, "booking_window_days": 60, // window null = unlimited
//  "max_per_day": 3, "max_per_week": 10,                     // null = no cap
//  "seats": 1, "price_cents": 4500, "currency": "EUR",
//  "booking_url": "https://…/courses/crs_1/book/off_1"}     // null = students cannot book it by link
struct Offering
{
    QString id;
    QString scheduleId;
    QString title;
    int durationMinutes = 60;
    int slotIntervalMinutes = 0; // 0 = use durationMinutes
    int bufferBeforeMinutes = 0;
    int bufferAfterMinutes = 0;
    int minimumNoticeMinutes = 0;
    std::optional<int> bookingWindowDays;
    std::optional<int> maxPerDay;
    std::optional<int> maxPerWeek;
    int seats = 1;
    qint64 priceCents = 0;
    QString currency; // ISO 4217, upper case
    QString bookingUrl; // the page where students book it (absolute http/https); "" = none

    int effectiveSlotIntervalMinutes() const
    {
        return slotIntervalMinutes > 0 ? slotIntervalMinutes : durationMinutes;
    }

    QJsonObject toJson() const;
    static std::optional<Offering> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const Offering &, const Offering &) = default;
};

} // namespace companion
