#pragma once

namespace companion::server {

class Router;
struct ServerContext;

// What Stripe Express shows on its first screen, for the app's Payouts page:
//   GET /api/payments/connect/balance  available and pending balance (Stripe's Balance of the
//        connected account, through the payment provider), the payout schedule and the bank
//        account (from the Account object), and the next scheduled payout
//   GET /api/payments/payouts          the payouts Stripe reported (payout.* webhooks), newest
//        first, each with the splits it paid
class PayoutRoutes
{
public:
    explicit PayoutRoutes(ServerContext &context);
    void registerOn(Router &router);

private:
    ServerContext &m_context;
};

} // namespace companion::server
