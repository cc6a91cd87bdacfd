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

Validation::DateRange Validation::dateRange(const HttpRequest &request, std::optional<int> maxDays)
{
    const QDate from = QDate::fromString(request.queryValue(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(request.queryValue(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid())
        fail(QStringLiteral("from"), QStringLiteral("Use a date like 2025-01-31."));
    if (!to.isValid())
        fail(QStringLiteral("to"), QStringLiteral("Use a date like 2025-01-31."));
    if (from.isValid() && to.isValid() && from > to)
        fail(QStringLiteral("to"), QStringLiteral("Must not be before from."));
    if (maxDays && from.isValid() && to.isValid() && from.daysTo(to) > *maxDays - 1)
        fail(QStringLiteral("to"), QStringLiteral("Ask for at most %1 days at a time.").arg(*maxDays));
    return { from, to };
}

} // namespace companion::server
