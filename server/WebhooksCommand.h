#pragma once

#include <QStringList>

namespace companion::server {

// `platform-server webhooks --data-dir DIR [--dead | --pending | --all] [--json]
// [--retry KEY ...]`: the webhook inbox of a data directory (the server may be running):
// by default the dead events (given up after their attempts) with their last error;
// --pending those waiting to be applied or retried; --retry puts dead events back in the
// inbox with fresh attempts (a running server applies them within a second).
// Exit 0 on success, 1 on failure (a KEY that is not dead), 2 on usage.
class WebhooksCommand
{
public:
    static bool handles(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace companion::server
