#include "server/webhooks/WebhookInbox.h"

#include "server/core/Logging.h"
#include "server/store/Database.h"
#include "server/store/WebhookEventStore.h"

namespace companion::server {

WebhookInbox::WebhookInbox(Database &db)
    : m_events(db)
{ }

WebhookInbox::Outcome WebhookInbox::record(const QString &provider, const QString &eventId,
                                           const QString &type, const QByteArray &payload,
                                           qint64 eventCreated, const QString &objectKey, bool ignore)
{
    const QString key = provider + QLatin1Char(':') + eventId;
    bool inserted = false;
    // One statement, committed on its own (autocommit) before the sender hears "received".
    if (!m_events.insert(key, provider, type, payload, eventCreated, objectKey,
                         ignore ? QStringLiteral("ignored") : QStringLiteral("received"), &inserted)) {
        qCWarning(lcWebhooks) << "event" << key << type << "not recorded; the sender will retry";
        return Outcome::Failed;
    }
    if (!inserted)
        return Outcome::Duplicate;
    return ignore ? Outcome::Ignored : Outcome::Accepted;
}

} // namespace companion::server
