#pragma once

#include "models/Offering.h"

#include <optional>

namespace companion::server {

class Router;
struct ServerContext;

// GET /api/offerings (what the user teaches) and GET /api/slots (what students can book).
class CatalogRoutes
{
public:
    explicit CatalogRoutes(ServerContext &context);
    void registerOn(Router &router);

private:
    struct OfferingRow
    {
        Offering offering;
        QString courseId;
        QString courseTitle;
        QString teacherId;
    };
    QList<OfferingRow> offerings(const QString &where, const QVariantList &bindings);

    ServerContext &m_context;
};

} // namespace companion::server
