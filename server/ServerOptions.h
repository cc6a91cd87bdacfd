#pragma once

#include "server/providers/ProviderConfig.h"

#include <QDate>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace companion::server {

// The command line of platform-server (and, in production, its configuration file).
struct ServerOptions
{
    // Development (the default) serves the sandboxes with public dev secrets, the demo and
    // the test hooks. Production (--production or --config FILE) serves none of them and
    // starts only when ProductionCheck finds nothing missing.
    bool production = false;
    QString configFile;
    QString dataDir;
    quint16 port = 0;
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    // Where others reach this server (behind a reverse proxy): every URL handed out is built
    // from it. Empty in development: the listening address.
    QUrl publicUrl;
    // Connections from these addresses may name the client in X-Forwarded-For.
    QList<QHostAddress> trustedProxies;
    // Hosts besides the public URL's that outgoing webhook URLs may point at.
    QStringList webhookHosts;
    // Origins besides the public URL's that Stripe return/refresh URLs may point at.
    QStringList returnOrigins;
    int headerTimeoutSeconds = 10; // from the first byte of a request to its blank line
    int idleTimeoutSeconds = 60; // a connection with no request in progress
    int maxConnectionsPerClient = 32; // open connections per client address
    qint64 signInLifetimeDays = 90; // refresh never extends a sign-in beyond this
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
    // The base of every URL handed to others: publicUrl, or `listening` when it is unset.
    QUrl publicBase(const QUrl &listening) const;
    // Parses `arguments` (argv incl. program name) and sets the process's Clock from
    // --clock-start / --clock-pin. On error returns nullopt with a message.
    static std::optional<ServerOptions> parse(const QStringList &arguments, QString *error,
                                              QString *helpText);
};

} // namespace companion::server
