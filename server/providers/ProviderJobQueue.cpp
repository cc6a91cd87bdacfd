#include "server/providers/ProviderJobQueue.h"

#include "server/core/TimeFormat.h"
#include "server/store/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace companion::server {

ProviderJobQueue::ProviderJobQueue(Database &db)
    : m_db(db)
{ }

bool ProviderJobQueue::enqueue(const QString &id, const QString &provider, const QString &kind,
                               const QJsonObject &payload)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q,
                     QStringLiteral("INSERT OR IGNORE INTO provider_jobs (id, provider, kind, payload, "
                                    "created_at) VALUES (?, ?, ?, ?, ?)"),
                     { id, provider, kind,
                       QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                       nowRfc3339() });
}

QList<ProviderJobQueue::Job> ProviderJobQueue::pending(int limit)
{
    QList<Job> jobs;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, provider, kind, payload, attempts FROM provider_jobs WHERE "
                                  "status = 'pending' ORDER BY created_at, id LIMIT ?"),
                   { limit }))
        return jobs;
    while (q.next()) {
        jobs.append(Job { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(),
                          q.value(4).toInt() });
    }
    return jobs;
}

bool ProviderJobQueue::markDone(const QString &id, const QJsonObject &result)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral("UPDATE provider_jobs SET status = 'done', attempts = attempts + 1, "
                       "result = ?, done_at = ?, last_error = NULL WHERE id = ?"),
        { QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)), nowRfc3339(), id });
}

bool ProviderJobQueue::markAttemptFailed(const QString &id, const QString &error, bool giveUp)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q,
                     QStringLiteral("UPDATE provider_jobs SET attempts = attempts + 1, last_error = ?, "
                                    "status = ? WHERE id = ?"),
                     { error, giveUp ? QStringLiteral("failed") : QStringLiteral("pending"), id });
}

} // namespace companion::server
