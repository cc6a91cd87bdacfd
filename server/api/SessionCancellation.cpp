#include "server/api/SessionCancellation.h"

#include "models/time/Clock.h"
#include "server/api/ServerContext.h"
#include "server/api/SessionGuard.h"
#include "server/core/Logging.h"
#include "server/core/TimeFormat.h"
#include "server/http/JsonBody.h"
#include "server/providers/ProviderJobQueue.h"
#include "server/store/BookingStore.h"
#include "server/store/CatalogStore.h"
#include "server/store/Database.h"
#include "server/store/SessionStore.h"
#include "server/store/UserStore.h"

namespace companion::server {

namespace {

constexpr int kReasonMax = 500;
constexpr int kMessageMax = 2000;

HttpResponse failure()
{
    return HttpResponse::error(500, QStringLiteral("internal_error"),
                               QStringLiteral("Could not cancel the session."));
}

} // namespace

SessionCancellation::SessionCancellation(ServerContext &context)
    : m_context(context)
{ }

HttpResponse SessionCancellation::cancel(const HttpRequest &request, const QJsonObject &body)
{
    const QString id = request.pathParams.value(QStringLiteral("id"));
    if (auto refused
        = refuseUnlessTeaching(*m_context.sessions, request.userId, id, QStringLiteral("cancel it")))
        return *refused;

    Validation validation;
    const QJsonValue reasonValue = body.value(QStringLiteral("reason"));
    const QString reason = reasonValue.toString().trimmed();
    if (!reasonValue.isString() || reason.isEmpty())
        validation.fail(QStringLiteral("reason"), QStringLiteral("Say why: the students read it."));
    else if (reason.size() > kReasonMax)
        validation.fail(QStringLiteral("reason"), QStringLiteral("At most %1 characters.").arg(kReasonMax));
    const QJsonValue messageValue = body.value(QStringLiteral("message"));
    const QString message = messageValue.toString().trimmed();
    if (!messageValue.isUndefined() && !messageValue.isNull() && !messageValue.isString())
        validation.fail(QStringLiteral("message"), QStringLiteral("Text, if given."));
    else if (message.size() > kMessageMax)
        validation.fail(QStringLiteral("message"), QStringLiteral("At most %1 characters.").arg(kMessageMax));
    if (!validation.ok())
        return validation.response();

    const auto timing = m_context.sessions->timing(id);
    if (!timing)
        return failure();
    const auto answer = [&](bool alreadyCancelled, int refunds, int emails, bool withinNotice) {
        const auto detail = m_context.sessions->detail(request.userId, id);
        return detail
            ? HttpResponse::json(QJsonObject { { QStringLiteral("session"), *detail },
                                               { QStringLiteral("already_cancelled"), alreadyCancelled },
                                               { QStringLiteral("refunds"), refunds },
                                               { QStringLiteral("emails"), emails },
                                               { QStringLiteral("within_minimum_notice"), withinNotice } })
            : failure();
    };
    if (timing->status == u"cancelled")
        return answer(true, 0, 0, false);
    const qint64 now = Clock::nowMs();
    if (timing->status != u"scheduled" || now >= timing->startMs)
        return HttpResponse::error(
            409, QStringLiteral("session_started"),
            QStringLiteral("This session has started, so it can no longer be cancelled."));

    bool failed = false;
    const auto offering = m_context.catalog->offering(timing->offeringId, &failed);
    const auto teacher = m_context.users->byId(timing->teacherId);
    const auto bookings = m_context.bookings->activeBookings(id);
    if (failed || !bookings)
        return failure();
    // Allowed, and said: the students had counted on it.
    const bool withinNotice
        = offering && timing->startMs - now < qint64(offering->offering.minimumNoticeMinutes) * 60000;
    const QString teacherName = teacher ? teacher->user.name : QString();
    QUrl rebook = m_context.baseUrl;
    rebook.setPath(QStringLiteral("/courses/") + timing->courseId);

    int refunds = 0;
    if (!m_context.db->transaction())
        return failure();
    bool ok = m_context.sessions->cancel(id, reason);
    for (const BookingStore::Booking &booking : *bookings) {
        ok = ok && m_context.bookings->setEnrollmentStatus(booking.enrollmentId, QStringLiteral("cancelled"));
        if (!booking.paymentIntentId.isEmpty()) {
            // One refund per charge whatever happens later: the job id is the idempotency key.
            ok = ok
                && m_context.jobs->enqueue(
                    QStringLiteral("refund_cancel_") + booking.transactionId, QStringLiteral("stripe"),
                    QStringLiteral("refund"),
                    { { QStringLiteral("payment_intent"), booking.paymentIntentId },
                      { QStringLiteral("reason"), QStringLiteral("session_cancelled") } });
            ++refunds;
        }
        const QString when = wallTimeText(timing->startMs, booking.studentTimeZone);
        QString text = QStringLiteral("Hello %1,\n\n%2 has cancelled the %3 session on %4.\n\nWhy: %5\n")
                           .arg(booking.studentName, teacherName, timing->courseTitle, when, reason);
        if (!message.isEmpty())
            text += QStringLiteral("\n%1 writes: %2\n").arg(teacherName, message);
        text += booking.paymentIntentId.isEmpty()
            ? QStringLiteral("\nNothing was charged for it.\n")
            : QStringLiteral("\nYour payment is refunded in full; your bank shows it within a few days.\n");
        text += QStringLiteral("\nBook another time: %1\n").arg(rebook.toString());
        ok = ok
            && m_context.jobs->enqueue(
                QStringLiteral("email_cancel_") + booking.enrollmentId, QStringLiteral("resend"),
                QStringLiteral("email"),
                { { QStringLiteral("to"), booking.studentEmail },
                  { QStringLiteral("subject"),
                    QStringLiteral("Cancelled: %1 on %2").arg(timing->courseTitle, when) },
                  { QStringLiteral("text"), text } });
    }
    if (!ok || !m_context.db->commit()) {
        m_context.db->rollback();
        return failure();
    }
    qCInfo(lcServer).noquote() << "session" << id << "cancelled by" << request.userId << "-"
                               << bookings->size() << "bookings," << refunds << "refunds";
    return answer(false, refunds, int(bookings->size()), withinNotice);
}

} // namespace companion::server
