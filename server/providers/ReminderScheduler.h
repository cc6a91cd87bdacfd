#pragma once

#include <QtGlobal>

namespace companion::server {

class SessionStore;
class ProviderJobQueue;

// Queues a reminder email to the teacher of every booked session starting within the
// next hour (once per session: the job id is keyed on it); the job runner sends it through
// the email adapter like the booking confirmation.
class ReminderScheduler
{
public:
    static constexpr qint64 kLeadSeconds = 3600;

    ReminderScheduler(SessionStore &sessions, ProviderJobQueue &jobs);
    // Returns how many reminders were queued now; -1 on a database error.
    int enqueueDue(qint64 nowMs); // epoch milliseconds

private:
    SessionStore &m_sessions;
    ProviderJobQueue &m_jobs;
};

} // namespace companion::server
