#include "models/User.h"

#include <QJsonArray>

namespace companion {

QString roleToString(Role role)
{
    switch (role) {
    case Role::Creator:
        return QStringLiteral("creator");
    case Role::StudentTeacher:
        return QStringLiteral("st");
    }
    return {};
}

std::optional<Role> roleFromString(QStringView text)
{
    if (text == u"creator")
        return Role::Creator;
    if (text == u"st")
        return Role::StudentTeacher;
    return std::nullopt;
}

QString rolesDisplayName(const QList<Role> &roles)
{
    QStringList names;
    if (roles.contains(Role::Creator))
        names << QStringLiteral("Creator");
    if (roles.contains(Role::StudentTeacher))
        names << QStringLiteral("S-T");
    return names.join(QStringLiteral(" · "));
}

QJsonObject User::toJson() const
{
    QJsonArray roleArray;
    for (Role role : roles)
        roleArray.append(roleToString(role));
    QJsonObject json {
        { QStringLiteral("id"), id },
        { QStringLiteral("email"), email },
        { QStringLiteral("name"), name },
        { QStringLiteral("roles"), roleArray },
        { QStringLiteral("time_zone"), timeZone },
    };
    if (!emailStatus.isEmpty()) // the app's own copy (the profile); the server writes it itself
        json.insert(QStringLiteral("email_status"), emailStatus);
    return json;
}

std::optional<User> User::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<User> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    User user;
    const auto requireString = [&json](const char *key, QString &out) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isString() || value.toString().isEmpty())
            return false;
        out = value.toString();
        return true;
    };
    if (!requireString("id", user.id))
        return fail(QStringLiteral("user.id is missing or not a string"));
    if (!requireString("email", user.email))
        return fail(QStringLiteral("user.email is missing or not a string"));
    if (!requireString("name", user.name))
        return fail(QStringLiteral("user.name is missing or not a string"));
    const QJsonValue tz = json.value(QLatin1String("time_zone"));
    if (!tz.isUndefined() && !tz.isNull() && !tz.isString())
        return fail(QStringLiteral("user.time_zone is not a string"));
    user.timeZone = tz.toString();
    const QJsonValue emailStatus = json.value(QLatin1String("email_status"));
    if (!emailStatus.isUndefined() && !emailStatus.isNull() && !emailStatus.isString())
        return fail(QStringLiteral("user.email_status is not a string"));
    user.emailStatus = emailStatus.toString();
    const QJsonValue roles = json.value(QLatin1String("roles"));
    if (!roles.isArray())
        return fail(QStringLiteral("user.roles is missing or not an array"));
    for (const QJsonValue &value : roles.toArray()) {
        if (!value.isString())
            return fail(QStringLiteral("user.roles holds a non-string entry"));
        // Unknown roles (e.g. "student") are not ours to show; skip them.
        if (const auto role = roleFromString(value.toString()))
            user.roles.append(*role);
    }
    return user;
}

} // namespace companion
