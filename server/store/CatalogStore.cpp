#include "server/store/CatalogStore.h"

#include "server/store/Database.h"

#include <QSqlQuery>

namespace companion::server {

CatalogStore::CatalogStore(Database &db)
    : m_db(db)
{ }

QList<CatalogOffering> CatalogStore::activeOfferingsOf(const QString &teacherId)
{
    return select(QStringLiteral("o.active = 1 AND o.teacher_id = ?"), { teacherId });
}

std::optional<CatalogOffering> CatalogStore::activeOffering(const QString &offeringId,
                                                            const QString &teacherId)
{
    const QList<CatalogOffering> rows
        = select(QStringLiteral("o.active = 1 AND o.id = ? AND o.teacher_id = ?"), { offeringId, teacherId });
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<CatalogOffering> CatalogStore::offering(const QString &offeringId, bool *failed)
{
    const QList<CatalogOffering> rows = select(QStringLiteral("o.id = ?"), { offeringId }, failed);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<CourseFeedMembership> CatalogStore::courseFeedsOf(const QString &userId)
{
    QList<CourseFeedMembership> feeds;
    QSqlQuery q = m_db.query();
    // 2 creator, 1 teacher, 0 student: MAX picks the strongest role per course.
    if (!m_db.exec(q,
                   QStringLiteral("SELECT c.id, c.title, MAX(m.rank) FROM courses c JOIN ("
                                  "SELECT id AS course_id, 2 AS rank FROM courses WHERE creator_id = ? "
                                  "UNION ALL SELECT course_id, 1 FROM offerings WHERE teacher_id = ? "
                                  "UNION ALL SELECT course_id, 1 FROM course_teachers WHERE user_id = ? "
                                  "AND status = 'approved' "
                                  "UNION ALL SELECT course_id, 0 FROM enrollments WHERE student_id = ? "
                                  "AND status = 'active') m ON m.course_id = c.id "
                                  "GROUP BY c.id, c.title ORDER BY c.title, c.id"),
                   { userId, userId, userId, userId }))
        return feeds;
    while (q.next()) {
        const int rank = q.value(2).toInt();
        feeds.append({ q.value(0).toString(), q.value(1).toString(),
                       rank == 2       ? CourseFeedMembership::Role::Creator
                           : rank == 1 ? CourseFeedMembership::Role::Teacher
                                       : CourseFeedMembership::Role::Student });
    }
    return feeds;
}

QList<CatalogOffering> CatalogStore::select(const QString &where, const QVariantList &bindings, bool *failed)
{
    QList<CatalogOffering> rows;
    QSqlQuery q = m_db.query();
    const bool ok = m_db.exec(
        q,
        QStringLiteral("SELECT o.id, o.schedule_id, o.title, o.duration_minutes, o.slot_interval_minutes, "
                       "o.buffer_before_minutes, o.buffer_after_minutes, o.minimum_notice_minutes, "
                       "o.booking_window_days, o.max_per_day, o.max_per_week, o.seats, o.price_cents, "
                       "o.currency, o.course_id, c.title, o.teacher_id, c.creator_id FROM offerings o "
                       "JOIN courses c ON c.id = o.course_id WHERE ")
            + where + QStringLiteral(" ORDER BY c.title, o.id"),
        bindings);
    if (failed)
        *failed = !ok;
    if (!ok)
        return rows;
    const auto optionalInt = [](const QVariant &value) {
        return value.isNull() ? std::optional<int>() : std::optional<int>(value.toInt());
    };
    while (q.next()) {
        CatalogOffering row;
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
        row.creatorId = q.value(17).toString();
        rows.append(row);
    }
    return rows;
}

bool CatalogStore::insertCourse(const QString &id, const QString &creatorId, const QString &title,
                                const QString &description, const QString &createdAt)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q,
                     QStringLiteral("INSERT INTO courses (id, creator_id, title, description, created_at) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     { id, creatorId, title, description, createdAt });
}

bool CatalogStore::addTeacher(const QString &courseId, const QString &userId, const QString &role,
                              const QString &approvedAt)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral("INSERT OR IGNORE INTO course_teachers (course_id, user_id, role, status, "
                       "approved_at) VALUES (?, ?, ?, 'approved', ?)"),
        { courseId, userId, role, approvedAt });
}

bool CatalogStore::insertOffering(const CatalogOffering &row)
{
    const Offering &o = row.offering;
    const auto nullable
        = [](const std::optional<int> &value) { return value ? QVariant(*value) : QVariant(); };
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral("INSERT INTO offerings (id, course_id, teacher_id, schedule_id, title, "
                       "duration_minutes, slot_interval_minutes, buffer_before_minutes, "
                       "buffer_after_minutes, minimum_notice_minutes, booking_window_days, max_per_day, "
                       "max_per_week, seats, price_cents, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?)"),
        { o.id, row.courseId, row.teacherId, o.scheduleId, o.title, o.durationMinutes, o.slotIntervalMinutes,
          o.bufferBeforeMinutes, o.bufferAfterMinutes, o.minimumNoticeMinutes, nullable(o.bookingWindowDays),
          nullable(o.maxPerDay), nullable(o.maxPerWeek), o.seats, o.priceCents, o.currency });
}

} // namespace companion::server
