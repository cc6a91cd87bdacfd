#include "services/sync/OutboxReplayer.h"

#include "services/Logging.h"
#include "services/auth/AuthSession.h"
#include "services/feed/StreamFeedClient.h"
#include "services/storage/CacheStore.h"
#include "services/storage/FeedCacheStore.h"
#include "services/storage/Storage.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrl>

namespace companion {

namespace {

const QString kAvailability = QStringLiteral("availability");
const QString kPath = QStringLiteral("/api/availability");

struct Written
{
    bool ok = false;
    bool changed = false;
};

} // namespace

OutboxReplayer::OutboxReplayer(AuthSession *session, Storage *storage, OutboxEdit edit, Validator validate,
                               QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_storage(storage)
    , m_edit(std::move(edit))
    , m_validate(std::move(validate))
{ }

void OutboxReplayer::start(std::function<void(const Outcome &)> done)
{
    m_done = std::move(done);
    if (m_edit.kind == u"session_cancel") {
        startCancel();
        return;
    }
    if (m_edit.kind == u"feed_post") {
        startFeedPost();
        return;
    }
    const QList<QPair<QByteArray, QByteArray>> headers {
        { "If-Match", '"' + QByteArray::number(m_edit.baseVersion) + '"' },
        { "Idempotency-Key", m_edit.idempotencyKey.toUtf8() },
    };
    qCDebug(lcSync) << "replaying edit" << m_edit.seq << "against version" << m_edit.baseVersion;
    m_session->send(
        PlatformClient::Method::Put, kPath, m_edit.body,
        [self = QPointer<OutboxReplayer>(this)](const ApiResponse &response) {
            if (!self)
                return; // the engine went away (sign-out mid-sync)
            if (response.ok())
                self->applied(response);
            else if (response.kind == ApiResponse::Kind::HttpError && response.httpStatus == 412)
                self->conflicted(response.error.message);
            else if (response.kind == ApiResponse::Kind::HttpError && response.httpStatus >= 400
                     && response.httpStatus < 500 && response.httpStatus != 401 && response.httpStatus != 429)
                self->failed(response.error.message);
            else
                self->finish({ Result::Error, response, false });
        },
        headers);
}

void OutboxReplayer::startCancel()
{
    const QString sessionId = m_edit.body.value(QLatin1String("session_id")).toString();
    QJsonObject body { { QStringLiteral("reason"), m_edit.body.value(QLatin1String("reason")) } };
    if (const QString message = m_edit.body.value(QLatin1String("message")).toString(); !message.isEmpty())
        body.insert(QStringLiteral("message"), message);
    qCDebug(lcSync) << "replaying edit" << m_edit.seq << "cancel of" << sessionId;
    m_session->send(PlatformClient::Method::Post,
                    QStringLiteral("/api/sessions/%1/cancel")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(sessionId))),
                    body,
                    [self = QPointer<OutboxReplayer>(this)](const ApiResponse &response) {
                        if (!self)
                            return;
                        if (response.ok()) {
                            // The sessions pull that follows brings the cancelled session.
                            self->m_storage->run<bool>(
                                self.data(),
                                [seq = self->m_edit.seq](Storage::Stores &stores) {
                                    return stores.outbox->markApplied(seq, 0);
                                },
                                [self](bool) {
                                    if (self)
                                        self->finish({ Result::Applied, {}, false });
                                });
                        } else if (response.kind == ApiResponse::Kind::HttpError && response.httpStatus >= 400
                                   && response.httpStatus < 500 && response.httpStatus != 401
                                   && response.httpStatus != 429) {
                            // Started meanwhile, not ours any more, …: kept as failed with the server's
                            // words.
                            self->failed(response.error.message);
                        } else {
                            self->finish({ Result::Error, response, false });
                        }
                    },
                    { { "Idempotency-Key", m_edit.idempotencyKey.toUtf8() } });
}

void OutboxReplayer::startFeedPost()
{
    if (!m_feeds) {
        finish({ Result::Error,
                 ApiResponse::networkError(
                     QCoreApplication::translate("OutboxReplayer", "Feeds are not available here.")),
                 false });
        return;
    }
    const QString feedId = m_edit.body.value(QLatin1String("feed_id")).toString();
    const StreamFeedClient::Post post { m_edit.body.value(QLatin1String("text")).toString(),
                                        m_edit.body.value(QLatin1String("announce")).toBool(),
                                        QStringLiteral("post:") + m_edit.idempotencyKey,
                                        qint64(m_edit.body.value(QLatin1String("time_ms")).toDouble()) };
    qCDebug(lcSync) << "replaying edit" << m_edit.seq << "post to" << feedId;
    m_feeds->post(feedId, post, [self = QPointer<OutboxReplayer>(this), feedId](const ApiResponse &response) {
        if (!self)
            return;
        if (response.ok()) {
            const QJsonObject activity = response.object();
            self->m_storage->run<bool>(
                self.data(),
                [seq = self->m_edit.seq, feedId, activity](Storage::Stores &stores) {
                    stores.feeds->put(feedId, activity);
                    return stores.outbox->markApplied(seq, 0);
                },
                [self](bool) {
                    if (self)
                        self->finish({ Result::Applied, {}, false, true });
                });
        } else if (response.kind == ApiResponse::Kind::HttpError && response.httpStatus >= 400
                   && response.httpStatus < 500 && response.httpStatus != 401 && response.httpStatus != 429) {
            // No longer a member, an announcement without the right, …: kept as failed, in Stream's words.
            self->failed(response.error.message);
        } else {
            self->finish({ Result::Error, response, false });
        }
    });
}

void OutboxReplayer::applied(const ApiResponse &response)
{
    const QJsonObject saved = response.object();
    const int version = saved.value(QLatin1String("version")).toInt(-1);
    if (const QString problem = m_validate(saved); !problem.isEmpty() || version < 0) {
        // Keep the edit: its replay with the same key gets the real answer.
        finish({ Result::Error,
                 ApiResponse::invalidResponse(
                     response.httpStatus,
                     QCoreApplication::translate("OutboxReplayer",
                                                 "The server's answer to a saved edit is unusable (%1).")
                         .arg(problem)),
                 false });
        return;
    }
    m_storage->run<Written>(
        this,
        [seq = m_edit.seq, version, saved](Storage::Stores &stores) {
            Written written;
            written.ok = stores.outbox->markApplied(seq, version)
                && stores.cache->putDocument(kAvailability, saved, &written.changed);
            return written;
        },
        [this](const Written &written) {
            finish({ Result::Applied, {}, written.changed });
        });
}

void OutboxReplayer::conflicted(const QString &message)
{
    // Someone else changed the schedule: keep the edit as a visible conflict, with theirs.
    get(kPath, [this, message](const ApiResponse &current) {
        if (!current.ok()) {
            finish({ Result::Error, current, false });
            return;
        }
        const QJsonObject server = current.object();
        const int version = server.value(QLatin1String("version")).toInt();
        m_storage->run<Written>(
            this,
            [seq = m_edit.seq, server, version, message](Storage::Stores &stores) {
                Written written;
                written.ok = stores.outbox->markConflict(seq, server, version, message)
                    && stores.cache->putDocument(kAvailability, server, &written.changed);
                return written;
            },
            [this](const Written &written) {
                finish({ Result::Conflict, {}, written.changed });
            });
    });
}

void OutboxReplayer::failed(const QString &message)
{
    m_storage->run<bool>(
        this,
        [seq = m_edit.seq, message](Storage::Stores &stores) {
            return stores.outbox->markFailed(seq, message);
        },
        [this](bool) {
            finish({ Result::Failed, {}, false });
        });
}

void OutboxReplayer::get(const QString &path, std::function<void(const ApiResponse &)> callback)
{
    m_session->send(PlatformClient::Method::Get, path, {},
                    [self = QPointer<OutboxReplayer>(this), callback](const ApiResponse &response) {
                        if (self)
                            callback(response);
                    });
}

void OutboxReplayer::finish(Outcome outcome)
{
    deleteLater();
    if (m_done)
        m_done(outcome);
}

} // namespace companion
