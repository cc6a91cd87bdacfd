#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <optional>

namespace companion::server {

class Database;

// Idempotency-Key handling: the first response to (user, key) is stored with a hash of the
// request; a retry with the same request gets that response again, a different request
// with the same key gets 409.
class IdempotencyStore
{
public:
    explicit IdempotencyStore(Database &db);

    // nullopt: no key or first use, go ahead. Otherwise the stored response or a 409.
    std::optional<HttpResponse> replay(const HttpRequest &request);
    // Stores `response` for the request's key (no-op without a key; 5xx are not stored).
    void remember(const HttpRequest &request, const HttpResponse &response);

private:
    static QString requestHash(const HttpRequest &request);
    Database &m_db;
};

} // namespace companion::server
