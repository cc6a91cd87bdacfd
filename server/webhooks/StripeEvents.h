#pragma once

#include "server/store/BookingStore.h"
#include "server/store/UserStore.h"
#include "server/store/payments/StripeFactStore.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace companion::server {

class CatalogStore;
class ChangeLog;
class Database;
class PaymentLedger;
class ProviderJobQueue;
class SessionStore;
class SplitStore;

// Applies one verified Stripe event (platform or Connect endpoint) to the database, inside
// the inbox's transaction. Returns "processed", "ignored", or nullopt on failure.
class StripeEvents
{
public:
    StripeEvents(Database &db, CatalogStore &catalog, SessionStore &sessions, SplitStore &splits,
                 PaymentLedger &ledger, ProviderJobQueue &jobs);

    std::optional<QString> apply(const QJsonObject &event);
    // Called (inside the transaction) after a checkout created a new session.
    void setOnSessionCreated(std::function<bool(const QString &sessionId)> callback)
    {
        m_onSessionCreated = std::move(callback);
    }

private:
    std::optional<QString> checkout(const QString &type, const QJsonObject &session, qint64 created);
    std::optional<QString> fulfil(const QJsonObject &session, qint64 created);
    std::optional<QString> chargeRefunded(const QJsonObject &charge);
    std::optional<QString> transfer(const QJsonObject &transfer);
    std::optional<QString> payout(const QString &type, const QJsonObject &payout, const QString &account,
                                  qint64 created);
    std::optional<QString> accountUpdated(const QJsonObject &account, const QString &eventId, qint64 created);
    bool recordCheckout(const QString &id, const QJsonObject &session, const QString &outcome,
                        const QString &transactionId, const QString &detail, qint64 created);

    Database &m_db; // for ConnectAccountState
    BookingStore m_bookings;
    StripeFactStore m_facts;
    UserStore m_users;
    CatalogStore &m_catalog;
    SessionStore &m_sessions;
    SplitStore &m_splits;
    PaymentLedger &m_ledger;
    ProviderJobQueue &m_jobs;
    std::function<bool(const QString &)> m_onSessionCreated;
};

} // namespace companion::server
