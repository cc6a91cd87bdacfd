#include "server/webhooks/PlugNmeetEvents.h"

#include "models/time/InstantFormat.h"
#include "server/core/JsonFields.h"
#include "server/payments/PaymentLedger.h"
#include "server/store/ChangeLog.h"

#include <QJsonDocument>

namespace companion::server {

using jsonfield::int64; // proto3 JSON: int64 arrive as strings, but numbers are accepted too

PlugNmeetEvents::PlugNmeetEvents(Database &db, ChangeLog &changes, PaymentLedger &ledger)
    : m_sessions(db, changes)
    , m_attendance(db)
    , m_users(db)
    , m_events(db)
    , m_changes(changes)
    , m_ledger(ledger)
{ }

bool PlugNmeetEvents::touch(const QString &sessionId)
{
    return m_changes.record(QStringLiteral("sessions"), QStringLiteral("session"), sessionId,
                            QStringLiteral("update"))
        > 0;
}

std::optional<QString> PlugNmeetEvents::apply(const QJsonObject &event, const QString &recordingBaseUrl)
{
    const QString type = event.value(QStringLiteral("event")).toString();
    const QJsonObject room = event.value(QStringLiteral("room")).toObject();
    const QString roomId = room.value(QStringLiteral("room_id")).toString();
    const qint64 created = int64(event.value(QStringLiteral("created_at")));
    const QString sessionId = m_sessions.forRoom(roomId);
    if (sessionId.isEmpty()) {
        // A room of a session we do not know (yet): its checkout may still be on its way.
        // Keep the event ("parked") and apply it when the session appears.
        return roomId.startsWith(u"room_") ? QStringLiteral("parked") : QStringLiteral("ignored");
    }
    const QString roomSid = room.value(QStringLiteral("sid")).toString();
    if (!roomSid.isEmpty()) {
        bool changed = false;
        if (!m_sessions.fillRoom(sessionId, roomId, roomSid, &changed))
            return std::nullopt;
        if (changed && !touch(sessionId))
            return std::nullopt;
    }
    if (type == u"participant_joined" || type == u"participant_left") {
        if (!attendance(sessionId, type, event.value(QStringLiteral("participant")).toObject(), created))
            return std::nullopt;
        return deriveStatus(sessionId) ? std::optional<QString>(QStringLiteral("processed")) : std::nullopt;
    }
    if (type == u"room_finished" || type == u"session_ended") {
        // Either may come first; the earliest end time wins in every order.
        if (!m_sessions.markRoomFinished(sessionId, instant::toUtcStringSecs(created)))
            return std::nullopt;
        return deriveStatus(sessionId) ? std::optional<QString>(QStringLiteral("processed")) : std::nullopt;
    }
    if (type == u"recording_proceeded") {
        const QJsonObject info = event.value(QStringLiteral("recording_info")).toObject();
        const QString path = info.value(QStringLiteral("file_path")).toString();
        if (path.isEmpty())
            return QStringLiteral("ignored");
        const QString url = recordingBaseUrl + QStringLiteral("/download/recording/")
            + info.value(QStringLiteral("record_id")).toString();
        if (!m_sessions.setRecordingAvailable(sessionId, url) || !touch(sessionId))
            return std::nullopt;
        return QStringLiteral("processed");
    }
    return QStringLiteral("ignored"); // room_started (sid stored above), tracks, analytics, ...
}

bool PlugNmeetEvents::replayParked(const QString &sessionId, const QString &recordingBaseUrl)
{
    QList<WebhookEventStore::Parked> parked;
    if (!m_events.parkedForRoom(QStringLiteral("room_") + sessionId, &parked))
        return false;
    for (const auto &[key, payload] : std::as_const(parked)) {
        const auto status = apply(QJsonDocument::fromJson(payload).object(), recordingBaseUrl);
        if (!status || !m_events.setStatus(key, *status))
            return false;
    }
    return true;
}

bool PlugNmeetEvents::attendance(const QString &sessionId, const QString &type,
                                 const QJsonObject &participant, qint64 created)
{
    const QString userId = participant.value(QStringLiteral("identity")).toString();
    const QString sid = participant.value(QStringLiteral("sid")).toString();
    if (userId.isEmpty() || sid.isEmpty() || !m_users.exists(userId))
        return true; // someone we do not know (a guest): nothing to record
    // Both events carry the participant's joined_at, so a participant_left that overtakes
    // its participant_joined still records the whole visit.
    const qint64 joinedAt = participant.contains(QStringLiteral("joined_at"))
        ? int64(participant.value(QStringLiteral("joined_at")))
        : created;
    const QVariant leftAt
        = type == u"participant_left" ? QVariant(instant::toUtcStringSecs(created)) : QVariant();
    return m_attendance.recordVisit(QStringLiteral("att_") + sid, sessionId, userId,
                                    instant::toUtcStringSecs(joinedAt), leftAt)
        && touch(sessionId);
}

bool PlugNmeetEvents::deriveStatus(const QString &sessionId)
{
    const auto facts = m_sessions.outcomeFacts(sessionId);
    if (!facts)
        return false;
    if (facts->status == u"cancelled" || !facts->roomFinished)
        return true;
    const QString status = facts->teacherAttended ? QStringLiteral("completed") : QStringLiteral("no_show");
    // setStatus appends the change-log entry.
    if (status != facts->status && !m_sessions.setStatus(sessionId, status))
        return false;
    // Completed sessions release the teacher's and creator's shares (transfers).
    return m_ledger.reconcileSession(sessionId);
}

} // namespace companion::server
