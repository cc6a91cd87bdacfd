#include "server/payments/PaymentLedger.h"

#include "models/money/MoneySplit.h"
#include "server/core/TimeFormat.h"
#include "server/providers/ProviderJobQueue.h"
#include "server/store/ChangeLog.h"
#include "server/store/Database.h"

#include <QSqlQuery>
#include <QVariant>

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
    : m_db(db)
    , m_changes(changes)
    , m_jobs(jobs)
{ }

bool PaymentLedger::reconcileByQuery(const QString &sql, const QString &value)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, sql, { value }))
        return false;
    return reconcileSplitsOf(q);
}

bool PaymentLedger::reconcileTransaction(const QString &transactionId)
{
    // The refund we know of: the largest amount_refunded any charge.refunded reported.
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT t.amount_cents, COALESCE(MAX(c.amount_refunded_cents), 0), t.status, "
                           "t.refunded_cents FROM transactions t LEFT JOIN stripe_charges c ON "
                           "c.payment_intent = t.stripe_payment_intent_id WHERE t.id = ? GROUP BY t.id"),
            { transactionId }))
        return false;
    if (!q.next())
        return true;
    const qint64 amount = q.value(0).toLongLong();
    const qint64 refunded = std::min(amount, q.value(1).toLongLong());
    const QString status = refunded == 0 ? QStringLiteral("succeeded")
        : refunded >= amount             ? QStringLiteral("refunded")
                                         : QStringLiteral("partially_refunded");
    if (status != q.value(2).toString() || refunded != q.value(3).toLongLong()) {
        if (!m_db.exec(q,
                       QStringLiteral("UPDATE transactions SET status = ?, refunded_cents = ?, refunded_at = "
                                      "CASE WHEN ? > 0 THEN COALESCE(refunded_at, ?) END WHERE id = ?"),
                       { status, refunded, refunded, nowRfc3339(), transactionId }))
            return false;
    }
    return reconcileByQuery(
        QStringLiteral("SELECT id FROM payment_splits WHERE transaction_id = ? ORDER BY id"), transactionId);
}

bool PaymentLedger::reconcileSession(const QString &sessionId)
{
    return reconcileByQuery(QStringLiteral("SELECT id FROM payment_splits WHERE session_id = ? ORDER BY id"),
                            sessionId);
}

bool PaymentLedger::reconcilePayout(const QString &accountId, qint64 payoutCreated, qint64 arrivalDate,
                                    bool failed)
{
    QSqlQuery q = m_db.query();
    const QString affected = failed
        ? QStringLiteral("p.status = 'paid'")
        : QStringLiteral("(p.status = 'transferred' OR (p.status = 'paid' AND p.paid_at > ?))");
    QVariantList bindings { accountId, payoutCreated };
    if (!failed)
        bindings.append(rfc3339Secs(arrivalDate));
    if (!m_db.exec(q,
                   QStringLiteral(
                       "SELECT DISTINCT t.split_id FROM stripe_transfers t JOIN payment_splits p ON p.id = "
                       "t.split_id WHERE t.destination = ? AND t.created <= ? AND %1 ORDER BY t.split_id")
                       .arg(affected),
                   bindings))
        return false;
    return reconcileSplitsOf(q);
}

bool PaymentLedger::reconcileSplitsOf(QSqlQuery &query)
{
    // Collect first: reconciling writes, and the query must be finished before that.
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    query.finish();
    for (const QString &id : std::as_const(ids)) {
        if (!reconcileSplit(id))
            return false;
    }
    return true;
}

bool PaymentLedger::reconcileSplit(const QString &splitId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral(
                "SELECT p.recipient_type, p.amount_cents, p.currency, p.status, p.stripe_transfer_id, "
                "p.paid_at, p.amount_reversed_cents, p.transaction_id, p.recipient_id, t.amount_cents, "
                "t.refunded_cents, t.stripe_payment_intent_id, s.status, u.stripe_account_id, "
                "(SELECT COUNT(*) FROM payment_splits x WHERE x.transaction_id = p.transaction_id "
                "AND x.recipient_type = 'st') FROM payment_splits p "
                "JOIN transactions t ON t.id = p.transaction_id "
                "LEFT JOIN sessions s ON s.id = p.session_id "
                "LEFT JOIN users u ON u.id = p.recipient_id WHERE p.id = ?"),
            { splitId }))
        return false;
    if (!q.next())
        return true;
    const QString type = q.value(0).toString();
    const qint64 share = q.value(1).toLongLong();
    const QString currency = q.value(2).toString();
    const QString oldStatus = q.value(3).toString();
    const QString oldTransfer = q.value(4).toString();
    const QString oldPaidAt = q.value(5).toString();
    const qint64 oldReversed = q.value(6).toLongLong();
    const QString transactionId = q.value(7).toString();
    const QString recipientId = q.value(8).toString();
    const qint64 refunded = q.value(10).toLongLong();
    const QString paymentIntent = q.value(11).toString();
    const bool completed = q.value(12).toString() == u"completed";
    const QString destination = q.value(13).toString();
    const TeachingCase teaching
        = q.value(14).toInt() > 0 ? TeachingCase::StudentTeacherTaught : TeachingCase::CreatorTaught;
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
        if (!m_db.exec(
                q,
                QStringLiteral("SELECT id, destination, amount_cents, amount_reversed_cents, created FROM "
                               "stripe_transfers WHERE split_id = ? ORDER BY created, id LIMIT 1"),
                { splitId }))
            return false;
        if (q.next()) {
            transferId = q.value(0).toString();
            const QString transferDestination = q.value(1).toString();
            const qint64 transferAmount = q.value(2).toLongLong();
            const qint64 transferReversed = std::min(transferAmount, q.value(3).toLongLong());
            const qint64 transferCreated = q.value(4).toLongLong();
            // Never transferred (refunded first) plus what was reversed since.
            reversed = (share - transferAmount) + transferReversed;
            if (transferReversed >= transferAmount) {
                status = QStringLiteral("reversed");
            } else {
                // A payout of the destination made at or after the transfer carried it out.
                if (!m_db.exec(
                        q,
                        QStringLiteral("SELECT MIN(arrival_date) FROM stripe_payouts WHERE account_id = ? "
                                       "AND status = 'paid' AND created >= ?"),
                        { transferDestination, transferCreated }))
                    return false;
                if (q.next() && !q.value(0).isNull()) {
                    status = QStringLiteral("paid");
                    paidAt = rfc3339Secs(q.value(0).toLongLong());
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
                                      { QStringLiteral("recipient_id"), recipientId },
                                      { QStringLiteral("destination"), destination },
                                      { QStringLiteral("amount"), owed },
                                      { QStringLiteral("currency"), currency },
                                      { QStringLiteral("payment_intent"), paymentIntent },
                                      { QStringLiteral("transfer_group"), transactionId } }))
                    return false;
            }
        }
    }
    if (status == oldStatus && transferId == oldTransfer && paidAt == oldPaidAt && reversed == oldReversed)
        return true;
    if (!m_db.exec(
            q,
            QStringLiteral("UPDATE payment_splits SET status = ?, stripe_transfer_id = ?, paid_at = ?, "
                           "amount_reversed_cents = ? WHERE id = ?"),
            { status, transferId.isEmpty() ? QVariant() : QVariant(transferId),
              paidAt.isEmpty() ? QVariant() : QVariant(paidAt), reversed, splitId }))
        return false;
    return m_changes.record(QStringLiteral("payment_splits"), QStringLiteral("split"), splitId,
                            QStringLiteral("update"))
        > 0;
}

} // namespace companion::server
