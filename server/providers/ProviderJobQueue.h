#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace companion::server {

class Database;

// The transactional outbox of calls to providers (Stripe transfers, reversals, refunds;
// Resend emails). Webhook handlers enqueue inside their own transaction, so a call is
// decided exactly when its cause commits; the job id doubles as the provider's
// Idempotency-Key, so a call repeated after a crash is not executed twice by the provider.
class ProviderJobQueue
{
public:
    explicit ProviderJobQueue(Database &db);

    struct Job
    {
        QString id;
        QString provider;
        QString kind;
        QJsonObject payload;
        int attempts = 0;
    };
    // Inserts unless a job with this id exists. False only on a database error.
    bool enqueue(const QString &id, const QString &provider, const QString &kind, const QJsonObject &payload);
    QList<Job> pending(int limit);
    bool markDone(const QString &id, const QJsonObject &result);
    bool markAttemptFailed(const QString &id, const QString &error, bool giveUp);

private:
    Database &m_db;
};

} // namespace companion::server
