#include "services/sync/SyncEngine.h"

#include "models/JsonReader.h"
#include "models/User.h"
#include "models/money/EarningsSummary.h"
#include "models/schedule/Offering.h"
#include "models/schedule/Schedule.h"
#include "models/time/Clock.h"
#include "services/Logging.h"
#include "services/auth/AuthSession.h"
#include "services/feed/StreamFeedClient.h"
#include "services/storage/CacheStore.h"
#include "services/storage/OutboxStore.h"
#include "services/storage/Storage.h"
#include "services/sync/DeltaPager.h"
#include "services/sync/OutboxReplayer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkInformation>
#include <QPointer>
#include <QTimeZone>

namespace companion {

namespace {

constexpr int kStepCount = 7;
const QStringList kEarningsGroupings
    = { QStringLiteral("month"), QStringLiteral("course"), QStringLiteral("status") };

// Checks a whole document before it may replace the cached one: a reply with
// the right shape but wrong types must never reach the cache. Each type knows
// its own shape (fromJson); this only dispatches.
QString validateDocument(const QString &key, const QJsonObject &document)
{
    QString error;
    if (key == QLatin1String("me")) {
        if (!User::fromJson(document, &error))
            return error;
    } else if (key == QLatin1String("availability")) {
        JsonReader reader(document, QStringLiteral("availability"));
        reader.integer("version");
        if (!reader.ok())
            return reader.error();
        if (!Schedule::fromJson(document, &error))
            return error;
    } else if (key == QLatin1String("offerings")) {
        const QJsonValue list = document.value(QLatin1String("offerings"));
        if (!list.isArray())
            return QStringLiteral("offerings is not a list");
        for (const QJsonValue &item : list.toArray())
            if (!item.isObject() || !Offering::fromJson(item.toObject(), &error))
                return error.isEmpty() ? QStringLiteral("an offering is not an object") : error;
    } else if (key.startsWith(QLatin1String("earnings:"))) {
        if (!EarningsSummary::fromJson(document, &error))
            return error;
    }
    return {};
}

struct Counts
{
    int pending = 0;
    int conflicts = 0;

    static Counts of(OutboxStore *outbox, const QString &user)
    {
        return { outbox->pendingCount(user), outbox->conflictCount(user) };
    }
};

// A storage job's result together with the outbox counts read in the same hop.
template<typename T> struct WithCounts
{
    T value {};
    Counts counts;
};

} // namespace

SyncEngine::SyncEngine(AuthSession *session, Storage *storage, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_storage(storage)
    , m_feeds(new StreamFeedClient(session, this))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::syncNow);
}

QString SyncEngine::userId() const
{
    return m_session->user().id;
}

void SyncEngine::startAutomaticSync(int intervalMs)
{
    m_periodic.start(intervalMs);
    // Reachability is a hint where a backend exists (NetworkManager); request
    // outcomes stay the source of truth.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online) {
                        qCInfo(lcSync) << "network is back; syncing";
                        m_failures = 0;
                        syncNow();
                    } else if (reachability == QNetworkInformation::Reachability::Disconnected) {
                        setOnline(false);
                    }
                });
    }
    Q_EMIT automaticSyncStarted();
}

void SyncEngine::request(PlatformClient::Method method, const QString &path, const QJsonObject &body,
                         PlatformClient::Callback callback,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    // The engine may be gone when the reply arrives (sign-out mid-sync): drop it then.
    m_session->send(
        method, path, body,
        [self = QPointer<SyncEngine>(this), callback](const ApiResponse &response) {
            if (self)
                callback(response);
        },
        headers);
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged();
}

void SyncEngine::setProgress(double progress)
{
    if (qFuzzyCompare(m_progress, progress))
        return;
    m_progress = progress;
    Q_EMIT progressChanged();
}

void SyncEngine::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void SyncEngine::setOutboxCounts(int pending, int conflicts)
{
    if (pending == m_pendingEdits && conflicts == m_conflicts)
        return;
    m_pendingEdits = pending;
    m_conflicts = conflicts;
    Q_EMIT outboxChanged();
}

void SyncEngine::refreshOutboxCounts()
{
    const QString user = userId();
    m_storage->run<Counts>(
        this, [user](Storage::Stores &stores) { return Counts::of(stores.outbox, user); },
        [this](const Counts &counts) { setOutboxCounts(counts.pending, counts.conflicts); });
}

void SyncEngine::enqueue(std::function<bool(OutboxStore &, const QString &user)> write,
                         const QString &failure, std::function<void(bool, QString)> done)
{
    const QString user = userId();
    m_storage->run<WithCounts<bool>>(
        this,
        [user, write = std::move(write)](Storage::Stores &stores) {
            const bool queued = write(*stores.outbox, user);
            return WithCounts<bool> { queued, Counts::of(stores.outbox, user) };
        },
        [this, failure, done = std::move(done)](const WithCounts<bool> &result) {
            setOutboxCounts(result.counts.pending, result.counts.conflicts);
            Q_EMIT collectionChanged(QStringLiteral("outbox"));
            if (done)
                done(result.value, result.value ? QString() : failure);
            if (result.value)
                syncNow();
        });
}

void SyncEngine::queueAvailabilityEdit(const QJsonObject &schedule, int knownVersion,
                                       std::function<void(bool, QString)> done)
{
    enqueue(
        [schedule, knownVersion](OutboxStore &outbox, const QString &user) {
            return outbox.enqueueAvailability(user, schedule, knownVersion).has_value();
        },
        QCoreApplication::translate("SyncEngine", "Could not write the edit to the outbox."),
        std::move(done));
}

void SyncEngine::queueSessionCancel(const QString &sessionId, const QString &reason, const QString &message,
                                    std::function<void(bool, QString)> done)
{
    enqueue(
        [sessionId, reason, message](OutboxStore &outbox, const QString &user) {
            return outbox.enqueueSessionCancel(user, sessionId, reason, message).has_value();
        },
        QCoreApplication::translate("SyncEngine", "Could not write the cancel to the outbox."),
        std::move(done));
}

void SyncEngine::queueFeedPost(const QString &feedId, const QString &feedTitle, const QString &text,
                               bool announce, std::function<void(bool, QString)> done)
{
    enqueue(
        [feedId, feedTitle, text, announce](OutboxStore &outbox, const QString &user) {
            return outbox.enqueueFeedPost(user, feedId, feedTitle, text, announce).has_value();
        },
        QCoreApplication::translate("SyncEngine", "Could not write the post to the outbox."),
        std::move(done));
}

void SyncEngine::resolveConflict(qint64 seq, bool keepMine, std::function<void(bool)> done)
{
    const QString user = userId();
    m_storage->run<WithCounts<bool>>(
        this,
        [user, seq, keepMine](Storage::Stores &stores) {
            const bool ok = keepMine ? stores.outbox->keepMine(seq) : stores.outbox->takeTheirs(seq);
            return WithCounts<bool> { ok, Counts::of(stores.outbox, user) };
        },
        [this, done](const WithCounts<bool> &result) {
            setOutboxCounts(result.counts.pending, result.counts.conflicts);
            Q_EMIT collectionChanged(QStringLiteral("outbox"));
            if (done)
                done(result.value);
            if (result.value)
                syncNow();
        });
}

void SyncEngine::syncNow()
{
    if (m_syncing) {
        m_again = true; // one more round after this one, not a parallel one
        return;
    }
    if (m_session->state() != AuthSession::State::SignedIn
        && m_session->state() != AuthSession::State::Offline) {
        finish(Outcome::AuthFailed, QCoreApplication::translate("SyncEngine", "Not signed in."));
        return;
    }
    m_retry.stop();
    m_syncing = true;
    m_conflictSeen = false;
    Q_EMIT syncingChanged();
    setProgress(0);
    m_step = Step::Outbox;
    m_splitsChanged = false;
    runStep();
}

void SyncEngine::nextStep()
{
    m_step = static_cast<Step>(static_cast<int>(m_step) + 1);
    setProgress(double(static_cast<int>(m_step)) / kStepCount);
    runStep();
}

void SyncEngine::runStep()
{
    switch (m_step) {
    case Step::Outbox:
        replayNext();
        return;
    case Step::Me:
        pullDocument(QStringLiteral("/api/me"), QStringLiteral("me"), QStringLiteral("me"),
                     [this](const QJsonObject &document, bool) {
                         // The session owns the user: a zone changed on the web reaches everyone.
                         if (const std::optional<User> user = User::fromJson(document))
                             m_session->updateUser(*user);
                         nextStep();
                     });
        return;
    case Step::Offerings:
        pullDocument(QStringLiteral("/api/offerings"), QStringLiteral("offerings"),
                     QStringLiteral("offerings"), [this](const QJsonObject &, bool) { nextStep(); });
        return;
    case Step::Availability:
        pullDocument(QStringLiteral("/api/availability"), QStringLiteral("availability"),
                     QStringLiteral("availability"), [this](const QJsonObject &, bool) { nextStep(); });
        return;
    case Step::Sessions:
        pullCollection(QStringLiteral("sessions"));
        return;
    case Step::Splits:
        pullCollection(QStringLiteral("splits"));
        return;
    case Step::Earnings:
        pullEarnings(0);
        return;
    case Step::Done:
        finish(m_conflictSeen ? Outcome::Conflict : Outcome::Ok);
        return;
    }
}

void SyncEngine::replayNext()
{
    const QString user = userId();
    m_storage->run<WithCounts<std::optional<OutboxEdit>>>(
        this,
        [user](Storage::Stores &stores) {
            return WithCounts<std::optional<OutboxEdit>> { stores.outbox->nextPending(user),
                                                           Counts::of(stores.outbox, user) };
        },
        [this](const WithCounts<std::optional<OutboxEdit>> &next) {
            setOutboxCounts(next.counts.pending, next.counts.conflicts);
            if (!next.value) {
                nextStep();
                return;
            }
            auto *job = new OutboxReplayer(
                m_session, m_storage, *next.value,
                [](const QJsonObject &saved) {
                    return validateDocument(QStringLiteral("availability"), saved);
                },
                this);
            job->setFeeds(m_feeds);
            job->start([this](const OutboxReplayer::Outcome &outcome) {
                switch (outcome.result) {
                case OutboxReplayer::Result::Applied:
                    if (outcome.availabilityChanged)
                        Q_EMIT collectionChanged(QStringLiteral("availability"));
                    if (outcome.feedsChanged)
                        Q_EMIT collectionChanged(QStringLiteral("feeds"));
                    replayNext();
                    return;
                case OutboxReplayer::Result::Conflict:
                    m_conflictSeen = true;
                    Q_EMIT collectionChanged(QStringLiteral("outbox"));
                    if (outcome.availabilityChanged)
                        Q_EMIT collectionChanged(QStringLiteral("availability"));
                    refreshOutboxCounts();
                    nextStep(); // later edits wait behind the conflict
                    return;
                case OutboxReplayer::Result::Failed:
                    Q_EMIT collectionChanged(QStringLiteral("outbox"));
                    replayNext();
                    return;
                case OutboxReplayer::Result::Error:
                    fail(outcome.response);
                    return;
                }
            });
        });
}

void SyncEngine::pullDocument(const QString &path, const QString &key, const QString &collection,
                              std::function<void(const QJsonObject &, bool)> next)
{
    request(PlatformClient::Method::Get, path, {},
            [this, key, collection, next, generation = m_generation](const ApiResponse &response) {
                if (generation != m_generation)
                    return;
                if (!response.ok()) {
                    fail(response);
                    return;
                }
                const QJsonObject document = response.object();
                if (const QString problem = validateDocument(key, document); !problem.isEmpty()) {
                    fail(ApiResponse::invalidResponse(
                        response.httpStatus,
                        QCoreApplication::translate("SyncEngine",
                                                    "The server sent data Companion cannot use (%1).")
                            .arg(problem)));
                    return;
                }
                struct Written
                {
                    bool ok = false;
                    bool changed = false;
                };
                m_storage->run<Written>(
                    this,
                    [key, document](Storage::Stores &stores) {
                        Written written;
                        written.ok = stores.cache->putDocument(key, document, &written.changed);
                        return written;
                    },
                    [this, key, collection, document, next, generation](const Written &written) {
                        if (generation != m_generation)
                            return;
                        if (!written.ok) {
                            finish(
                                Outcome::ServerError,
                                QCoreApplication::translate("SyncEngine", "Could not write %1 to the cache.")
                                    .arg(key));
                            return;
                        }
                        // Values travel once: the same document again is no news for the screens.
                        if (written.changed && !collection.isEmpty())
                            Q_EMIT collectionChanged(collection);
                        next(document, written.changed);
                    });
            });
}

void SyncEngine::pullCollection(const QString &collection)
{
    auto *pager = new DeltaPager(m_session, m_storage, collection, m_pageSize, this);
    pager->start(
        [this, collection](int) {
            if (collection == QLatin1String("splits"))
                m_splitsChanged = true;
            Q_EMIT collectionChanged(collection);
        },
        [this](bool ok, const ApiResponse &failure) {
            if (ok)
                nextStep();
            else
                fail(failure);
        });
}

void SyncEngine::pullEarnings(int index)
{
    if (index >= kEarningsGroupings.size()) {
        if (m_earningsChanged)
            Q_EMIT collectionChanged(QStringLiteral("earnings")); // once for all groupings
        nextStep();
        return;
    }
    if (index == 0)
        m_earningsChanged = false;
    // The last twelve months up to today, in the user's own dates (splits are booked at
    // checkout, so none is ever dated in the future). The zone is the session's: the `me`
    // step of this round has just updated it.
    const QString zoneId = m_session->timeZone();
    const QTimeZone zone(zoneId.toUtf8());
    const QDate today = Clock::today(zone);
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(-11);
    const QDate to = today;
    const QString grouping = kEarningsGroupings.at(index);
    if (index == 0 && !m_splitsChanged) {
        // Summaries are sums of splits: with no split changed and the same date range and
        // zone, the cached ones are still right (and summing 100 000 splits is not free).
        const QString fromText = from.toString(Qt::ISODate), toText = to.toString(Qt::ISODate);
        m_storage->run<bool>(
            this,
            [fromText, toText, zoneId](Storage::Stores &stores) {
                for (const QString &g : kEarningsGroupings) {
                    const auto doc = stores.cache->document(QStringLiteral("earnings:") + g);
                    if (!doc || doc->value(QLatin1String("from")).toString() != fromText
                        || doc->value(QLatin1String("to")).toString() != toText
                        || (!zoneId.isEmpty() && doc->value(QLatin1String("time_zone")).toString() != zoneId))
                        return false;
                }
                return true;
            },
            [this](bool current) {
                if (current) {
                    nextStep();
                    return;
                }
                m_splitsChanged = true; // fetch them after all
                pullEarnings(0);
            });
        return;
    }
    const QString path = QStringLiteral("/api/earnings/summary?from=%1&to=%2&group_by=%3")
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), grouping);
    pullDocument(path, QStringLiteral("earnings:") + grouping, QString(),
                 [this, index](const QJsonObject &, bool changed) {
                     m_earningsChanged = m_earningsChanged || changed;
                     pullEarnings(index + 1);
                 });
}

void SyncEngine::fail(const ApiResponse &response)
{
    // Only the running app retries by itself; the CLI syncs once.
    const bool retries = m_periodic.isActive();
    const RetryPolicy::Decision decision = m_retryPolicy.decide(response, m_failures + 1);
    switch (decision.failure) {
    case RetryPolicy::Failure::Offline:
        finish(Outcome::Offline, response.error.message);
        break;
    case RetryPolicy::Failure::AuthFailed:
        finish(Outcome::AuthFailed, response.error.message);
        break;
    case RetryPolicy::Failure::ServerError:
        finish(Outcome::ServerError, response.error.message);
        break;
    }
    if (!decision.retry || !retries)
        return;
    ++m_failures;
    qCInfo(lcSync) << "retrying in" << decision.delayMs << "ms";
    m_retry.start(decision.delayMs);
}

void SyncEngine::finish(Outcome outcome, const QString &error)
{
    ++m_generation; // callbacks of this round that are still in flight are ignored
    m_lastOutcome = outcome;
    const bool networkFine = outcome != Outcome::Offline;
    setOnline(networkFine);
    if (outcome == Outcome::Ok || outcome == Outcome::Conflict) {
        m_failures = 0;
        m_lastSyncedAt = Clock::nowUtc();
        Q_EMIT lastSyncedAtChanged();
        setLastError(outcome == Outcome::Conflict ? QCoreApplication::translate(
                         "SyncEngine", "An availability edit conflicts with a change made elsewhere.")
                                                  : QString());
        setProgress(1);
    } else {
        setLastError(error);
    }
    if (m_syncing) {
        m_syncing = false;
        Q_EMIT syncingChanged();
    }
    qCInfo(lcSync) << "sync finished:" << outcome << error;
    Q_EMIT syncFinished(outcome);
    if (m_again && networkFine && outcome != Outcome::AuthFailed) {
        m_again = false;
        QMetaObject::invokeMethod(this, &SyncEngine::syncNow, Qt::QueuedConnection);
    }
    m_again = false;
}

} // namespace companion
