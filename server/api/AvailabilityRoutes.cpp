#include "server/api/AvailabilityRoutes.h"

#include "server/api/IdempotencyStore.h"
#include "server/api/ServerContext.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/store/AvailabilityStore.h"
#include "server/store/UserStore.h"

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
