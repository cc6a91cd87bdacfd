#pragma once

#include "services/storage/SqliteFile.h"

#include <QDateTime>
#include <QJsonObject>

namespace companion {

// One queued edit, replayed in order with a stable Idempotency-Key, so replaying it after a
// crash can never apply it twice. Availability edits replace the whole schedule and carry the
// server version they were made against (If-Match); a session cancel names the session, the
// reason and the teacher's message; a feed post names the feed, its text and when it was written.
struct OutboxEdit
{
    enum class State { Pending, Conflict, Failed };

    qint64 seq = 0;
    QString userId;
    QString kind; // "availability" | "session_cancel" | "feed_post"
    QJsonObject body;
    QString idempotencyKey;
    int baseVersion = 0;
    // Made on top of the edit before it (not yet on the server): its If-Match is
    // whatever version that edit produces.
    bool chained = false;
    State state = State::Pending;
    QJsonObject serverBody; // the server's schedule when in conflict
    int serverVersion = -1;
    QString error;
    QDateTime createdAt;

    static QString stateName(State state);
    QJsonObject toJson() const;
};

// The outbox (SQLite, <profile>/outbox.sqlite, its own file): unlike the cache
// it is not rebuildable, so it is never dropped. A damaged file is kept aside
// and reported. Not thread-safe: lives on the storage thread.
class OutboxStore
{
public:
    explicit OutboxStore(const QString &path);

    QString open();
    // Set when open() found the outbox damaged: where the old file was kept.
    QString damagedCopy() const { return m_damagedCopy; }
    bool integrityCheck() { return m_file.integrityCheck(); }

    // Queues an availability edit for `userId`; `knownVersion` is the server
    // version the user's screen showed. Returns the stored edit.
    std::optional<OutboxEdit> enqueueAvailability(const QString &userId, const QJsonObject &schedule,
                                                  int knownVersion);
    // Queues cancelling `sessionId` (POST /api/sessions/{id}/cancel when replayed).
    std::optional<OutboxEdit> enqueueSessionCancel(const QString &userId, const QString &sessionId,
                                                   const QString &reason, const QString &message);
    // Queues a post to a feed, written at the clock's now; replayed as a Stream activity whose
    // foreign_id is "post:<key>" and whose time is that moment, so a retry is the same post.
    std::optional<OutboxEdit> enqueueFeedPost(const QString &userId, const QString &feedId,
                                              const QString &feedTitle, const QString &text, bool announce);
    QList<OutboxEdit> edits(const QString &userId);
    std::optional<OutboxEdit> nextPending(const QString &userId);
    int pendingCount(const QString &userId);
    int conflictCount(const QString &userId);

    // The server applied `seq` and now has `newVersion`: remove it and hand the
    // version to the edit chained on it, in one transaction.
    bool markApplied(qint64 seq, int newVersion);
    bool markConflict(qint64 seq, const QJsonObject &serverBody, int serverVersion, const QString &message);
    bool markFailed(qint64 seq, const QString &message);
    // Conflict resolution. keepMine re-queues the edit against the server's
    // current version (with a fresh key); takeTheirs drops it and the edits built on it.
    bool keepMine(qint64 seq);
    bool takeTheirs(qint64 seq);
    // Removes a failed edit the user dismissed.
    bool discard(qint64 seq);

private:
    std::optional<OutboxEdit> bySeq(qint64 seq);
    std::optional<OutboxEdit> insert(const QString &userId, const QString &kind, const QJsonObject &body,
                                     int baseVersion, bool chained);

    SqliteFile m_file;
    QString m_damagedCopy;
};

} // namespace companion
