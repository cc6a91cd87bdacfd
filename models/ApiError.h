#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace companion {

// The platform's error body: {"error":{"code","message","fields"?}}.
struct ApiError
{
    QString code;
    QString message;
    QMap<QString, QString> fields; // per-field validation messages

    QJsonObject toJson() const;
    // Parses an error body; returns std::nullopt when the document is not one.
    static std::optional<ApiError> fromJson(const QJsonObject &json);
};

} // namespace companion
