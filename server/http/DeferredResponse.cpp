#include "server/http/DeferredResponse.h"

namespace companion::server {

void DeferredResponse::finish(HttpResponse response, const QString &userId) const
{
    if (!m_state || m_state->finished)
        return;
    m_state->finished = true;
    m_state->response = std::move(response);
    m_state->userId = userId;
    // Before the handler returned nobody listens yet: the transport reads the state then.
    if (const auto deliver = std::move(m_state->deliver))
        deliver();
}

} // namespace companion::server
