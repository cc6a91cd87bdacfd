#include "server/webhooks/StripeEvents.h"

#include "models/time/InstantFormat.h"
#include "server/core/JsonFields.h"
#include "server/core/Logging.h"
#include "server/payments/ConnectAccountState.h"
#include "server/payments/PaymentLedger.h"
#include "server/providers/ProviderJobQueue.h"
#include "server/store/CatalogStore.h"
#include "server/store/SessionStore.h"
#include "server/store/payments/SplitStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace companion::server {

namespace {

using jsonfield::integer;
using jsonfield::text;

// One booked slot = one session id, whichever checkout for it arrives first, so group
// bookings of the same slot land in the same session in every delivery order.
// The hashed start is the epoch second, with ".mmm" only when the start has milliseconds,
// so ids of whole-second slots are the ones earlier versions made.
QString sessionIdFor(const QString &offeringId, qint64 startMs)
{
    const qint64 seconds = startMs >= 0 ? startMs / 1000 : -((-startMs + 999) / 1000);
    const int millis = int(startMs - seconds * 1000);
    QByteArray start = QByteArray::number(seconds);
    if (millis != 0)
        start += '.' + QByteArray::number(millis).rightJustified(3, '0');
    const QByteArray digest
        = QCryptographicHash::hash(offeringId.toUtf8() + '@' + start, QCryptographicHash::Sha256);
    return QStringLiteral("ses_") + QString::fromLatin1(digest.toHex().left(16));
}

} // namespace

StripeEvents::StripeEvents(Database &db, CatalogStore &catalog, SessionStore &sessions, SplitStore &splits,
                           PaymentLedger &ledger, ProviderJobQueue &jobs)
    : m_db(db)
    , m_bookings(db)
    , m_facts(db)
    , m_users(db)
    , m_catalog(catalog)
    , m_sessions(sessions)
    , m_splits(splits)
    , m_ledger(ledger)
    , m_jobs(jobs)
{ }

std::optional<QString> StripeEvents::apply(const QJsonObject &event)
{
    const QString type = text(event, "type");
    const qint64 created = integer(event, "created");
    const QJsonObject object
        = event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
    if (type.startsWith(u"checkout.session.")) {
        // The session's own creation time, the same in every event about it (completed and
        // async_payment_succeeded are sent at different times).
        return checkout(type, object,
                        object.contains(QStringLiteral("created")) ? integer(object, "created") : created);
    }
    if (type == u"charge.refunded")
        return chargeRefunded(object);
    if (type == u"transfer.created" || type == u"transfer.reversed" || type == u"transfer.updated")
        return transfer(object);
    if (type == u"payout.paid" || type == u"payout.failed")
        return payout(type, object, text(event, "account"), created);
    if (type == u"account.updated")
        return accountUpdated(object, text(event, "id"), created);
    return QStringLiteral("ignored");
}

bool StripeEvents::recordCheckout(const QString &id, const QJsonObject &session, const QString &outcome,
                                  const QString &transactionId, const QString &detail, qint64 created)
{
    return m_facts.recordCheckout({ id, text(session, "payment_intent"), text(session, "payment_status"),
                                    outcome, transactionId, detail, created });
}

std::optional<QString> StripeEvents::checkout(const QString &type, const QJsonObject &session, qint64 created)
{
    const QString id = text(session, "id");
    if (id.isEmpty())
        return QStringLiteral("ignored");
    QString outcome;
    if (!m_facts.checkoutOutcome(id, &outcome))
        return std::nullopt;
    // Fulfilment is keyed on the Checkout Session: a second event for the same session (a
    // redelivery under a new event id, or completed + async_payment_succeeded) is a no-op.
    if (outcome == u"fulfilled" || outcome == u"slot_taken")
        return QStringLiteral("processed");
    const bool paid = text(session, "payment_status") == u"paid";
    if (type == u"checkout.session.async_payment_failed")
        return recordCheckout(id, session, QStringLiteral("payment_failed"), {}, {}, created)
            ? std::optional<QString>(QStringLiteral("processed"))
            : std::nullopt;
    if (type == u"checkout.session.completed" || type == u"checkout.session.async_payment_succeeded") {
        if (!paid) // a delayed method: wait for async_payment_succeeded
            return recordCheckout(id, session, QStringLiteral("awaiting_payment"), {}, {}, created)
                ? std::optional<QString>(QStringLiteral("processed"))
                : std::nullopt;
        return fulfil(session, created);
    }
    return QStringLiteral("ignored");
}

std::optional<QString> StripeEvents::fulfil(const QJsonObject &session, qint64 created)
{
    const QString checkoutId = text(session, "id");
    const QJsonObject metadata = session.value(QStringLiteral("metadata")).toObject();
    const QString offeringId = text(metadata, "offering_id");
    const auto start = instant::parseMs(text(metadata, "start"));
    QString studentId = text(metadata, "student_id");
    if (studentId.isEmpty())
        studentId = text(session, "client_reference_id");
    const QString paymentIntent = text(session, "payment_intent");
    bool failed = false;
    const auto offering = m_catalog.offering(offeringId, &failed);
    const bool studentKnown = m_users.exists(studentId, &failed);
    if (failed)
        return std::nullopt;
    if (!start || !offering || !studentKnown) {
        qCWarning(lcWebhooks) << "checkout" << checkoutId << "names no known offering/slot/student";
        return recordCheckout(checkoutId, session, QStringLiteral("invalid"), {},
                              QStringLiteral("unknown offering, start or student"), created)
            ? std::optional<QString>(QStringLiteral("processed"))
            : std::nullopt;
    }
    // What was paid must be the offering's price in its currency: an amount taken from the
    // event alone could be negative, a string, a fraction or absurd (the security review's
    // notes). Such a checkout books nothing and is kept for the operator to look at.
    const QJsonValue paid = session.value(QStringLiteral("amount_total"));
    const bool whole = paid.isDouble() && paid.toDouble() == std::floor(paid.toDouble());
    if (!whole || paid.toDouble() != double(offering->offering.priceCents)
        || text(session, "currency").toUpper() != offering->offering.currency.toUpper()) {
        qCWarning(lcWebhooks) << "checkout" << checkoutId << "paid" << paid.toVariant().toString()
                              << text(session, "currency") << "- not the offering's price";
        return recordCheckout(checkoutId, session, QStringLiteral("invalid"), {},
                              QStringLiteral("amount_total is not the offering's price"), created)
            ? std::optional<QString>(QStringLiteral("processed"))
            : std::nullopt;
    }
    NewSession slot;
    slot.courseId = offering->courseId;
    slot.offeringId = offeringId;
    slot.teacherId = offering->teacherId;
    slot.startMs = *start;
    slot.endMs = slot.startMs + qint64(offering->offering.durationMinutes) * 60000;
    slot.seats = offering->offering.seats;
    slot.bufferBeforeMinutes = offering->offering.bufferBeforeMinutes;
    slot.bufferAfterMinutes = offering->offering.bufferAfterMinutes;
    slot.id = sessionIdFor(offeringId, slot.startMs);
    const QString creatorId = offering->creatorId;

    // Is the slot still free? Our own session for it with a seat left, or no overlap at all.
    QString takenReason;
    const auto seats = m_sessions.seats(slot.id, studentId);
    if (!seats)
        return std::nullopt;
    const bool sessionExists = seats->exists;
    if (sessionExists) {
        if (seats->cancelledOrDeleted)
            takenReason = QStringLiteral("the session was cancelled");
        else if (seats->activeEnrollments >= slot.seats)
            takenReason = QStringLiteral("no seat left");
        else if (seats->enrollmentsOfStudent > 0)
            takenReason = QStringLiteral("already booked by this student");
    } else {
        QString busyWith;
        if (!m_sessions.firstOverlap(slot.teacherId, slot.startMs, slot.endMs, &busyWith))
            return std::nullopt;
        if (!busyWith.isEmpty())
            takenReason = QStringLiteral("the teacher is busy then (%1)").arg(busyWith);
    }
    if (!takenReason.isEmpty()) {
        // Paid for a slot that is gone: record why and give the money back.
        qCInfo(lcWebhooks) << "checkout" << checkoutId << "slot taken:" << takenReason << "- refunding";
        if (!recordCheckout(checkoutId, session, QStringLiteral("slot_taken"), {}, takenReason, created)
            || !m_jobs.enqueue(QStringLiteral("refund_") + checkoutId, QStringLiteral("stripe"),
                               QStringLiteral("refund"),
                               { { QStringLiteral("payment_intent"), paymentIntent },
                                 { QStringLiteral("reason"), QStringLiteral("slot_taken") } }))
            return std::nullopt;
        return QStringLiteral("processed");
    }
    if (!sessionExists && !m_sessions.insert(slot))
        return std::nullopt;
    const QString enrollmentId = QStringLiteral("enr_") + checkoutId;
    const QString transactionId = QStringLiteral("txn_") + checkoutId;
    const QString createdAt = instant::toUtcStringSecs(created);
    const qint64 amount = integer(session, "amount_total");
    const QString currency = text(session, "currency").toUpper();
    BookingStore::Transaction transaction;
    transaction.id = transactionId;
    transaction.enrollmentId = enrollmentId;
    transaction.studentId = studentId;
    transaction.amountCents = amount;
    transaction.currency = currency;
    transaction.checkoutSessionId = checkoutId;
    transaction.paymentIntentId = paymentIntent;
    transaction.createdAt = createdAt;
    if (!m_bookings.insertEnrollment(
            { enrollmentId, slot.courseId, studentId, slot.id, QStringLiteral("active"), createdAt })
        || !m_bookings.insertTransaction(transaction)
        || !m_splits.createForCharge({ transactionId, enrollmentId, slot.id, slot.courseId, creatorId,
                                       slot.teacherId, amount, currency, QStringLiteral("spl_") + checkoutId,
                                       createdAt })
        || !recordCheckout(checkoutId, session, QStringLiteral("fulfilled"), transactionId, {}, created)
        || !m_jobs.enqueue(QStringLiteral("email_booking_") + checkoutId, QStringLiteral("resend"),
                           QStringLiteral("booking_email"),
                           { { QStringLiteral("teacher_id"), slot.teacherId },
                             { QStringLiteral("session_id"), slot.id },
                             { QStringLiteral("start"), instant::toUtcStringMs(slot.startMs) } }))
        return std::nullopt;
    // Another student in a group session: its seats and students changed.
    if (sessionExists && !m_sessions.touch(slot.id))
        return std::nullopt;
    // Room events may have arrived before the checkout (events are unordered)...
    if (!sessionExists && m_onSessionCreated && !m_onSessionCreated(slot.id))
        return std::nullopt;
    // ... and so may a refund or transfers.
    if (!m_ledger.reconcileTransaction(transactionId))
        return std::nullopt;
    return QStringLiteral("processed");
}

std::optional<QString> StripeEvents::chargeRefunded(const QJsonObject &charge)
{
    const QString paymentIntent = text(charge, "payment_intent");
    // amount_refunded is cumulative, so the largest value seen is the truth in any order.
    if (!m_facts.recordCharge({ text(charge, "id"), paymentIntent, integer(charge, "amount"),
                                integer(charge, "amount_refunded"), text(charge, "currency").toUpper() }))
        return std::nullopt;
    QString transactionId;
    if (!m_bookings.transactionForPaymentIntent(paymentIntent, &transactionId))
        return std::nullopt;
    if (!transactionId.isEmpty()
        && (!m_ledger.reconcileTransaction(transactionId) || !m_sessions.touchForTransaction(transactionId)))
        return std::nullopt;
    return QStringLiteral("processed");
}

std::optional<QString> StripeEvents::transfer(const QJsonObject &transfer)
{
    const QString splitId = text(transfer.value(QStringLiteral("metadata")).toObject(), "split_id");
    if (!m_facts.recordTransfer({ text(transfer, "id"), splitId, text(transfer, "destination"),
                                  integer(transfer, "amount"), integer(transfer, "amount_reversed"),
                                  text(transfer, "currency").toUpper(), text(transfer, "source_transaction"),
                                  text(transfer, "transfer_group"), integer(transfer, "created") }))
        return std::nullopt;
    if (!splitId.isEmpty() && !m_ledger.reconcileSplit(splitId))
        return std::nullopt;
    return QStringLiteral("processed");
}

std::optional<QString> StripeEvents::payout(const QString &type, const QJsonObject &payout,
                                            const QString &account, qint64 created)
{
    const QString status = type == u"payout.paid" ? QStringLiteral("paid") : QStringLiteral("failed");
    // payout.failed may follow payout.paid for the same payout, never the other way round,
    // so "failed" outranks "paid" whatever order they arrive in (the store ranks them).
    const QString accountId = account.isEmpty() ? text(payout, "destination_account") : account;
    if (!m_facts.recordPayout(
            { text(payout, "id"), accountId, integer(payout, "amount"), status,
              payout.contains(QStringLiteral("created")) ? integer(payout, "created") : created,
              integer(payout, "arrival_date") }))
        return std::nullopt;
    const auto stored = m_facts.payout(text(payout, "id"));
    if (!stored)
        return std::nullopt;
    return m_ledger.reconcilePayout(accountId, stored->created, stored->arrivalDate,
                                    stored->status == u"failed")
        ? std::optional<QString>(QStringLiteral("processed"))
        : std::nullopt;
}

std::optional<QString> StripeEvents::accountUpdated(const QJsonObject &account, const QString &eventId,
                                                    qint64 created)
{
    return ConnectAccountState::save(m_db, account, eventId, created)
        ? std::optional<QString>(QStringLiteral("processed"))
        : std::nullopt;
}

} // namespace companion::server
