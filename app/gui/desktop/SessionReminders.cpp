#include "app/gui/desktop/SessionReminders.h"

#include "app/gui/desktop/DesktopNotifier.h"
#include "models/time/Clock.h"
#include "models/time/DateText.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimeZone>

#include <algorithm>

Q_LOGGING_CATEGORY(lcReminders, "companion.app.reminders", QtInfoMsg)

namespace companion {

namespace {
const QString tagPrefix = QStringLiteral("reminder:");
constexpr qint64 minuteMs = 60 * 1000;
} // namespace

SessionReminders::SessionReminders(DesktopNotifier *notifier, QString settingsPath, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_settingsPath(std::move(settingsPath))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionReminders::check);
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, &SessionReminders::onAction);
}

void SessionReminders::setAccount(const QString &userId)
{
    if (m_userId == userId)
        return;
    m_userId = userId;
    m_sessions.clear();
    if (m_userId.isEmpty())
        m_timer.stop();
}

void SessionReminders::setSessions(const QList<Session> &sessions)
{
    m_sessions = sessions;
    // Checked a moment later, not inside the change: the screen shows the sessions first
    // (a start with 10 000 of them), and a sync's burst of changes is checked once.
    if (!m_userId.isEmpty())
        m_timer.start(kSettleMs);
}

void SessionReminders::setLeadMinutes(int minutes)
{
    m_leadMinutes = std::clamp(minutes, 0, 24 * 60);
    check();
}

QString SessionReminders::stateKey() const
{
    return QStringLiteral("reminders/%1").arg(m_userId);
}

ReminderState SessionReminders::loadState() const
{
    const QByteArray json = QSettings(m_settingsPath, QSettings::IniFormat).value(stateKey()).toByteArray();
    return ReminderState::fromJson(QJsonDocument::fromJson(json).object());
}

void SessionReminders::saveState(const ReminderState &state) const
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.setValue(stateKey(), QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact));
}

void SessionReminders::check()
{
    if (m_userId.isEmpty())
        return;
    const qint64 now = Clock::nowMs();
    ReminderState state = loadState();
    const ReminderPlan plan(m_userId, m_leadMinutes);
    const QList<DueReminder> due = plan.check(m_sessions, now, state);
    // Saved before showing: a crash now loses a bubble rather than showing it twice.
    saveState(state);
    for (const DueReminder &reminder : due) {
        const auto session = std::find_if(m_sessions.cbegin(), m_sessions.cend(),
                                          [&](const Session &s) { return s.id == reminder.sessionId; });
        if (session != m_sessions.cend())
            notify(*session, reminder, now);
    }
    arm(now);
}

void SessionReminders::arm(qint64 nowMs)
{
    const ReminderPlan plan(m_userId, m_leadMinutes);
    const qint64 next = plan.nextDueAfter(m_sessions, nowMs, loadState());
    const qint64 nextMinute = (nowMs / minuteMs + 1) * minuteMs;
    const qint64 wake = next > 0 ? std::min(next, nextMinute) : nextMinute;
    m_timer.start(int(std::clamp<qint64>(wake - nowMs, 10, minuteMs)));
}

void SessionReminders::notify(const Session &session, const DueReminder &due, qint64 nowMs)
{
    const qint64 startMs = session.start.toMSecsSinceEpoch();
    const int minutes = int((std::abs(startMs - nowMs) + minuteMs / 2) / minuteMs);
    QString summary;
    if (minutes == 0)
        summary = tr("Starting now: %1").arg(session.courseTitle);
    else if (startMs > nowMs)
        summary = tr("Starts in %n minute(s): %1", nullptr, minutes).arg(session.courseTitle);
    else
        summary = tr("Started %n minute(s) ago: %1", nullptr, minutes).arg(session.courseTitle);
    // The teacher's own zone: the one she teaches in (never the machine's guess).
    const QTimeZone zone(session.timeZone.toUtf8());
    const QDateTime start = session.start.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const QDateTime end = session.end.toTimeZone(start.timeZone());
    // English too has a translation file: it spells the %n plural forms.
    const QString booked = tr("%n student(s) booked", nullptr, session.bookedSeats);
    const QString body
        = tr("%1–%2 (%3) · %4")
              .arg(DateText::format(start.time()), DateText::format(end.time()), session.timeZone, booked);
    m_notifier->show({ tagPrefix + session.id,
                       summary,
                       body,
                       { { QStringLiteral("default"), tr("Open") },
                         { QStringLiteral("join"), tr("Join") },
                         { QStringLiteral("snooze"), tr("Snooze %n min", nullptr, snoozeMinutes) } } });
    qCInfo(lcReminders) << "reminded" << session.id << (due.snoozed ? "(snoozed)" : "");
    Q_EMIT reminded(session.id);
}

void SessionReminders::snooze(const QString &sessionId)
{
    if (m_userId.isEmpty())
        return;
    ReminderState state = loadState();
    state.snoozedUntilMs.insert(sessionId, Clock::nowMs() + snoozeMinutes * minuteMs);
    saveState(state);
    arm(Clock::nowMs());
}

void SessionReminders::onAction(const QString &tag, const QString &action)
{
    if (!tag.startsWith(tagPrefix))
        return;
    const QString sessionId = tag.mid(tagPrefix.size());
    if (action == QLatin1String("snooze"))
        snooze(sessionId);
    else if (action == QLatin1String("join"))
        Q_EMIT openRequested(DeepLink::join(sessionId));
    else if (action == QLatin1String("default"))
        Q_EMIT openRequested(DeepLink::session(sessionId));
}

} // namespace companion
