#pragma once

#include <QString>
#include <QVariant>

namespace companion::server {

class Database;

// session_attendance: one row per visit (a LiveKit participant sid), so several joins of
// one person are several rows.
class AttendanceStore
{
public:
    explicit AttendanceStore(Database &db);

    // Records a participant_joined/left: the earliest joined_at wins, a left_at is kept once
    // known (null `leftAt` = still there), and the duration follows from both.
    bool recordVisit(const QString &id, const QString &sessionId, const QString &userId,
                     const QString &joinedAt, const QVariant &leftAt);
    // A finished visit as the demo seed writes it.
    bool insertVisit(const QString &id, const QString &sessionId, const QString &userId,
                     const QString &joinedAt, const QString &leftAt, qint64 durationSeconds);

private:
    Database &m_db;
};

} // namespace companion::server
