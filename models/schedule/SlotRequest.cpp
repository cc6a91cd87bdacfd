#include "models/schedule/SlotRequest.h"

#include "models/time/InstantFormat.h"
#include "models/time/ZoneIds.h"

namespace companion {

std::optional<SlotRequest> SlotRequest::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<SlotRequest> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonValue scheduleJson = json.value(QLatin1String("schedule"));
    const QJsonValue offeringJson = json.value(QLatin1String("offering"));
    if (!scheduleJson.isObject() || !offeringJson.isObject())
        return fail(QStringLiteral("schedule and offering must be JSON objects"));
    SlotRequest request;
    const auto schedule = Schedule::fromJson(scheduleJson.toObject(), error);
    if (!schedule)
        return std::nullopt;
    request.schedule = *schedule;
    const auto offering = Offering::fromJson(offeringJson.toObject(), error);
    if (!offering)
        return std::nullopt;
    request.offering = *offering;
    const QJsonValue busyJson = json.value(QLatin1String("busy"));
    if (!busyJson.isUndefined() && !busyJson.isNull()) {
        const auto sessions = BusySession::listFromJson(busyJson, error);
        if (!sessions)
            return std::nullopt;
        request.busy = *sessions;
    }
    const auto from = instant::parseDate(json.value(QLatin1String("from")).toString());
    const auto to = instant::parseDate(json.value(QLatin1String("to")).toString());
    if (!from || !to)
        return fail(QStringLiteral("from and to must be dates like 2025-03-30"));
    const auto now = instant::parseMs(json.value(QLatin1String("now")).toString());
    if (!now)
        return fail(
            QStringLiteral("now must be an RFC 3339 instant with an offset, e.g. 2025-03-01T12:00:00Z"));
    request.query.fromDate = *from;
    request.query.toDate = *to;
    request.query.nowMs = *now;
    const QString tz = json.value(QLatin1String("tz")).toString();
    const auto viewer = zoneids::zoneFor(tz.isEmpty() ? request.schedule.timeZone : tz);
    if (viewer)
        request.query.viewerZone = *viewer;
    else
        return fail(QStringLiteral("tz \"%1\" is not a known IANA zone").arg(tz));
    return request;
}

std::optional<QJsonObject> SlotRequest::reply(QString *error) const
{
    const auto slotList = SlotCalculator::compute(schedule, offering, busy, query, error);
    if (!slotList)
        return std::nullopt;
    return slotListToJson(*slotList, query.viewerZone, schedule.timeZone);
}

} // namespace companion
