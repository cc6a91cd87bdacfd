#pragma once

#include <QStringList>

namespace companion::server {

// `platform-server simulate checkout --server URL --offering ID --start RFC3339 --student ID`:
// a student paying for a slot, through a running server's Stripe sandbox (the
// checkout.session.completed webhook then books it). `simulate payout --account acct_...`
// and `simulate refund --payment-intent pi_... [--amount CENTS]` drive the rest of the
// money flow. Prints the sandbox's JSON answer; exit 0 on success, 1 on failure, 2 on usage.
class SimulateCommand
{
public:
    static bool handles(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace companion::server
