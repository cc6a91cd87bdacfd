#include "server/api/CatalogRoutes.h"

#include "models/schedule/SlotCalculator.h"
#include "models/time/Clock.h"
#include "models/time/ZoneIds.h"
#include "server/api/ServerContext.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/AvailabilityStore.h"
#include "server/store/CatalogStore.h"
#include "server/store/SessionStore.h"

#include <QDateTime>
#include <QJsonArray>

namespace companion::server {

CatalogRoutes::CatalogRoutes(ServerContext &context)
    : m_context(context)
{ }

void CatalogRoutes::registerOn(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/offerings"), Access::Bearer,
               [this](HttpRequest &request) { return offerings(request); });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/slots"), Access::Bearer,
               [this](HttpRequest &request) { return availableSlots(request); });
}

HttpResponse CatalogRoutes::offerings(HttpRequest &request)
{
    QJsonArray items;
    for (const CatalogOffering &row : m_context.catalog->activeOfferingsOf(request.userId)) {
        QJsonObject json = row.offering.toJson();
        json.insert(QStringLiteral("course_id"), row.courseId);
        json.insert(QStringLiteral("course_title"), row.courseTitle);
        json.insert(QStringLiteral("teacher_id"), row.teacherId);
        // The web app's page for this course, this teacher and this lesson type: what a
        // teacher shares so students land on her slots (the app's "Copy booking link").
        QUrl booking = m_context.baseUrl;
        booking.setPath(QStringLiteral("/courses/%1/book/%2").arg(row.courseId, row.offering.id));
        json.insert(QStringLiteral("booking_url"), booking.toString(QUrl::FullyEncoded));
        items.append(json);
    }
    return HttpResponse::json(QJsonObject { { QStringLiteral("offerings"), items } });
}

HttpResponse CatalogRoutes::availableSlots(HttpRequest &request)
{
    Validation validation;
    const QString teacherId = request.queryValue(QStringLiteral("teacher_id"));
    const QString offeringId = request.queryValue(QStringLiteral("offering_id"));
    const QString tz = request.queryValue(QStringLiteral("tz"));
    if (teacherId.isEmpty())
        validation.fail(QStringLiteral("teacher_id"), QStringLiteral("Required."));
    if (offeringId.isEmpty())
        validation.fail(QStringLiteral("offering_id"), QStringLiteral("Required."));
    const auto [from, to] = validation.dateRange(request, 93);
    QTimeZone viewer;
    if (!tz.isEmpty()) {
        const auto zone = zoneids::zoneFor(tz);
        if (zone)
            viewer = *zone;
        else
            validation.fail(QStringLiteral("tz"), QStringLiteral("Unknown IANA time zone."));
    }
    if (!validation.ok())
        return validation.response();
    const auto row = m_context.catalog->activeOffering(offeringId, teacherId);
    if (!row)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("This teacher has no such offering."));
    const auto schedule = m_context.availability->forUser(teacherId);
    if (!schedule)
        return HttpResponse::json(slotListToJson({}, viewer, QString()));
    SlotQuery query;
    query.fromDate = from;
    query.toDate = to;
    query.nowMs = Clock::nowMs();
    query.viewerZone = viewer;
    // Busy sessions of every week the range touches (caps count per ISO week), with margin.
    const qint64 fromMs = QDateTime(from.addDays(-9), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(9), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QString error;
    const auto computed
        = SlotCalculator::compute(schedule->schedule, row->offering,
                                  m_context.sessions->busyFor(teacherId, fromMs, toMs), query, &error);
    if (!computed)
        return HttpResponse::error(400, QStringLiteral("validation_failed"), error);
    QJsonObject body = slotListToJson(
        *computed, viewer.isValid() ? viewer : QTimeZone(schedule->schedule.timeZone.toUtf8()),
        schedule->schedule.timeZone);
    body.insert(QStringLiteral("teacher_id"), teacherId);
    body.insert(QStringLiteral("offering_id"), offeringId);
    return HttpResponse::json(body);
}

} // namespace companion::server
