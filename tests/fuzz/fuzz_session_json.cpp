// Session::fromJson: the items of GET /api/sessions as the client syncs and caches them, and
// the slot engine's busy list read back from a parsed session's JSON (BusySession::taughtBy).
#include "FuzzSupport.h"
#include "models/Session.h"
#include "models/schedule/BusySession.h"

using namespace companion;

COMPANION_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto json = fuzz::object(fuzz::bytes(data, size));
    if (!json)
        return 0;
    QString error;
    const std::optional<Session> session = Session::fromJson(*json, &error);
    // A refusal always names the field (the CLI and the sync error show it).
    FUZZ_CHECK(session.has_value() == error.isEmpty());
    if (!session)
        return 0;
    FUZZ_CHECK(session->start.isValid() && session->end > session->start);
    FUZZ_CHECK(session->updatedAt.isValid());
    // The cache stores session->json and parses it again on the next start.
    FUZZ_CHECK(Session::fromJson(session->json).has_value());
    for (const BusySession &busy : BusySession::taughtBy({ *session }, session->teacherId))
        FUZZ_CHECK(busy.endMs > busy.startMs);
    return 0;
}
