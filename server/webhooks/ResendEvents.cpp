#include "server/webhooks/ResendEvents.h"

#include "server/core/TimeFormat.h"
#include "server/store/Database.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace companion::server {

ResendEvents::ResendEvents(Database &db)
    : m_db(db)
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
    const auto when = parseRfc3339Ms(event.value(QStringLiteral("created_at")).toString());
    if (address.isEmpty() || !when)
        return QStringLiteral("ignored");
    // Millisecond text sorts correctly as long as every stamp has the same shape.
    const QString stamp = dbInstantMs(*when);
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("UPDATE users SET email_status = ?, email_status_at = ? WHERE email = ? AND "
                           "(email_status_at IS NULL OR email_status_at < ?)"),
            { status, stamp, address, stamp }))
        return std::nullopt;
    return QStringLiteral("processed");
}

} // namespace companion::server
