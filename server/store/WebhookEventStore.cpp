#include "server/store/WebhookEventStore.h"

#include "server/core/TimeFormat.h"
#include "server/store/Database.h"

#include <QSqlQuery>

namespace companion::server {

WebhookEventStore::WebhookEventStore(Database &db)
    : m_db(db)
{ }

bool WebhookEventStore::insertReceived(const QString &key, const QString &provider, const QString &type,
                                       const QByteArray &payload, qint64 eventCreated, bool *inserted)
{
    QSqlQuery q = m_db.query();
    // The unique key decides, not a check-then-act: the losing insert is a duplicate.
    if (!m_db.exec(
            q,
            QStringLiteral("INSERT OR IGNORE INTO webhook_events (id, provider, type, payload, status, "
                           "received_at, event_created) VALUES (?, ?, ?, ?, 'received', ?, ?)"),
            { key, provider, type, QString::fromUtf8(payload), nowRfc3339(), eventCreated }))
        return false;
    *inserted = q.numRowsAffected() > 0;
    return true;
}

bool WebhookEventStore::setProcessed(const QString &key, const QString &status)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q, QStringLiteral("UPDATE webhook_events SET status = ?, processed_at = ? WHERE id = ?"),
                     { status, nowRfc3339(), key });
}

bool WebhookEventStore::parkedForRoom(const QString &roomId, QList<Parked> *parked)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT id, payload FROM webhook_events WHERE provider = 'plugnmeet' AND status = "
                           "'parked' AND json_extract(payload, '$.room.room_id') = ? ORDER BY id"),
            { roomId }))
        return false;
    while (q.next())
        parked->append({ q.value(0).toString(), q.value(1).toString().toUtf8() });
    return true;
}

bool WebhookEventStore::setStatus(const QString &key, const QString &status)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q, QStringLiteral("UPDATE webhook_events SET status = ? WHERE id = ?"), { status, key });
}

} // namespace companion::server
