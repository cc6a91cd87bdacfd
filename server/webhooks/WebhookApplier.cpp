#include "server/webhooks/WebhookApplier.h"

#include "server/core/Logging.h"
#include "server/store/Database.h"
#include "server/store/WebhookEventStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>

namespace companion::server {

namespace {

// One slice of applying, then the loop serves requests again: short with a gap after it while
// events arrive (within kBusyWindowMs of the last), longer and back to back otherwise. A
// backlog older than kMaxBackseatMs gets the long slices even while events arrive: under a
// sustained load the inbox must not grow without end (acknowledging then slows instead).
constexpr qint64 kBusySliceNs = 2 * 1000 * 1000;
constexpr int kBusyGapMs = 25;
constexpr qint64 kBusyWindowMs = 50;
constexpr qint64 kMaxBackseatMs = 5000;
constexpr qint64 kIdleSliceNs = 8 * 1000 * 1000;
constexpr int kBatch = 64;

// Back-off is measured on the machine's clock, not the (pinnable) demo clock: a pinned
// clock must not hold retries forever.
qint64 realNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

WebhookApplier::WebhookApplier(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    connect(&m_poll, &QTimer::timeout, this, &WebhookApplier::drain);
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &WebhookApplier::drain);
    m_clock.start();
}

void WebhookApplier::start(int pollMs)
{
    m_poll.start(pollMs);
    m_next.start(0);
}

void WebhookApplier::kick()
{
    const bool busy = m_clock.elapsed() - m_lastRecordedMs < kBusyWindowMs;
    m_lastRecordedMs = m_clock.elapsed();
    if (!m_next.isActive())
        m_next.start(busy ? kBusyGapMs : 0);
}

int WebhookApplier::applyDueNow()
{
    int applied = 0;
    QSet<QString> failed;
    for (;;) {
        WebhookEventStore store(m_db);
        QList<WebhookEventStore::Event> due;
        const qint64 now = realNowMs();
        if (!store.due(now, kBatch, &due))
            return applied;
        bool progressed = false;
        for (const WebhookEventStore::Event &event : std::as_const(due)) {
            if (failed.contains(event.key)
                || (!event.objectKey.isEmpty() && failed.contains(event.objectKey)))
                continue;
            QString error;
            if (applyOne(event.key, event.provider, event.payload, &error)) {
                ++applied;
                progressed = true;
                continue;
            }
            failed.insert(event.key);
            if (!event.objectKey.isEmpty())
                failed.insert(event.objectKey);
            store.setAttemptFailed(event.key, error,
                                   now + std::min(m_policy.maxDelayMs, m_policy.firstDelayMs),
                                   event.attempts + 1 >= m_policy.maxAttempts);
        }
        if (!progressed)
            return applied;
    }
}

void WebhookApplier::drain()
{
    if (m_paused)
        return;
    QElapsedTimer slice;
    slice.start();
    const qint64 nowMs = m_clock.elapsed();
    const bool busy = nowMs - m_lastRecordedMs < kBusyWindowMs
        && (m_backlogSinceMs < 0 || nowMs - m_backlogSinceMs < kMaxBackseatMs);
    const qint64 budgetNs = busy ? kBusySliceNs : kIdleSliceNs;
    bool left = false;
    const auto more = [&] {
        left = true;
        m_next.start(busy ? kBusyGapMs : 0);
    };
    WebhookEventStore store(m_db);
    QList<WebhookEventStore::Event> due;
    const qint64 now = realNowMs();
    if (!store.due(now, kBatch, &due))
        return;
    int applied = 0;
    QSet<QString> held; // objects whose earlier event failed in this slice: the rest wait
    for (const WebhookEventStore::Event &event : std::as_const(due)) {
        if (slice.nsecsElapsed() > budgetNs) {
            more();
            break;
        }
        if (!event.objectKey.isEmpty() && held.contains(event.objectKey))
            continue;
        QString error;
        if (applyOne(event.key, event.provider, event.payload, &error)) {
            ++applied;
            continue;
        }
        if (!event.objectKey.isEmpty())
            held.insert(event.objectKey);
        const int attempt = event.attempts + 1;
        const bool dead = attempt >= m_policy.maxAttempts;
        const qint64 delay
            = std::min(m_policy.maxDelayMs, m_policy.firstDelayMs << std::min(attempt - 1, 30));
        store.setAttemptFailed(event.key, error, now + delay, dead);
        if (dead)
            qCWarning(lcWebhooks).noquote()
                << "event" << event.key << event.type << "is dead after" << attempt << "attempts:" << error
                << "(platform-server webhooks --dead lists it, --retry requeues it)";
        else
            qCWarning(lcWebhooks).noquote() << "event" << event.key << event.type << "attempt" << attempt
                                            << "failed:" << error << "; next in" << delay << "ms";
    }
    if (due.size() == kBatch && !left) // a full batch within the slice: there may be more
        more();
    if (!left)
        m_backlogSinceMs = -1;
    else if (m_backlogSinceMs < 0)
        m_backlogSinceMs = nowMs;
    if (applied > 0 && m_onApplied)
        m_onApplied();
}

bool WebhookApplier::applyOne(const QString &key, const QString &provider, const QByteArray &payload,
                              QString *error)
{
    const auto handler = m_handlers.constFind(provider);
    const QJsonObject event = QJsonDocument::fromJson(payload).object();
    if (handler == m_handlers.constEnd()) {
        *error = QStringLiteral("no handler for %1").arg(provider);
        return false;
    }
    if (!m_db.transaction()) {
        *error = QStringLiteral("cannot begin a transaction");
        return false;
    }
    std::optional<QString> status;
    if (m_failPrefix.isEmpty() || !key.startsWith(m_failPrefix))
        status = (*handler)(event);
    WebhookEventStore store(m_db);
    if (!status || !store.setProcessed(key, *status) || !m_db.commit()) {
        m_db.rollback();
        *error = status ? QStringLiteral("could not commit") : QStringLiteral("applying failed; rolled back");
        return false;
    }
    return true;
}

} // namespace companion::server
