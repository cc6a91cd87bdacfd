#pragma once

#include "models/schedule/BusySession.h"
#include "server/core/JsonTextWriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

#include <optional>

namespace companion::server {

class ChangeLog;
class Database;

struct NewSession
{
    QString id;
    QString courseId;
    QString offeringId;
    QString teacherId;
    qint64 startMs = 0; // milliseconds since the epoch
    qint64 endMs = 0;
    int seats = 1;
    int bufferBeforeMinutes = 0;
    int bufferAfterMinutes = 0;
    QString status = QStringLiteral("scheduled"); // scheduled | completed | no_show | cancelled
};

// How a user relates to a session; decides whether they may see it.
enum class SessionRelation { None, Teacher, CourseCreator, Student };

// Sessions: writes (each one appends to the change log) and the per-user reads behind
// GET /api/sessions (delta sync) and GET /api/sessions/{id}.
class SessionStore
{
public:
    SessionStore(Database &db, ChangeLog &changes);
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }

    bool insert(const NewSession &session);
    bool reschedule(const QString &id, qint64 startMs, qint64 endMs);
    bool setStatus(const QString &id, const QString &status);
    bool cancel(const QString &id, const QString &reason);
    bool markDeleted(const QString &id);
    bool setRoom(const QString &id, const QString &roomId, const QString &roomSid);
    // Records that a session's bookings changed (a student booked a seat, a payment was
    // refunded), so clients read its seats and students again.
    bool touch(const QString &id);
    bool touchForTransaction(const QString &transactionId);
    bool exists(const QString &id);

    struct Page
    {
        QByteArray items; // the JSON array, as QJsonDocument::toJson(Compact) would write it
        int count = 0;
        qint64 lastSeq = 0; // change_seq of the last item, 0 when empty
        bool hasMore = false;
    };
    // Sessions visible to `userId` whose change_seq > sinceSeq, oldest change first, written
    // as text straight from the rows (a QJsonObject per row cost more than reading them).
    // Items its teacher or its course's creator sees carry their students (see writeStudents).
    Page changesFor(const QString &userId, qint64 sinceSeq, int limit);
    // Whether changesFor would return any item (the change stream's question), without them.
    bool hasChangesFor(const QString &userId, qint64 sinceSeq);
    std::optional<QJsonObject> detail(const QString &userId, const QString &sessionId);
    SessionRelation relation(const QString &userId, const QString &sessionId);
    // Start/end/status of one session (for join windows), if it exists.
    struct Timing
    {
        qint64 startMs = 0; // milliseconds since the epoch
        qint64 endMs = 0;
        QString status;
        QString roomId;
        QString roomSid;
        QString teacherId;
        QString courseTitle;
        QString courseId;
        QString offeringId;
        bool deleted = false;
    };
    std::optional<Timing> timing(const QString &sessionId);
    // The teacher's non-deleted sessions overlapping [fromMs, toMs) (epoch milliseconds), for
    // the slot engine.
    QList<BusySession> busyFor(const QString &teacherId, qint64 fromMs, qint64 toMs);

    // The user's private calendar feed: the sessions they teach or whose course they created.
    struct Calendar
    {
        QList<QJsonObject> sessions; // as GET /api/sessions writes them for this user
        QHash<QString, QStringList> students; // booked students' names by session id
        bool ok = false;
    };
    // Not cancelled, not deleted, ending after `endsAfterMs` (epoch milliseconds), by start.
    Calendar calendarOf(const QString &userId, qint64 endsAfterMs);

    // Whether a checkout may still take a seat in a session.
    struct Seats
    {
        bool exists = false;
        bool cancelledOrDeleted = false;
        int activeEnrollments = 0;
        int enrollmentsOfStudent = 0; // active ones of the student asking
    };
    // nullopt on a database error.
    std::optional<Seats> seats(const QString &sessionId, const QString &studentId);
    // One of the teacher's live sessions overlapping [startMs, endMs) ("" when none). False on
    // a database error.
    bool firstOverlap(const QString &teacherId, qint64 startMs, qint64 endMs, QString *sessionId);

    // PlugNmeet: the session of a room ("" when none). Rooms are named after their session
    // ("room_<session id>"), so an event that overtakes the room bookkeeping still finds it.
    QString forRoom(const QString &roomId);
    // Stores the room id/sid where they are still unset; `*changed` says whether it did.
    bool fillRoom(const QString &sessionId, const QString &roomId, const QString &roomSid, bool *changed);
    // The earliest end time wins in every order.
    bool markRoomFinished(const QString &sessionId, const QString &finishedAt);
    bool setRecordingAvailable(const QString &sessionId, const QString &url);
    // What a session's outcome (completed / no_show) is derived from.
    struct OutcomeFacts
    {
        QString status;
        bool roomFinished = false;
        bool teacherAttended = false;
    };
    std::optional<OutcomeFacts> outcomeFacts(const QString &sessionId);

    // Booked, scheduled sessions starting in (fromMs, toMs] that no reminder job exists for.
    struct Reminder
    {
        QString sessionId;
        QString teacherId;
        QString startsAt; // as stored
    };
    bool remindersDue(qint64 fromMs, qint64 toMs, QList<Reminder> *due);

    // The demo seed's outcomes (no change-log entry: the seed is the initial state).
    bool seedCancelled(const QString &id, const QString &cancelledAt, const QString &reason);
    bool seedHeld(const QString &id, const QString &status, const QString &roomId, const QString &roomSid);
    bool seedRecording(const QString &id, const QString &status, const QString &url = {},
                       int durationSeconds = 0);

private:
    // One session row as JSON (the detail and the calendar feed).
    QJsonObject rowToJson(QSqlQuery &q, const QString &userId);
    // The same row as page text, keys in QJsonObject's order. Returns where its "students"
    // go (the teacher's and the course creator's view), -1 when it has none.
    qsizetype writeItem(JsonTextWriter &out, QSqlQuery &q, const QString &userId) const;
    struct StudentSlot
    {
        QString sessionId;
        qsizetype at = 0; // offset in the page text
        JsonTextWriter students;
    };
    // Writes each carrier's `students` (name, zone, enrollment and payment state) from one query
    // per page; a student's own view lists no classmates.
    void writeStudents(QList<StudentSlot> &carriers);
    QString absoluteUrl(const QString &path) const;

    Database &m_db;
    ChangeLog &m_changes;
    QUrl m_baseUrl;
};

} // namespace companion::server
