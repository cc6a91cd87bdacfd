#include "services/sync/DeltaPager.h"

#include "services/auth/AuthSession.h"
#include "services/storage/CacheStore.h"
#include "services/storage/Storage.h"
#include "services/sync/PageItemTexts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QUrlQuery>

#include <cmath>

namespace companion {

DeltaPager::DeltaPager(AuthSession *session, Storage *storage, QString collection, int pageSize,
                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_storage(storage)
    , m_collection(std::move(collection))
    , m_pageSize(pageSize)
{ }

void DeltaPager::start(std::function<void(int)> applied, std::function<void(bool, const ApiResponse &)> done)
{
    m_applied = std::move(applied);
    m_finished = std::move(done);
    pull();
}

void DeltaPager::finish(bool ok, const ApiResponse &failure)
{
    if (m_done)
        return;
    m_done = true;
    ++m_round;
    deleteLater();
    m_finished(ok, failure);
}

bool DeltaPager::progressed(const QString &cursor, const QJsonObject &page, bool hasMore)
{
    ++m_pages;
    m_cursors.insert(cursor);
    const QJsonValue remaining = page.value(QLatin1String("remaining"));
    if (m_pageBudget < 0 && remaining.isDouble() && remaining.toDouble() >= 0)
        m_pageBudget
            = m_pages + static_cast<qint64>(std::ceil(remaining.toDouble() / m_pageSize)) + kPageSlack;
    const QString next = page.value(QLatin1String("next_cursor")).toString();
    QString problem;
    if (hasMore && m_cursors.contains(next))
        problem = QCoreApplication::translate("DeltaPager",
                                              "The server keeps sending %1 pages, but its sync cursor does "
                                              "not advance. The sync stopped.")
                      .arg(m_collection);
    else if (hasMore && m_pages >= (m_pageBudget < 0 ? kMaxPagesWithoutCount : m_pageBudget))
        problem = QCoreApplication::translate("DeltaPager",
                                              "The server sent more %1 pages than it said there were. The "
                                              "sync stopped.")
                      .arg(m_collection);
    if (problem.isEmpty())
        return true;
    finish(false, ApiResponse::invalidResponse(200, problem));
    return false;
}

void DeltaPager::pull()
{
    m_storage->run<QString>(
        this,
        [collection = m_collection](Storage::Stores &stores) { return stores.cache->cursor(collection); },
        [this, round = m_round](const QString &cursor) {
            if (round == m_round)
                fetch(cursor);
        });
}

void DeltaPager::fetch(const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    const QString path = (m_collection == QLatin1String("sessions") ? QStringLiteral("/api/sessions")
                                                                    : QStringLiteral("/api/earnings/splits"))
        + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    m_session->send(
        PlatformClient::Method::Get, path, {},
        [self = QPointer<DeltaPager>(this), cursor, round = m_round](const ApiResponse &response) {
            if (!self || round != self->m_round)
                return; // the engine went away, or this pull already ended or restarted
            DeltaPager *pager = self;
            if (response.kind == ApiResponse::Kind::HttpError && response.httpStatus == 410) {
                // The cursor is too old: start this collection over.
                ++pager->m_round;
                pager->m_pages = 0;
                pager->m_pageBudget = -1;
                pager->m_cursors.clear();
                pager->m_storage->run<bool>(
                    pager,
                    [collection = pager->m_collection](Storage::Stores &stores) {
                        return stores.cache->resetCollection(collection);
                    },
                    [pager](bool) { pager->pull(); });
                return;
            }
            if (!response.ok()) {
                pager->finish(false, response);
                return;
            }
            const QJsonObject page = response.object();
            const QJsonValue items = page.value(QLatin1String("items"));
            const QJsonValue next = page.value(QLatin1String("next_cursor"));
            const QJsonValue more = page.value(QLatin1String("has_more"));
            if (!items.isArray() || !next.isString() || !more.isBool()) {
                pager->finish(false,
                              ApiResponse::invalidResponse(
                                  response.httpStatus,
                                  QCoreApplication::translate("DeltaPager", "The %1 page is malformed.")
                                      .arg(pager->m_collection)));
                return;
            }
            const bool hasMore = more.toBool();
            if (!pager->progressed(cursor, page, hasMore))
                return;
            if (hasMore)
                pager->fetch(next.toString()); // while this one is checked and written
            // Checked here, while the server makes the next page and the storage thread writes
            // the one before; a rejected page still fails in order, when its turn to be written
            // comes. Each item's JSON as received goes to the cache, not a second serialisation.
            const std::optional<QList<QByteArrayView>> texts = pageItemTexts(response.text);
            CacheStore::CheckedPage checked = CacheStore::checkPage(pager->m_collection, items.toArray(),
                                                                    texts ? &*texts : nullptr, response.text);
            pager->m_storage->run<CacheStore::PageResult>(
                pager,
                [checked = std::move(checked), cursor, next = next.toString()](Storage::Stores &stores) {
                    return stores.cache->applyCheckedPage(checked, next, &cursor);
                },
                [pager, hasMore, round](const CacheStore::PageResult &result) {
                    if (round != pager->m_round)
                        return;
                    if (!result.ok) {
                        pager->finish(false,
                                      ApiResponse::invalidResponse(
                                          200,
                                          QStringLiteral("The server sent data Companion cannot "
                                                         "use (%1).")
                                              .arg(result.error)));
                        return;
                    }
                    if (result.applied > 0)
                        pager->m_applied(result.applied);
                    if (!hasMore)
                        pager->finish(true);
                });
        });
}

} // namespace companion
