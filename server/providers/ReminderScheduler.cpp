#include "server/providers/ReminderScheduler.h"

#include "server/core/TimeFormat.h"
#include "server/providers/ProviderJobQueue.h"
#include "server/store/Database.h"

#include <QSqlQuery>

namespace companion::server {

ReminderScheduler::ReminderScheduler(Database &db, ProviderJobQueue &jobs)
    : m_db(db)
    , m_jobs(jobs)
{ }

int ReminderScheduler::enqueueDue(qint64 nowMs)
{
    QSqlQuery q = m_db.query();
    // Only sessions someone booked and not yet reminded (no job with that id).
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT s.id, s.teacher_id, s.starts_at FROM sessions s WHERE s.deleted = 0 AND "
                           "s.status = 'scheduled' AND s.starts_at > ? AND s.starts_at <= ? AND EXISTS "
                           "(SELECT 1 FROM enrollments e WHERE e.session_id = s.id AND e.status = 'active') "
                           "AND NOT EXISTS (SELECT 1 FROM provider_jobs j WHERE j.id = 'email_reminder_' || "
                           "s.id)"),
            { dbInstantMs(nowMs), dbInstantMs(nowMs + kLeadSeconds * 1000) }))
        return -1;
    QList<QJsonObject> due;
    while (q.next())
        due.append(
            { { QStringLiteral("teacher_id"), q.value(1).toString() },
              { QStringLiteral("session_id"), q.value(0).toString() },
              { QStringLiteral("start"), rfc3339Ms(parseRfc3339Ms(q.value(2).toString()).value_or(0)) } });
    for (const QJsonObject &payload : due) {
        if (!m_jobs.enqueue(QStringLiteral("email_reminder_")
                                + payload.value(QStringLiteral("session_id")).toString(),
                            QStringLiteral("resend"), QStringLiteral("reminder_email"), payload))
            return -1;
    }
    return static_cast<int>(due.size());
}

} // namespace companion::server
