#include "server/webhooks/WebhookInbox.h"

#include "server/core/Logging.h"
#include "server/store/Database.h"
#include "server/store/WebhookEventStore.h"

namespace companion::server {

WebhookInbox::WebhookInbox(Database &db)
    : m_db(db)
{ }

WebhookInbox::Outcome WebhookInbox::receive(const QString &provider, const QString &eventId,
                                            const QString &type, const QByteArray &payload,
                                            qint64 eventCreated, const Apply &apply)
{
    const QString key = provider + QLatin1Char(':') + eventId;
    if (!m_db.transaction())
        return Outcome::Failed;
    WebhookEventStore events(m_db);
    bool inserted = false;
    if (!events.insertReceived(key, provider, type, payload, eventCreated, &inserted)) {
        m_db.rollback();
        return Outcome::Failed;
    }
    if (!inserted) {
        m_db.rollback();
        return Outcome::Duplicate;
    }
    const std::optional<QString> status = apply();
    if (!status || !events.setProcessed(key, *status) || !m_db.commit()) {
        m_db.rollback();
        qCWarning(lcWebhooks) << "event" << key << type << "failed; rolled back for a retry";
        return Outcome::Failed;
    }
    if (*status == u"parked")
        return Outcome::Parked;
    return *status == u"ignored" ? Outcome::Ignored : Outcome::Processed;
}

} // namespace companion::server
