#include "server/api/PayoutRoutes.h"

#include "models/money/PayoutSchedule.h"
#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "server/api/ServerContext.h"
#include "server/http/Router.h"
#include "server/providers/ProviderWorkers.h"
#include "server/providers/Providers.h"
#include "server/store/UserStore.h"
#include "server/store/payments/StripeFactStore.h"

#include <QJsonArray>
#include <QTimeZone>

namespace companion::server {

namespace {

// Stripe's [{amount, currency}] as ours: [{amount_cents, currency}] (upper-case ISO codes).
QJsonArray amounts(const QJsonValue &stripe)
{
    QJsonArray out;
    for (const QJsonValue &value : stripe.toArray()) {
        const QJsonObject entry = value.toObject();
        out.append(QJsonObject {
            { QStringLiteral("amount_cents"), entry.value(QLatin1String("amount")).toInteger() },
            { QStringLiteral("currency"), entry.value(QLatin1String("currency")).toString().toUpper() } });
    }
    return out;
}

// The balance answer from what Stripe said about the account (read off the event loop).
HttpResponse balanceAnswer(QJsonObject json, const PaymentProvider::Call &balance,
                           const PaymentProvider::Call &account, const QString &timeZone)
{
    if (!balance.ok || !account.ok)
        return HttpResponse::error(
            502, QStringLiteral("provider_error"),
            QStringLiteral("Stripe did not answer with your balance; try again in a minute."));
    json.insert(QStringLiteral("available"), amounts(balance.object.value(QLatin1String("available"))));
    json.insert(QStringLiteral("pending"), amounts(balance.object.value(QLatin1String("pending"))));
    const bool enabled = account.object.value(QLatin1String("payouts_enabled")).toBool();
    json.insert(QStringLiteral("payouts_enabled"), enabled);
    const PayoutSchedule schedule = PayoutSchedule::fromStripe(account.object.value(QLatin1String("settings"))
                                                                   .toObject()
                                                                   .value(QLatin1String("payouts"))
                                                                   .toObject()
                                                                   .value(QLatin1String("schedule"))
                                                                   .toObject());
    json.insert(QStringLiteral("schedule"), schedule.toJson());
    for (const QJsonValue &value : account.object.value(QLatin1String("external_accounts"))
                                       .toObject()
                                       .value(QLatin1String("data"))
                                       .toArray()) {
        const QJsonObject bank = value.toObject();
        json.insert(
            QStringLiteral("bank_account"),
            QJsonObject {
                { QStringLiteral("bank_name"), bank.value(QLatin1String("bank_name")).toString() },
                { QStringLiteral("last4"), bank.value(QLatin1String("last4")).toString() },
                { QStringLiteral("currency"), bank.value(QLatin1String("currency")).toString().toUpper() } });
        break; // the default one is first
    }
    // The next automatic payout: the next scheduled day in the user's zone, of what is
    // available now (Stripe pays out the available balance).
    const QJsonArray available = json.value(QLatin1String("available")).toArray();
    const QJsonObject first = available.isEmpty() ? QJsonObject() : available.first().toObject();
    const QTimeZone zone(timeZone.toUtf8());
    const auto next = schedule.nextPayoutAfter(Clock::today(zone.isValid() ? zone : QTimeZone::utc()));
    if (enabled && next && first.value(QLatin1String("amount_cents")).toInteger() > 0)
        json.insert(
            QStringLiteral("next_payout"),
            QJsonObject { { QStringLiteral("date"), next->toString(Qt::ISODate) },
                          { QStringLiteral("amount_cents"), first.value(QLatin1String("amount_cents")) },
                          { QStringLiteral("currency"), first.value(QLatin1String("currency")) } });
    return HttpResponse::json(json);
}

} // namespace

PayoutRoutes::PayoutRoutes(ServerContext &context)
    : m_context(context)
{ }

void PayoutRoutes::registerOn(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/payments/connect/balance"), Access::Bearer,
               [this](HttpRequest &request) {
                   const auto user = m_context.users->byId(request.userId);
                   if (!user)
                       return HttpResponse::error(401, QStringLiteral("unauthorized"),
                                                  QStringLiteral("Please sign in."));
                   QJsonObject json { { QStringLiteral("payouts_enabled"), user->payoutsEnabled },
                                      { QStringLiteral("available"), QJsonArray() },
                                      { QStringLiteral("pending"), QJsonArray() },
                                      { QStringLiteral("schedule"), QJsonValue::Null },
                                      { QStringLiteral("bank_account"), QJsonValue::Null },
                                      { QStringLiteral("next_payout"), QJsonValue::Null } };
                   if (user->stripeAccountId.isEmpty())
                       return HttpResponse::json(json); // no payout account yet: nothing held
                   if (!m_context.payments)
                       return HttpResponse::error(
                           503, QStringLiteral("provider_unavailable"),
                           QStringLiteral("Payouts are not available on this platform."));
                   struct Read
                   {
                       PaymentProvider::Call balance, account;
                   };
                   PaymentProvider *payments = m_context.payments;
                   m_context.workers->run<Read>(
                       ProviderWorkers::Service::Payments, nullptr,
                       [payments, accountId = user->stripeAccountId] {
                           Read read { payments->retrieveBalance(accountId), {} };
                           if (read.balance.ok) // a Stripe that did not answer is not asked twice
                               read.account = payments->retrieveAccount(accountId);
                           return read;
                       },
                       [reply = request.defer(), json, timeZone = user->user.timeZone](Read read) mutable {
                           reply.finish(balanceAnswer(json, read.balance, read.account, timeZone));
                       });
                   return HttpResponse::deferred();
               });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/payments/payouts"), Access::Bearer,
               [this](HttpRequest &request) {
                   const auto user = m_context.users->byId(request.userId);
                   if (!user)
                       return HttpResponse::error(401, QStringLiteral("unauthorized"),
                                                  QStringLiteral("Please sign in."));
                   QJsonArray items;
                   if (!user->stripeAccountId.isEmpty()) {
                       StripeFactStore facts(*m_context.db);
                       const QHash<QString, QStringList> paid = facts.splitsByPayout(user->stripeAccountId);
                       for (const StripeFactStore::Payout &p : facts.payoutsOf(user->stripeAccountId)) {
                           items.append(QJsonObject {
                               { QStringLiteral("id"), p.id },
                               { QStringLiteral("amount_cents"), p.amountCents },
                               // Payouts are in the account's default currency; the platform charges in EUR.
                               { QStringLiteral("currency"), QStringLiteral("EUR") },
                               { QStringLiteral("status"), p.status },
                               { QStringLiteral("created"), instant::toUtcStringSecs(p.created) },
                               { QStringLiteral("arrival_date"), instant::toUtcStringSecs(p.arrivalDate) },
                               { QStringLiteral("split_ids"), QJsonArray::fromStringList(paid.value(p.id)) },
                           });
                       }
                   }
                   return HttpResponse::json(QJsonObject { { QStringLiteral("items"), items } });
               });
}

} // namespace companion::server
