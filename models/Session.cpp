#include "models/Session.h"

#include "models/JsonReader.h"

#include <QJsonArray>

namespace companion {

QString Session::statusToString(Status status)
{
    switch (status) {
    case Status::Scheduled:
        return QStringLiteral("scheduled");
    case Status::Completed:
        return QStringLiteral("completed");
    case Status::NoShow:
        return QStringLiteral("no_show");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<Session> Session::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader in(json, QStringLiteral("session"));
    Session s;
    s.json = json;
    s.id = in.string("id");
    s.courseId = in.string("course_id");
    s.courseTitle = in.string("course_title");
    s.offeringId = in.string("offering_id");
    s.teacherId = in.string("teacher_id");
    s.teacherName = in.string("teacher_name");
    s.timeZone = in.string("time_zone");
    s.start = in.instant("start");
    s.end = in.instant("end");
    const QString status = in.oneOf("status",
                                    { QStringLiteral("scheduled"), QStringLiteral("completed"),
                                      QStringLiteral("no_show"), QStringLiteral("cancelled") });
    s.seats = int(in.integer("seats"));
    s.bookedSeats = int(in.integer("booked_seats"));
    s.viewerRole = in.string("viewer_role");
    s.priceCents = in.integer("price_cents");
    s.currency = in.string("currency");
    s.roomId = in.optionalString("room_id");
    // Both arrived after the first caches were written: absent reads as unknown / 0.
    s.courseCreatorId = in.optionalString("course_creator_id");
    s.version = json.contains(QLatin1String("version")) ? int(in.integer("version")) : 0;
    s.updatedAt = in.instant("updated_at");
    s.cancelReason = in.optionalString("cancel_reason");
    const QJsonValue students = json.value(QLatin1String("students"));
    s.studentsKnown = students.isArray();
    if (!students.isUndefined() && !students.isArray() && in.ok()) {
        if (error)
            *error = QStringLiteral("session.students is not an array");
        return std::nullopt;
    }
    for (const QJsonValue &value : students.toArray()) {
        JsonReader student(value.toObject(), QStringLiteral("session.students[]"));
        Student st;
        st.id = student.string("id");
        st.name = student.string("name");
        st.timeZone = student.string("time_zone");
        st.active = student.oneOf(
                        "enrollment_status",
                        { QStringLiteral("active"), QStringLiteral("refunded"), QStringLiteral("cancelled") })
            == u"active";
        const QString payment = student.oneOf("payment",
                                              { QStringLiteral("paid"), QStringLiteral("partially_refunded"),
                                                QStringLiteral("refunded"), QStringLiteral("none") });
        st.payment = payment == u"refunded"    ? Student::Payment::Refunded
            : payment == u"partially_refunded" ? Student::Payment::PartiallyRefunded
            : payment == u"none"               ? Student::Payment::None
                                               : Student::Payment::Paid;
        if (!value.isObject() || !student.ok()) {
            if (error)
                *error = value.isObject() ? student.error()
                                          : QStringLiteral("session.students[] is not an object");
            return std::nullopt;
        }
        s.students.append(st);
    }
    if (!in.ok()) {
        if (error)
            *error = in.error();
        return std::nullopt;
    }
    if (s.end <= s.start) {
        if (error)
            *error = QStringLiteral("session.end is not after session.start");
        return std::nullopt;
    }
    for (Status candidate : { Status::Scheduled, Status::Completed, Status::NoShow, Status::Cancelled })
        if (statusToString(candidate) == status)
            s.status = candidate;
    return s;
}

} // namespace companion
