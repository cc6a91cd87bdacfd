#include "server/store/AttendanceStore.h"

#include "server/store/Database.h"

#include <QSqlQuery>

namespace companion::server {

AttendanceStore::AttendanceStore(Database &db)
    : m_db(db)
{ }

bool AttendanceStore::recordVisit(const QString &id, const QString &sessionId, const QString &userId,
                                  const QString &joinedAt, const QVariant &leftAt)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
               q,
               QStringLiteral("INSERT INTO session_attendance (id, session_id, user_id, joined_at, left_at) "
                              "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET joined_at = "
                              "MIN(joined_at, excluded.joined_at), left_at = COALESCE(excluded.left_at, "
                              "left_at)"),
               { id, sessionId, userId, joinedAt, leftAt })
        && m_db.exec(
            q,
            QStringLiteral("UPDATE session_attendance SET duration_seconds = CASE WHEN left_at IS NULL "
                           "THEN NULL ELSE MAX(0, CAST(strftime('%s', left_at) AS INTEGER) - "
                           "CAST(strftime('%s', joined_at) AS INTEGER)) END WHERE id = ?"),
            { id });
}

bool AttendanceStore::insertVisit(const QString &id, const QString &sessionId, const QString &userId,
                                  const QString &joinedAt, const QString &leftAt, qint64 durationSeconds)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q,
                     QStringLiteral("INSERT INTO session_attendance (id, session_id, user_id, joined_at, "
                                    "left_at, duration_seconds) VALUES (?, ?, ?, ?, ?, ?)"),
                     { id, sessionId, userId, joinedAt, leftAt, durationSeconds });
}

} // namespace companion::server
