#pragma once

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
    QString sessionForRoom(const QString &roomId);
    bool attendance(const QString &sessionId, const QString &event, const QJsonObject &participant,
                    qint64 created);
    bool deriveStatus(const QString &sessionId);
    bool touch(const QString &sessionId);

    Database &m_db;
    ChangeLog &m_changes;
    PaymentLedger &m_ledger;
};

} // namespace companion::server
