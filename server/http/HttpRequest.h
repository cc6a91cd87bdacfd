#pragma once

#include "server/http/DeferredResponse.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace companion::server {

// One HTTP request as our routes see it: plain data, independent of the Qt HttpServer
// version (its request API changes in 6.8), so only HttpServer touches Qt's types.
struct HttpRequest
{
    QString method; // "GET", "POST", ...
    QString path; // decoded path, no query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString requestId;
    QString remoteAddress;
    QHash<QString, QString> pathParams; // "{id}" segments of the matched route
    QString logPath; // what the request log shows instead of `path` (a credential in it)
    bool webSocketUpgrade = false; // "Upgrade: websocket": only a WebSocket route may answer 101

    // Set by the authentication middleware for routes that need a signed-in user.
    QString userId;
    QString tokenFamily;

    // For a handler that answers later: return HttpResponse::deferred() and finish this.
    DeferredResponse defer();
    std::shared_ptr<DeferredResponse::State> deferral; // set by defer(); read by the transport

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

} // namespace companion::server
