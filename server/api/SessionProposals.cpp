#include "server/api/SessionProposals.h"

#include "models/schedule/SlotCalculator.h"
#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "server/api/ServerContext.h"
#include "server/api/SessionGuard.h"
#include "server/core/Logging.h"
#include "server/core/TimeFormat.h"
#include "server/http/JsonBody.h"
#include "server/providers/ProviderJobQueue.h"
#include "server/store/AvailabilityStore.h"
#include "server/store/BookingStore.h"
#include "server/store/CatalogStore.h"
#include "server/store/Database.h"
#include "server/store/SessionStore.h"
#include "server/store/UserStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

namespace companion::server {

namespace {

constexpr qint64 kAnswerBeforeMs = 24LL * 3600 * 1000; // answers close a day before the original start

QString newToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 6);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

HttpResponse failure()
{
    return HttpResponse::error(500, QStringLiteral("internal_error"),
                               QStringLiteral("Could not save the proposal."));
}

} // namespace

SessionProposals::SessionProposals(ServerContext &context)
    : m_context(context)
{ }

QJsonObject SessionProposals::toJson(const ProposalStore::Proposal &p) const
{
    QJsonArray answers;
    for (const ProposalStore::Answer &a : p.answers)
        answers.append(QJsonObject { { QStringLiteral("student_id"), a.studentId },
                                     { QStringLiteral("answer"), a.answer } });
    return { { QStringLiteral("id"), p.id },
             { QStringLiteral("session_id"), p.sessionId },
             { QStringLiteral("start"), instant::toUtcStringMs(p.startMs) },
             { QStringLiteral("end"), instant::toUtcStringMs(p.endMs) },
             { QStringLiteral("state"), p.state },
             { QStringLiteral("expires_at"), instant::toUtcStringMs(p.expiresMs) },
             { QStringLiteral("answers"), answers } };
}

HttpResponse SessionProposals::propose(const HttpRequest &request, const QJsonObject &body)
{
    const QString id = request.pathParams.value(QStringLiteral("id"));
    if (auto refused
        = refuseUnlessTeaching(*m_context.sessions, request.userId, id, QStringLiteral("move it")))
        return *refused;
    const auto start = instant::parseMs(body.value(QStringLiteral("start")).toString());
    if (!start) {
        Validation validation;
        validation.fail(QStringLiteral("start"),
                        QStringLiteral("An RFC 3339 instant, e.g. 2026-12-03T17:00:00Z."));
        return validation.response();
    }
    const auto timing = m_context.sessions->timing(id);
    if (!timing)
        return failure();
    const qint64 now = Clock::nowMs();
    if (timing->status != u"scheduled" || timing->startMs <= now)
        return HttpResponse::error(409, QStringLiteral("session_started"),
                                   QStringLiteral("Only a session that has not started can be moved."));
    std::optional<ProposalStore::Proposal> open;
    if (!m_context.proposals->latestFor(id, &open))
        return failure();
    if (open && open->state == u"proposed")
        return HttpResponse::error(
            409, QStringLiteral("proposal_open"),
            QStringLiteral("A new time is already proposed; wait for the students' answers."));
    const qint64 expires = timing->startMs - kAnswerBeforeMs;
    if (expires <= now)
        return HttpResponse::error(
            409, QStringLiteral("too_late"),
            QStringLiteral(
                "The session starts within 24 hours: students could not answer in time. Cancel it instead."));

    // The same offering's free slots, as the slot engine offers them to students, the session
    // itself not counting as busy (it is what moves).
    const auto offering = m_context.catalog->offering(timing->offeringId);
    const auto schedule = m_context.availability->forUser(timing->teacherId);
    if (!offering || !schedule)
        return HttpResponse::error(409, QStringLiteral("slot_not_free"),
                                   QStringLiteral("The teacher has no availability to move the session to."));
    const QTimeZone zone(schedule->schedule.timeZone.toUtf8());
    const QDate day = QDateTime::fromMSecsSinceEpoch(*start, QTimeZone::utc()).toTimeZone(zone).date();
    SlotQuery query;
    query.fromDate = day.addDays(-1);
    query.toDate = day.addDays(1);
    query.nowMs = now;
    QList<BusySession> busy
        = m_context.sessions->busyFor(timing->teacherId, *start - 9 * 86400000LL, *start + 9 * 86400000LL);
    busy.removeIf([&id](const BusySession &b) { return b.id == id; });
    QString error;
    const auto freeSlots
        = SlotCalculator::compute(schedule->schedule, offering->offering, busy, query, &error);
    const bool free = freeSlots.has_value()
        && std::any_of(freeSlots->cbegin(), freeSlots->cend(),
                       [&](const Slot &s) { return s.startMs == *start; });
    if (!free)
        return HttpResponse::error(409, QStringLiteral("slot_not_free"),
                                   QStringLiteral("That time is not a free slot of this offering."));

    const auto bookings = m_context.bookings->activeBookings(id);
    const auto teacher = m_context.users->byId(timing->teacherId);
    if (!bookings)
        return failure();
    ProposalStore::Proposal proposal;
    proposal.id = QStringLiteral("prp_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    proposal.sessionId = id;
    proposal.proposedBy = request.userId;
    proposal.startMs = *start;
    proposal.endMs = *start + (timing->endMs - timing->startMs);
    proposal.expiresMs = expires;
    proposal.createdAt = nowRfc3339();
    proposal.state = bookings->isEmpty() ? QStringLiteral("accepted") : QStringLiteral("proposed");
    QUrl base = m_context.baseUrl;
    if (!m_context.db->transaction())
        return failure();
    QList<QPair<BookingStore::Booking, QString>> links;
    for (const BookingStore::Booking &booking : *bookings) {
        const QString token = newToken();
        proposal.answers.append({ booking.enrollmentId, booking.studentId, hashOf(token) });
        links.append({ booking, token });
    }
    bool ok = m_context.proposals->insert(proposal);
    if (bookings->isEmpty()) // nobody to ask
        ok = ok && m_context.sessions->reschedule(id, proposal.startMs, proposal.endMs);
    const QString teacherName = teacher ? teacher->user.name : QString();
    for (const auto &[booking, token] : links) {
        base.setPath(QStringLiteral("/proposals/") + token);
        const QString text
            = QStringLiteral(
                  "Hello %1,\n\n%2 asks to move the %3 session\nfrom %4\nto   %5.\n\n"
                  "Accept or decline here (no sign-in needed): %6\n\nIf not every student accepts by %7, "
                  "the session stays at its original time.\n")
                  .arg(booking.studentName, teacherName, timing->courseTitle,
                       wallTimeText(timing->startMs, booking.studentTimeZone),
                       wallTimeText(proposal.startMs, booking.studentTimeZone), base.toString(),
                       wallTimeText(expires, booking.studentTimeZone));
        ok = ok
            && m_context.jobs->enqueue(
                QStringLiteral("email_proposal_%1_%2").arg(proposal.id, booking.enrollmentId),
                QStringLiteral("resend"), QStringLiteral("email"),
                { { QStringLiteral("to"), booking.studentEmail },
                  { QStringLiteral("subject"),
                    QStringLiteral("New time proposed: %1").arg(timing->courseTitle) },
                  { QStringLiteral("text"), text } });
    }
    if (!ok || !m_context.db->commit()) {
        m_context.db->rollback();
        return failure();
    }
    return HttpResponse::json(toJson(proposal), 201);
}

HttpResponse SessionProposals::latest(const HttpRequest &request)
{
    const QString id = request.pathParams.value(QStringLiteral("id"));
    const SessionRelation relation = m_context.sessions->relation(request.userId, id);
    if (relation == SessionRelation::None || relation == SessionRelation::Student)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("This session does not exist or is not yours."));
    std::optional<ProposalStore::Proposal> proposal;
    if (!m_context.proposals->latestFor(id, &proposal))
        return failure();
    if (!proposal)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("No new time was proposed."));
    return HttpResponse::json(toJson(*proposal));
}

HttpResponse SessionProposals::htmlPage(const QString &title, const QString &body, int status) const
{
    const QString html
        = QStringLiteral("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width\"><title>%1</title>"
                         "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em;"
                         "line-height:1.5}button{font-size:1em;padding:.5em 1.2em;margin-right:.5em}"
                         "</style></head><body><h1>%1</h1>%2</body></html>")
              .arg(title.toHtmlEscaped(), body);
    return HttpResponse::text("text/html; charset=utf-8", html.toUtf8(), status)
        .withHeader("Cache-Control", "no-store")
        .withHeader("Referrer-Policy", "no-referrer");
}

std::optional<HttpResponse> SessionProposals::findByLink(const QString &token,
                                                         std::optional<ProposalStore::Proposal> *proposal,
                                                         QString *enrollmentId) const
{
    if (!m_context.proposals->byTokenHash(hashOf(token), proposal, enrollmentId))
        return htmlPage(QStringLiteral("Something went wrong"),
                        QStringLiteral("<p>Try again in a minute.</p>"), 500);
    if (!*proposal)
        return htmlPage(QStringLiteral("This link is not valid"),
                        QStringLiteral("<p>Ask your teacher to send the proposal again.</p>"), 404);
    return std::nullopt;
}

HttpResponse SessionProposals::page(const HttpRequest &request)
{
    std::optional<ProposalStore::Proposal> proposal;
    QString enrollmentId;
    const QString token = request.pathParams.value(QStringLiteral("token"));
    if (auto refused = findByLink(token, &proposal, &enrollmentId))
        return *refused;
    const auto timing = m_context.sessions->timing(proposal->sessionId);
    QString student, zone;
    QString answer;
    for (const ProposalStore::Answer &a : proposal->answers) {
        if (a.enrollmentId == enrollmentId) {
            answer = a.answer;
            if (const auto user = m_context.users->byId(a.studentId)) {
                student = user->user.name;
                zone = user->user.timeZone;
            }
        }
    }
    const QString course = timing ? timing->courseTitle : QString();
    QString body
        = QStringLiteral("<p>Hello %1, the %2 session would move</p><p>from <b>%3</b><br>to <b>%4</b>.</p>")
              .arg(student.toHtmlEscaped(), course.toHtmlEscaped(),
                   wallTimeText(timing ? timing->startMs : 0, zone).toHtmlEscaped(),
                   wallTimeText(proposal->startMs, zone).toHtmlEscaped());
    if (proposal->state != u"proposed")
        body += QStringLiteral("<p>This proposal has ended: %1.</p>").arg(proposal->state);
    else if (answer != u"pending")
        body += QStringLiteral("<p>You answered: %1. Thank you.</p>").arg(answer);
    else
        body += QStringLiteral(
                    "<form method=\"post\" action=\"/proposals/%1/accept\" style=\"display:inline\">"
                    "<button type=\"submit\">Accept the new time</button></form>"
                    "<form method=\"post\" action=\"/proposals/%1/decline\" style=\"display:inline\">"
                    "<button type=\"submit\">Keep the original time</button></form>")
                    .arg(token.toHtmlEscaped());
    return htmlPage(QStringLiteral("A new time for %1").arg(course), body);
}

HttpResponse SessionProposals::answer(const HttpRequest &request, bool accept)
{
    std::optional<ProposalStore::Proposal> proposal;
    QString enrollmentId;
    const QString token = request.pathParams.value(QStringLiteral("token"));
    if (auto refused = findByLink(token, &proposal, &enrollmentId))
        return *refused;
    const auto mine
        = std::find_if(proposal->answers.cbegin(), proposal->answers.cend(),
                       [&](const ProposalStore::Answer &a) { return a.enrollmentId == enrollmentId; });
    if (proposal->state != u"proposed" || mine == proposal->answers.cend() || mine->answer != u"pending")
        return htmlPage(QStringLiteral("Already answered"),
                        QStringLiteral("<p>This link was used already, or the proposal has ended (%1).</p>")
                            .arg(proposal->state),
                        409);
    const QString now = nowRfc3339();
    if (!m_context.db->transaction())
        return failure();
    bool ok = m_context.proposals->setAnswer(
        proposal->id, enrollmentId, accept ? QStringLiteral("accepted") : QStringLiteral("declined"), now);
    std::optional<ProposalStore::Proposal> updated;
    ok = ok && m_context.proposals->latestFor(proposal->sessionId, &updated) && updated;
    QString outcome;
    if (ok && !accept) {
        outcome = QStringLiteral("declined");
    } else if (ok
               && std::all_of(updated->answers.cbegin(), updated->answers.cend(),
                              [](const ProposalStore::Answer &a) { return a.answer == u"accepted"; })) {
        outcome = QStringLiteral("accepted");
        ok = m_context.sessions->reschedule(proposal->sessionId, proposal->startMs, proposal->endMs);
    }
    if (ok && !outcome.isEmpty()) {
        updated->state = outcome;
        ok = m_context.proposals->setState(proposal->id, outcome, now) && tellOutcome(*updated, outcome);
    }
    if (!ok || !m_context.db->commit()) {
        m_context.db->rollback();
        return htmlPage(QStringLiteral("Something went wrong"),
                        QStringLiteral("<p>Try again in a minute.</p>"), 500);
    }
    return htmlPage(
        QStringLiteral("Thank you"),
        accept ? (outcome == u"accepted"
                      ? QStringLiteral("<p>Everyone accepted: the session has moved to the new time.</p>")
                      : QStringLiteral("<p>You accepted. The session moves once every student has.</p>"))
               : QStringLiteral("<p>You declined: the session stays at its original time.</p>"));
}

bool SessionProposals::tellOutcome(const ProposalStore::Proposal &proposal, const QString &outcome)
{
    const auto timing = m_context.sessions->timing(proposal.sessionId);
    const auto teacher = timing ? m_context.users->byId(timing->teacherId) : std::nullopt;
    if (!timing || !teacher)
        return false;
    const QString line = outcome == u"accepted"
        ? QStringLiteral("Every student accepted: the %1 session now starts %2.")
              .arg(timing->courseTitle, wallTimeText(proposal.startMs, teacher->user.timeZone))
        : QStringLiteral("The new time for the %1 session was %2: it stays at %3.")
              .arg(timing->courseTitle,
                   outcome == u"declined" ? QStringLiteral("declined")
                                          : QStringLiteral("not accepted in time"),
                   wallTimeText(timing->startMs, teacher->user.timeZone));
    bool ok = m_context.jobs->enqueue(
        QStringLiteral("email_proposal_%1_teacher").arg(proposal.id), QStringLiteral("resend"),
        QStringLiteral("email"),
        { { QStringLiteral("to"), teacher->user.email },
          { QStringLiteral("subject"), QStringLiteral("Your proposed time: %1").arg(outcome) },
          { QStringLiteral("text"), QStringLiteral("Hello %1,\n\n%2\n").arg(teacher->user.name, line) } });
    for (const ProposalStore::Answer &a : proposal.answers) {
        const auto student = m_context.users->byId(a.studentId);
        if (!student)
            continue;
        const QString text = outcome == u"accepted"
            ? QStringLiteral("The %1 session has moved to %2.")
                  .arg(timing->courseTitle, wallTimeText(proposal.startMs, student->user.timeZone))
            : QStringLiteral("The %1 session stays at %2.")
                  .arg(timing->courseTitle, wallTimeText(timing->startMs, student->user.timeZone));
        ok = ok
            && m_context.jobs->enqueue(
                QStringLiteral("email_proposal_%1_%2_%3").arg(proposal.id, a.enrollmentId, outcome),
                QStringLiteral("resend"), QStringLiteral("email"),
                { { QStringLiteral("to"), student->user.email },
                  { QStringLiteral("subject"),
                    QStringLiteral("%1: %2").arg(timing->courseTitle,
                                                 outcome == u"accepted"
                                                     ? QStringLiteral("new time")
                                                     : QStringLiteral("original time stays")) },
                  { QStringLiteral("text"),
                    QStringLiteral("Hello %1,\n\n%2\n").arg(student->user.name, text) } });
    }
    return ok;
}

void SessionProposals::expireDue(qint64 nowMs)
{
    for (const QString &sessionId : m_context.proposals->sessionsWithExpiredProposals(nowMs)) {
        std::optional<ProposalStore::Proposal> proposal;
        if (!m_context.proposals->latestFor(sessionId, &proposal) || !proposal
            || proposal->state != u"proposed" || !m_context.db->transaction())
            continue;
        proposal->state = QStringLiteral("expired");
        if (m_context.proposals->setState(proposal->id, proposal->state, nowRfc3339())
            && tellOutcome(*proposal, proposal->state) && m_context.db->commit())
            qCInfo(lcServer).noquote() << "proposal" << proposal->id << "expired";
        else
            m_context.db->rollback();
    }
}

} // namespace companion::server
