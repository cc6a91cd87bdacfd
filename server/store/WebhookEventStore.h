#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace companion::server {

class Database;

// webhook_events: every verified webhook event under "provider:event id", with what
// applying it came to (received, processed, parked, ignored).
class WebhookEventStore
{
public:
    explicit WebhookEventStore(Database &db);

    // Inserts the event as received; `*inserted` is false when the key exists (a redelivery).
    bool insertReceived(const QString &key, const QString &provider, const QString &type,
                        const QByteArray &payload, qint64 eventCreated, bool *inserted);
    bool setProcessed(const QString &key, const QString &status);

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
};

} // namespace companion::server
