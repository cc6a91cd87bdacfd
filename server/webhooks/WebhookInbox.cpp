#include "server/webhooks/WebhookInbox.h"

#include "server/core/Logging.h"
#include "server/core/TimeFormat.h"
#include "server/store/Database.h"

#include <QSqlQuery>

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
    QSqlQuery q = m_db.query();
    // The unique key decides, not a check-then-act: the losing insert is a duplicate.
    if (!m_db.exec(
            q,
            QStringLiteral("INSERT OR IGNORE INTO webhook_events (id, provider, type, payload, status, "
                           "received_at, event_created) VALUES (?, ?, ?, ?, 'received', ?, ?)"),
            { key, provider, type, QString::fromUtf8(payload), nowRfc3339(), eventCreated })) {
        m_db.rollback();
        return Outcome::Failed;
    }
    if (q.numRowsAffected() == 0) {
        m_db.rollback();
        return Outcome::Duplicate;
    }
    const std::optional<QString> status = apply();
    if (!status
        || !m_db.exec(q,
                      QStringLiteral("UPDATE webhook_events SET status = ?, processed_at = ? WHERE id = ?"),
                      { *status, nowRfc3339(), key })
        || !m_db.commit()) {
        m_db.rollback();
        qCWarning(lcWebhooks) << "event" << key << type << "failed; rolled back for a retry";
        return Outcome::Failed;
    }
    if (*status == u"parked")
        return Outcome::Parked;
    return *status == u"ignored" ? Outcome::Ignored : Outcome::Processed;
}

} // namespace companion::server
