#pragma once

#include "server/store/AttendanceStore.h"
#include "server/store/SessionStore.h"
#include "server/store/UserStore.h"
#include "server/store/WebhookEventStore.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace companion::server {

class ChangeLog;
class Database;
class PaymentLedger;

// Applies one verified PlugNmeet webhook: attendance (one row per LiveKit participant sid,
// so several joins of one person are several rows), the room's sid, the end of the session
// (room_finished or session_ended, whichever comes first) and the recording. The session's
// status is derived from the facts: finished + teacher attended = completed, else no_show.
class PlugNmeetEvents
{
public:
    PlugNmeetEvents(Database &db, ChangeLog &changes, PaymentLedger &ledger);

    std::optional<QString> apply(const QJsonObject &event, const QString &recordingBaseUrl);

    // Applies the events parked for this session's room (they arrived before its checkout).
    bool replayParked(const QString &sessionId, const QString &recordingBaseUrl);

private:
    bool attendance(const QString &sessionId, const QString &event, const QJsonObject &participant,
                    qint64 created);
    bool deriveStatus(const QString &sessionId);
    bool touch(const QString &sessionId);

    SessionStore m_sessions;
    AttendanceStore m_attendance;
    UserStore m_users;
    WebhookEventStore m_events;
    ChangeLog &m_changes;
    PaymentLedger &m_ledger;
};

} // namespace companion::server
