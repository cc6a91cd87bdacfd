#pragma once

#include "models/Session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace companion {

// A session already on the teacher's calendar, as the slot engine needs it (any offering).
// JSON (the API's session shape; extra fields are ignored):
// {"id": "ses_1", "offering_id": "off_1", "start": "2025-03-30T07:00:00Z",
//  "end": "2025-03-30T08:00:00Z", "status": "scheduled",       // "cancelled" is ignored
//  "buffer_before_minutes": 10, "buffer_after_minutes": 5,       // the session's own, default 0
//  "seats": 4, "booked_seats": 2}                                // defaults: offering's seats, 1
// `start`/`end` are RFC 3339 instants (any offset, fractions kept to the millisecond);
// stored as milliseconds since the epoch.
struct BusySession
{
    QString id;
    QString offeringId;
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool cancelled = false;
    int bufferBeforeMinutes = 0;
    int bufferAfterMinutes = 0;
    std::optional<int> seats; // capacity; unset = the offering's seats when it is that offering
    int bookedSeats = 1;

    QJsonObject toJson() const;
    static std::optional<BusySession> fromJson(const QJsonObject &json, QString *error = nullptr);
    // Accepts either a bare array of sessions or {"sessions": [...]}.
    static std::optional<QList<BusySession>> listFromJson(const QJsonValue &json, QString *error = nullptr);
    // What blocks a teacher's time: every session she teaches (all of them when teacherId is
    // empty). Cancelled ones are kept; the slot engine ignores them. The app's preview and
    // the CLI both use this rule.
    static QList<BusySession> taughtBy(const QList<Session> &sessions, const QString &teacherId);

    friend bool operator==(const BusySession &, const BusySession &) = default;
};

} // namespace companion
