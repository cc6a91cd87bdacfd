#include "server/store/SessionStore.h"

#include "models/time/InstantFormat.h"
#include "server/core/JsonTextWriter.h"
#include "server/core/TimeFormat.h"
#include "server/store/ChangeLog.h"
#include "server/store/Database.h"

#include <QSqlQuery>

namespace companion::server {

using namespace Qt::StringLiterals;

namespace {

const QString kTable = QStringLiteral("sessions");
const QString kEntity = QStringLiteral("session");

// A user sees a session they teach, one of their courses' sessions (as its creator), or
// one they are enrolled in.
const QString kVisible
    = QStringLiteral("(s.teacher_id = :u OR c.creator_id = :u OR EXISTS (SELECT 1 FROM enrollments e "
                     "WHERE e.session_id = s.id AND e.student_id = :u))");

const QString kColumns = QStringLiteral(
    "s.id, s.course_id, c.title, s.offering_id, s.teacher_id, t.name, t.time_zone, s.starts_at, s.ends_at, "
    "s.status, s.seats, s.buffer_before_minutes, s.buffer_after_minutes, s.plugnmeet_room_id, "
    "s.recording_status, s.recording_url, s.recording_duration_seconds, s.cancelled_at, s.cancel_reason, "
    "s.deleted, s.created_at, s.updated_at, s.change_seq, c.creator_id, o.price_cents, o.currency, "
    "(SELECT COUNT(*) FROM enrollments e WHERE e.session_id = s.id AND e.status = 'active'), s.version");

const QString kFrom = QStringLiteral(
    " FROM sessions s JOIN courses c ON c.id = s.course_id JOIN users t ON t.id = s.teacher_id "
    "JOIN offerings o ON o.id = s.offering_id ");

// A stored session instant (fixed-width database form) as wire text (".sss" only when not 0).
QString wireInstant(const QVariant &stored)
{
    const auto ms = instant::parseMs(stored.toString());
    return ms ? instant::toUtcStringMs(*ms) : stored.toString();
}

QJsonValue nullable(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

// What became of a student's payment (transactions.status; no row for bookings made
// without a charge, such as the test hooks').
QString paymentState(const QVariant &transactionStatus)
{
    const QString status = transactionStatus.toString();
    if (status == u"refunded" || status == u"partially_refunded")
        return status;
    return transactionStatus.isNull() ? QStringLiteral("none") : QStringLiteral("paid");
}

} // namespace

SessionStore::SessionStore(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

QString SessionStore::absoluteUrl(const QString &path) const
{
    return m_baseUrl.isValid() ? m_baseUrl.resolved(QUrl(path)).toString() : path;
}

bool SessionStore::insert(const NewSession &s)
{
    const QString now = nowRfc3339();
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral(
                       "INSERT INTO sessions (id, course_id, offering_id, teacher_id, starts_at, ends_at, "
                       "status, seats, buffer_before_minutes, buffer_after_minutes, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   { s.id, s.courseId, s.offeringId, s.teacherId, instant::toStorageStringMs(s.startMs),
                     instant::toStorageStringMs(s.endMs), s.status, s.seats, s.bufferBeforeMinutes,
                     s.bufferAfterMinutes, now, now }))
        return false;
    return m_changes.record(kTable, kEntity, s.id, QStringLiteral("insert")) > 0;
}

bool SessionStore::reschedule(const QString &id, qint64 startMs, qint64 endMs)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
               q,
               QStringLiteral(
                   "UPDATE sessions SET starts_at = ?, ends_at = ?, version = version + 1 WHERE id = ?"),
               { instant::toStorageStringMs(startMs), instant::toStorageStringMs(endMs), id })
        && q.numRowsAffected() == 1 && m_changes.record(kTable, kEntity, id, QStringLiteral("update")) > 0;
}

bool SessionStore::setStatus(const QString &id, const QString &status)
{
    QSqlQuery q = m_db.query();
    // Into or out of "cancelled" is a new version for calendars; completed/no-show is not.
    return m_db.exec(
               q,
               QStringLiteral("UPDATE sessions SET version = version + (status <> ? AND (? = 'cancelled' OR "
                              "status = 'cancelled')), status = ? WHERE id = ?"),
               { status, status, status, id })
        && q.numRowsAffected() == 1 && m_changes.record(kTable, kEntity, id, QStringLiteral("update")) > 0;
}

bool SessionStore::cancel(const QString &id, const QString &reason)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
               q,
               QStringLiteral("UPDATE sessions SET version = version + (status <> 'cancelled'), status = "
                              "'cancelled', cancelled_at = ?, cancel_reason = ? WHERE id = ?"),
               { nowRfc3339(), reason, id })
        && q.numRowsAffected() == 1 && m_changes.record(kTable, kEntity, id, QStringLiteral("cancel")) > 0;
}

bool SessionStore::markDeleted(const QString &id)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q, QStringLiteral("UPDATE sessions SET deleted = 1 WHERE id = ?"), { id })
        && q.numRowsAffected() == 1 && m_changes.record(kTable, kEntity, id, QStringLiteral("delete")) > 0;
}

bool SessionStore::setRoom(const QString &id, const QString &roomId, const QString &roomSid)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q,
                     QStringLiteral(
                         "UPDATE sessions SET plugnmeet_room_id = ?, plugnmeet_room_sid = ? WHERE id = ?"),
                     { roomId, roomSid, id })
        && m_changes.record(kTable, kEntity, id, QStringLiteral("update")) > 0;
}

bool SessionStore::exists(const QString &id)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q, QStringLiteral("SELECT 1 FROM sessions WHERE id = ? AND deleted = 0"), { id })
        && q.next();
}

QJsonObject SessionStore::rowToJson(QSqlQuery &q, const QString &userId)
{
    const QString id = q.value(0).toString();
    if (q.value(19).toInt() != 0) {
        return { { QStringLiteral("id"), id },
                 { QStringLiteral("deleted"), true },
                 { QStringLiteral("updated_at"), q.value(21).toString() } };
    }
    const QString teacherId = q.value(4).toString();
    const QString relation = teacherId == userId ? QStringLiteral("teacher")
        : q.value(23).toString() == userId       ? QStringLiteral("course_creator")
                                                 : QStringLiteral("student");
    QJsonValue recording = QJsonValue::Null;
    if (q.value(14).toString() != u"none") {
        recording = QJsonObject {
            { QStringLiteral("status"), q.value(14).toString() },
            { QStringLiteral("url"),
              q.value(15).isNull() ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(absoluteUrl(q.value(15).toString())) },
            { QStringLiteral("duration_seconds"),
              q.value(16).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(16).toLongLong()) },
        };
    }
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("deleted"), false },
        { QStringLiteral("course_id"), q.value(1).toString() },
        { QStringLiteral("course_title"), q.value(2).toString() },
        { QStringLiteral("offering_id"), q.value(3).toString() },
        { QStringLiteral("teacher_id"), teacherId },
        { QStringLiteral("teacher_name"), q.value(5).toString() },
        { QStringLiteral("time_zone"), q.value(6).toString() },
        { QStringLiteral("start"), wireInstant(q.value(7)) },
        { QStringLiteral("end"), wireInstant(q.value(8)) },
        { QStringLiteral("status"), q.value(9).toString() },
        { QStringLiteral("seats"), q.value(10).toInt() },
        { QStringLiteral("booked_seats"), q.value(26).toInt() },
        { QStringLiteral("buffer_before_minutes"), q.value(11).toInt() },
        { QStringLiteral("buffer_after_minutes"), q.value(12).toInt() },
        { QStringLiteral("viewer_role"), relation },
        { QStringLiteral("course_creator_id"), q.value(23).toString() },
        { QStringLiteral("version"), q.value(27).toInt() },
        { QStringLiteral("price_cents"), q.value(24).toLongLong() },
        { QStringLiteral("currency"), q.value(25).toString() },
        { QStringLiteral("room_id"), nullable(q.value(13)) },
        { QStringLiteral("recording"), recording },
        { QStringLiteral("cancelled_at"), nullable(q.value(17)) },
        { QStringLiteral("cancel_reason"), nullable(q.value(18)) },
        { QStringLiteral("created_at"), q.value(20).toString() },
        { QStringLiteral("updated_at"), q.value(21).toString() },
    };
}

SessionStore::Page SessionStore::changesFor(const QString &userId, qint64 sinceSeq, int limit)
{
    Page page;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true); // read once: no cache of every row's values to build and free
    q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom
              + QStringLiteral("WHERE s.change_seq > :since AND ") + kVisible
              + QStringLiteral(" ORDER BY s.change_seq LIMIT :limit"));
    q.bindValue(QStringLiteral(":since"), sinceSeq);
    q.bindValue(QStringLiteral(":u"), userId);
    q.bindValue(QStringLiteral(":limit"), limit + 1);
    if (!q.exec())
        return page;
    // Items are written in change order before their students are known: each one that
    // carries students remembers where its "students" key goes (right after "status").
    JsonTextWriter out;
    out.reserve(qsizetype(limit) * 900);
    out.beginArray();
    QList<StudentSlot> carriers;
    while (q.next()) {
        if (page.count == limit) {
            page.hasMore = true;
            break;
        }
        const qsizetype studentsAt = writeItem(out, q, userId);
        if (studentsAt >= 0)
            carriers.append({ q.value(0).toString(), studentsAt, {} });
        ++page.count;
        page.lastSeq = q.value(22).toLongLong();
    }
    q.finish();
    out.endArray();
    if (carriers.isEmpty()) {
        page.items = out.text();
        return page;
    }
    writeStudents(carriers);
    // Splice each students array in at its place.
    const QByteArray &text = out.text();
    qsizetype studentBytes = 0;
    for (const StudentSlot &carrier : std::as_const(carriers))
        studentBytes += carrier.students.text().size() + 14;
    page.items.reserve(text.size() + studentBytes);
    qsizetype from = 0;
    for (const StudentSlot &carrier : std::as_const(carriers)) {
        page.items.append(text.constData() + from, carrier.at - from);
        page.items.append(",\"students\":", 12);
        page.items.append(carrier.students.text());
        from = carrier.at;
    }
    page.items.append(text.constData() + from, text.size() - from);
    return page;
}

bool SessionStore::hasChangesFor(const QString &userId, qint64 sinceSeq)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT 1") + kFrom + QStringLiteral("WHERE s.change_seq > :since AND ")
              + kVisible + QStringLiteral(" LIMIT 1"));
    q.bindValue(QStringLiteral(":since"), sinceSeq);
    q.bindValue(QStringLiteral(":u"), userId);
    return q.exec() && q.next();
}

qsizetype SessionStore::writeItem(JsonTextWriter &out, QSqlQuery &q, const QString &userId) const
{
    // Keys in QJsonObject's (sorted) order, values as rowToJson gives them.
    out.beginObject();
    if (q.value(19).toInt() != 0) {
        out.key("deleted"_L1).boolean(true);
        out.key("id"_L1).string(q.value(0).toString());
        out.key("updated_at"_L1).string(q.value(21).toString());
        out.endObject();
        return -1;
    }
    const QString teacherId = q.value(4).toString();
    const QString creatorId = q.value(23).toString();
    const SessionRelation relation = teacherId == userId ? SessionRelation::Teacher
        : creatorId == userId                            ? SessionRelation::CourseCreator
                                                         : SessionRelation::Student;
    out.key("booked_seats"_L1).integer(q.value(26).toInt());
    out.key("buffer_after_minutes"_L1).integer(q.value(12).toInt());
    out.key("buffer_before_minutes"_L1).integer(q.value(11).toInt());
    out.key("cancel_reason"_L1).nullableString(q.value(18));
    out.key("cancelled_at"_L1).nullableString(q.value(17));
    out.key("course_creator_id"_L1).string(creatorId);
    out.key("course_id"_L1).string(q.value(1).toString());
    out.key("course_title"_L1).string(q.value(2).toString());
    out.key("created_at"_L1).string(q.value(20).toString());
    out.key("currency"_L1).string(q.value(25).toString());
    out.key("deleted"_L1).boolean(false);
    out.key("end"_L1).string(wireInstant(q.value(8)));
    out.key("id"_L1).string(q.value(0).toString());
    out.key("offering_id"_L1).string(q.value(3).toString());
    out.key("price_cents"_L1).integer(q.value(24).toLongLong());
    out.key("recording"_L1);
    if (q.value(14).toString() == u"none") {
        out.null();
    } else {
        out.beginObject();
        out.key("duration_seconds"_L1);
        if (q.value(16).isNull())
            out.null();
        else
            out.integer(q.value(16).toLongLong());
        out.key("status"_L1).string(q.value(14).toString());
        out.key("url"_L1);
        if (q.value(15).isNull())
            out.null();
        else
            out.string(absoluteUrl(q.value(15).toString()));
        out.endObject();
    }
    out.key("room_id"_L1).nullableString(q.value(13));
    out.key("seats"_L1).integer(q.value(10).toInt());
    out.key("start"_L1).string(wireInstant(q.value(7)));
    out.key("status"_L1).string(q.value(9).toString());
    const qsizetype studentsAt = relation == SessionRelation::Student ? -1 : out.text().size();
    out.key("teacher_id"_L1).string(teacherId);
    out.key("teacher_name"_L1).string(q.value(5).toString());
    out.key("time_zone"_L1).string(q.value(6).toString());
    out.key("updated_at"_L1).string(q.value(21).toString());
    out.key("version"_L1).integer(q.value(27).toInt());
    out.key("viewer_role"_L1)
        .string(relation == SessionRelation::Teacher             ? "teacher"_L1
                    : relation == SessionRelation::CourseCreator ? "course_creator"_L1
                                                                 : "student"_L1);
    out.endObject();
    return studentsAt;
}

void SessionStore::writeStudents(QList<StudentSlot> &carriers)
{
    QHash<QString, JsonTextWriter *> byId;
    byId.reserve(carriers.size());
    for (StudentSlot &carrier : carriers) {
        carrier.students.beginArray();
        byId.insert(carrier.sessionId, &carrier.students);
    }
    // SQLite limits bound parameters per statement; a page is far below it, but stay safe.
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < carriers.size(); from += kChunk) {
        const qsizetype count = std::min(kChunk, carriers.size() - from);
        QVariantList ids;
        ids.reserve(count);
        for (qsizetype i = from; i < from + count; ++i)
            ids.append(carriers[i].sessionId);
        QStringList marks(count, QStringLiteral("?"));
        QSqlQuery q = m_db.query();
        q.setForwardOnly(true);
        if (!m_db.exec(
                q,
                QStringLiteral("SELECT e.session_id, e.student_id, u.name, u.time_zone, e.status, t.status "
                               "FROM enrollments e JOIN users u ON u.id = e.student_id LEFT JOIN "
                               "transactions t ON t.enrollment_id = e.id WHERE e.session_id IN (")
                    + marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY u.name, e.id"),
                ids))
            continue;
        // Sorted by name across the chunk, so each session's own list is in that order too.
        while (q.next()) {
            JsonTextWriter *students = byId.value(q.value(0).toString());
            if (!students)
                continue;
            students->beginObject();
            students->key("enrollment_status"_L1).string(q.value(4).toString());
            students->key("id"_L1).string(q.value(1).toString());
            students->key("name"_L1).string(q.value(2).toString());
            students->key("payment"_L1).string(paymentState(q.value(5)));
            students->key("time_zone"_L1).string(q.value(3).toString());
            students->endObject();
        }
    }
    for (StudentSlot &carrier : carriers)
        carrier.students.endArray();
}

bool SessionStore::touch(const QString &id)
{
    return m_changes.record(kTable, kEntity, id, QStringLiteral("update")) > 0;
}

bool SessionStore::touchForTransaction(const QString &transactionId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT e.session_id FROM transactions t JOIN enrollments e ON e.id = "
                                  "t.enrollment_id WHERE t.id = ? AND e.session_id IS NOT NULL"),
                   { transactionId }))
        return false;
    return !q.next() || touch(q.value(0).toString());
}

std::optional<QJsonObject> SessionStore::detail(const QString &userId, const QString &sessionId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom
              + QStringLiteral("WHERE s.id = :id AND s.deleted = 0 AND ") + kVisible);
    q.bindValue(QStringLiteral(":id"), sessionId);
    q.bindValue(QStringLiteral(":u"), userId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QJsonObject json = rowToJson(q, userId);
    // A student sees their own booking and attendance, never their classmates' names, zones
    // and payments (the session list already leaves them out).
    const bool ownOnly = json.value(QLatin1String("viewer_role")).toString() == u"student";
    const QString courseId = q.value(1).toString();
    const QString creatorId = q.value(23).toString();
    const QString startsAt = q.value(7).toString();
    const QString status = q.value(9).toString();
    q.finish();

    QSqlQuery c = m_db.query();
    m_db.exec(c,
              QStringLiteral("SELECT c.id, c.title, c.description, c.creator_id, u.name FROM courses c "
                             "JOIN users u ON u.id = c.creator_id WHERE c.id = ?"),
              { courseId });
    if (c.next()) {
        json.insert(QStringLiteral("course"),
                    QJsonObject {
                        { QStringLiteral("id"), c.value(0).toString() },
                        { QStringLiteral("title"), c.value(1).toString() },
                        { QStringLiteral("description"), c.value(2).toString() },
                        { QStringLiteral("creator_id"), c.value(3).toString() },
                        { QStringLiteral("creator_name"), c.value(4).toString() },
                    });
    }

    QJsonArray attendance;
    QHash<QString, bool> attended;
    m_db.exec(c,
              QStringLiteral("SELECT a.user_id, u.name, a.joined_at, a.left_at, a.duration_seconds FROM "
                             "session_attendance a JOIN users u ON u.id = a.user_id WHERE a.session_id = ? "
                             "AND (? = 0 OR a.user_id = ?) ORDER BY a.joined_at, a.id"),
              { sessionId, ownOnly ? 1 : 0, userId });
    while (c.next()) {
        attended.insert(c.value(0).toString(), true);
        attendance.append(QJsonObject {
            { QStringLiteral("user_id"), c.value(0).toString() },
            { QStringLiteral("name"), c.value(1).toString() },
            { QStringLiteral("joined_at"), c.value(2).toString() },
            { QStringLiteral("left_at"), nullable(c.value(3)) },
            { QStringLiteral("duration_seconds"),
              c.value(4).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.value(4).toLongLong()) },
        });
    }
    json.insert(QStringLiteral("attendance"), attendance);

    // Whether a student came is only known once the session is over.
    const bool over = status == u"completed" || status == u"no_show";
    QJsonArray students;
    m_db.exec(c,
              QStringLiteral(
                  "SELECT e.student_id, u.name, e.id, e.status, u.time_zone, t.status FROM enrollments e "
                  "JOIN users u ON u.id = e.student_id LEFT JOIN transactions t ON t.enrollment_id = "
                  "e.id WHERE e.session_id = ? AND (? = 0 OR e.student_id = ?) ORDER BY u.name, e.id"),
              { sessionId, ownOnly ? 1 : 0, userId });
    while (c.next()) {
        const QString studentId = c.value(0).toString();
        QString attendanceState = QStringLiteral("pending");
        if (c.value(3).toString() != u"active")
            attendanceState = QStringLiteral("cancelled");
        else if (over)
            attendanceState
                = attended.contains(studentId) ? QStringLiteral("attended") : QStringLiteral("no_show");
        students.append(QJsonObject {
            { QStringLiteral("id"), studentId },
            { QStringLiteral("name"), c.value(1).toString() },
            { QStringLiteral("enrollment_id"), c.value(2).toString() },
            { QStringLiteral("enrollment_status"), c.value(3).toString() },
            { QStringLiteral("attendance"), attendanceState },
            { QStringLiteral("time_zone"), c.value(4).toString() },
            { QStringLiteral("payment"), paymentState(c.value(5)) },
        });
    }
    json.insert(QStringLiteral("students"), students);
    Q_UNUSED(creatorId);
    Q_UNUSED(startsAt);
    return json;
}

SessionRelation SessionStore::relation(const QString &userId, const QString &sessionId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral(
                       "SELECT s.teacher_id, c.creator_id, EXISTS (SELECT 1 FROM enrollments e WHERE "
                       "e.session_id = s.id AND e.student_id = ? AND e.status = 'active') FROM sessions s "
                       "JOIN courses c ON c.id = s.course_id WHERE s.id = ? AND s.deleted = 0"),
                   { userId, sessionId })
        || !q.next())
        return SessionRelation::None;
    if (q.value(0).toString() == userId)
        return SessionRelation::Teacher;
    if (q.value(1).toString() == userId)
        return SessionRelation::CourseCreator;
    if (q.value(2).toInt() != 0)
        return SessionRelation::Student;
    return SessionRelation::None;
}

std::optional<SessionStore::Timing> SessionStore::timing(const QString &sessionId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral(
                       "SELECT s.starts_at, s.ends_at, s.status, s.plugnmeet_room_id, "
                       "s.plugnmeet_room_sid, s.teacher_id, c.title, s.deleted, s.course_id, "
                       "s.offering_id FROM sessions s JOIN courses c ON c.id = s.course_id WHERE s.id = ?"),
                   { sessionId })
        || !q.next())
        return std::nullopt;
    Timing timing;
    timing.startMs = instant::parseMs(q.value(0).toString()).value_or(0);
    timing.endMs = instant::parseMs(q.value(1).toString()).value_or(0);
    timing.status = q.value(2).toString();
    timing.roomId = q.value(3).toString();
    timing.roomSid = q.value(4).toString();
    timing.teacherId = q.value(5).toString();
    timing.courseTitle = q.value(6).toString();
    timing.deleted = q.value(7).toInt() != 0;
    timing.courseId = q.value(8).toString();
    timing.offeringId = q.value(9).toString();
    return timing;
}

QList<BusySession> SessionStore::busyFor(const QString &teacherId, qint64 fromMs, qint64 toMs)
{
    QList<BusySession> busy;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT s.id, s.offering_id, s.starts_at, s.ends_at, s.status, "
                           "s.buffer_before_minutes, s.buffer_after_minutes, s.seats, (SELECT COUNT(*) FROM "
                           "enrollments e WHERE e.session_id = s.id AND e.status = 'active') FROM sessions s "
                           "WHERE s.teacher_id = ? AND s.deleted = 0 AND s.ends_at > ? AND s.starts_at < ?"),
            { teacherId, instant::toStorageStringMs(fromMs), instant::toStorageStringMs(toMs) }))
        return busy;
    while (q.next()) {
        BusySession session;
        session.id = q.value(0).toString();
        session.offeringId = q.value(1).toString();
        session.startMs = instant::parseMs(q.value(2).toString()).value_or(0);
        session.endMs = instant::parseMs(q.value(3).toString()).value_or(0);
        session.cancelled = q.value(4).toString() == u"cancelled";
        session.bufferBeforeMinutes = q.value(5).toInt();
        session.bufferAfterMinutes = q.value(6).toInt();
        session.seats = q.value(7).toInt();
        session.bookedSeats = std::max(1, q.value(8).toInt());
        busy.append(session);
    }
    // A time proposed for one of the teacher's sessions is held until the proposal ends: no
    // one else may book it meanwhile.
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT p.id, s.offering_id, p.starts_at, p.ends_at, s.buffer_before_minutes, "
                           "s.buffer_after_minutes, s.seats FROM session_proposals p JOIN sessions s ON "
                           "s.id = p.session_id WHERE p.state = 'proposed' AND s.teacher_id = ? AND "
                           "p.ends_at > ? AND p.starts_at < ?"),
            { teacherId, instant::toStorageStringMs(fromMs), instant::toStorageStringMs(toMs) }))
        return busy;
    while (q.next()) {
        BusySession hold;
        hold.id = QStringLiteral("hold:") + q.value(0).toString();
        hold.offeringId = q.value(1).toString();
        hold.startMs = instant::parseMs(q.value(2).toString()).value_or(0);
        hold.endMs = instant::parseMs(q.value(3).toString()).value_or(0);
        hold.bufferBeforeMinutes = q.value(4).toInt();
        hold.bufferAfterMinutes = q.value(5).toInt();
        hold.seats = q.value(6).toInt();
        hold.bookedSeats = q.value(6).toInt(); // held whole: not a seat of it is free
        busy.append(hold);
    }
    return busy;
}

SessionStore::Calendar SessionStore::calendarOf(const QString &userId, qint64 endsAfterMs)
{
    Calendar calendar;
    const QString mine
        = QStringLiteral("s.deleted = 0 AND s.status <> 'cancelled' AND s.ends_at > :after AND "
                         "(s.teacher_id = :u OR c.creator_id = :u)");
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("WHERE ") + mine
              + QStringLiteral(" ORDER BY s.starts_at, s.id"));
    q.bindValue(QStringLiteral(":u"), userId);
    q.bindValue(QStringLiteral(":after"), instant::toStorageStringMs(endsAfterMs));
    if (!q.exec())
        return calendar;
    while (q.next())
        calendar.sessions.append(rowToJson(q, userId));
    q.prepare(
        QStringLiteral("SELECT e.session_id, u.name FROM enrollments e JOIN users u ON u.id = e.student_id "
                       "JOIN sessions s ON s.id = e.session_id JOIN courses c ON c.id = s.course_id "
                       "WHERE e.status = 'active' AND ")
        + mine + QStringLiteral(" ORDER BY u.name"));
    q.bindValue(QStringLiteral(":u"), userId);
    q.bindValue(QStringLiteral(":after"), instant::toStorageStringMs(endsAfterMs));
    if (q.exec()) {
        while (q.next())
            calendar.students[q.value(0).toString()].append(q.value(1).toString());
    }
    calendar.ok = true;
    return calendar;
}

std::optional<SessionStore::Seats> SessionStore::seats(const QString &sessionId, const QString &studentId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT s.status, s.deleted, (SELECT COUNT(*) FROM enrollments e WHERE "
                                  "e.session_id = s.id AND e.status = 'active'), (SELECT COUNT(*) FROM "
                                  "enrollments e WHERE e.session_id = s.id AND e.student_id = ? AND e.status "
                                  "= 'active') FROM sessions s WHERE s.id = ?"),
                   { studentId, sessionId }))
        return std::nullopt;
    Seats seats;
    if (q.next()) {
        seats.exists = true;
        seats.cancelledOrDeleted = q.value(0).toString() == u"cancelled" || q.value(1).toInt() != 0;
        seats.activeEnrollments = q.value(2).toInt();
        seats.enrollmentsOfStudent = q.value(3).toInt();
    }
    return seats;
}

bool SessionStore::firstOverlap(const QString &teacherId, qint64 startMs, qint64 endMs, QString *sessionId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral(
                "SELECT id FROM sessions WHERE teacher_id = ? AND deleted = 0 AND status != "
                "'cancelled' AND starts_at < ? AND ends_at > ? UNION ALL SELECT p.session_id FROM "
                "session_proposals p JOIN sessions s ON s.id = p.session_id WHERE p.state = 'proposed' "
                "AND s.teacher_id = ? AND p.starts_at < ? AND p.ends_at > ? LIMIT 1"),
            { teacherId, instant::toStorageStringMs(endMs), instant::toStorageStringMs(startMs), teacherId,
              instant::toStorageStringMs(endMs), instant::toStorageStringMs(startMs) }))
        return false;
    *sessionId = q.next() ? q.value(0).toString() : QString();
    return true;
}

QString SessionStore::forRoom(const QString &roomId)
{
    QSqlQuery q = m_db.query();
    if (m_db.exec(q, QStringLiteral("SELECT id FROM sessions WHERE plugnmeet_room_id = ?"), { roomId })
        && q.next())
        return q.value(0).toString();
    if (roomId.startsWith(u"room_")
        && m_db.exec(q, QStringLiteral("SELECT id FROM sessions WHERE id = ?"), { roomId.mid(5) })
        && q.next())
        return q.value(0).toString();
    return {};
}

bool SessionStore::fillRoom(const QString &sessionId, const QString &roomId, const QString &roomSid,
                            bool *changed)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE sessions SET plugnmeet_room_id = COALESCE(plugnmeet_room_id, ?), "
                                  "plugnmeet_room_sid = COALESCE(plugnmeet_room_sid, ?) WHERE id = ? AND "
                                  "(plugnmeet_room_id IS NULL OR plugnmeet_room_sid IS NULL)"),
                   { roomId, roomSid, sessionId }))
        return false;
    *changed = q.numRowsAffected() > 0;
    return true;
}

bool SessionStore::markRoomFinished(const QString &sessionId, const QString &finishedAt)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral("UPDATE sessions SET room_finished_at = CASE WHEN room_finished_at IS NULL "
                       "OR room_finished_at > ? THEN ? ELSE room_finished_at END WHERE id = ?"),
        { finishedAt, finishedAt, sessionId });
}

bool SessionStore::setRecordingAvailable(const QString &sessionId, const QString &url)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral("UPDATE sessions SET recording_status = 'available', recording_url = ? WHERE id = ?"),
        { url, sessionId });
}

std::optional<SessionStore::OutcomeFacts> SessionStore::outcomeFacts(const QString &sessionId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT s.status, s.room_finished_at IS NOT NULL, EXISTS (SELECT 1 FROM "
                           "session_attendance a WHERE a.session_id = s.id AND a.user_id = s.teacher_id) "
                           "FROM sessions s WHERE s.id = ?"),
            { sessionId })
        || !q.next())
        return std::nullopt;
    return OutcomeFacts { q.value(0).toString(), q.value(1).toBool(), q.value(2).toBool() };
}

bool SessionStore::remindersDue(qint64 fromMs, qint64 toMs, QList<Reminder> *due)
{
    QSqlQuery q = m_db.query();
    // Only sessions someone booked and not yet reminded (no job with that id).
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT s.id, s.teacher_id, s.starts_at FROM sessions s WHERE s.deleted = 0 AND "
                           "s.status = 'scheduled' AND s.starts_at > ? AND s.starts_at <= ? AND EXISTS "
                           "(SELECT 1 FROM enrollments e WHERE e.session_id = s.id AND e.status = 'active') "
                           "AND NOT EXISTS (SELECT 1 FROM provider_jobs j WHERE j.id = 'email_reminder_' || "
                           "s.id)"),
            { instant::toStorageStringMs(fromMs), instant::toStorageStringMs(toMs) }))
        return false;
    while (q.next())
        due->append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return true;
}

bool SessionStore::seedCancelled(const QString &id, const QString &cancelledAt, const QString &reason)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral(
            "UPDATE sessions SET status = 'cancelled', cancelled_at = ?, cancel_reason = ? WHERE id = ?"),
        { cancelledAt, reason, id });
}

bool SessionStore::seedHeld(const QString &id, const QString &status, const QString &roomId,
                            const QString &roomSid)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral(
            "UPDATE sessions SET status = ?, plugnmeet_room_id = ?, plugnmeet_room_sid = ? WHERE id = ?"),
        { status, roomId, roomSid, id });
}

bool SessionStore::seedRecording(const QString &id, const QString &status, const QString &url,
                                 int durationSeconds)
{
    QSqlQuery q = m_db.query();
    if (status != u"available")
        return m_db.exec(q, QStringLiteral("UPDATE sessions SET recording_status = ? WHERE id = ?"),
                         { status, id });
    return m_db.exec(q,
                     QStringLiteral("UPDATE sessions SET recording_status = 'available', recording_url = ?, "
                                    "recording_duration_seconds = ? WHERE id = ?"),
                     { url, durationSeconds, id });
}

} // namespace companion::server
