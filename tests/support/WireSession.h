#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace companion::test {

// A session item as GET /api/sessions sends it, with every field a Session needs: an hour from
// `startUtc`, scheduled, one of one seat booked, seen by its teacher. Tests change on the
// returned object what they are about.
inline QJsonObject wireSession(const QString &id, const QString &startUtc)
{
    const QDateTime start = QDateTime::fromString(startUtc, Qt::ISODate);
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("deleted"), false },
        { QStringLiteral("course_id"), QStringLiteral("crs_1") },
        { QStringLiteral("course_title"), QStringLiteral("Watercolour") },
        { QStringLiteral("offering_id"), QStringLiteral("off_1") },
        { QStringLiteral("teacher_id"), QStringLiteral("usr_1") },
        { QStringLiteral("teacher_name"), QStringLiteral("Maya") },
        { QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin") },
        { QStringLiteral("start"), start.toString(Qt::ISODate) },
        { QStringLiteral("end"), start.addSecs(3600).toString(Qt::ISODate) },
        { QStringLiteral("status"), QStringLiteral("scheduled") },
        { QStringLiteral("seats"), 1 },
        { QStringLiteral("booked_seats"), 1 },
        { QStringLiteral("viewer_role"), QStringLiteral("teacher") },
        { QStringLiteral("price_cents"), 4500 },
        { QStringLiteral("currency"), QStringLiteral("EUR") },
        { QStringLiteral("room_id"), QJsonValue::Null },
        { QStringLiteral("updated_at"), start.toString(Qt::ISODate) },
    };
}

} // namespace companion::test
