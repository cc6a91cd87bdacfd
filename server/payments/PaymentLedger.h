#pragma once

#include "server/store/BookingStore.h"
#include "server/store/payments/SplitStore.h"
#include "server/store/payments/StripeFactStore.h"

#include <QString>
#include <QStringList>

namespace companion::server {

class ChangeLog;
class Database;
class ProviderJobQueue;

// Derives payment_splits and transactions from the Stripe facts stored so far (charges,
// transfers, payouts) and the session's outcome, and enqueues the Stripe calls still owed
// (transfers after a completed session, reversals after a refund). Because the result is a
// function of the set of facts, not of their arrival order, every delivery order
// converges. Runs inside the caller's transaction.
class PaymentLedger
{
public:
    PaymentLedger(Database &db, ChangeLog &changes, ProviderJobQueue &jobs);

    bool reconcileTransaction(const QString &transactionId);
    bool reconcileSession(const QString &sessionId); // every transaction booked into the session
    bool reconcileSplit(const QString &splitId);
    // After a payout of that account: only the splits it can change — transferred before it
    // and not paid yet, or paid with a later arrival date; when it failed, the paid ones.
    bool reconcilePayout(const QString &accountId, qint64 payoutCreated, qint64 arrivalDate, bool failed);

private:
    bool reconcileSplits(const QStringList &splitIds);

    BookingStore m_bookings;
    StripeFactStore m_facts;
    SplitStore m_splits;
    ProviderJobQueue &m_jobs;
};

} // namespace companion::server
