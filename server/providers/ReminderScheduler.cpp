#include "server/providers/ReminderScheduler.h"

#include "models/time/InstantFormat.h"
#include "server/providers/ProviderJobQueue.h"
#include "server/store/SessionStore.h"

namespace companion::server {

ReminderScheduler::ReminderScheduler(SessionStore &sessions, ProviderJobQueue &jobs)
    : m_sessions(sessions)
    , m_jobs(jobs)
{ }

int ReminderScheduler::enqueueDue(qint64 nowMs)
{
    // Only sessions someone booked and not yet reminded (no job with that id).
    QList<SessionStore::Reminder> reminders;
    if (!m_sessions.remindersDue(nowMs, nowMs + kLeadSeconds * 1000, &reminders))
        return -1;
    QList<QJsonObject> due;
    for (const SessionStore::Reminder &reminder : std::as_const(reminders))
        due.append({ { QStringLiteral("teacher_id"), reminder.teacherId },
                     { QStringLiteral("session_id"), reminder.sessionId },
                     { QStringLiteral("start"),
                       instant::toUtcStringMs(instant::parseMs(reminder.startsAt).value_or(0)) } });
    for (const QJsonObject &payload : due) {
        if (!m_jobs.enqueue(QStringLiteral("email_reminder_")
                                + payload.value(QStringLiteral("session_id")).toString(),
                            QStringLiteral("resend"), QStringLiteral("reminder_email"), payload))
            return -1;
    }
    return static_cast<int>(due.size());
}

} // namespace companion::server
