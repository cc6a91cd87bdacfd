#include "server/webhooks/ResendEvents.h"

#include "models/time/InstantFormat.h"
#include "server/store/UserStore.h"

#include <QJsonArray>

namespace companion::server {

ResendEvents::ResendEvents(Database &db)
    : m_users(db)
{ }

std::optional<QString> ResendEvents::apply(const QJsonObject &event)
{
    const QString type = event.value(QStringLiteral("type")).toString();
    QString status;
    if (type == u"email.bounced")
        status = QStringLiteral("bounced");
    else if (type == u"email.complained")
        status = QStringLiteral("complained");
    else if (type == u"email.failed")
        status = QStringLiteral("failed");
    else if (type == u"email.delivered")
        status = QStringLiteral("active");
    else
        return QStringLiteral("ignored");
    const QJsonObject data = event.value(QStringLiteral("data")).toObject();
    const QJsonValue to = data.value(QStringLiteral("to"));
    const QString address = to.isArray() ? to.toArray().first().toString() : to.toString();
    const auto when = instant::parseMs(event.value(QStringLiteral("created_at")).toString());
    if (address.isEmpty() || !when)
        return QStringLiteral("ignored");
    // Millisecond text sorts correctly as long as every stamp has the same shape.
    const QString stamp = instant::toStorageStringMs(*when);
    if (!m_users.setEmailStatusIfNewer(address, status, stamp))
        return std::nullopt;
    return QStringLiteral("processed");
}

} // namespace companion::server
