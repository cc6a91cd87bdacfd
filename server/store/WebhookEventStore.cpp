#include "server/store/WebhookEventStore.h"

#include "server/core/Logging.h"
#include "server/core/TimeFormat.h"
#include "server/store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace companion::server {

WebhookEventStore::WebhookEventStore(Database &db)
    : m_db(db)
{ }

bool WebhookEventStore::insert(const QString &key, const QString &provider, const QString &type,
                               const QByteArray &payload, qint64 eventCreated, const QString &objectKey,
                               const QString &status, bool *inserted)
{
    if (!m_insert) {
        m_insert = m_db.query();
        // The unique key decides, not a check-then-act: the losing insert is a duplicate.
        if (!m_insert->prepare(QStringLiteral(
                "INSERT OR IGNORE INTO webhook_events (id, provider, type, payload, status, received_at, "
                "event_created, object_key, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            qCWarning(lcDb).noquote() << "prepare failed:" << m_insert->lastError().text();
            m_insert.reset();
            return false;
        }
    }
    const QString now = nowRfc3339();
    const QVariantList values { key,
                                provider,
                                Database::notNull(type),
                                QString::fromUtf8(payload),
                                status,
                                now,
                                eventCreated,
                                Database::notNull(objectKey),
                                status == u"received" ? QVariant() : QVariant(now) };
    for (int i = 0; i < values.size(); ++i)
        m_insert->bindValue(i, values.at(i));
    if (!m_insert->exec()) {
        qCWarning(lcDb).noquote() << "insert failed:" << m_insert->lastError().text();
        return false;
    }
    *inserted = m_insert->numRowsAffected() > 0;
    m_insert->finish();
    return true;
}

bool WebhookEventStore::due(qint64 nowMs, int limit, QList<Event> *events)
{
    // Both indexes named: the planner would otherwise check an object's earlier events by
    // scanning the whole backlog (quadratic in it), or walk every applied event.
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral(
                "SELECT e.id, e.provider, e.type, e.payload, e.attempts, e.object_key FROM webhook_events e "
                "INDEXED BY webhook_events_received WHERE e.status = 'received' AND e.next_attempt_at <= ? "
                "AND NOT (e.object_key != '' AND EXISTS (SELECT 1 FROM webhook_events w INDEXED BY "
                "webhook_events_inbox WHERE w.status = 'received' AND w.object_key = "
                "e.object_key AND w.rowid < e.rowid AND w.next_attempt_at > ?)) ORDER BY e.rowid LIMIT ?"),
            { nowMs, nowMs, limit }))
        return false;
    while (q.next()) {
        Event event;
        event.key = q.value(0).toString();
        event.provider = q.value(1).toString();
        event.type = q.value(2).toString();
        event.payload = q.value(3).toString().toUtf8();
        event.status = QStringLiteral("received");
        event.attempts = q.value(4).toInt();
        event.objectKey = q.value(5).toString();
        events->append(event);
    }
    return true;
}

bool WebhookEventStore::setAttemptFailed(const QString &key, const QString &error, qint64 nextAttemptAt,
                                         bool dead)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q,
                     QStringLiteral("UPDATE webhook_events SET attempts = attempts + 1, last_error = ?, "
                                    "next_attempt_at = ?, status = ?, processed_at = ? WHERE id = ?"),
                     { error, nextAttemptAt, dead ? QStringLiteral("dead") : QStringLiteral("received"),
                       dead ? QVariant(nowRfc3339()) : QVariant(), key });
}

bool WebhookEventStore::list(const QString &status, int limit, QList<Event> *events)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT id, provider, type, status, attempts, next_attempt_at, last_error, "
                           "object_key, received_at FROM webhook_events WHERE ? = '' OR status = ? ORDER "
                           "BY rowid LIMIT ?"),
            { Database::notNull(status), Database::notNull(status), limit }))
        return false;
    while (q.next()) {
        Event event;
        event.key = q.value(0).toString();
        event.provider = q.value(1).toString();
        event.type = q.value(2).toString();
        event.status = q.value(3).toString();
        event.attempts = q.value(4).toInt();
        event.nextAttemptAt = q.value(5).toLongLong();
        event.lastError = q.value(6).toString();
        event.objectKey = q.value(7).toString();
        event.receivedAt = q.value(8).toString();
        events->append(event);
    }
    return true;
}

bool WebhookEventStore::requeue(const QString &key, bool *found)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("UPDATE webhook_events SET status = 'received', attempts = 0, next_attempt_at = "
                           "0, processed_at = NULL WHERE id = ? AND status = 'dead'"),
            { key }))
        return false;
    *found = q.numRowsAffected() > 0;
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
