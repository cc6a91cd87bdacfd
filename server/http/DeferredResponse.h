#pragma once

#include "server/http/HttpResponse.h"

#include <QString>

#include <functional>
#include <memory>

namespace companion::server {

// The answer to a request that a handler finishes later on the event loop: after a provider
// call or work on a worker thread (password hashing). The handler takes one with
// HttpRequest::defer(), returns HttpResponse::deferred(), and calls finish() exactly once,
// possibly before it even returned (an in-process provider answers at once). The transport
// writes the answer in the order the requests of a connection arrived, and drops it if the
// client has gone.
class DeferredResponse
{
public:
    DeferredResponse() = default;

    // Writes `response`; later calls are ignored. The request log names `userId` when set
    // (a sign-in knows its user only at the end).
    void finish(HttpResponse response, const QString &userId = {}) const;
    bool finished() const { return m_state && m_state->finished; }

private:
    friend class HttpServer;
    friend struct HttpRequest;
    struct State
    {
        bool finished = false;
        HttpResponse response;
        QString userId;
        std::function<void()> deliver; // set by the transport once the handler returned
    };
    explicit DeferredResponse(std::shared_ptr<State> state)
        : m_state(std::move(state))
    { }
    std::shared_ptr<State> m_state;
};

} // namespace companion::server
