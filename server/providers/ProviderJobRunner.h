#pragma once

#include "server/providers/ProviderJobQueue.h"
#include "server/store/UserStore.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace companion::server {

class Database;
class EmailProvider;
class PaymentProvider;
class ProviderJobQueue;
class ProviderWorkers;
class ReminderScheduler;

// Executes the outbox (ProviderJobQueue) through the provider adapters, outside any
// webhook's transaction: transfers (source_transaction = the charge behind the payment
// intent), reversals up to a target total (re-read from Stripe first, so two refunds never
// reverse twice), refunds of slots taken meanwhile, and booking emails to teachers. A
// failed call stays pending and is retried on the next tick with the same Idempotency-Key.
// The calls run on ProviderWorkers, in two lanes (Stripe, Resend) that go on independently,
// one job at a time each: a slow Stripe delays neither emails nor the event loop.
class ProviderJobRunner : public QObject
{
    Q_OBJECT
public:
    ProviderJobRunner(Database &db, ProviderJobQueue &queue, PaymentProvider &payments, EmailProvider &email,
                      ProviderWorkers &workers, QObject *parent = nullptr);
    void start(int intervalMs = 1000);
    void kick(); // run soon (after the current request)
    // Checked on every tick: reminders that became due are queued before jobs run.
    void setReminders(ReminderScheduler *reminders) { m_reminders = reminders; }
    // Called at the start of every pass with now (ms): time-driven work of the layers above
    // (proposals that expire) queues its provider calls here too.
    void setOnPass(std::function<void(qint64)> onPass) { m_onPass = std::move(onPass); }

private:
    struct Outcome
    {
        QJsonObject result;
        QString error; // empty: done
    };
    using Lane = QList<ProviderJobQueue::Job>;
    void runOnce();
    void runLane(std::shared_ptr<Lane> lane, qsizetype next);
    void finish(const ProviderJobQueue::Job &job, const Outcome &outcome);
    // What a job asks of the provider, prepared on the event loop (reads the database) and
    // run on a worker: the returned function calls the provider only.
    std::function<Outcome()> work(const ProviderJobQueue::Job &job, QString *error);

    UserStore m_users;
    ProviderJobQueue &m_queue;
    PaymentProvider &m_payments;
    EmailProvider &m_email;
    ProviderWorkers &m_workers;
    int m_lanesRunning = 0;
    ReminderScheduler *m_reminders = nullptr;
    std::function<void(qint64)> m_onPass;
    QTimer m_timer;
    bool m_kickPending = false;
    bool m_running = false;
};

} // namespace companion::server
