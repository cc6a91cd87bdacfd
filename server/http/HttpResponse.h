#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace companion::server {

// One HTTP response as routes build it. Errors always carry the platform's error body
// {"error":{"code","message","fields"?}} so every client can show a clear message.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // The handler answers later through HttpRequest::defer() (see DeferredResponse).
    bool isDeferred = false;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse json(const QJsonArray &array, int status = 200);
    static HttpResponse noContent();
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QMap<QString, QString> &fields = {});
    static HttpResponse deferred();
    static HttpResponse text(const QByteArray &contentType, const QByteArray &body, int status = 200);

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

} // namespace companion::server
