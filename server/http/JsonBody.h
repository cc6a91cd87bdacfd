#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

namespace companion::server {

// Parses a request body that must be a JSON object. On failure returns nullopt and sets
// `error` to the 400 `invalid_json` response.
std::optional<QJsonObject> parseJsonBody(const HttpRequest &request, HttpResponse *error);

// Collects per-field validation messages and turns them into a 400 `validation_failed`.
class Validation
{
public:
    void fail(const QString &field, const QString &message)
    {
        if (!m_fields.contains(field))
            m_fields.insert(field, message);
    }
    // The query's `from` and `to` (ISO dates, both inclusive; to not before from, and at most
    // `maxDays` apart when given). Invalid dates come back invalid, with the failure recorded.
    struct DateRange
    {
        QDate from;
        QDate to;
    };
    DateRange dateRange(const HttpRequest &request, std::optional<int> maxDays = std::nullopt);

    bool ok() const { return m_fields.isEmpty(); }
    HttpResponse response(const QString &message = QStringLiteral("Some fields need attention.")) const
    {
        return HttpResponse::error(400, QStringLiteral("validation_failed"), message, m_fields);
    }

private:
    QMap<QString, QString> m_fields;
};

} // namespace companion::server
