#pragma once

#include "server/store/WebhookEventStore.h"

#include <QByteArray>
#include <QString>

namespace companion::server {

class Database;

// The durable inbox of verified webhook events (Stripe's advice: record, answer 2xx, apply
// later). record() commits the raw event under "provider:event id" before the sender gets
// its answer, so a crash after that loses nothing: the WebhookApplier applies it from the
// table, then or after a restart. A redelivery of a recorded event is a duplicate and
// changes nothing.
class WebhookInbox
{
public:
    explicit WebhookInbox(Database &db);

    enum class Outcome {
        Accepted, // recorded, to be applied
        Ignored, // recorded as ignored, never applied (a type that does not belong here)
        Duplicate, // recorded before
        Failed, // not recorded (database error): the sender should retry
    };
    // `objectKey`: what the event is about ("stripe:pi_…"); events of one object apply in
    // the order they arrived. Empty: no order to keep.
    Outcome record(const QString &provider, const QString &eventId, const QString &type,
                   const QByteArray &payload, qint64 eventCreated, const QString &objectKey,
                   bool ignore = false);

private:
    WebhookEventStore m_events;
};

} // namespace companion::server
