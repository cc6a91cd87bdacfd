#include "models/time/ReminderPlan.h"

#include <QJsonValue>

#include <algorithm>

namespace companion {

QJsonObject ReminderState::toJson() const
{
    QJsonObject snoozes;
    for (auto it = snoozedUntilMs.cbegin(); it != snoozedUntilMs.cend(); ++it)
        snoozes.insert(it.key(), double(it.value()));
    return { { QStringLiteral("checked_up_to_ms"), double(checkedUpToMs) },
             { QStringLiteral("snoozed_until_ms"), snoozes } };
}

ReminderState ReminderState::fromJson(const QJsonObject &json)
{
    ReminderState state;
    const QJsonValue checked = json.value(QStringLiteral("checked_up_to_ms"));
    if (checked.isDouble())
        state.checkedUpToMs = qint64(checked.toDouble());
    const QJsonObject snoozes = json.value(QStringLiteral("snoozed_until_ms")).toObject();
    for (auto it = snoozes.constBegin(); it != snoozes.constEnd(); ++it) {
        if (it.value().isDouble())
            state.snoozedUntilMs.insert(it.key(), qint64(it.value().toDouble()));
    }
    return state;
}

ReminderPlan::ReminderPlan(QString userId, int leadMinutes)
    : m_userId(std::move(userId))
    , m_leadMs(qint64(std::max(0, leadMinutes)) * 60 * 1000)
{ }

bool ReminderPlan::remindable(const Session &session) const
{
    return !m_userId.isEmpty() && session.teacherId == m_userId
        && session.status == Session::Status::Scheduled && session.start.isValid();
}

qint64 ReminderPlan::remindAtMs(const Session &session) const
{
    return session.start.toMSecsSinceEpoch() - m_leadMs;
}

QList<DueReminder> ReminderPlan::check(const QList<Session> &sessions, qint64 nowMs,
                                       ReminderState &state) const
{
    const qint64 from = state.checkedUpToMs >= 0 ? state.checkedUpToMs : nowMs - firstWindowMs;
    auto inWindow = [&](qint64 instant) { return instant > from && instant <= nowMs; };
    QList<DueReminder> due;
    QList<const Session *> order;
    QHash<QString, qint64> keptSnoozes;
    for (const Session &session : sessions) {
        if (!remindable(session) || session.end.toMSecsSinceEpoch() <= nowMs)
            continue;
        const auto snooze = state.snoozedUntilMs.constFind(session.id);
        if (snooze != state.snoozedUntilMs.cend()) {
            // A snoozed session's lead reminder already fired: only the snooze counts.
            if (*snooze <= nowMs)
                due.append({ session.id, *snooze, true });
            else
                keptSnoozes.insert(session.id, *snooze);
            continue;
        }
        const qint64 at = remindAtMs(session);
        if (inWindow(at))
            due.append({ session.id, at, false });
    }
    std::sort(due.begin(), due.end(),
              [](const DueReminder &a, const DueReminder &b) { return a.dueAtMs < b.dueAtMs; });
    state.snoozedUntilMs = keptSnoozes;
    state.checkedUpToMs = std::max(nowMs, from);
    return due;
}

qint64 ReminderPlan::nextDueAfter(const QList<Session> &sessions, qint64 nowMs,
                                  const ReminderState &state) const
{
    qint64 next = -1;
    auto consider = [&](qint64 instant) {
        if (instant > nowMs && (next < 0 || instant < next))
            next = instant;
    };
    for (const Session &session : sessions) {
        if (!remindable(session) || session.end.toMSecsSinceEpoch() <= nowMs)
            continue;
        const auto snooze = state.snoozedUntilMs.constFind(session.id);
        consider(snooze != state.snoozedUntilMs.cend() ? *snooze : remindAtMs(session));
    }
    return next;
}

} // namespace companion
