#include "server/webhooks/PlugNmeetEvents.h"

#include "server/core/TimeFormat.h"
#include "server/payments/PaymentLedger.h"
#include "server/store/ChangeLog.h"
#include "server/store/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace companion::server {

namespace {

// proto3 JSON: int64 arrive as strings, but accept numbers too.
qint64 int64(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : static_cast<qint64>(value.toDouble());
}

} // namespace

PlugNmeetEvents::PlugNmeetEvents(Database &db, ChangeLog &changes, PaymentLedger &ledger)
    : m_db(db)
    , m_changes(changes)
    , m_ledger(ledger)
{ }

QString PlugNmeetEvents::sessionForRoom(const QString &roomId)
{
    QSqlQuery q = m_db.query();
    if (m_db.exec(q, QStringLiteral("SELECT id FROM sessions WHERE plugnmeet_room_id = ?"), { roomId })
        && q.next())
        return q.value(0).toString();
    // Rooms are named after their session ("room_<session id>"), so an event that overtakes
    // the room bookkeeping still finds its session.
    if (roomId.startsWith(u"room_")
        && m_db.exec(q, QStringLiteral("SELECT id FROM sessions WHERE id = ?"), { roomId.mid(5) })
        && q.next())
        return q.value(0).toString();
    return {};
}

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
    const QString sessionId = sessionForRoom(roomId);
    if (sessionId.isEmpty()) {
        // A room of a session we do not know (yet): its checkout may still be on its way.
        // Keep the event ("parked") and apply it when the session appears.
        return roomId.startsWith(u"room_") ? QStringLiteral("parked") : QStringLiteral("ignored");
    }
    QSqlQuery q = m_db.query();
    const QString roomSid = room.value(QStringLiteral("sid")).toString();
    if (!roomSid.isEmpty()) {
        if (!m_db.exec(
                q,
                QStringLiteral("UPDATE sessions SET plugnmeet_room_id = COALESCE(plugnmeet_room_id, ?), "
                               "plugnmeet_room_sid = COALESCE(plugnmeet_room_sid, ?) WHERE id = ? AND "
                               "(plugnmeet_room_id IS NULL OR plugnmeet_room_sid IS NULL)"),
                { roomId, roomSid, sessionId }))
            return std::nullopt;
        if (q.numRowsAffected() > 0 && !touch(sessionId))
            return std::nullopt;
    }
    if (type == u"participant_joined" || type == u"participant_left") {
        if (!attendance(sessionId, type, event.value(QStringLiteral("participant")).toObject(), created))
            return std::nullopt;
        return deriveStatus(sessionId) ? std::optional<QString>(QStringLiteral("processed")) : std::nullopt;
    }
    if (type == u"room_finished" || type == u"session_ended") {
        // Either may come first; the earliest end time wins in every order.
        if (!m_db.exec(
                q,
                QStringLiteral("UPDATE sessions SET room_finished_at = CASE WHEN room_finished_at IS NULL "
                               "OR room_finished_at > ? THEN ? ELSE room_finished_at END WHERE id = ?"),
                { rfc3339Secs(created), rfc3339Secs(created), sessionId }))
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
        if (!m_db.exec(q,
                       QStringLiteral("UPDATE sessions SET recording_status = 'available', recording_url = ? "
                                      "WHERE id = ?"),
                       { url, sessionId })
            || !touch(sessionId))
            return std::nullopt;
        return QStringLiteral("processed");
    }
    return QStringLiteral("ignored"); // room_started (sid stored above), tracks, analytics, ...
}

bool PlugNmeetEvents::replayParked(const QString &sessionId, const QString &recordingBaseUrl)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT id, payload FROM webhook_events WHERE provider = 'plugnmeet' AND status = "
                           "'parked' AND json_extract(payload, '$.room.room_id') = ? ORDER BY id"),
            { QStringLiteral("room_") + sessionId }))
        return false;
    QList<QPair<QString, QByteArray>> parked;
    while (q.next())
        parked.append({ q.value(0).toString(), q.value(1).toString().toUtf8() });
    for (const auto &[id, payload] : parked) {
        const auto status = apply(QJsonDocument::fromJson(payload).object(), recordingBaseUrl);
        if (!status
            || !m_db.exec(q, QStringLiteral("UPDATE webhook_events SET status = ? WHERE id = ?"),
                          { *status, id }))
            return false;
    }
    return true;
}

bool PlugNmeetEvents::attendance(const QString &sessionId, const QString &type,
                                 const QJsonObject &participant, qint64 created)
{
    const QString userId = participant.value(QStringLiteral("identity")).toString();
    const QString sid = participant.value(QStringLiteral("sid")).toString();
    QSqlQuery q = m_db.query();
    if (userId.isEmpty() || sid.isEmpty()
        || !m_db.exec(q, QStringLiteral("SELECT 1 FROM users WHERE id = ?"), { userId }) || !q.next())
        return true; // someone we do not know (a guest): nothing to record
    // Both events carry the participant's joined_at, so a participant_left that overtakes
    // its participant_joined still records the whole visit.
    const qint64 joinedAt = participant.contains(QStringLiteral("joined_at"))
        ? int64(participant.value(QStringLiteral("joined_at")))
        : created;
    const QVariant leftAt = type == u"participant_left" ? QVariant(rfc3339Secs(created)) : QVariant();
    if (!m_db.exec(
            q,
            QStringLiteral("INSERT INTO session_attendance (id, session_id, user_id, joined_at, left_at) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET joined_at = "
                           "MIN(joined_at, excluded.joined_at), left_at = COALESCE(excluded.left_at, "
                           "left_at)"),
            { QStringLiteral("att_") + sid, sessionId, userId, rfc3339Secs(joinedAt), leftAt }))
        return false;
    return m_db.exec(
               q,
               QStringLiteral("UPDATE session_attendance SET duration_seconds = CASE WHEN left_at IS NULL "
                              "THEN NULL ELSE MAX(0, CAST(strftime('%s', left_at) AS INTEGER) - "
                              "CAST(strftime('%s', joined_at) AS INTEGER)) END WHERE id = ?"),
               { QStringLiteral("att_") + sid })
        && touch(sessionId);
}

bool PlugNmeetEvents::deriveStatus(const QString &sessionId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT s.status, s.room_finished_at IS NOT NULL, EXISTS (SELECT 1 FROM "
                           "session_attendance a WHERE a.session_id = s.id AND a.user_id = s.teacher_id) "
                           "FROM sessions s WHERE s.id = ?"),
            { sessionId })
        || !q.next())
        return false;
    const QString current = q.value(0).toString();
    if (current == u"cancelled" || !q.value(1).toBool())
        return true;
    const QString status = q.value(2).toBool() ? QStringLiteral("completed") : QStringLiteral("no_show");
    if (status != current) {
        if (!m_db.exec(q, QStringLiteral("UPDATE sessions SET status = ? WHERE id = ?"),
                       { status, sessionId })
            || !touch(sessionId))
            return false;
    }
    // Completed sessions release the teacher's and creator's shares (transfers).
    return m_ledger.reconcileSession(sessionId);
}

} // namespace companion::server
