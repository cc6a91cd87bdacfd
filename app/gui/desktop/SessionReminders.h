#pragma once

#include "app/gui/desktop/DeepLink.h"
#include "models/Session.h"
#include "models/time/ReminderPlan.h"

#include <QObject>
#include <QTimer>

namespace companion {

class DesktopNotifier;

// "Starts in 10 minutes: …" for every session the signed-in user teaches, from the cached
// sessions, so offline too (ReminderPlan has the rule). The checked window and the snoozes
// are kept in the profile's settings per account: a restart never repeats a reminder, a
// sleep or a closed app never loses one (it fires once, "Started 3 minutes ago"). The timer
// wakes at the next due instant or the next minute, whichever comes first, so a suspended
// computer or a changed clock is caught within a minute.
class SessionReminders : public QObject
{
    Q_OBJECT
public:
    static constexpr int snoozeMinutes = 5;

    SessionReminders(DesktopNotifier *notifier, QString settingsPath, QObject *parent = nullptr);

    // Empty: nobody is signed in, nothing is reminded.
    void setAccount(const QString &userId);
    // The sessions to remind of; checked kSettleMs later (once per burst of changes).
    void setSessions(const QList<Session> &sessions);
    void setLeadMinutes(int minutes);
    int leadMinutes() const { return m_leadMinutes; }

    // Fires what is due now (Clock::nowMs()) and re-arms the timer.
    void check();
    void snooze(const QString &sessionId);

Q_SIGNALS:
    void openRequested(const companion::DeepLink &link);
    void reminded(const QString &sessionId);

private:
    void onAction(const QString &tag, const QString &action);
    void notify(const Session &session, const DueReminder &due, qint64 nowMs);
    void arm(qint64 nowMs);
    ReminderState loadState() const;
    void saveState(const ReminderState &state) const;
    QString stateKey() const;

    static constexpr int kSettleMs = 50; // from new sessions to their check

    DesktopNotifier *m_notifier;
    QString m_settingsPath;
    QString m_userId;
    QList<Session> m_sessions;
    int m_leadMinutes = 10;
    QTimer m_timer;
};

} // namespace companion
