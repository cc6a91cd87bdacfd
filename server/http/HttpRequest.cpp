#include "server/http/HttpRequest.h"

namespace companion::server {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

DeferredResponse HttpRequest::defer()
{
    if (!deferral)
        deferral = std::make_shared<DeferredResponse::State>();
    return DeferredResponse(deferral);
}

} // namespace companion::server
