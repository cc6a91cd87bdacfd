#include "server/providers/ProviderJobRunner.h"

#include "models/time/Clock.h"
#include "server/core/Logging.h"
#include "server/providers/ProviderJobQueue.h"
#include "server/providers/Providers.h"
#include "server/providers/ReminderScheduler.h"
#include "server/store/UserStore.h"

#include <QDateTime>
#include <QJsonDocument>

namespace companion::server {

namespace {

constexpr int kMaxAttempts = 500; // about 8 minutes at one try per second, then "failed"

QString errorText(const QJsonObject &object)
{
    const QJsonObject error = object.value(QStringLiteral("error")).toObject();
    return error.value(QStringLiteral("code")).toString() + QStringLiteral(": ")
        + error.value(QStringLiteral("message")).toString();
}

QString errorCode(const QJsonObject &object)
{
    return object.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace

ProviderJobRunner::ProviderJobRunner(Database &db, ProviderJobQueue &queue, PaymentProvider &payments,
                                     EmailProvider &email, QObject *parent)
    : QObject(parent)
    , m_users(db)
    , m_queue(queue)
    , m_payments(payments)
    , m_email(email)
{
    connect(&m_timer, &QTimer::timeout, this, &ProviderJobRunner::runOnce);
}

void ProviderJobRunner::start(int intervalMs)
{
    m_timer.start(intervalMs);
    kick();
}

void ProviderJobRunner::kick()
{
    if (m_kickPending)
        return;
    m_kickPending = true;
    QTimer::singleShot(0, this, [this] {
        m_kickPending = false;
        runOnce();
    });
}

void ProviderJobRunner::runOnce()
{
    if (m_running)
        return;
    m_running = true;
    if (m_reminders)
        m_reminders->enqueueDue(Clock::nowMs());
    if (m_onPass)
        m_onPass(Clock::nowMs());
    for (const ProviderJobQueue::Job &job : m_queue.pending(50)) {
        QJsonObject result;
        QString error;
        const QJsonObject &p = job.payload;
        if (job.kind == u"transfer") {
            QString destination = p.value(QStringLiteral("destination")).toString();
            if (destination.isEmpty()) {
                if (const auto recipient = m_users.byId(p.value(QStringLiteral("recipient_id")).toString()))
                    destination = recipient->stripeAccountId;
            }
            if (destination.isEmpty()) {
                error = QStringLiteral("recipient has no payout account yet");
            } else {
                const auto intent
                    = m_payments.retrievePaymentIntent(p.value(QStringLiteral("payment_intent")).toString());
                const QString charge = intent.object.value(QStringLiteral("latest_charge")).toString();
                PaymentProvider::Transfer transfer;
                transfer.amount = static_cast<qint64>(p.value(QStringLiteral("amount")).toDouble());
                transfer.currency = p.value(QStringLiteral("currency")).toString();
                transfer.destination = destination;
                transfer.sourceTransaction = charge;
                transfer.transferGroup = p.value(QStringLiteral("transfer_group")).toString();
                transfer.metadata = { { QStringLiteral("split_id"), p.value(QStringLiteral("split_id")) } };
                const auto call = m_payments.createTransfer(transfer, job.id);
                if (call.ok)
                    result = { { QStringLiteral("transfer"), call.object.value(QStringLiteral("id")) } };
                else
                    error = errorText(call.object);
            }
        } else if (job.kind == u"reverse_transfer") {
            const QString transferId = p.value(QStringLiteral("transfer")).toString();
            const qint64 target
                = static_cast<qint64>(p.value(QStringLiteral("target_reversed_cents")).toDouble());
            const auto current = m_payments.retrieveTransfer(transferId);
            const qint64 reversed
                = static_cast<qint64>(current.object.value(QStringLiteral("amount_reversed")).toDouble());
            if (!current.ok) {
                error = errorText(current.object);
            } else if (reversed >= target) {
                result = { { QStringLiteral("amount_reversed"), reversed } };
            } else {
                const auto call = m_payments.reverseTransfer(transferId, target - reversed, job.id);
                if (call.ok)
                    result = { { QStringLiteral("amount_reversed"),
                                 call.object.value(QStringLiteral("amount_reversed")) } };
                else
                    error = errorText(call.object);
            }
        } else if (job.kind == u"refund") {
            const auto call
                = m_payments.refund(p.value(QStringLiteral("payment_intent")).toString(), 0, job.id);
            if (call.ok || errorCode(call.object) == u"charge_already_refunded")
                result = call.object;
            else
                error = errorText(call.object);
        } else if (job.kind == u"booking_email" || job.kind == u"reminder_email") {
            const bool reminder = job.kind == u"reminder_email";
            if (const auto teacher = m_users.byId(p.value(QStringLiteral("teacher_id")).toString())) {
                const QString id = m_email.send(
                    teacher->user.email,
                    reminder ? QStringLiteral("Your session starts soon") : QStringLiteral("New booking"),
                    (reminder
                         ? QStringLiteral(
                             "Hello %1,\n\nYour session starts at %2 (%3). Join from Companion.\n")
                         : QStringLiteral("Hello %1,\n\nA student booked your session starting %2 (%3).\n"))
                        .arg(teacher->user.name, p.value(QStringLiteral("start")).toString(),
                             p.value(QStringLiteral("session_id")).toString()),
                    job.id);
                if (id.isEmpty())
                    error = QStringLiteral("email not accepted");
                else
                    result = { { QStringLiteral("email_id"), id } };
            } else {
                error = QStringLiteral("unknown teacher");
            }
        } else if (job.kind == u"email") { // written whole when queued (a cancellation's notices)
            const QString id = m_email.send(p.value(QStringLiteral("to")).toString(),
                                            p.value(QStringLiteral("subject")).toString(),
                                            p.value(QStringLiteral("text")).toString(), job.id);
            if (id.isEmpty())
                error = QStringLiteral("email not accepted");
            else
                result = { { QStringLiteral("email_id"), id } };
        } else {
            error = QStringLiteral("unknown job kind");
        }
        if (error.isEmpty()) {
            m_queue.markDone(job.id, result);
            qCInfo(lcJobs).noquote() << "job" << job.id << "done";
        } else {
            const bool giveUp
                = job.attempts + 1 >= kMaxAttempts || (job.kind != u"transfer" && job.attempts + 1 >= 20);
            m_queue.markAttemptFailed(job.id, error, giveUp);
            if (job.attempts == 0 || giveUp)
                qCInfo(lcJobs).noquote()
                    << "job" << job.id << "attempt failed:" << error << (giveUp ? "(given up)" : "");
        }
    }
    m_running = false;
}

} // namespace companion::server
