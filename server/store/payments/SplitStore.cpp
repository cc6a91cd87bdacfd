#include "server/store/payments/SplitStore.h"

#include "models/time/InstantFormat.h"
#include "server/core/TimeFormat.h"
#include "server/store/ChangeLog.h"
#include "server/store/Database.h"

#include <QMap>
#include <QSqlQuery>
#include <QTimeZone>

namespace companion::server {

namespace {
const QString kTable = QStringLiteral("payment_splits");
const QString kEntity = QStringLiteral("split");

QJsonValue nullable(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}
} // namespace

SplitStore::SplitStore(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

bool SplitStore::createForCharge(const Charge &charge)
{
    const bool creatorTaught = charge.teacherId == charge.creatorId;
    const MoneySplit split = MoneySplit::compute(
        charge.amountCents, creatorTaught ? TeachingCase::CreatorTaught : TeachingCase::StudentTeacherTaught);
    const QString now = charge.createdAt.isEmpty() ? nowRfc3339() : charge.createdAt;
    for (const SplitShare &share : split.shares) {
        const QString type = splitRecipientToString(share.recipient);
        QVariant recipient;
        if (share.recipient == SplitRecipient::Creator)
            recipient = charge.creatorId;
        else if (share.recipient == SplitRecipient::StudentTeacher)
            recipient = charge.teacherId;
        const QString id = charge.idPrefix + QLatin1Char('_') + type;
        QSqlQuery q = m_db.query();
        if (!m_db.exec(
                q,
                QStringLiteral("INSERT INTO payment_splits (id, enrollment_id, transaction_id, recipient_id, "
                               "recipient_type, amount_cents, currency, status, created_at, session_id, "
                               "course_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)"),
                { id, charge.enrollmentId, charge.transactionId, recipient, type, share.amountCents,
                  charge.currency, now, charge.sessionId, charge.courseId, now })
            || m_changes.record(kTable, kEntity, id, QStringLiteral("insert")) == 0)
            return false;
    }
    return true;
}

bool SplitStore::setStatus(const QString &splitId, const QString &status, const QString &transferId)
{
    QSqlQuery q = m_db.query();
    const QVariant paidAt = status == u"paid" ? QVariant(nowRfc3339()) : QVariant();
    return m_db.exec(
               q,
               QStringLiteral("UPDATE payment_splits SET status = ?, stripe_transfer_id = "
                              "COALESCE(?, stripe_transfer_id), paid_at = COALESCE(?, paid_at) WHERE id = ?"),
               { status, transferId.isEmpty() ? QVariant() : QVariant(transferId), paidAt, splitId })
        && q.numRowsAffected() == 1
        && m_changes.record(kTable, kEntity, splitId, QStringLiteral("update")) > 0;
}

SplitStore::Page SplitStore::changesFor(const QString &userId, qint64 sinceSeq, int limit)
{
    Page page;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral(
                       "SELECT p.id, p.enrollment_id, p.transaction_id, p.session_id, p.course_id, c.title, "
                       "p.recipient_id, p.recipient_type, p.amount_cents, p.currency, p.status, "
                       "p.stripe_transfer_id, p.created_at, p.paid_at, p.updated_at, p.change_seq, "
                       "t.amount_cents FROM payment_splits p LEFT JOIN courses c ON c.id = p.course_id "
                       "JOIN transactions t ON t.id = p.transaction_id "
                       "WHERE p.recipient_id = ? AND p.change_seq > ? ORDER BY p.change_seq LIMIT ?"),
                   { userId, sinceSeq, limit + 1 }))
        return page;
    while (q.next()) {
        if (page.items.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.items.append(QJsonObject {
            { QStringLiteral("id"), q.value(0).toString() },
            { QStringLiteral("enrollment_id"), q.value(1).toString() },
            { QStringLiteral("transaction_id"), q.value(2).toString() },
            { QStringLiteral("session_id"), nullable(q.value(3)) },
            { QStringLiteral("course_id"), nullable(q.value(4)) },
            { QStringLiteral("course_title"), nullable(q.value(5)) },
            { QStringLiteral("recipient_id"), q.value(6).toString() },
            { QStringLiteral("recipient_type"), q.value(7).toString() },
            { QStringLiteral("amount_cents"), q.value(8).toLongLong() },
            { QStringLiteral("gross_amount_cents"), q.value(16).toLongLong() },
            { QStringLiteral("currency"), q.value(9).toString() },
            { QStringLiteral("status"), q.value(10).toString() },
            { QStringLiteral("stripe_transfer_id"), nullable(q.value(11)) },
            { QStringLiteral("created_at"), q.value(12).toString() },
            { QStringLiteral("paid_at"), nullable(q.value(13)) },
            { QStringLiteral("updated_at"), q.value(14).toString() },
        });
        page.lastSeq = q.value(15).toLongLong();
    }
    return page;
}

QJsonObject SplitStore::summary(const QString &userId, qint64 fromUtc, qint64 toUtc, const QString &groupBy,
                                const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    struct Group
    {
        QString label;
        qint64 amount = 0;
        int count = 0;
    };
    // key -> currency -> totals; QMap keeps groups in a stable order.
    QMap<QString, QMap<QString, Group>> groups;
    QMap<QString, qint64> totals;
    QSqlQuery q = m_db.query();
    m_db.exec(
        q,
        QStringLiteral("SELECT p.amount_cents, p.currency, p.status, p.created_at, p.course_id, c.title "
                       "FROM payment_splits p LEFT JOIN courses c ON c.id = p.course_id "
                       "WHERE p.recipient_id = ? AND p.created_at >= ? AND p.created_at < ?"),
        { userId, instant::toUtcStringSecs(fromUtc), instant::toUtcStringSecs(toUtc) });
    while (q.next()) {
        const qint64 amount = q.value(0).toLongLong();
        const QString currency = q.value(1).toString();
        const QString status = q.value(2).toString();
        const bool reversed = status == u"reversed";
        QString key;
        QString label;
        if (groupBy == u"status") {
            key = label = status;
        } else if (reversed) {
            continue;
        } else if (groupBy == u"course") {
            key = q.value(4).toString();
            label = q.value(5).toString();
        } else {
            const QDateTime created = QDateTime::fromMSecsSinceEpoch(
                instant::parseMs(q.value(3).toString()).value_or(0), QTimeZone::utc());
            const QDate local = zone.isValid() ? created.toTimeZone(zone).date() : created.date();
            key = local.toString(QStringLiteral("yyyy-MM"));
            label = local.toString(QStringLiteral("MMMM yyyy"));
        }
        Group &group = groups[key][currency];
        group.label = label;
        group.amount += amount;
        group.count += 1;
        if (!reversed)
            totals[currency] += amount;
    }
    QJsonArray groupArray;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        for (auto c = it.value().cbegin(); c != it.value().cend(); ++c) {
            groupArray.append(QJsonObject {
                { QStringLiteral("key"), it.key() },
                { QStringLiteral("label"), c.value().label },
                { QStringLiteral("currency"), c.key() },
                { QStringLiteral("amount_cents"), c.value().amount },
                { QStringLiteral("count"), c.value().count },
            });
        }
    }
    QJsonArray totalArray;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        totalArray.append(QJsonObject { { QStringLiteral("currency"), it.key() },
                                        { QStringLiteral("amount_cents"), it.value() } });
    return {
        { QStringLiteral("group_by"), groupBy },
        { QStringLiteral("time_zone"), timeZone },
        { QStringLiteral("totals"), totalArray },
        { QStringLiteral("groups"), groupArray },
    };
}

bool SplitStore::ledgerFacts(const QString &splitId, std::optional<LedgerFacts> *facts)
{
    facts->reset();
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
    LedgerFacts f;
    f.recipientType = q.value(0).toString();
    f.shareCents = q.value(1).toLongLong();
    f.currency = q.value(2).toString();
    f.status = q.value(3).toString();
    f.transferId = q.value(4).toString();
    f.paidAt = q.value(5).toString();
    f.reversedCents = q.value(6).toLongLong();
    f.transactionId = q.value(7).toString();
    f.recipientId = q.value(8).toString();
    f.transactionRefundedCents = q.value(10).toLongLong();
    f.paymentIntent = q.value(11).toString();
    f.sessionCompleted = q.value(12).toString() == u"completed";
    f.destination = q.value(13).toString();
    f.studentTeacherTaught = q.value(14).toInt() > 0;
    *facts = f;
    return true;
}

bool SplitStore::setLedgerState(const QString &splitId, const QString &status, const QString &transferId,
                                const QString &paidAt, qint64 reversedCents)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
               q,
               QStringLiteral("UPDATE payment_splits SET status = ?, stripe_transfer_id = ?, paid_at = ?, "
                              "amount_reversed_cents = ? WHERE id = ?"),
               { status, transferId.isEmpty() ? QVariant() : QVariant(transferId),
                 paidAt.isEmpty() ? QVariant() : QVariant(paidAt), reversedCents, splitId })
        && m_changes.record(kTable, kEntity, splitId, QStringLiteral("update")) > 0;
}

bool SplitStore::ids(const QString &sql, const QString &value, QStringList *ids)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, sql, { value }))
        return false;
    while (q.next())
        ids->append(q.value(0).toString());
    return true;
}

bool SplitStore::idsOfTransaction(const QString &transactionId, QStringList *out)
{
    return ids(QStringLiteral("SELECT id FROM payment_splits WHERE transaction_id = ? ORDER BY id"),
               transactionId, out);
}

bool SplitStore::idsOfSession(const QString &sessionId, QStringList *out)
{
    return ids(QStringLiteral("SELECT id FROM payment_splits WHERE session_id = ? ORDER BY id"), sessionId,
               out);
}

bool SplitStore::setCreatedAtOfTransaction(const QString &transactionId, const QString &createdAt)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q, QStringLiteral("UPDATE payment_splits SET created_at = ? WHERE transaction_id = ?"),
                     { createdAt, transactionId });
}

} // namespace companion::server
