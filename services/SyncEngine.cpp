#include "services/SyncEngine.h"

#include "models/JsonReader.h"
#include "models/User.h"
#include "models/schedule/Offering.h"
#include "models/schedule/Schedule.h"
#include "models/time/Clock.h"
#include "services/AuthSession.h"
#include "services/CacheStore.h"
#include "services/Logging.h"
#include "services/OutboxStore.h"
#include "services/Storage.h"

#include <QJsonArray>
#include <QNetworkInformation>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSync, "companion.services.sync", QtInfoMsg)

namespace companion {

namespace {

constexpr int kStepCount = 7;
const QStringList kEarningsGroupings
    = { QStringLiteral("month"), QStringLiteral("course"), QStringLiteral("status") };

// Checks a whole document before it may replace the cached one: a reply with
// the right shape but wrong types must never reach the cache.
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
        for (const char *listKey : { "groups", "totals" }) {
            const QJsonValue list = document.value(QLatin1String(listKey));
            if (!list.isArray())
                return QStringLiteral("earnings.%1 is not a list").arg(QLatin1String(listKey));
            for (const QJsonValue &item : list.toArray()) {
                JsonReader reader(item.toObject(),
                                  QStringLiteral("earnings.%1[]").arg(QLatin1String(listKey)));
                reader.integer("amount_cents");
                reader.string("currency");
                if (!item.isObject() || !reader.ok())
                    return reader.ok() ? QStringLiteral("an earnings entry is not an object")
                                       : reader.error();
            }
        }
    }
    return {};
}

struct Counts
{
    int pending = 0;
    int conflicts = 0;
};

} // namespace

SyncEngine::SyncEngine(AuthSession *session, Storage *storage, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_storage(storage)
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

void SyncEngine::refreshOutboxCounts()
{
    const QString user = userId();
    m_storage->run<Counts>(
        this,
        [user](Storage::Stores &stores) {
            return Counts { stores.outbox->pendingCount(user), stores.outbox->conflictCount(user) };
        },
        [this](const Counts &counts) {
            if (counts.pending == m_pendingEdits && counts.conflicts == m_conflicts)
                return;
            m_pendingEdits = counts.pending;
            m_conflicts = counts.conflicts;
            Q_EMIT outboxChanged();
        });
}

void SyncEngine::queueAvailabilityEdit(const QJsonObject &schedule, int knownVersion,
                                       std::function<void(bool, QString)> done)
{
    const QString user = userId();
    m_storage->run<bool>(
        this,
        [user, schedule, knownVersion](Storage::Stores &stores) {
            return stores.outbox->enqueueAvailability(user, schedule, knownVersion).has_value();
        },
        [this, done](bool queued) {
            refreshOutboxCounts();
            Q_EMIT collectionChanged(QStringLiteral("outbox"));
            if (done)
                done(queued, queued ? QString() : QStringLiteral("Could not write the edit to the outbox."));
            if (queued)
                syncNow();
        });
}

void SyncEngine::resolveConflict(qint64 seq, bool keepMine, std::function<void(bool)> done)
{
    m_storage->run<bool>(
        this,
        [seq, keepMine](Storage::Stores &stores) {
            return keepMine ? stores.outbox->keepMine(seq) : stores.outbox->takeTheirs(seq);
        },
        [this, done](bool ok) {
            refreshOutboxCounts();
            Q_EMIT collectionChanged(QStringLiteral("outbox"));
            if (done)
                done(ok);
            if (ok)
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
        finish(Outcome::AuthFailed, QStringLiteral("Not signed in."));
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
        pullDocument(QStringLiteral("/api/me"), QStringLiteral("me"));
        return;
    case Step::Offerings:
        pullDocument(QStringLiteral("/api/offerings"), QStringLiteral("offerings"));
        return;
    case Step::Availability:
        pullDocument(QStringLiteral("/api/availability"), QStringLiteral("availability"));
        return;
    case Step::Sessions:
        pullPage(QStringLiteral("sessions"));
        return;
    case Step::Splits:
        pullPage(QStringLiteral("splits"));
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
    m_storage->run<std::optional<OutboxEdit>>(
        this, [user](Storage::Stores &stores) { return stores.outbox->nextPending(user); },
        [this](const std::optional<OutboxEdit> &edit) {
            refreshOutboxCounts();
            if (!edit) {
                nextStep();
                return;
            }
            const QList<QPair<QByteArray, QByteArray>> headers {
                { "If-Match", '"' + QByteArray::number(edit->baseVersion) + '"' },
                { "Idempotency-Key", edit->idempotencyKey.toUtf8() },
            };
            const qint64 seq = edit->seq;
            qCDebug(lcSync) << "replaying edit" << seq << "against version" << edit->baseVersion;
            request(
                PlatformClient::Method::Put, QStringLiteral("/api/availability"), edit->body,
                [this, seq](const ApiResponse &response) {
                    if (response.ok()) {
                        const QJsonObject saved = response.object();
                        const int version = saved.value(QLatin1String("version")).toInt(-1);
                        if (const QString problem = validateDocument(QStringLiteral("availability"), saved);
                            !problem.isEmpty() || version < 0) {
                            // Keep the edit: its replay with the same key gets the real answer.
                            fail(ApiResponse::invalidResponse(
                                response.httpStatus,
                                QStringLiteral("The server's answer to a saved edit is unusable (%1).")
                                    .arg(problem)));
                            return;
                        }
                        m_storage->run<bool>(
                            this,
                            [seq, version, saved](Storage::Stores &stores) {
                                return stores.outbox->markApplied(seq, version)
                                    && stores.cache->putDocument(QStringLiteral("availability"), saved);
                            },
                            [this](bool) {
                                Q_EMIT collectionChanged(QStringLiteral("availability"));
                                replayNext();
                            });
                        return;
                    }
                    if (response.kind == ApiResponse::Kind::HttpError && response.httpStatus == 412) {
                        // Someone else changed the schedule: keep the edit as a visible conflict.
                        request(PlatformClient::Method::Get, QStringLiteral("/api/availability"), {},
                                [this, seq, message = response.error.message](const ApiResponse &current) {
                                    if (!current.ok()) {
                                        fail(current);
                                        return;
                                    }
                                    const QJsonObject server = current.object();
                                    const int version = server.value(QLatin1String("version")).toInt();
                                    m_storage->run<bool>(
                                        this,
                                        [seq, server, version, message](Storage::Stores &stores) {
                                            return stores.outbox->markConflict(seq, server, version, message)
                                                && stores.cache->putDocument(QStringLiteral("availability"),
                                                                             server);
                                        },
                                        [this](bool) {
                                            m_conflictSeen = true;
                                            Q_EMIT collectionChanged(QStringLiteral("outbox"));
                                            Q_EMIT collectionChanged(QStringLiteral("availability"));
                                            refreshOutboxCounts();
                                            nextStep(); // later edits wait behind the conflict
                                        });
                                });
                        return;
                    }
                    if (response.kind == ApiResponse::Kind::HttpError && response.httpStatus >= 400
                        && response.httpStatus < 500 && response.httpStatus != 401
                        && response.httpStatus != 429) {
                        // The server will never accept this edit as it is: keep it, visibly failed.
                        const QString message = response.error.message;
                        m_storage->run<bool>(
                            this,
                            [seq, message](Storage::Stores &stores) {
                                return stores.outbox->markFailed(seq, message);
                            },
                            [this](bool) {
                                Q_EMIT collectionChanged(QStringLiteral("outbox"));
                                replayNext();
                            });
                        return;
                    }
                    fail(response);
                },
                headers);
        });
}

void SyncEngine::pullDocument(const QString &path, const QString &key)
{
    request(PlatformClient::Method::Get, path, {}, [this, key](const ApiResponse &response) {
        if (!response.ok()) {
            fail(response);
            return;
        }
        const QJsonObject document = response.object();
        if (const QString problem = validateDocument(key, document); !problem.isEmpty()) {
            fail(ApiResponse::invalidResponse(
                response.httpStatus,
                QStringLiteral("The server sent data Companion cannot use (%1).").arg(problem)));
            return;
        }
        m_storage->run<bool>(
            this,
            [key, document](Storage::Stores &stores) { return stores.cache->putDocument(key, document); },
            [this, key](bool stored) {
                if (!stored) {
                    finish(Outcome::ServerError, QStringLiteral("Could not write %1 to the cache.").arg(key));
                    return;
                }
                Q_EMIT collectionChanged(key);
                nextStep();
            });
    });
}

void SyncEngine::pullPage(const QString &collection)
{
    m_storage->run<QString>(
        this, [collection](Storage::Stores &stores) { return stores.cache->cursor(collection); },
        [this, collection, generation = m_generation](const QString &cursor) {
            if (generation == m_generation)
                fetchPage(collection, cursor);
        });
}

void SyncEngine::fetchPage(const QString &collection, const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    const QString path = (collection == QLatin1String("sessions") ? QStringLiteral("/api/sessions")
                                                                  : QStringLiteral("/api/earnings/splits"))
        + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    const int generation = m_generation;
    request(PlatformClient::Method::Get, path, {},
            [this, collection, cursor, generation](const ApiResponse &response) {
                if (generation != m_generation)
                    return; // this round already ended (a page before this one failed)
                if (response.kind == ApiResponse::Kind::HttpError && response.httpStatus == 410) {
                    // The cursor is too old: start this collection over.
                    m_storage->run<bool>(
                        this,
                        [collection](Storage::Stores &stores) {
                            return stores.cache->resetCollection(collection);
                        },
                        [this, collection](bool) { pullPage(collection); });
                    return;
                }
                if (!response.ok()) {
                    fail(response);
                    return;
                }
                const QJsonObject page = response.object();
                const QJsonValue items = page.value(QLatin1String("items"));
                const QJsonValue next = page.value(QLatin1String("next_cursor"));
                const QJsonValue more = page.value(QLatin1String("has_more"));
                if (!items.isArray() || !next.isString() || !more.isBool()) {
                    fail(ApiResponse::invalidResponse(
                        response.httpStatus, QStringLiteral("The %1 page is malformed.").arg(collection)));
                    return;
                }
                const bool hasMore = more.toBool();
                // Ask for the next page while this one is written: the server and the cache
                // work at the same time. Pages still apply strictly in order, each only on
                // top of the one before it (expected cursor), so a rejected page can never be
                // skipped over.
                if (hasMore)
                    fetchPage(collection, next.toString());
                m_storage->run<CacheStore::PageResult>(
                    this,
                    [collection, cursor, items = items.toArray(),
                     next = next.toString()](Storage::Stores &stores) {
                        return collection == QLatin1String("sessions")
                            ? stores.cache->applySessionPage(items, next, &cursor)
                            : stores.cache->applySplitPage(items, next, &cursor);
                    },
                    [this, collection, hasMore, generation](const CacheStore::PageResult &result) {
                        if (generation != m_generation)
                            return;
                        if (!result.ok) {
                            fail(ApiResponse::invalidResponse(
                                200,
                                QStringLiteral("The server sent data Companion cannot use (%1).")
                                    .arg(result.error)));
                            return;
                        }
                        if (result.applied > 0 && collection == QLatin1String("splits"))
                            m_splitsChanged = true;
                        if (result.applied > 0)
                            Q_EMIT collectionChanged(collection);
                        if (!hasMore)
                            nextStep();
                    });
            });
}

void SyncEngine::pullEarnings(int index)
{
    if (index >= kEarningsGroupings.size()) {
        nextStep();
        return;
    }
    // The last twelve months up to today, in the user's own dates (splits are booked at
    // checkout, so none is ever dated in the future).
    const QTimeZone zone(m_session->timeZone().toUtf8());
    const QDate today = Clock::today(zone);
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(-11);
    const QDate to = today;
    const QString grouping = kEarningsGroupings.at(index);
    if (index == 0 && !m_splitsChanged) {
        // Summaries are sums of splits: with no split changed and the same date range,
        // the cached ones are still right (and summing 100 000 splits is not free).
        const QString fromText = from.toString(Qt::ISODate), toText = to.toString(Qt::ISODate);
        m_storage->run<bool>(
            this,
            [fromText, toText](Storage::Stores &stores) {
                for (const QString &g : kEarningsGroupings) {
                    const auto doc = stores.cache->document(QStringLiteral("earnings:") + g);
                    if (!doc || doc->value(QLatin1String("from")).toString() != fromText
                        || doc->value(QLatin1String("to")).toString() != toText)
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
    request(PlatformClient::Method::Get, path, {}, [this, index, grouping](const ApiResponse &response) {
        if (!response.ok()) {
            fail(response);
            return;
        }
        const QJsonObject summary = response.object();
        if (const QString problem = validateDocument(QStringLiteral("earnings:") + grouping, summary);
            !problem.isEmpty()) {
            fail(ApiResponse::invalidResponse(
                response.httpStatus,
                QStringLiteral("The server sent data Companion cannot use (%1).").arg(problem)));
            return;
        }
        m_storage->run<bool>(
            this,
            [grouping, summary](Storage::Stores &stores) {
                return stores.cache->putDocument(QStringLiteral("earnings:") + grouping, summary);
            },
            [this, index](bool) {
                Q_EMIT collectionChanged(QStringLiteral("earnings"));
                pullEarnings(index + 1);
            });
    });
}

void SyncEngine::fail(const ApiResponse &response)
{
    if (response.kind == ApiResponse::Kind::NetworkError) {
        finish(Outcome::Offline, response.error.message);
        scheduleRetry(-1);
        return;
    }
    if (response.isAuthError()) {
        finish(Outcome::AuthFailed, response.error.message);
        return;
    }
    if (response.httpStatus == 429) {
        finish(Outcome::ServerError, response.error.message);
        scheduleRetry(response.retryAfterSeconds);
        return;
    }
    finish(Outcome::ServerError, response.error.message);
    scheduleRetry(-1);
}

void SyncEngine::scheduleRetry(int retryAfterSeconds)
{
    if (!m_periodic.isActive())
        return; // the CLI syncs once; only the running app retries by itself
    ++m_failures;
    int delayMs;
    if (retryAfterSeconds > 0) {
        delayMs = retryAfterSeconds * 1000;
    } else {
        // 2 s, 4 s, 8 s … capped at 5 minutes, with ±25% jitter so clients don't stampede.
        const int base = std::min(300'000, 2000 * (1 << std::min(m_failures - 1, 8)));
        const int jitter = int(QRandomGenerator::global()->bounded(base / 2)) - base / 4;
        delayMs = base + jitter;
    }
    qCInfo(lcSync) << "retrying in" << delayMs << "ms";
    m_retry.start(delayMs);
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
        setLastError(outcome == Outcome::Conflict
                         ? QStringLiteral("An availability edit conflicts with a change made elsewhere.")
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
