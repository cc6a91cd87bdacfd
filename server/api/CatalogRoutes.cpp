#include "server/api/CatalogRoutes.h"

#include "models/Clock.h"
#include "models/SlotCalculator.h"
#include "server/api/ServerContext.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/AvailabilityStore.h"
#include "server/store/Database.h"
#include "server/store/SessionStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace companion::server {

CatalogRoutes::CatalogRoutes(ServerContext &context)
    : m_context(context)
{ }

QList<CatalogRoutes::OfferingRow> CatalogRoutes::offerings(const QString &where, const QVariantList &bindings)
{
    QList<OfferingRow> rows;
    QSqlQuery q = m_context.db->query();
    if (!m_context.db->exec(
            q,
            QStringLiteral(
                "SELECT o.id, o.schedule_id, o.title, o.duration_minutes, o.slot_interval_minutes, "
                "o.buffer_before_minutes, o.buffer_after_minutes, o.minimum_notice_minutes, "
                "o.booking_window_days, o.max_per_day, o.max_per_week, o.seats, o.price_cents, o.currency, "
                "o.course_id, c.title, o.teacher_id FROM offerings o JOIN courses c ON c.id = o.course_id "
                "WHERE o.active = 1 AND ")
                + where + QStringLiteral(" ORDER BY c.title, o.id"),
            bindings))
        return rows;
    const auto optionalInt = [](const QVariant &value) {
        return value.isNull() ? std::optional<int>() : std::optional<int>(value.toInt());
    };
    while (q.next()) {
        OfferingRow row;
        row.offering.id = q.value(0).toString();
        row.offering.scheduleId = q.value(1).toString();
        row.offering.title = q.value(2).toString();
        row.offering.durationMinutes = q.value(3).toInt();
        row.offering.slotIntervalMinutes = q.value(4).toInt();
        row.offering.bufferBeforeMinutes = q.value(5).toInt();
        row.offering.bufferAfterMinutes = q.value(6).toInt();
        row.offering.minimumNoticeMinutes = q.value(7).toInt();
        row.offering.bookingWindowDays = optionalInt(q.value(8));
        row.offering.maxPerDay = optionalInt(q.value(9));
        row.offering.maxPerWeek = optionalInt(q.value(10));
        row.offering.seats = q.value(11).toInt();
        row.offering.priceCents = q.value(12).toLongLong();
        row.offering.currency = q.value(13).toString();
        row.courseId = q.value(14).toString();
        row.courseTitle = q.value(15).toString();
        row.teacherId = q.value(16).toString();
        rows.append(row);
    }
    return rows;
}

void CatalogRoutes::registerOn(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/offerings"), Access::Bearer,
               [this](HttpRequest &request) {
                   QJsonArray items;
                   for (const OfferingRow &row :
                        offerings(QStringLiteral("o.teacher_id = ?"), { request.userId })) {
                       QJsonObject json = row.offering.toJson();
                       json.insert(QStringLiteral("course_id"), row.courseId);
                       json.insert(QStringLiteral("course_title"), row.courseTitle);
                       json.insert(QStringLiteral("teacher_id"), row.teacherId);
                       items.append(json);
                   }
                   return HttpResponse::json(QJsonObject { { QStringLiteral("offerings"), items } });
               });

    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/slots"), Access::Bearer, [this](HttpRequest &request) {
            Validation validation;
            const QString teacherId = request.queryValue(QStringLiteral("teacher_id"));
            const QString offeringId = request.queryValue(QStringLiteral("offering_id"));
            const QDate from = QDate::fromString(request.queryValue(QStringLiteral("from")), Qt::ISODate);
            const QDate to = QDate::fromString(request.queryValue(QStringLiteral("to")), Qt::ISODate);
            const QString tz = request.queryValue(QStringLiteral("tz"));
            if (teacherId.isEmpty())
                validation.fail(QStringLiteral("teacher_id"), QStringLiteral("Required."));
            if (offeringId.isEmpty())
                validation.fail(QStringLiteral("offering_id"), QStringLiteral("Required."));
            if (!from.isValid())
                validation.fail(QStringLiteral("from"), QStringLiteral("Use a date like 2025-01-31."));
            if (!to.isValid())
                validation.fail(QStringLiteral("to"), QStringLiteral("Use a date like 2025-01-31."));
            if (from.isValid() && to.isValid() && from > to)
                validation.fail(QStringLiteral("to"), QStringLiteral("Must not be before from."));
            if (from.isValid() && to.isValid() && from.daysTo(to) > 92)
                validation.fail(QStringLiteral("to"), QStringLiteral("Ask for at most 93 days at a time."));
            QTimeZone viewer;
            if (!tz.isEmpty()) {
                viewer = QTimeZone(tz.toUtf8());
                if (!viewer.isValid())
                    validation.fail(QStringLiteral("tz"), QStringLiteral("Unknown IANA time zone."));
            }
            if (!validation.ok())
                return validation.response();
            const QList<OfferingRow> rows
                = offerings(QStringLiteral("o.id = ? AND o.teacher_id = ?"), { offeringId, teacherId });
            if (rows.isEmpty())
                return HttpResponse::error(404, QStringLiteral("not_found"),
                                           QStringLiteral("This teacher has no such offering."));
            const auto schedule = m_context.availability->forUser(teacherId);
            if (!schedule)
                return HttpResponse::json(slotListToJson({}, viewer, QString()));
            SlotQuery query;
            query.fromDate = from;
            query.toDate = to;
            query.nowUtc = Clock::nowSecs();
            query.viewerZone = viewer;
            // Busy sessions of every week the range touches (caps count per ISO week), with margin.
            const qint64 fromUtc
                = QDateTime(from.addDays(-9), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
            const qint64 toUtc = QDateTime(to.addDays(9), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
            QString error;
            const auto computed = SlotCalculator::compute(
                schedule->schedule, rows.first().offering,
                m_context.sessions->busyFor(teacherId, fromUtc, toUtc), query, &error);
            if (!computed)
                return HttpResponse::error(400, QStringLiteral("validation_failed"), error);
            QJsonObject body = slotListToJson(
                *computed, viewer.isValid() ? viewer : QTimeZone(schedule->schedule.timeZone.toUtf8()),
                schedule->schedule.timeZone);
            body.insert(QStringLiteral("teacher_id"), teacherId);
            body.insert(QStringLiteral("offering_id"), offeringId);
            return HttpResponse::json(body);
        });
}

} // namespace companion::server
