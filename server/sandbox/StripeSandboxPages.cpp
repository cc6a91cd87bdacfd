// The browser face of StripeSandbox: hosted onboarding, the Express dashboard, the return
// page, and the /sandbox/stripe/test/* hooks that play the student and Stripe's payouts.
#include "models/time/Clock.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/sandbox/StripeSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace companion::server {

namespace {

HttpResponse page(const QString &title, const QString &body)
{
    return HttpResponse::text(
        "text/html; charset=utf-8",
        QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "</head><body style=\"font-family:sans-serif;margin:2em\"><h1>%1</h1>%2"
                       "</body></html>")
            .arg(title.toHtmlEscaped(), body)
            .toUtf8());
}

HttpResponse redirect(const QString &url)
{
    HttpResponse response = HttpResponse::text("text/plain", "Redirecting", 302);
    response.withHeader("Location", url.toUtf8());
    return response;
}

} // namespace

void StripeSandbox::registerPages(Router &router)
{
    // Hosted onboarding. Opening a link uses it up; an expired or used link goes to refresh_url.
    router.add(
        QStringLiteral("GET"), QStringLiteral("/sandbox/stripe/onboarding/{link}"), Access::Public,
        [this](HttpRequest &request) {
            const QString id = request.pathParams.value(QStringLiteral("link"));
            QJsonObject link = m_links.value(id);
            if (link.isEmpty())
                return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Unknown link."));
            if (link.value(QStringLiteral("state")).toString() != u"new"
                || Clock::nowSecs()
                    > static_cast<qint64>(link.value(QStringLiteral("expires_at")).toDouble()))
                return redirect(link.value(QStringLiteral("refresh_url")).toString());
            link.insert(QStringLiteral("state"), QStringLiteral("opened"));
            m_links.insert(id, link);
            const QString base = QStringLiteral("/sandbox/stripe/onboarding/") + id;
            return page(QStringLiteral("Sandbox Stripe onboarding"),
                        QStringLiteral("<p>Account %1</p><p><a id=\"complete\" href=\"%2/complete\">Complete "
                                       "onboarding</a></p><p><a id=\"save\" href=\"%2/save\">Save for "
                                       "later</a></p>")
                            .arg(link.value(QStringLiteral("account")).toString().toHtmlEscaped(), base));
        });
    const auto finish = [this](bool complete) {
        return [this, complete](HttpRequest &request) {
            const QString id = request.pathParams.value(QStringLiteral("link"));
            QJsonObject link = m_links.value(id);
            if (link.isEmpty())
                return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Unknown link."));
            if (link.value(QStringLiteral("state")).toString() == u"finished"
                || Clock::nowSecs()
                    > static_cast<qint64>(link.value(QStringLiteral("expires_at")).toDouble()))
                return redirect(link.value(QStringLiteral("refresh_url")).toString());
            link.insert(QStringLiteral("state"), QStringLiteral("finished"));
            m_links.insert(id, link);
            finishOnboarding(link.value(QStringLiteral("account")).toString(), complete);
            // return_url carries no state, on Complete and on Save for later alike.
            const QString returnUrl = link.value(QStringLiteral("return_url")).toString();
            if (returnUrl.isEmpty())
                return page(QStringLiteral("Onboarding saved"),
                            QStringLiteral("<p>You can close this page.</p>"));
            return redirect(returnUrl);
        };
    };
    router.add(QStringLiteral("GET"), QStringLiteral("/sandbox/stripe/onboarding/{link}/complete"),
               Access::Public, finish(true));
    router.add(QStringLiteral("GET"), QStringLiteral("/sandbox/stripe/onboarding/{link}/save"),
               Access::Public, finish(false));
    router.add(QStringLiteral("POST"), QStringLiteral("/sandbox/stripe/test/account_links/{link}/expire"),
               Access::Public, [this](HttpRequest &request) {
                   const QString id = request.pathParams.value(QStringLiteral("link"));
                   if (!m_links.contains(id))
                       return HttpResponse::error(404, QStringLiteral("not_found"),
                                                  QStringLiteral("Unknown link."));
                   m_links[id].insert(QStringLiteral("expires_at"), Clock::nowSecs() - 1);
                   return HttpResponse::noContent();
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/sandbox/stripe/dashboard/{account}"), Access::Public,
               [](HttpRequest &request) {
                   return page(QStringLiteral("Sandbox Stripe Express dashboard"),
                               QStringLiteral("<p>Account %1</p>")
                                   .arg(request.pathParams.value(QStringLiteral("account")).toHtmlEscaped()));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/sandbox/stripe/return"), Access::Public,
               [](HttpRequest &) {
                   return page(QStringLiteral("Back from Stripe"),
                               QStringLiteral("<p>You can close this page.</p>"));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/sandbox/stripe/test/accounts/{account}"),
               Access::Public, [this](HttpRequest &request) {
                   const QJsonObject account
                       = m_accounts.value(request.pathParams.value(QStringLiteral("account")));
                   return account.isEmpty() ? HttpResponse::error(404, QStringLiteral("not_found"),
                                                                  QStringLiteral("No such account."))
                                            : HttpResponse::json(account);
               });
    // A student paying: {offering_id, start, student_id} -> checkout.session.completed.
    router.addJson(
        QStringLiteral("POST"), QStringLiteral("/sandbox/stripe/test/checkout"), Access::Public,
        [this](HttpRequest &, const QJsonObject &body) {
            const QString offeringId = body.value(QStringLiteral("offering_id")).toString();
            const auto price = m_priceOf ? m_priceOf(offeringId) : std::nullopt;
            if (!price || body.value(QStringLiteral("start")).toString().isEmpty()
                || body.value(QStringLiteral("student_id")).toString().isEmpty()) {
                Validation validation;
                validation.fail(QStringLiteral("offering_id"),
                                QStringLiteral("Need a known offering_id, a start and a student_id."));
                return validation.response();
            }
            const QJsonObject metadata {
                { QStringLiteral("offering_id"), offeringId },
                { QStringLiteral("start"), body.value(QStringLiteral("start")) },
                { QStringLiteral("student_id"), body.value(QStringLiteral("student_id")) },
            };
            return HttpResponse::json(simulateCheckout(metadata, price->first, price->second), 201);
        });
    router.addJson(QStringLiteral("POST"), QStringLiteral("/sandbox/stripe/test/payouts"), Access::Public,
                   [this](HttpRequest &, const QJsonObject &body) {
                       const Result result = payout(body.value(QStringLiteral("account")).toString(),
                                                    body.value(QStringLiteral("fail")).toBool());
                       return HttpResponse::json(result.object, result.ok ? 200 : 400);
                   });
    router.addJson(QStringLiteral("POST"), QStringLiteral("/sandbox/stripe/test/refunds"), Access::Public,
                   [this](HttpRequest &request, const QJsonObject &body) {
                       const Result result
                           = refund(body.value(QStringLiteral("payment_intent")).toString(),
                                    static_cast<qint64>(body.value(QStringLiteral("amount")).toDouble()),
                                    QString::fromUtf8(request.header("idempotency-key")));
                       return HttpResponse::json(result.object, result.ok ? 200 : 400);
                   });
}

} // namespace companion::server
