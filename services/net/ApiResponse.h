#pragma once

#include "models/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace companion {

// The outcome of one platform request, already classified so callers never
// inspect QNetworkReply themselves.
struct ApiResponse
{
    enum class Kind {
        Ok, // 2xx with a valid (or empty) JSON body
        HttpError, // the server answered with an error status; `error` holds its body
        NetworkError, // refused, reset, DNS, TLS, timeout: the server was not reached or went away
        InvalidResponse, // 2xx but the body is not the JSON we expect
    };

    Kind kind = Kind::NetworkError;
    int httpStatus = 0;
    QJsonDocument body; // the JSON answer, also of an error status
    QByteArray text; // the body as received, when it parsed (its values are parsed once, into `body`)
    ApiError error; // code + message, filled for every kind except Ok
    int retryAfterSeconds = -1; // from Retry-After, when present

    bool ok() const { return kind == Kind::Ok; }
    bool isAuthError() const { return kind == Kind::HttpError && httpStatus == 401; }
    QJsonObject object() const { return body.object(); }

    static ApiResponse networkError(const QString &message);
    static ApiResponse invalidResponse(int status, const QString &message);
};

} // namespace companion
