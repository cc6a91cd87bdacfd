#include "services/net/ApiResponse.h"

namespace companion {

ApiResponse ApiResponse::networkError(const QString &message)
{
    ApiResponse response;
    response.kind = Kind::NetworkError;
    response.error = { QStringLiteral("network_error"), message, {} };
    return response;
}

ApiResponse ApiResponse::invalidResponse(int status, const QString &message)
{
    ApiResponse response;
    response.kind = Kind::InvalidResponse;
    response.httpStatus = status;
    response.error = { QStringLiteral("invalid_response"), message, {} };
    return response;
}

} // namespace companion
