#include "server/providers/ProviderJobRunner.h"

#include "models/time/Clock.h"
#include "server/core/Logging.h"
#include "server/providers/ProviderJobQueue.h"
#include "server/providers/ProviderWorkers.h"
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
                                     EmailProvider &email, ProviderWorkers &workers, QObject *parent)
    : QObject(parent)
    , m_users(db)
    , m_queue(queue)
    , m_payments(payments)
    , m_email(email)
    , m_workers(workers)
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
    auto payments = std::make_shared<Lane>();
    auto emails = std::make_shared<Lane>();
    for (const ProviderJobQueue::Job &job : m_queue.pending(50))
        (job.kind.endsWith(u"email") ? emails : payments)->append(job);
    m_lanesRunning = 2;
    runLane(payments, 0);
    runLane(emails, 0);
}

void ProviderJobRunner::runLane(std::shared_ptr<Lane> lane, qsizetype next)
{
    // In-process providers answer inline; a loop (not recursion) keeps the stack flat then.
    while (next < lane->size()) {
        const ProviderJobQueue::Job job = lane->at(next++);
        QString error;
        std::function<Outcome()> call = work(job, &error);
        if (!call) {
            finish(job, Outcome { {}, error });
            continue;
        }
        const auto service = job.kind.endsWith(u"email") ? ProviderWorkers::Service::Email
                                                         : ProviderWorkers::Service::Payments;
        if (m_workers.isRemote(service)) {
            m_workers.run<Outcome>(service, this, std::move(call), [this, lane, next, job](Outcome outcome) {
                finish(job, outcome);
                runLane(lane, next);
            });
            return;
        }
        finish(job, call());
    }
    if (--m_lanesRunning == 0)
        m_running = false;
}

std::function<ProviderJobRunner::Outcome()> ProviderJobRunner::work(const ProviderJobQueue::Job &job,
                                                                    QString *error)
{
    const QJsonObject &p = job.payload;
    PaymentProvider *payments = &m_payments;
    EmailProvider *email = &m_email;
    const QString key = job.id;
    if (job.kind == u"transfer") {
        QString destination = p.value(QStringLiteral("destination")).toString();
        if (destination.isEmpty()) {
            if (const auto recipient = m_users.byId(p.value(QStringLiteral("recipient_id")).toString()))
                destination = recipient->stripeAccountId;
        }
        if (destination.isEmpty()) {
            *error = QStringLiteral("recipient has no payout account yet");
            return {};
        }
        PaymentProvider::Transfer transfer;
        transfer.amount = static_cast<qint64>(p.value(QStringLiteral("amount")).toDouble());
        transfer.currency = p.value(QStringLiteral("currency")).toString();
        transfer.destination = destination;
        transfer.transferGroup = p.value(QStringLiteral("transfer_group")).toString();
        transfer.metadata = { { QStringLiteral("split_id"), p.value(QStringLiteral("split_id")) } };
        return [payments, transfer, key,
                intentId = p.value(QStringLiteral("payment_intent")).toString()]() mutable {
            const auto intent = payments->retrievePaymentIntent(intentId);
            transfer.sourceTransaction = intent.object.value(QStringLiteral("latest_charge")).toString();
            const auto call = payments->createTransfer(transfer, key);
            if (call.ok)
                return Outcome { { { QStringLiteral("transfer"), call.object.value(QStringLiteral("id")) } },
                                 {} };
            return Outcome { {}, errorText(call.object) };
        };
    }
    if (job.kind == u"reverse_transfer") {
        return [payments, key, transferId = p.value(QStringLiteral("transfer")).toString(),
                target = static_cast<qint64>(p.value(QStringLiteral("target_reversed_cents")).toDouble())] {
            const auto current = payments->retrieveTransfer(transferId);
            const qint64 reversed
                = static_cast<qint64>(current.object.value(QStringLiteral("amount_reversed")).toDouble());
            if (!current.ok)
                return Outcome { {}, errorText(current.object) };
            if (reversed >= target)
                return Outcome { { { QStringLiteral("amount_reversed"), reversed } }, {} };
            const auto call = payments->reverseTransfer(transferId, target - reversed, key);
            if (call.ok)
                return Outcome { { { QStringLiteral("amount_reversed"),
                                     call.object.value(QStringLiteral("amount_reversed")) } },
                                 {} };
            return Outcome { {}, errorText(call.object) };
        };
    }
    if (job.kind == u"refund") {
        return [payments, key, intentId = p.value(QStringLiteral("payment_intent")).toString()] {
            const auto call = payments->refund(intentId, 0, key);
            if (call.ok || errorCode(call.object) == u"charge_already_refunded")
                return Outcome { call.object, {} };
            return Outcome { {}, errorText(call.object) };
        };
    }
    QString to, subject, text;
    if (job.kind == u"booking_email" || job.kind == u"reminder_email") {
        const bool reminder = job.kind == u"reminder_email";
        const auto teacher = m_users.byId(p.value(QStringLiteral("teacher_id")).toString());
        if (!teacher) {
            *error = QStringLiteral("unknown teacher");
            return {};
        }
        to = teacher->user.email;
        subject = reminder ? QStringLiteral("Your session starts soon") : QStringLiteral("New booking");
        text = (reminder
                    ? QStringLiteral("Hello %1,\n\nYour session starts at %2 (%3). Join from Companion.\n")
                    : QStringLiteral("Hello %1,\n\nA student booked your session starting %2 (%3).\n"))
                   .arg(teacher->user.name, p.value(QStringLiteral("start")).toString(),
                        p.value(QStringLiteral("session_id")).toString());
    } else if (job.kind == u"email") { // written whole when queued (a cancellation's notices)
        to = p.value(QStringLiteral("to")).toString();
        subject = p.value(QStringLiteral("subject")).toString();
        text = p.value(QStringLiteral("text")).toString();
    } else {
        *error = QStringLiteral("unknown job kind");
        return {};
    }
    return [email, key, to, subject, text] {
        const QString id = email->send(to, subject, text, key);
        if (id.isEmpty())
            return Outcome { {}, QStringLiteral("email not accepted") };
        return Outcome { { { QStringLiteral("email_id"), id } }, {} };
    };
}

void ProviderJobRunner::finish(const ProviderJobQueue::Job &job, const Outcome &outcome)
{
    if (outcome.error.isEmpty()) {
        m_queue.markDone(job.id, outcome.result);
        qCInfo(lcJobs).noquote() << "job" << job.id << "done";
        return;
    }
    const bool giveUp
        = job.attempts + 1 >= kMaxAttempts || (job.kind != u"transfer" && job.attempts + 1 >= 20);
    m_queue.markAttemptFailed(job.id, outcome.error, giveUp);
    if (job.attempts == 0 || giveUp)
        qCInfo(lcJobs).noquote() << "job" << job.id << "attempt failed:" << outcome.error
                                 << (giveUp ? "(given up)" : "");
}

} // namespace companion::server
