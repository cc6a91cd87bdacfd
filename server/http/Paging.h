#pragma once

#include "server/core/JsonTextWriter.h"
#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"
#include "server/http/SyncCursor.h"

#include <optional>

namespace companion::server {

// `?cursor&limit` of the delta-sync endpoints. Limit 1..500, default 100.
struct PageRequest
{
    qint64 sinceSeq = 0;
    int limit = 100;
};

inline std::optional<PageRequest> parsePageRequest(const HttpRequest &request, qint64 lastSeq,
                                                   HttpResponse *error)
{
    PageRequest page;
    if (request.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        page.limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > 500) {
            *error = HttpResponse::error(
                400, QStringLiteral("validation_failed"), QStringLiteral("Invalid limit."),
                { { QStringLiteral("limit"), QStringLiteral("Use a number from 1 to 500.") } });
            return std::nullopt;
        }
    }
    const QString cursor = request.queryValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        const auto seq = syncCursor::decode(cursor);
        if (!seq) {
            *error = HttpResponse::error(
                400, QStringLiteral("invalid_cursor"),
                QStringLiteral("The sync cursor is not valid. Start a full sync without it."));
            return std::nullopt;
        }
        // A cursor from the future means the server's data was reset: the client must resync.
        if (*seq > lastSeq) {
            *error
                = HttpResponse::error(410, QStringLiteral("cursor_expired"),
                                      QStringLiteral("The sync cursor is no longer valid. Start a full sync "
                                                     "without it."));
            return std::nullopt;
        }
        page.sinceSeq = *seq;
    }
    return page;
}

// {"items", "next_cursor", "has_more", "remaining"}. With nothing more to read the cursor
// jumps to the newest change, so polls skip changes this user cannot see. "remaining" is
// how many changes (anyone's) lie beyond next_cursor: at least the items still to read, so a
// client knows how many pages can follow and stops a server that never ends. `itemsJson` is
// the items as a JSON array, already serialised (a page of 500 is too big to build twice).
inline HttpResponse pageResponse(const QByteArray &itemsJson, qint64 itemsLastSeq, bool hasMore,
                                 qint64 sinceSeq, qint64 lastSeq)
{
    const qint64 next = hasMore ? itemsLastSeq : std::max({ itemsLastSeq, sinceSeq, lastSeq });
    JsonTextWriter out;
    out.reserve(itemsJson.size() + 100);
    out.beginObject();
    out.key(QLatin1String("items")).raw(itemsJson);
    out.key(QLatin1String("next_cursor")).string(syncCursor::encode(next));
    out.key(QLatin1String("has_more")).boolean(hasMore);
    out.key(QLatin1String("remaining")).integer(std::max<qint64>(0, lastSeq - next));
    out.endObject();
    HttpResponse response;
    response.body = out.text();
    return response;
}

// One delta-sync endpoint over any store whose changesFor(userId, sinceSeq, limit)
// returns {items, lastSeq, hasMore} (items the JSON array as text): /api/sessions
// and /api/earnings/splits.
template<typename Store> HttpResponse deltaSyncPage(const HttpRequest &request, qint64 lastSeq, Store &store)
{
    HttpResponse error;
    const auto page = parsePageRequest(request, lastSeq, &error);
    if (!page)
        return error;
    const auto result = store.changesFor(request.userId, page->sinceSeq, page->limit);
    return pageResponse(result.items, result.lastSeq, result.hasMore, page->sinceSeq, lastSeq);
}

} // namespace companion::server
