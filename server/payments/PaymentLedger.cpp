#include "server/payments/PaymentLedger.h"

#include "models/money/MoneySplit.h"
#include "models/time/InstantFormat.h"
#include "server/core/TimeFormat.h"
#include "server/providers/ProviderJobQueue.h"

namespace companion::server {

namespace {

SplitRecipient recipientFrom(const QString &type)
{
    if (type == u"creator")
        return SplitRecipient::Creator;
    if (type == u"st")
        return SplitRecipient::StudentTeacher;
    return SplitRecipient::Platform;
}

} // namespace

PaymentLedger::PaymentLedger(Database &db, ChangeLog &changes, ProviderJobQueue &jobs)
    : m_bookings(db)
    , m_facts(db)
    , m_splits(db, changes)
    , m_jobs(jobs)
{ }

bool PaymentLedger::reconcileTransaction(const QString &transactionId)
{
    std::optional<BookingStore::RefundState> known;
    if (!m_bookings.refundState(transactionId, &known))
        return false;
    if (!known)
        return true;
    const qint64 amount = known->amountCents;
    const qint64 refunded = std::min(amount, known->knownRefundedCents);
    const QString status = refunded == 0 ? QStringLiteral("succeeded")
        : refunded >= amount             ? QStringLiteral("refunded")
                                         : QStringLiteral("partially_refunded");
    if (status != known->status || refunded != known->refundedCents) {
        if (!m_bookings.setRefund(transactionId, status, refunded, nowRfc3339()))
            return false;
    }
    QStringList ids;
    return m_splits.idsOfTransaction(transactionId, &ids) && reconcileSplits(ids);
}

bool PaymentLedger::reconcileSession(const QString &sessionId)
{
    QStringList ids;
    return m_splits.idsOfSession(sessionId, &ids) && reconcileSplits(ids);
}

bool PaymentLedger::reconcilePayout(const QString &accountId, qint64 payoutCreated, qint64 arrivalDate,
                                    bool failed)
{
    QStringList ids;
    return m_facts.splitsAffectedByPayout(accountId, payoutCreated, arrivalDate, failed, &ids)
        && reconcileSplits(ids);
}

bool PaymentLedger::reconcileSplits(const QStringList &splitIds)
{
    for (const QString &id : splitIds) {
        if (!reconcileSplit(id))
            return false;
    }
    return true;
}

bool PaymentLedger::reconcileSplit(const QString &splitId)
{
    std::optional<SplitStore::LedgerFacts> facts;
    if (!m_splits.ledgerFacts(splitId, &facts))
        return false;
    if (!facts)
        return true;
    const QString &type = facts->recipientType;
    const qint64 share = facts->shareCents;
    const qint64 refunded = facts->transactionRefundedCents;
    const bool completed = facts->sessionCompleted;
    const TeachingCase teaching
        = facts->studentTeacherTaught ? TeachingCase::StudentTeacherTaught : TeachingCase::CreatorTaught;
    // A refund is shared by the same rule as the charge, so the reversed shares sum to the
    // refunded amount exactly.
    const qint64 refundShare
        = std::min(share, MoneySplit::compute(refunded, teaching).shareOf(recipientFrom(type)));
    const qint64 owed = share - refundShare;

    QString status;
    QString transferId;
    QString paidAt;
    qint64 reversed = refundShare;
    if (type == u"platform") {
        status = refundShare >= share && share > 0 ? QStringLiteral("reversed")
            : completed                            ? QStringLiteral("paid")
                                                   : QStringLiteral("pending");
    } else {
        std::optional<StripeFactStore::Transfer> transfer;
        if (!m_facts.firstTransferOf(splitId, &transfer))
            return false;
        if (transfer) {
            transferId = transfer->id;
            const qint64 transferAmount = transfer->amountCents;
            const qint64 transferReversed = std::min(transferAmount, transfer->amountReversedCents);
            // Never transferred (refunded first) plus what was reversed since.
            reversed = (share - transferAmount) + transferReversed;
            if (transferReversed >= transferAmount) {
                status = QStringLiteral("reversed");
            } else {
                // A payout of the destination made at or after the transfer carried it out.
                std::optional<qint64> arrival;
                if (!m_facts.firstPaidArrival(transfer->destination, transfer->created, &arrival))
                    return false;
                if (arrival) {
                    status = QStringLiteral("paid");
                    paidAt = instant::toUtcStringSecs(*arrival);
                } else {
                    status = QStringLiteral("transferred");
                }
            }
            const qint64 net = transferAmount - transferReversed;
            if (net > owed) {
                const qint64 target = transferAmount - owed;
                if (!m_jobs.enqueue(QStringLiteral("reverse_%1_%2").arg(transferId).arg(target),
                                    QStringLiteral("stripe"), QStringLiteral("reverse_transfer"),
                                    { { QStringLiteral("transfer"), transferId },
                                      { QStringLiteral("target_reversed_cents"), target },
                                      { QStringLiteral("split_id"), splitId } }))
                    return false;
            }
        } else {
            status = owed <= 0 && share > 0 ? QStringLiteral("reversed") : QStringLiteral("pending");
            if (completed && owed > 0) {
                // The teacher's (or creator's) share leaves once the session happened.
                if (!m_jobs.enqueue(QStringLiteral("transfer_") + splitId, QStringLiteral("stripe"),
                                    QStringLiteral("transfer"),
                                    { { QStringLiteral("split_id"), splitId },
                                      { QStringLiteral("recipient_id"), facts->recipientId },
                                      { QStringLiteral("destination"), facts->destination },
                                      { QStringLiteral("amount"), owed },
                                      { QStringLiteral("currency"), facts->currency },
                                      { QStringLiteral("payment_intent"), facts->paymentIntent },
                                      { QStringLiteral("transfer_group"), facts->transactionId } }))
                    return false;
            }
        }
    }
    if (status == facts->status && transferId == facts->transferId && paidAt == facts->paidAt
        && reversed == facts->reversedCents)
        return true;
    return m_splits.setLedgerState(splitId, status, transferId, paidAt, reversed);
}

} // namespace companion::server
