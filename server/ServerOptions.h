#pragma once

#include "server/providers/ProviderConfig.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace companion::server {

// The command line of platform-server.
struct ServerOptions
{
    QString dataDir;
    quint16 port = 0;
    bool demo = false;
    QDate demoDate; // the day the demo world is generated around; default: the clock's today (UTC)
    qint64 accessTokenTtl = 900; // seconds
    qint64 maxBodyBytes = 1 << 20; // larger bodies get 413
    int rateLimitPerMinute = 1200; // per token (or per client address before sign-in); 0 = off
    bool printConfig = false;
    bool testHooks = false; // /api/_test/* write endpoints for tests
    ProviderConfig providers; // from the environment
    // Off: provider calls (transfers, refunds, emails) are queued in provider_jobs but not
    // made — for re-ingesting recorded webhooks without paying anyone twice.
    bool providerCalls = true;
    // Off: GET /api/changes/stream is not served (404); clients keep to their periodic sync.
    bool changeStream = true;

    QJsonObject toJson() const;
    // Parses `arguments` (argv incl. program name) and sets the process's Clock from
    // --clock-start / --clock-pin. On error returns nullopt with a message.
    static std::optional<ServerOptions> parse(const QStringList &arguments, QString *error,
                                              QString *helpText);
};

} // namespace companion::server
