#include "server/store/BookingStore.h"

#include "server/store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace companion::server {

BookingStore::BookingStore(Database &db)
    : m_db(db)
{ }

bool BookingStore::insertEnrollment(const Enrollment &e)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q,
                     QStringLiteral("INSERT INTO enrollments (id, course_id, student_id, session_id, status, "
                                    "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     { e.id, e.courseId, e.studentId, e.sessionId, e.status, e.createdAt });
}

bool BookingStore::insertTransaction(const Transaction &t)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q,
                     QStringLiteral("INSERT INTO transactions (id, enrollment_id, student_id, amount_cents, "
                                    "currency, stripe_checkout_session_id, stripe_payment_intent_id, "
                                    "stripe_charge_id, status, created_at, refunded_at) VALUES (?, ?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?, ?)"),
                     { t.id, t.enrollmentId, t.studentId, t.amountCents, Database::notNull(t.currency),
                       Database::nullIfEmpty(t.checkoutSessionId), Database::nullIfEmpty(t.paymentIntentId),
                       Database::nullIfEmpty(t.chargeId), t.status, t.createdAt,
                       Database::nullIfEmpty(t.refundedAt) });
}

bool BookingStore::transactionForPaymentIntent(const QString &paymentIntent, QString *transactionId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM transactions WHERE stripe_payment_intent_id = ?"),
                   { paymentIntent }))
        return false;
    *transactionId = q.next() ? q.value(0).toString() : QString();
    return true;
}

bool BookingStore::refundState(const QString &transactionId, std::optional<RefundState> *state)
{
    state->reset();
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT t.amount_cents, COALESCE(MAX(c.amount_refunded_cents), 0), t.status, "
                           "t.refunded_cents FROM transactions t LEFT JOIN stripe_charges c ON "
                           "c.payment_intent = t.stripe_payment_intent_id WHERE t.id = ? GROUP BY t.id"),
            { transactionId }))
        return false;
    if (q.next())
        *state = RefundState { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                               q.value(3).toLongLong() };
    return true;
}

bool BookingStore::setRefund(const QString &transactionId, const QString &status, qint64 refundedCents,
                             const QString &now)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q,
                     QStringLiteral("UPDATE transactions SET status = ?, refunded_cents = ?, refunded_at = "
                                    "CASE WHEN ? > 0 THEN COALESCE(refunded_at, ?) END WHERE id = ?"),
                     { status, refundedCents, refundedCents, now, transactionId });
}

std::optional<QList<BookingStore::Booking>> BookingStore::activeBookings(const QString &sessionId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT e.id, e.student_id, u.name, u.email, u.time_zone, t.id, "
                           "t.stripe_payment_intent_id FROM "
                           "enrollments e JOIN users u ON u.id = e.student_id LEFT JOIN transactions t ON "
                           "t.enrollment_id = e.id WHERE e.session_id = ? AND e.status = 'active' ORDER BY "
                           "u.name, e.id"),
            { sessionId }))
        return std::nullopt;
    QList<Booking> bookings;
    while (q.next())
        bookings.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString() });
    return bookings;
}

QList<BookingStore::PaidCharge> BookingStore::chargesPaidWith(const QString &prefix)
{
    QList<PaidCharge> charges;
    QSqlQuery q = m_db.query();
    if (m_db.exec(
            q,
            QStringLiteral("SELECT stripe_payment_intent_id, amount_cents, refunded_cents, currency FROM "
                           "transactions WHERE substr(stripe_payment_intent_id, 1, length(?)) = ?"),
            { prefix, prefix })) {
        while (q.next())
            charges.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                             q.value(3).toString() });
    }
    return charges;
}

bool BookingStore::setEnrollmentStatus(const QString &enrollmentId, const QString &status)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q, QStringLiteral("UPDATE enrollments SET status = ? WHERE id = ?"),
                     { status, enrollmentId });
}

} // namespace companion::server
