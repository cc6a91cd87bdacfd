#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace companion::server {

class Database;

// Bookings: a student's enrollment in a session and the transaction that paid for it
// (with what the ledger knows of its refunds).
class BookingStore
{
public:
    explicit BookingStore(Database &db);

    struct Enrollment
    {
        QString id;
        QString courseId;
        QString studentId;
        QString sessionId;
        QString status = QStringLiteral("active"); // active | refunded
        QString createdAt; // RFC 3339
    };
    bool insertEnrollment(const Enrollment &enrollment);

    struct Transaction
    {
        QString id;
        QString enrollmentId;
        QString studentId;
        qint64 amountCents = 0;
        QString currency;
        QString checkoutSessionId; // the Stripe ids; empty = none
        QString paymentIntentId;
        QString chargeId;
        QString status = QStringLiteral("succeeded"); // succeeded | refunded | partially_refunded
        QString createdAt; // RFC 3339
        QString refundedAt = {}; // empty = not refunded
    };
    bool insertTransaction(const Transaction &transaction);
    // The transaction paid with `paymentIntent` ("" when none). False on a database error.
    bool transactionForPaymentIntent(const QString &paymentIntent, QString *transactionId);

    struct RefundState
    {
        qint64 amountCents = 0;
        qint64 knownRefundedCents = 0; // the largest amount_refunded any charge.refunded reported
        QString status;
        qint64 refundedCents = 0; // as stored on the transaction
    };
    // False on a database error; `*state` stays empty (nullopt) for an unknown transaction.
    bool refundState(const QString &transactionId, std::optional<RefundState> *state);
    // A session's active bookings with who booked and how they paid (a cancellation's work list).
    struct Booking
    {
        QString enrollmentId;
        QString studentId;
        QString studentName;
        QString studentEmail;
        QString studentTimeZone;
        QString transactionId; // "" when nothing was paid
        QString paymentIntentId; // "" when not paid through Stripe
    };
    // nullopt on a database error.
    std::optional<QList<Booking>> activeBookings(const QString &sessionId);
    struct PaidCharge
    {
        QString paymentIntentId;
        qint64 amountCents = 0;
        qint64 refundedCents = 0;
        QString currency;
    };
    // Payments whose Stripe payment intent id starts with `prefix` (the demo's seeded ones).
    QList<PaidCharge> chargesPaidWith(const QString &prefix);
    // An unpaid enrollment of a cancelled session ends here; a paid one when its refund arrives.
    bool setEnrollmentStatus(const QString &enrollmentId, const QString &status);
    // The transaction's refund as derived by the ledger; refunded_at keeps its first value.
    bool setRefund(const QString &transactionId, const QString &status, qint64 refundedCents,
                   const QString &now);

private:
    Database &m_db;
};

} // namespace companion::server
