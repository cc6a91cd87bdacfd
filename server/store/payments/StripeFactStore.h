#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace companion::server {

class Database;

// What Stripe told us, one table per kind of object: checkouts (our outcome for each
// Checkout Session), charges (their refunds), transfers and payouts. Every write merges, so
// any delivery order leaves the same rows; the payment ledger derives the splits from them.
class StripeFactStore
{
public:
    explicit StripeFactStore(Database &db);

    struct Checkout
    {
        QString id;
        QString paymentIntent; // empty = not known (yet)
        QString paymentStatus;
        QString outcome; // fulfilled | slot_taken | awaiting_payment | payment_failed | invalid
        QString transactionId; // empty = none
        QString detail;
        qint64 created = 0; // epoch seconds
    };
    // The outcome recorded for a Checkout Session ("" when none yet). False on a database error.
    bool checkoutOutcome(const QString &checkoutId, QString *outcome);
    bool recordCheckout(const Checkout &checkout);

    struct Charge
    {
        QString id;
        QString paymentIntent;
        qint64 amountCents = 0;
        qint64 amountRefundedCents = 0; // cumulative: the largest value seen wins
        QString currency;
    };
    bool recordCharge(const Charge &charge);

    struct Transfer
    {
        QString id;
        QString splitId; // empty = not ours (no metadata.split_id)
        QString destination;
        qint64 amountCents = 0;
        qint64 amountReversedCents = 0;
        QString currency;
        QString sourceTransaction;
        QString transferGroup;
        qint64 created = 0;
    };
    bool recordTransfer(const Transfer &transfer);
    // The split's first transfer (by created, then id). False on a database error.
    bool firstTransferOf(const QString &splitId, std::optional<Transfer> *transfer);

    struct Payout
    {
        QString id;
        QString accountId;
        qint64 amountCents = 0;
        QString status; // paid | failed ("failed" outranks "paid")
        qint64 created = 0;
        qint64 arrivalDate = 0;
    };
    bool recordPayout(const Payout &payout);
    // The account's payouts, newest first.
    QList<Payout> payoutsOf(const QString &accountId);
    // Which payout paid which split: the first paid payout made at or after the split's
    // transfer (Stripe pays out the balance in order). Payout id -> split ids.
    QHash<QString, QStringList> splitsByPayout(const QString &accountId);
    // The payout as stored after every merge so far; nullopt on an error or an unknown id.
    std::optional<Payout> payout(const QString &id);
    // The earliest arrival date of a paid payout of `accountId` created at or after
    // `createdSince`, if any. False on a database error.
    bool firstPaidArrival(const QString &accountId, qint64 createdSince, std::optional<qint64> *arrival);
    // The splits a payout of `accountId` can change: transferred before it and not paid yet,
    // or paid with a later arrival date; when it failed, the paid ones.
    bool splitsAffectedByPayout(const QString &accountId, qint64 payoutCreated, qint64 arrivalDate,
                                bool failed, QStringList *splitIds);

private:
    Database &m_db;
};

} // namespace companion::server
