#pragma once

#include "services/net/ApiResponse.h"
#include "services/net/PlatformClient.h"
#include "services/sync/RetryPolicy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace companion {

class AuthSession;
class OutboxStore;
class Storage;
class StreamFeedClient;

// Keeps the account's cache in step with the server and drains the outbox.
// One sync = replay the outbox in order (OutboxReplayer, one job per edit), then
// pull every collection: me (fed back into AuthSession, the user's one owner),
// offerings, availability, sessions and splits (DeltaPager: cursor pages, each
// applied in one transaction with its cursor) and the earnings summaries. A document equal
// to the cached one is not announced again (`collectionChanged` means changed).
// Failures follow RetryPolicy: back off exponentially with jitter (429 honours
// Retry-After); a network failure flips `online` to false, and a later success
// or a reachability change flips it back and syncs.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY syncingChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY lastSyncedAtChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int pendingEdits READ pendingEdits NOTIFY outboxChanged)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY outboxChanged)
public:
    enum class Outcome { Ok, Offline, AuthFailed, ServerError, Conflict };
    Q_ENUM(Outcome)

    SyncEngine(AuthSession *session, Storage *storage, QObject *parent = nullptr);

    bool online() const { return m_online; }
    bool syncing() const { return m_syncing; }
    double progress() const { return m_progress; }
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    QString lastError() const { return m_lastError; }
    int pendingEdits() const { return m_pendingEdits; }
    int conflicts() const { return m_conflicts; }
    Outcome lastOutcome() const { return m_lastOutcome; }

    // Page size for delta sync (the server allows 1..500).
    void setPageSize(int size) { m_pageSize = size; }
    // Periodic sync and sync on reconnect (the GUI turns this on; the CLI does not). The
    // change stream beside the engine follows it (automaticSyncStarted).
    void startAutomaticSync(int intervalMs = 5 * 60 * 1000);
    // The failure classification and back-off (tests inject a fixed random source).
    void setRetryPolicy(RetryPolicy policy) { m_retryPolicy = std::move(policy); }

    // Queues an availability edit (written to the outbox before anything is sent)
    // made against server version `knownVersion`, then starts a sync.
    void queueAvailabilityEdit(const QJsonObject &schedule, int knownVersion,
                               std::function<void(bool queued, QString error)> done = {});
    // Queues cancelling a session (written to the outbox first, sent once, in order, also
    // after a restart), then starts a sync.
    void queueSessionCancel(const QString &sessionId, const QString &reason, const QString &message,
                            std::function<void(bool queued, QString error)> done = {});
    // Conflict resolution, then a sync.
    // A post to a feed, queued like an edit: sent at once online, once the platform is back
    // offline; never twice (Stream keeps one activity per foreign_id and time).
    void queueFeedPost(const QString &feedId, const QString &feedTitle, const QString &text, bool announce,
                       std::function<void(bool queued, QString error)> done = {});
    // The feeds client the outbox replays posts through; the Feed page shares its tokens.
    StreamFeedClient *feeds() const { return m_feeds; }
    void resolveConflict(qint64 seq, bool keepMine, std::function<void(bool)> done = {});
    // Re-reads the outbox counters (after changes made elsewhere).
    void refreshOutboxCounts();

public Q_SLOTS:
    void syncNow();

Q_SIGNALS:
    void onlineChanged();
    void syncingChanged();
    void progressChanged();
    void lastSyncedAtChanged();
    void lastErrorChanged();
    void outboxChanged();
    // A collection's cached data changed ("sessions", "splits", "me", …).
    void collectionChanged(const QString &collection);
    void syncFinished(companion::SyncEngine::Outcome outcome);
    void automaticSyncStarted();

private:
    enum class Step { Outbox, Me, Offerings, Availability, Sessions, Splits, Earnings, Done };

    void runStep();
    void nextStep();
    void replayNext();
    // GET `path` → validate → cache as `key` → `collectionChanged(collection)` when the content
    // changed → `next(document)`. Documents and earnings summaries alike.
    void pullDocument(const QString &path, const QString &key, const QString &collection,
                      std::function<void(const QJsonObject &document, bool changed)> next);
    // Cursor pages of "sessions" or "splits" (DeltaPager), `collectionChanged` per applied page.
    void pullCollection(const QString &collection);
    void pullEarnings(int index);
    void finish(Outcome outcome, const QString &error = {});
    // Classifies a failed response and ends the sync; returns the outcome used.
    void fail(const ApiResponse &response);
    void setOutboxCounts(int pending, int conflicts);
    // Writes one edit to the outbox on the storage thread; then the counts, "outbox"
    // changed, `done` (with `failure` when nothing was written) and a sync to send it.
    void enqueue(std::function<bool(OutboxStore &, const QString &user)> write, const QString &failure,
                 std::function<void(bool, QString)> done);
    void request(PlatformClient::Method method, const QString &path, const QJsonObject &body,
                 PlatformClient::Callback callback, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void setOnline(bool online);
    void setProgress(double progress);
    void setLastError(const QString &error);
    QString userId() const;

    AuthSession *m_session;
    Storage *m_storage;
    StreamFeedClient *m_feeds;
    QTimer m_periodic;
    QTimer m_retry;
    bool m_online = true;
    bool m_syncing = false;
    bool m_again = false;
    double m_progress = 0;
    QDateTime m_lastSyncedAt;
    QString m_lastError;
    int m_pendingEdits = 0;
    int m_conflicts = 0;
    int m_failures = 0; // consecutive, for backoff
    RetryPolicy m_retryPolicy;
    int m_pageSize = 500; // the server's maximum: fewest round trips
    Step m_step = Step::Done;
    Outcome m_lastOutcome = Outcome::Ok;
    bool m_conflictSeen = false;
    bool m_splitsChanged = false; // this round brought split changes: summaries are stale
    bool m_earningsChanged = false; // a summary pulled this round differs from the cached one
    int m_generation = 0; // bumped when a round ends
};

} // namespace companion
