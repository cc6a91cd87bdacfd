#include "server/http/JsonBody.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace companion::server {

std::optional<QJsonObject> parseJsonBody(const HttpRequest &request, HttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = HttpResponse::error(400, QStringLiteral("invalid_json"),
                                     QStringLiteral("The request body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

} // namespace companion::server
