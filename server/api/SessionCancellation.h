#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QJsonObject>

namespace companion::server {

struct ServerContext;

// A teacher (or the course's creator, for an S-T's session) cancels a session that has not
// started: the session becomes cancelled (its version, the ICS SEQUENCE, goes up; it leaves
// calendar feeds; its room can no longer be made), every booking ends, every paid one is
// refunded in full through the Stripe adapter (one idempotent refund per charge; the
// charge.refunded webhooks then reverse the splits), and every student gets an email through
// the Resend adapter with the reason, the teacher's message and a link to book again. The
// refunds and emails are provider jobs written in the same transaction, so none is lost.
class SessionCancellation
{
public:
    explicit SessionCancellation(ServerContext &context);

    // POST /api/sessions/{id}/cancel {reason, message?}
    HttpResponse cancel(const HttpRequest &request, const QJsonObject &body);

private:
    ServerContext &m_context;
};

} // namespace companion::server
