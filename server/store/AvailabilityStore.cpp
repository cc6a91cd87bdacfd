#include "server/store/AvailabilityStore.h"

#include "server/core/TimeFormat.h"
#include "server/store/Database.h"

#include <QSqlQuery>

namespace companion::server {

AvailabilityStore::AvailabilityStore(Database &db)
    : m_db(db)
{ }

std::optional<AvailabilityStore::Versioned> AvailabilityStore::forUser(const QString &userId)
{
    return load(QStringLiteral("user_id"), userId);
}

std::optional<AvailabilityStore::Versioned> AvailabilityStore::byId(const QString &scheduleId)
{
    return load(QStringLiteral("id"), scheduleId);
}

std::optional<AvailabilityStore::Versioned> AvailabilityStore::load(const QString &column,
                                                                    const QString &value)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT id, name, time_zone, version, updated_at FROM availability_schedules "
                           "WHERE %1 = ?")
                .arg(column),
            { value })
        || !q.next())
        return std::nullopt;
    Versioned result;
    result.schedule.id = q.value(0).toString();
    result.schedule.name = q.value(1).toString();
    result.schedule.timeZone = q.value(2).toString();
    result.version = q.value(3).toInt();
    result.updatedAt = q.value(4).toString();
    const QString id = result.schedule.id;

    m_db.exec(q,
              QStringLiteral("SELECT day_of_week, start_minute, end_minute FROM availability_weekly_rules "
                             "WHERE schedule_id = ? ORDER BY day_of_week, start_minute, id"),
              { id });
    while (q.next())
        result.schedule.weekly.append(
            WeeklyRule { q.value(0).toInt(), LocalInterval { q.value(1).toInt(), q.value(2).toInt() } });

    m_db.exec(q,
              QStringLiteral("SELECT date, start_minute, end_minute FROM availability_overrides "
                             "WHERE schedule_id = ? ORDER BY date, start_minute, id"),
              { id });
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (result.schedule.overrides.isEmpty() || result.schedule.overrides.last().date != date)
            result.schedule.overrides.append(DateOverride { date, {} });
        if (!q.value(1).isNull()) // a row without times closes the day
            result.schedule.overrides.last().intervals.append(
                LocalInterval { q.value(1).toInt(), q.value(2).toInt() });
    }

    m_db.exec(
        q,
        QStringLiteral("SELECT start_date, end_date, reason FROM availability_blocks WHERE schedule_id = ? "
                       "ORDER BY start_date, id"),
        { id });
    while (q.next())
        result.schedule.blocks.append(DateBlock { QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                                  QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                                  q.value(2).toString() });
    return result;
}

std::optional<AvailabilityStore::Versioned> AvailabilityStore::save(const QString &userId,
                                                                    const Schedule &schedule)
{
    const auto existing = forUser(userId);
    const QString id = existing ? existing->schedule.id : QStringLiteral("sch_") + userId;
    const QString now = nowRfc3339();
    QSqlQuery q = m_db.query();
    const bool ownTransaction = m_db.transaction();
    auto fail = [&]() -> std::optional<Versioned> {
        if (ownTransaction)
            m_db.rollback();
        return std::nullopt;
    };
    if (existing) {
        if (!m_db.exec(
                q,
                QStringLiteral(
                    "UPDATE availability_schedules SET name = ?, time_zone = ?, version = version + 1, "
                    "updated_at = ? WHERE id = ?"),
                { schedule.name.isNull() ? QStringLiteral("") : schedule.name, schedule.timeZone, now, id }))
            return fail();
        for (const char *table :
             { "availability_weekly_rules", "availability_overrides", "availability_blocks" }) {
            if (!m_db.exec(q,
                           QStringLiteral("DELETE FROM %1 WHERE schedule_id = ?").arg(QLatin1String(table)),
                           { id }))
                return fail();
        }
    } else if (!m_db.exec(q,
                          QStringLiteral(
                              "INSERT INTO availability_schedules (id, user_id, name, time_zone, version, "
                              "updated_at) VALUES (?, ?, ?, ?, 1, ?)"),
                          { id, userId, schedule.name.isNull() ? QStringLiteral("") : schedule.name,
                            schedule.timeZone, now })) {
        return fail();
    }
    for (const WeeklyRule &rule : schedule.weekly) {
        if (!m_db.exec(q,
                       QStringLiteral(
                           "INSERT INTO availability_weekly_rules (schedule_id, day_of_week, start_minute, "
                           "end_minute) VALUES (?, ?, ?, ?)"),
                       { id, rule.dayOfWeek, rule.interval.startMinute, rule.interval.endMinute }))
            return fail();
    }
    for (const DateOverride &override : schedule.overrides) {
        const QString date = override.date.toString(Qt::ISODate);
        if (override.intervals.isEmpty()) {
            if (!m_db.exec(
                    q, QStringLiteral("INSERT INTO availability_overrides (schedule_id, date) VALUES (?, ?)"),
                    { id, date }))
                return fail();
        }
        for (const LocalInterval &interval : override.intervals) {
            if (!m_db.exec(
                    q,
                    QStringLiteral("INSERT INTO availability_overrides (schedule_id, date, start_minute, "
                                   "end_minute) VALUES (?, ?, ?, ?)"),
                    { id, date, interval.startMinute, interval.endMinute }))
                return fail();
        }
    }
    for (const DateBlock &block : schedule.blocks) {
        if (!m_db.exec(
                q,
                QStringLiteral("INSERT INTO availability_blocks (schedule_id, start_date, end_date, reason) "
                               "VALUES (?, ?, ?, ?)"),
                { id, block.firstDate.toString(Qt::ISODate), block.lastDate.toString(Qt::ISODate),
                  block.reason.isNull() ? QStringLiteral("") : block.reason }))
            return fail();
    }
    if (ownTransaction && !m_db.commit())
        return fail();
    return forUser(userId);
}

} // namespace companion::server
