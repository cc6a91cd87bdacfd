#include "models/schedule/BusySession.h"

#include "models/time/InstantFormat.h"

namespace companion {

namespace {

std::optional<BusySession> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// Absent/null -> fallback; otherwise a whole number >= minimum.
bool readCount(const QJsonObject &json, const char *key, int minimum, std::optional<int> &out)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    const double number = value.toDouble();
    // The range first: converting a double outside int's range is undefined behaviour.
    if (!value.isDouble() || number < minimum || number > 1e6 || number != double(int(number)))
        return false;
    out = int(number);
    return true;
}

} // namespace

QJsonObject BusySession::toJson() const
{
    QJsonObject json {
        { QStringLiteral("id"), id },
        { QStringLiteral("offering_id"), offeringId },
        { QStringLiteral("start"), instant::toUtcStringMs(startMs) },
        { QStringLiteral("end"), instant::toUtcStringMs(endMs) },
        { QStringLiteral("status"), cancelled ? QStringLiteral("cancelled") : QStringLiteral("scheduled") },
        { QStringLiteral("buffer_before_minutes"), bufferBeforeMinutes },
        { QStringLiteral("buffer_after_minutes"), bufferAfterMinutes },
        { QStringLiteral("booked_seats"), bookedSeats },
    };
    if (seats)
        json.insert(QStringLiteral("seats"), *seats);
    return json;
}

std::optional<BusySession> BusySession::fromJson(const QJsonObject &json, QString *error)
{
    BusySession session;
    session.id = json.value(QLatin1String("id")).toString();
    session.offeringId = json.value(QLatin1String("offering_id")).toString();
    const auto start = instant::parseMs(json.value(QLatin1String("start")).toString());
    const auto end = instant::parseMs(json.value(QLatin1String("end")).toString());
    if (!start || !end)
        return fail(error,
                    QStringLiteral("session %1: start/end must be RFC 3339 date-times with an offset")
                        .arg(session.id));
    if (*end <= *start)
        return fail(error, QStringLiteral("session %1 does not end after it starts").arg(session.id));
    session.startMs = *start;
    session.endMs = *end;
    session.cancelled = json.value(QLatin1String("status")).toString() == u"cancelled";

    std::optional<int> before, after, booked;
    if (!readCount(json, "buffer_before_minutes", 0, before)
        || !readCount(json, "buffer_after_minutes", 0, after) || !readCount(json, "seats", 1, session.seats)
        || !readCount(json, "booked_seats", 0, booked))
        return fail(error,
                    QStringLiteral("session %1: buffers, seats and booked_seats must be whole numbers "
                                   "(seats >= 1)")
                        .arg(session.id));
    session.bufferBeforeMinutes = before.value_or(0);
    session.bufferAfterMinutes = after.value_or(0);
    session.bookedSeats = booked.value_or(1);
    return session;
}

std::optional<QList<BusySession>> BusySession::listFromJson(const QJsonValue &json, QString *error)
{
    QJsonArray array;
    if (json.isArray())
        array = json.toArray();
    else if (json.isObject() && json.toObject().value(QLatin1String("sessions")).isArray())
        array = json.toObject().value(QLatin1String("sessions")).toArray();
    else {
        if (error)
            *error = QStringLiteral("busy must be an array of sessions or {\"sessions\": [...]}");
        return std::nullopt;
    }
    QList<BusySession> sessions;
    for (const QJsonValue &value : array) {
        if (!value.isObject()) {
            if (error)
                *error = QStringLiteral("busy holds a non-object entry");
            return std::nullopt;
        }
        const auto session = fromJson(value.toObject(), error);
        if (!session)
            return std::nullopt;
        sessions.append(*session);
    }
    return sessions;
}

QList<BusySession> BusySession::taughtBy(const QList<Session> &sessions, const QString &teacherId)
{
    QList<BusySession> busy;
    for (const Session &session : sessions) {
        if (!teacherId.isEmpty() && session.teacherId != teacherId)
            continue;
        if (std::optional<BusySession> entry = fromJson(session.json))
            busy.append(*entry);
    }
    return busy;
}

} // namespace companion
