#include "models/ApiError.h"

namespace companion {

QJsonObject ApiError::toJson() const
{
    QJsonObject error { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!fields.isEmpty()) {
        QJsonObject fieldObject;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            fieldObject.insert(it.key(), it.value());
        error.insert(QStringLiteral("fields"), fieldObject);
    }
    return QJsonObject { { QStringLiteral("error"), error } };
}

std::optional<ApiError> ApiError::fromJson(const QJsonObject &json)
{
    const QJsonValue errorValue = json.value(QLatin1String("error"));
    if (!errorValue.isObject())
        return std::nullopt;
    const QJsonObject error = errorValue.toObject();
    const QJsonValue code = error.value(QLatin1String("code"));
    const QJsonValue message = error.value(QLatin1String("message"));
    if (!code.isString() || !message.isString())
        return std::nullopt;
    ApiError result { code.toString(), message.toString(), {} };
    const QJsonObject fields = error.value(QLatin1String("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        result.fields.insert(it.key(), it.value().toString());
    return result;
}

} // namespace companion
