// The sync cursor decoder (server/http/SyncCursor.h) and the paging parameters around it,
// `?cursor=...&limit=...` of /api/sessions and /api/earnings/splits (parsePageRequest).
// Input: the query string as it arrives in the URL.
#include "FuzzSupport.h"
#include "server/http/Paging.h"
#include "server/http/SyncCursor.h"

using namespace companion;
using namespace companion::server;

COMPANION_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    // The cursor alone, as any text.
    const QString text = QString::fromUtf8(input);
    if (const std::optional<qint64> seq = syncCursor::decode(text)) {
        FUZZ_CHECK(*seq >= 0);
        FUZZ_CHECK(syncCursor::decode(syncCursor::encode(*seq)) == seq);
    }
    // Every cursor the server issues reads back.
    if (size >= 8) {
        qint64 seq = 0;
        std::memcpy(&seq, data, sizeof seq);
        if (seq >= 0)
            FUZZ_CHECK(syncCursor::decode(syncCursor::encode(seq)) == seq);
    }
    // The request's query: 400 for a bad cursor or limit, 410 for a cursor past the last change.
    HttpRequest request;
    request.query = QUrlQuery(text);
    constexpr qint64 lastSeq = 1000;
    HttpResponse error;
    const std::optional<PageRequest> page = parsePageRequest(request, lastSeq, &error);
    if (page) {
        FUZZ_CHECK(page->limit >= 1 && page->limit <= 500);
        FUZZ_CHECK(page->sinceSeq >= 0 && page->sinceSeq <= lastSeq);
    } else {
        FUZZ_CHECK(error.status == 400 || error.status == 410);
    }
    return 0;
}
