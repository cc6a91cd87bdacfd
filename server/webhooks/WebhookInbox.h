#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace companion::server {

class Database;

// Records each verified webhook event under its provider's event id and applies it in the
// same SQLite transaction: the event row and every effect commit together or not at all,
// so a crash mid-event leaves nothing half-applied and the retried delivery runs it again.
// A redelivery of a committed event is acknowledged without acting twice.
class WebhookInbox
{
public:
    explicit WebhookInbox(Database &db);

    enum class Outcome { Processed, Parked, Ignored, Duplicate, Failed };
    // `apply` returns "processed" / "parked" / "ignored", or nullopt to roll everything back.
    using Apply = std::function<std::optional<QString>()>;
    Outcome receive(const QString &provider, const QString &eventId, const QString &type,
                    const QByteArray &payload, qint64 eventCreated, const Apply &apply);

private:
    Database &m_db;
};

} // namespace companion::server
