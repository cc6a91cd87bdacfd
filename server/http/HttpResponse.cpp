#include "server/http/HttpResponse.h"

#include "models/ApiError.h"

#include <QJsonDocument>

namespace companion::server {

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::json(const QJsonArray &array, int status)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::deferred()
{
    HttpResponse response;
    response.isDeferred = true;
    return response;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message,
                                 const QMap<QString, QString> &fields)
{
    return json(ApiError { code, message, fields }.toJson(), status);
}

HttpResponse HttpResponse::text(const QByteArray &contentType, const QByteArray &body, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace companion::server
