#include "server/sandbox/TestHookRoutes.h"

#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "server/api/ServerContext.h"
#include "server/core/TimeFormat.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/BookingStore.h"
#include "server/store/CatalogStore.h"
#include "server/store/Database.h"
#include "server/store/ProposalStore.h"
#include "server/store/SessionStore.h"
#include "server/store/payments/SplitStore.h"

#include <QRandomGenerator>

namespace companion::server {

namespace {
HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such session."));
}
} // namespace

TestHookRoutes::TestHookRoutes(ServerContext &context)
    : m_context(context)
{ }

void TestHookRoutes::registerOn(Router &router)
{
    // {"offering_id", "start", "student_id"?} -> a booked session with its charge and splits.
    router.addJson(
        QStringLiteral("POST"), QStringLiteral("/api/_test/sessions"), Access::Public,
        [this](HttpRequest &, const QJsonObject &body) {
            const QString offeringId = body.value(QStringLiteral("offering_id")).toString();
            const auto start = instant::parseMs(body.value(QStringLiteral("start")).toString());
            const QString studentId
                = body.value(QStringLiteral("student_id")).toString(QStringLiteral("usr_lena"));
            const auto offering = start ? m_context.catalog->offering(offeringId) : std::nullopt;
            if (!offering) {
                Validation validation;
                validation.fail(QStringLiteral("offering_id"),
                                QStringLiteral("Need a known offering and a start."));
                return validation.response();
            }
            const QString suffix = QStringLiteral("%1_%2")
                                       .arg(++m_counter)
                                       .arg(QRandomGenerator::global()->generate() % 100000);
            NewSession session;
            session.id = QStringLiteral("ses_t") + suffix;
            session.courseId = offering->courseId;
            session.offeringId = offeringId;
            session.teacherId = offering->teacherId;
            session.startMs = *start;
            session.endMs = session.startMs + offering->offering.durationMinutes * 60000LL;
            session.seats = offering->offering.seats;
            session.bufferBeforeMinutes = offering->offering.bufferBeforeMinutes;
            session.bufferAfterMinutes = offering->offering.bufferAfterMinutes;
            const qint64 price = offering->offering.priceCents;
            const QString currency = offering->offering.currency;
            const QString creatorId = offering->creatorId;
            const QString enrollmentId = QStringLiteral("enr_t") + suffix;
            const QString transactionId = QStringLiteral("txn_t") + suffix;
            const QString now = nowRfc3339();
            BookingStore::Transaction transaction;
            transaction.id = transactionId;
            transaction.enrollmentId = enrollmentId;
            transaction.studentId = studentId;
            transaction.amountCents = price;
            transaction.currency = currency;
            transaction.createdAt = now;
            m_context.db->transaction();
            const bool ok = m_context.sessions->insert(session)
                && m_context.bookings->insertEnrollment(
                    { enrollmentId, session.courseId, studentId, session.id, QStringLiteral("active"), now })
                && m_context.bookings->insertTransaction(transaction)
                && m_context.splits->createForCharge({ transactionId, enrollmentId, session.id,
                                                       session.courseId, creatorId, session.teacherId, price,
                                                       currency, QStringLiteral("spl_t") + suffix });
            if (!ok) {
                m_context.db->rollback();
                return HttpResponse::error(500, QStringLiteral("internal_error"),
                                           QStringLiteral("Could not create the session."));
            }
            m_context.db->commit();
            return HttpResponse::json(
                QJsonObject { { QStringLiteral("id"), session.id },
                              { QStringLiteral("split_prefix"), QStringLiteral("spl_t") + suffix } },
                201);
        });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/_test/sessions/{id}/{action}"), Access::Public,
               [this](HttpRequest &request) { return sessionAction(request); });

    router.addJson(
        QStringLiteral("POST"), QStringLiteral("/api/_test/splits/{id}/status"), Access::Public,
        [this](HttpRequest &request, const QJsonObject &body) {
            const bool ok = m_context.splits->setStatus(request.pathParams.value(QStringLiteral("id")),
                                                        body.value(QStringLiteral("status")).toString(),
                                                        body.value(QStringLiteral("transfer_id")).toString());
            return ok
                ? HttpResponse::noContent()
                : HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such split."));
        });
}

HttpResponse TestHookRoutes::sessionAction(HttpRequest &request)
{
    const QString id = request.pathParams.value(QStringLiteral("id"));
    const QString action = request.pathParams.value(QStringLiteral("action"));
    HttpResponse error;
    const QJsonObject body = request.body.trimmed().isEmpty()
        ? QJsonObject()
        : parseJsonBody(request, &error).value_or(QJsonObject());
    bool ok = false;
    if (action == u"cancel") {
        ok = m_context.sessions->cancel(
            id, body.value(QStringLiteral("reason")).toString(QStringLiteral("Cancelled by test")));
    } else if (action == u"delete") {
        ok = m_context.sessions->markDeleted(id);
    } else if (action == u"status") {
        ok = m_context.sessions->setStatus(id, body.value(QStringLiteral("status")).toString());
    } else if (action == u"reschedule") {
        const auto start = instant::parseMs(body.value(QStringLiteral("start")).toString());
        const auto end = instant::parseMs(body.value(QStringLiteral("end")).toString());
        ok = start && end && m_context.sessions->reschedule(id, *start, *end);
    } else if (action == u"expire_proposal") {
        // The answers' deadline reached now: the job runner's next pass ends the proposal.
        ok = m_context.proposals->moveDeadline(id, Clock::nowMs());
    } else {
        return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Unknown action."));
    }
    return ok ? HttpResponse::noContent() : notFound();
}

} // namespace companion::server
