#include "server/api/AvailabilityRoutes.h"

#include "server/api/IdempotencyStore.h"
#include "server/api/ServerContext.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/AvailabilityStore.h"
#include "server/store/UserStore.h"

#include <QJsonArray>

namespace companion::server {

namespace {

QByteArray etagOf(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

HttpResponse scheduleResponse(const AvailabilityStore::Versioned &versioned)
{
    QJsonObject json = versioned.schedule.toJson();
    json.insert(QStringLiteral("version"), versioned.version);
    json.insert(QStringLiteral("updated_at"), versioned.updatedAt);
    return HttpResponse::json(json).withHeader("ETag", etagOf(versioned.version));
}

// If-Match: "3", 3 or W/"3"; nullopt when it is not a version we could have issued.
std::optional<int> parseIfMatch(QByteArray value)
{
    value = value.trimmed();
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    bool ok = false;
    const int version = value.toInt(&ok);
    return ok ? std::optional<int>(version) : std::nullopt;
}

// The sizes docs/api/openapi.yaml states for ScheduleInput; "" when the body keeps to them.
QString sizeProblem(const QJsonObject &body)
{
    const auto tooLong = [&body](const char *key, qsizetype max) {
        return body.value(QLatin1String(key)).toString().size() > max;
    };
    if (tooLong("id", 200) || tooLong("name", 200))
        return QStringLiteral("id and name have at most 200 characters.");
    if (tooLong("time_zone", 64))
        return QStringLiteral("time_zone has at most 64 characters.");
    const QJsonArray weekly = body.value(QLatin1String("weekly")).toArray();
    const QJsonArray overrides = body.value(QLatin1String("overrides")).toArray();
    const QJsonArray blocks = body.value(QLatin1String("blocks")).toArray();
    if (weekly.size() > 1000 || overrides.size() > 1000 || blocks.size() > 1000)
        return QStringLiteral("weekly, overrides and blocks have at most 1000 entries each.");
    for (const QJsonValue &override : overrides) {
        if (override.toObject().value(QLatin1String("intervals")).toArray().size() > 48)
            return QStringLiteral("An override has at most 48 intervals.");
    }
    for (const QJsonValue &block : blocks) {
        if (block.toObject().value(QLatin1String("reason")).toString().size() > 500)
            return QStringLiteral("A block's reason has at most 500 characters.");
    }
    return {};
}

} // namespace

AvailabilityRoutes::AvailabilityRoutes(ServerContext &context)
    : m_context(context)
{ }

void AvailabilityRoutes::registerOn(Router &router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/availability"), Access::Bearer,
               [this](HttpRequest &request) {
                   if (const auto versioned = m_context.availability->forUser(request.userId))
                       return scheduleResponse(*versioned);
                   // No schedule yet: an empty one in the user's zone, version 0.
                   AvailabilityStore::Versioned empty;
                   const auto user = m_context.users->byId(request.userId);
                   empty.schedule.timeZone = user ? user->user.timeZone : QStringLiteral("UTC");
                   return scheduleResponse(empty);
               });

    router.add(
        QStringLiteral("PUT"), QStringLiteral("/api/availability"), Access::Bearer,
        [this](HttpRequest &request) {
            // A retry of a request we already answered gets the same answer, even
            // though the version has moved on since.
            if (auto replayed = m_context.idempotency->replay(request))
                return *replayed;
            HttpResponse response = [&] {
                const QByteArray ifMatch = request.header("if-match");
                if (ifMatch.isEmpty())
                    return HttpResponse::error(428, QStringLiteral("precondition_required"),
                                               QStringLiteral("Send If-Match with the version you edited."));
                const auto expected = parseIfMatch(ifMatch);
                const auto current = m_context.availability->forUser(request.userId);
                const int currentVersion = current ? current->version : 0;
                if (ifMatch.trimmed() != "*" && (!expected || *expected != currentVersion)) {
                    return HttpResponse::error(412, QStringLiteral("version_conflict"),
                                               QStringLiteral("Your availability was changed elsewhere. "
                                                              "Reload it and apply your edit again."))
                        .withHeader("ETag", etagOf(currentVersion));
                }
                HttpResponse error;
                const auto body = parseJsonBody(request, &error);
                if (!body)
                    return error;
                if (const QString tooLarge = sizeProblem(*body); !tooLarge.isEmpty()) {
                    Validation validation;
                    validation.fail(QStringLiteral("schedule"), tooLarge);
                    return validation.response(tooLarge);
                }
                QString message;
                auto schedule = Schedule::fromJson(*body, &message);
                if (!schedule) {
                    Validation validation;
                    validation.fail(QStringLiteral("schedule"), message);
                    return validation.response(message);
                }
                const auto saved = m_context.availability->save(request.userId, *schedule);
                if (!saved)
                    return HttpResponse::error(500, QStringLiteral("internal_error"),
                                               QStringLiteral("Could not save the availability."));
                return scheduleResponse(*saved);
            }();
            m_context.idempotency->remember(request, response);
            return response;
        });
}

} // namespace companion::server
