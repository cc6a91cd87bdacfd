#include "server/store/payments/StripeFactStore.h"

#include "models/time/InstantFormat.h"
#include "server/store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace companion::server {

StripeFactStore::StripeFactStore(Database &db)
    : m_db(db)
{ }

bool StripeFactStore::checkoutOutcome(const QString &checkoutId, QString *outcome)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT outcome FROM checkouts WHERE id = ?"), { checkoutId }))
        return false;
    *outcome = q.next() ? q.value(0).toString() : QString();
    return true;
}

bool StripeFactStore::recordCheckout(const Checkout &c)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral("INSERT INTO checkouts (id, payment_intent, payment_status, outcome, "
                       "transaction_id, detail, created) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET payment_intent = COALESCE(excluded.payment_intent, "
                       "payment_intent), payment_status = excluded.payment_status, outcome = "
                       "excluded.outcome, transaction_id = excluded.transaction_id, detail = "
                       "excluded.detail"),
        { c.id, Database::nullIfEmpty(c.paymentIntent), Database::notNull(c.paymentStatus), c.outcome,
          Database::nullIfEmpty(c.transactionId), Database::notNull(c.detail), c.created });
}

bool StripeFactStore::recordCharge(const Charge &c)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral("INSERT INTO stripe_charges (id, payment_intent, amount_cents, "
                       "amount_refunded_cents, currency) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO "
                       "UPDATE SET amount_refunded_cents = MAX(amount_refunded_cents, "
                       "excluded.amount_refunded_cents)"),
        { c.id, c.paymentIntent, c.amountCents, c.amountRefundedCents, Database::notNull(c.currency) });
}

bool StripeFactStore::recordTransfer(const Transfer &t)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral(
            "INSERT INTO stripe_transfers (id, split_id, destination, amount_cents, "
            "amount_reversed_cents, currency, source_transaction, transfer_group, created) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "amount_reversed_cents = MAX(amount_reversed_cents, excluded.amount_reversed_cents), "
            // Immutable fields: fill what an earlier, sparser event left empty.
            "split_id = COALESCE(split_id, excluded.split_id), source_transaction = "
            "COALESCE(NULLIF(source_transaction, ''), excluded.source_transaction), transfer_group = "
            "COALESCE(NULLIF(transfer_group, ''), excluded.transfer_group)"),
        { t.id, Database::nullIfEmpty(t.splitId), Database::notNull(t.destination), t.amountCents,
          t.amountReversedCents, Database::notNull(t.currency), t.sourceTransaction, t.transferGroup,
          t.created });
}

bool StripeFactStore::firstTransferOf(const QString &splitId, std::optional<Transfer> *transfer)
{
    transfer->reset();
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, destination, amount_cents, amount_reversed_cents, created FROM "
                                  "stripe_transfers WHERE split_id = ? ORDER BY created, id LIMIT 1"),
                   { splitId }))
        return false;
    if (q.next()) {
        Transfer t;
        t.id = q.value(0).toString();
        t.splitId = splitId;
        t.destination = q.value(1).toString();
        t.amountCents = q.value(2).toLongLong();
        t.amountReversedCents = q.value(3).toLongLong();
        t.created = q.value(4).toLongLong();
        *transfer = t;
    }
    return true;
}

bool StripeFactStore::recordPayout(const Payout &p)
{
    // payout.failed may follow payout.paid for the same payout, never the other way round.
    const int rank = p.status == u"failed" ? 2 : 1;
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral("INSERT INTO stripe_payouts (id, account_id, amount_cents, status, created, "
                       "arrival_date, status_rank) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO "
                       "UPDATE SET status = CASE WHEN excluded.status_rank > status_rank THEN "
                       "excluded.status ELSE status END, status_rank = MAX(status_rank, "
                       "excluded.status_rank)"),
        { p.id, Database::notNull(p.accountId), p.amountCents, p.status, p.created, p.arrivalDate, rank });
}

QList<StripeFactStore::Payout> StripeFactStore::payoutsOf(const QString &accountId)
{
    QList<Payout> payouts;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT id, amount_cents, status, created, arrival_date FROM stripe_payouts WHERE "
                           "account_id = ? ORDER BY created DESC, id DESC"),
            { accountId }))
        return payouts;
    while (q.next())
        payouts.append({ q.value(0).toString(), accountId, q.value(1).toLongLong(), q.value(2).toString(),
                         q.value(3).toLongLong(), q.value(4).toLongLong() });
    return payouts;
}

QHash<QString, QStringList> StripeFactStore::splitsByPayout(const QString &accountId)
{
    QHash<QString, QStringList> byPayout;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT t.split_id, (SELECT po.id FROM stripe_payouts po WHERE po.account_id = "
                           "t.destination AND po.status = 'paid' AND po.created >= t.created ORDER BY "
                           "po.created, po.id LIMIT 1) FROM stripe_transfers t JOIN payment_splits p ON p.id "
                           "= t.split_id WHERE t.destination = ? AND p.status = 'paid' ORDER BY t.split_id"),
            { accountId }))
        return byPayout;
    while (q.next()) {
        if (!q.value(1).isNull())
            byPayout[q.value(1).toString()].append(q.value(0).toString());
    }
    return byPayout;
}

std::optional<StripeFactStore::Payout> StripeFactStore::payout(const QString &id)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT status, created, arrival_date FROM stripe_payouts WHERE id = ?"),
                   { id })
        || !q.next())
        return std::nullopt;
    Payout p;
    p.id = id;
    p.status = q.value(0).toString();
    p.created = q.value(1).toLongLong();
    p.arrivalDate = q.value(2).toLongLong();
    return p;
}

bool StripeFactStore::firstPaidArrival(const QString &accountId, qint64 createdSince,
                                       std::optional<qint64> *arrival)
{
    arrival->reset();
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT MIN(arrival_date) FROM stripe_payouts WHERE account_id = ? "
                                  "AND status = 'paid' AND created >= ?"),
                   { accountId, createdSince }))
        return false;
    if (q.next() && !q.value(0).isNull())
        *arrival = q.value(0).toLongLong();
    return true;
}

bool StripeFactStore::splitsAffectedByPayout(const QString &accountId, qint64 payoutCreated,
                                             qint64 arrivalDate, bool failed, QStringList *splitIds)
{
    QSqlQuery q = m_db.query();
    const QString affected = failed
        ? QStringLiteral("p.status = 'paid'")
        : QStringLiteral("(p.status = 'transferred' OR (p.status = 'paid' AND p.paid_at > ?))");
    QVariantList bindings { accountId, payoutCreated };
    if (!failed)
        bindings.append(instant::toUtcStringSecs(arrivalDate));
    if (!m_db.exec(q,
                   QStringLiteral(
                       "SELECT DISTINCT t.split_id FROM stripe_transfers t JOIN payment_splits p ON p.id = "
                       "t.split_id WHERE t.destination = ? AND t.created <= ? AND %1 ORDER BY t.split_id")
                       .arg(affected),
                   bindings))
        return false;
    while (q.next())
        splitIds->append(q.value(0).toString());
    return true;
}

} // namespace companion::server
