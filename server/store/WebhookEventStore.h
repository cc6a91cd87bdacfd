#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace companion::server {

class Database;

// webhook_events: every verified webhook event under "provider:event id", with what
// applying it came to: received (waiting in the inbox, perhaps for a retry), processed,
// parked, ignored, or dead (given up after its attempts; `platform-server webhooks`).
class WebhookEventStore
{
public:
    explicit WebhookEventStore(Database &db);

    // Inserts the event with `status` ("received": to apply; "ignored": never applied);
    // `*inserted` is false when the key exists (a redelivery).
    bool insert(const QString &key, const QString &provider, const QString &type, const QByteArray &payload,
                qint64 eventCreated, const QString &objectKey, const QString &status, bool *inserted);
    bool setProcessed(const QString &key, const QString &status);

    struct Event
    {
        QString key;
        QString provider;
        QString type;
        QByteArray payload;
        QString status;
        int attempts = 0;
        qint64 nextAttemptAt = 0; // Unix ms
        QString lastError;
        QString objectKey;
        QString receivedAt;
    };
    // Received events due at `nowMs`, in arrival order, leaving out any whose object has an
    // earlier event still waiting for a retry (events of one object apply in order).
    bool due(qint64 nowMs, int limit, QList<Event> *events);
    // A failed attempt: retried at `nextAttemptAt`, or with `dead` given up.
    bool setAttemptFailed(const QString &key, const QString &error, qint64 nextAttemptAt, bool dead);
    // Events with `status` (all when empty), oldest first, at most `limit`.
    bool list(const QString &status, int limit, QList<Event> *events);
    // A dead event back to the inbox, with fresh attempts. False if there was none.
    bool requeue(const QString &key, bool *found);

    struct Parked
    {
        QString key;
        QByteArray payload;
    };
    // PlugNmeet events parked for a room (they arrived before its session), oldest key first.
    bool parkedForRoom(const QString &roomId, QList<Parked> *parked);
    // The status a replayed parked event came to (processed_at stays the first delivery's).
    bool setStatus(const QString &key, const QString &status);

private:
    Database &m_db;
    std::optional<QSqlQuery> m_insert; // prepared once: the inbox records every event with it
};

} // namespace companion::server
