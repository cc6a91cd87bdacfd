#include "server/store/payments/SplitStore.h"

#include "models/money/EarningsSummary.h"
#include "models/money/SplitRole.h"
#include "models/time/InstantFormat.h"
#include "server/core/JsonTextWriter.h"
#include "server/core/TimeFormat.h"
#include "server/store/ChangeLog.h"
#include "server/store/Database.h"

#include <QMap>
#include <QSqlQuery>
#include <QTimeZone>

namespace companion::server {

using namespace Qt::StringLiterals;

namespace {
const QString kTable = QStringLiteral("payment_splits");
const QString kEntity = QStringLiteral("split");
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

QList<SplitStore::AccountBalance> SplitStore::unpaidByAccount()
{
    QList<AccountBalance> accounts;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT u.stripe_account_id, u.stripe_payouts_enabled, u.stripe_account_status, "
                           "COALESCE(SUM(CASE WHEN "
                           "p.status = 'transferred' THEN p.amount_cents END), 0) FROM users u LEFT JOIN "
                           "payment_splits p ON p.recipient_id = u.id WHERE u.stripe_account_id IS NOT NULL "
                           "AND u.stripe_account_id != '' GROUP BY u.id")))
        return accounts;
    while (q.next())
        accounts.append(
            { q.value(0).toString(), q.value(1).toBool(), q.value(2).toString(), q.value(3).toLongLong() });
    return accounts;
}

SplitStore::Page SplitStore::changesFor(const QString &userId, qint64 sinceSeq, int limit)
{
    Page page;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true); // read once: no cache of every row's values to build and free
    if (!m_db.exec(
            q,
            QStringLiteral(
                "SELECT p.id, p.enrollment_id, p.transaction_id, p.session_id, p.course_id, c.title, "
                "p.recipient_id, p.recipient_type, p.amount_cents, p.currency, p.status, "
                "p.stripe_transfer_id, p.created_at, p.paid_at, p.updated_at, p.change_seq, "
                "t.amount_cents, s.starts_at, s.teacher_id, tu.name, e.student_id, su.name, "
                // The payout that paid it: the first paid one after its transfer.
                "CASE WHEN p.status = 'paid' THEN (SELECT po.id FROM stripe_transfers st JOIN "
                "stripe_payouts po ON po.account_id = st.destination AND po.status = 'paid' AND "
                "po.created >= st.created WHERE st.split_id = p.id ORDER BY po.created, po.id LIMIT 1) END "
                "FROM payment_splits p LEFT JOIN courses c ON c.id = p.course_id "
                "JOIN transactions t ON t.id = p.transaction_id "
                "LEFT JOIN sessions s ON s.id = p.session_id LEFT JOIN users tu ON tu.id = s.teacher_id "
                "LEFT JOIN enrollments e ON e.id = p.enrollment_id "
                "LEFT JOIN users su ON su.id = e.student_id "
                "WHERE p.recipient_id = ? AND p.change_seq > ? ORDER BY p.change_seq LIMIT ?"),
            { userId, sinceSeq, limit + 1 }))
        return page;
    JsonTextWriter out;
    out.reserve(qsizetype(limit) * 700);
    out.beginArray();
    while (q.next()) {
        if (page.count == limit) {
            page.hasMore = true;
            break;
        }
        out.beginObject();
        out.key("id"_L1).string(q.value(0).toString());
        out.key("enrollment_id"_L1).string(q.value(1).toString());
        out.key("transaction_id"_L1).string(q.value(2).toString());
        out.key("session_id"_L1).nullableString(q.value(3));
        out.key("course_id"_L1).nullableString(q.value(4));
        out.key("course_title"_L1).nullableString(q.value(5));
        out.key("recipient_id"_L1).string(q.value(6).toString());
        out.key("recipient_type"_L1).string(q.value(7).toString());
        out.key("amount_cents"_L1).integer(q.value(8).toLongLong());
        out.key("gross_amount_cents"_L1).integer(q.value(16).toLongLong());
        out.key("currency"_L1).string(q.value(9).toString());
        out.key("status"_L1).string(q.value(10).toString());
        out.key("stripe_transfer_id"_L1).nullableString(q.value(11));
        out.key("created_at"_L1).string(q.value(12).toString());
        out.key("paid_at"_L1).nullableString(q.value(13));
        out.key("updated_at"_L1).string(q.value(14).toString());
        // Stored fixed width (".000Z"); the wire form drops a zero fraction.
        if (q.value(17).isNull())
            out.key("session_start"_L1).null();
        else
            out.key("session_start"_L1)
                .string(instant::toUtcStringMs(instant::parseMs(q.value(17).toString()).value_or(0)));
        out.key("teacher_id"_L1).nullableString(q.value(18));
        out.key("teacher_name"_L1).nullableString(q.value(19));
        out.key("student_id"_L1).nullableString(q.value(20));
        out.key("student_name"_L1).nullableString(q.value(21));
        out.key("payout_id"_L1).nullableString(q.value(22));
        out.key("role"_L1).string(splitRoleToString(
            splitRoleOf(q.value(7).toString(), q.value(6).toString(), q.value(18).toString())));
        out.endObject();
        ++page.count;
        page.lastSeq = q.value(15).toLongLong();
    }
    out.endArray();
    page.items = out.text();
    return page;
}

QJsonObject SplitStore::summary(const QString &userId, const QDate &from, const QDate &to,
                                const QString &groupBy, const QString &timeZone)
{
    const QTimeZone named(timeZone.toUtf8());
    const QTimeZone zone = named.isValid() ? named : QTimeZone::utc();
    // The window in UTC narrows the read; compute() applies the local dates exactly.
    const qint64 fromMs = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    QList<EarningsSummary::Row> rows;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true); // every split of the range, read once
    m_db.exec(
        q,
        QStringLiteral("SELECT p.amount_cents, p.currency, p.status, p.created_at, p.course_id, c.title, "
                       "p.recipient_type, s.teacher_id FROM payment_splits p LEFT JOIN courses c ON c.id = "
                       "p.course_id LEFT JOIN sessions s ON s.id = p.session_id "
                       "WHERE p.recipient_id = ? AND p.created_at >= ? AND p.created_at < ?"),
        { userId, instant::toUtcStringSecs(fromMs / 1000), instant::toUtcStringSecs((toMs + 999) / 1000) });
    while (q.next()) {
        rows.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      instant::parseMs(q.value(3).toString()).value_or(0), q.value(4).toString(),
                      q.value(5).toString(),
                      splitRoleOf(q.value(6).toString(), userId, q.value(7).toString()) });
    }
    return EarningsSummary::compute(rows, from, to, timeZone, groupBy).toJson();
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
