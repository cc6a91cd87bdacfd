#pragma once

#include <QStringList>

namespace companion::server {

struct ServerOptions;

// What keeps a configuration from starting. Production: every provider with its URL and
// its own secrets (none equal to a built-in development value), a public URL, no demo and
// no test hooks; there are no sandboxes, so nothing real can mix with one. Development:
// no live Stripe key, since the sandboxes (public credentials) would run beside it.
// Each problem names the setting to fix.
class ProductionCheck
{
public:
    static QStringList problems(const ServerOptions &options);

private:
    static QStringList productionProblems(const ServerOptions &options);
    static QStringList developmentProblems(const ServerOptions &options);
};

} // namespace companion::server
