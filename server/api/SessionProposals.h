#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"
#include "server/store/ProposalStore.h"

#include <QJsonObject>

namespace companion::server {

struct ServerContext;

// A teacher proposes a new time for a booked session; the students answer by email.
// - POST /api/sessions/{id}/proposals {start}: the teacher (or the course's creator) picks a
//   free slot of the same offering (the slot engine decides); each booked student gets an
//   email with a link of their own. The slot is held (the slot engine and checkout see it as
//   busy) until the proposal ends. With nobody booked the session simply moves.
// - GET /proposals/{token}: a small page (no sign-in) with Accept and Decline; POST
//   /proposals/{token}/accept|decline answers, once. When every student accepted, the session
//   moves (its version, the ICS SEQUENCE, goes up); one decline keeps the original time.
// - expireDue(): no full yes 24 h before the original start keeps the original time too.
// The teacher reads the outcome in GET /api/sessions/{id}/proposal and by email.
class SessionProposals
{
public:
    explicit SessionProposals(ServerContext &context);

    HttpResponse propose(const HttpRequest &request, const QJsonObject &body);
    HttpResponse latest(const HttpRequest &request);
    HttpResponse page(const HttpRequest &request);
    HttpResponse answer(const HttpRequest &request, bool accept);
    // Ends the proposals whose time to answer ran out (the job runner calls it each pass).
    void expireDue(qint64 nowMs);

private:
    QJsonObject toJson(const ProposalStore::Proposal &proposal) const;
    // Emails the teacher (and, when `students`, every student) how a proposal ended.
    bool tellOutcome(const ProposalStore::Proposal &proposal, const QString &outcome);
    HttpResponse htmlPage(const QString &title, const QString &body, int status = 200) const;
    // The proposal and answer a student's link stands for; the page to answer when none.
    std::optional<HttpResponse> findByLink(const QString &token,
                                           std::optional<ProposalStore::Proposal> *proposal,
                                           QString *enrollmentId) const;

    ServerContext &m_context;
};

} // namespace companion::server
