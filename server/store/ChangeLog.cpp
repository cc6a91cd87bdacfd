#include "server/store/ChangeLog.h"

#include "server/core/TimeFormat.h"
#include "server/store/Database.h"

namespace companion::server {

ChangeLog::ChangeLog(Database &db)
    : m_db(db)
{ }

qint64 ChangeLog::record(const QString &table, const QString &entity, const QString &id, const QString &op)
{
    const QString now = nowRfc3339();
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("INSERT INTO change_log (entity, entity_id, op, changed_at) VALUES (?, ?, ?, ?)"),
            { entity, id, op, now }))
        return 0;
    const qint64 seq = q.lastInsertId().toLongLong();
    // `table` is one of our own constants, never user input.
    if (!m_db.exec(q, QStringLiteral("UPDATE %1 SET change_seq = ?, updated_at = ? WHERE id = ?").arg(table),
                   { seq, now, id }))
        return 0;
    if (m_onRecorded)
        m_onRecorded();
    return seq;
}

qint64 ChangeLog::lastSeq()
{
    QSqlQuery q = m_db.query();
    if (m_db.exec(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace companion::server
