#pragma once

#include "models/Session.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace companion {

// What the reminder checker remembers between runs (persisted, so that a restart never fires
// a reminder twice and a sleep never loses one): the end of the last checked window and
// the snoozed sessions with the instant each is due again.
struct ReminderState
{
    qint64 checkedUpToMs = -1; // -1: never checked (a new profile)
    QHash<QString, qint64> snoozedUntilMs; // session id -> when to remind again

    QJsonObject toJson() const;
    static ReminderState fromJson(const QJsonObject &json);
};

struct DueReminder
{
    QString sessionId;
    qint64 dueAtMs = 0; // the instant the reminder was meant for
    bool snoozed = false;
};

// KDE's reminder-daemon rule, for the sessions a user teaches: every reminder whose instant
// (start − lead, or a snooze's end) lies in the window (checkedUpTo, now] is due, once; a
// session that has ended or is cancelled is never reminded. Checking moves the window on, so
// a reminder missed while the computer slept fires once when it wakes, and never again.
// Instants only: DST and the machine's zone cannot move a reminder.
class ReminderPlan
{
public:
    ReminderPlan(QString userId, int leadMinutes);

    // On a profile's first check nothing older than this is reminded (a session already
    // running still is, when it started within the last hour).
    static constexpr qint64 firstWindowMs = 60 * 60 * 1000;

    // Reminders due at `nowMs`, in start order; advances `state` to now and drops the
    // snoozes that fired or whose session is gone.
    QList<DueReminder> check(const QList<Session> &sessions, qint64 nowMs, ReminderState &state) const;
    // The earliest instant after `nowMs` at which check() would find something, or -1.
    qint64 nextDueAfter(const QList<Session> &sessions, qint64 nowMs, const ReminderState &state) const;

    bool remindable(const Session &session) const;
    qint64 remindAtMs(const Session &session) const;

private:
    QString m_userId;
    qint64 m_leadMs;
};

} // namespace companion
