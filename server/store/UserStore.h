#pragma once

#include "models/User.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace companion::server {

class Database;

// A users row: the shared User plus what only the server knows.
struct UserRecord
{
    User user;
    QStringList roleNames; // includes roles the app does not show, e.g. "student"
    QString passwordHash;
    QString emailStatus = QStringLiteral("active"); // active | bounced | complained | failed
    QString stripeAccountId;
    QString stripeAccountStatus = QStringLiteral("none"); // none | pending | restricted | enabled
    bool payoutsEnabled = false;
    QStringList requirementsDue;

    // `GET /api/me`: the User JSON plus email status and the payout state summary.
    QJsonObject toMeJson() const;
};

class UserStore
{
public:
    explicit UserStore(Database &db);

    std::optional<UserRecord> byEmail(const QString &email);
    std::optional<UserRecord> byId(const QString &id);
    bool insert(const UserRecord &record);
    bool updatePayoutState(const QString &userId, const QString &accountId, const QString &status,
                           bool enabled, const QStringList &requirementsDue);
    // `*failed`, if given, tells a database error apart from an unknown id.
    bool exists(const QString &id, bool *failed = nullptr);
    // The user whose Stripe account this is ("" when none).
    QString idByStripeAccount(const QString &accountId, bool *failed = nullptr);
    // The payout state as the newest Connect account snapshot says (updated_at stays: a
    // webhook's effect must not depend on when it arrived).
    bool mirrorConnectAccount(const QString &userId, const QString &accountId, const QString &status,
                              bool payoutsEnabled, const QStringList &requirementsDue);
    // A Resend event's verdict on an address, unless a newer event (by `stamp`) set it already.
    bool setEmailStatusIfNewer(const QString &email, const QString &status, const QString &stamp);

private:
    std::optional<UserRecord> selectOne(const QString &where, const QVariant &value);

    Database &m_db;
};

} // namespace companion::server
