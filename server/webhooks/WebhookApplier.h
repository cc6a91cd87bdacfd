#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace companion::server {

class Database;

// Applies the events the WebhookInbox recorded, on the event loop but never inside a
// request: in slices of a few milliseconds, so requests are served in between. While events
// keep arriving, acknowledging them comes first: short slices with gaps (most of the loop
// for the senders), for up to 5 s of backlog; once they stop, or the backlog is older, it is
// applied back to back. Each event is
// applied in its own transaction with its status ("processed", "parked", "ignored"), so it
// applies once or not at all, also across a crash. Events of one object apply in the order
// they arrived. A failed apply is rolled back and retried with exponential back-off; after
// the last attempt the event is "dead" until `platform-server webhooks --retry` requeues it.
// start() drains what a previous run left (a crash between record and apply).
class WebhookApplier : public QObject
{
    Q_OBJECT
public:
    // What an event of one provider does: "processed" / "parked" / "ignored", or nullopt to
    // roll its effects back and retry.
    using Handler = std::function<std::optional<QString>(const QJsonObject &event)>;
    struct RetryPolicy
    {
        int maxAttempts = 12;
        qint64 firstDelayMs = 1000; // doubled after every failed attempt
        qint64 maxDelayMs = 3600 * 1000;
    };

    explicit WebhookApplier(Database &db, QObject *parent = nullptr);

    void setHandler(const QString &provider, Handler handler)
    {
        m_handlers.insert(provider, std::move(handler));
    }
    // Called after a slice that applied at least one event (the job runner starts at once).
    void setOnApplied(std::function<void()> callback) { m_onApplied = std::move(callback); }
    void setRetryPolicy(RetryPolicy policy) { m_policy = policy; }
    // Test hooks (development only): hold every event in the inbox, or fail those whose key
    // starts with `prefix` (to reach the dead-letter state).
    void setPaused(bool paused) { m_paused = paused; }
    void setFailKeysStartingWith(const QString &prefix) { m_failPrefix = prefix; }

    void start(int pollMs = 1000); // drains now, then looks for retries due every pollMs
    void kick(); // a new event was recorded: drain soon (after the current request)
    // Applies every event due now, back to back, in this call (tools and the fuzz harness,
    // which have no event loop running); a failure waits for the normal retry. The number
    // applied.
    int applyDueNow();

private:
    void drain();
    bool applyOne(const QString &key, const QString &provider, const QByteArray &payload, QString *error);

    Database &m_db;
    QHash<QString, Handler> m_handlers;
    std::function<void()> m_onApplied;
    RetryPolicy m_policy;
    bool m_paused = false;
    QString m_failPrefix;
    QTimer m_poll;
    QTimer m_next; // the next slice
    QElapsedTimer m_clock;
    qint64 m_lastRecordedMs = -1000000;
    qint64 m_backlogSinceMs = -1; // when the current backlog began (m_clock), -1: none
};

} // namespace companion::server
