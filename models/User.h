#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace companion {

// The roles a person can hold on the platform. A creator may also be an S-T.
enum class Role { Creator, StudentTeacher };

QString roleToString(Role role);
std::optional<Role> roleFromString(QStringView text);
// "Creator", "S-T", "Creator · S-T": what a person reads in the UI.
QString rolesDisplayName(const QList<Role> &roles);

// A signed-in user as the platform API describes it (`GET /api/me`, `user` in auth replies).
struct User
{
    QString id;
    QString email;
    QString name;
    QList<Role> roles;
    QString timeZone; // IANA zone id, e.g. "Europe/Berlin"
    // Whether the platform's emails reach the address (`GET /api/me`'s email_status, from
    // Resend's webhooks): active | bounced | complained | failed; "" when not said.
    QString emailStatus;

    bool isValid() const { return !id.isEmpty() && !email.isEmpty(); }
    bool hasRole(Role role) const { return roles.contains(role); }

    QJsonObject toJson() const;
    // Returns std::nullopt and sets `error` when a required field is missing or mistyped.
    static std::optional<User> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const User &, const User &) = default;
};

} // namespace companion
