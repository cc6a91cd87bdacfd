#include "server/store/UserStore.h"

#include "server/core/TimeFormat.h"
#include "server/store/Database.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace companion::server {

QJsonObject UserRecord::toMeJson() const
{
    QJsonObject json = user.toJson();
    json.insert(QStringLiteral("email_status"), emailStatus);
    json.insert(QStringLiteral("payouts"),
                QJsonObject {
                    { QStringLiteral("account_status"), stripeAccountStatus },
                    { QStringLiteral("payouts_enabled"), payoutsEnabled },
                    { QStringLiteral("requirements_due"), QJsonArray::fromStringList(requirementsDue) },
                });
    return json;
}

UserStore::UserStore(Database &db)
    : m_db(db)
{ }

std::optional<UserRecord> UserStore::byEmail(const QString &email)
{
    // The column is COLLATE NOCASE, so "Creator@Demo.test" finds "creator@demo.test".
    return selectOne(QStringLiteral("email = ?"), email.trimmed());
}

std::optional<UserRecord> UserStore::byId(const QString &id)
{
    return selectOne(QStringLiteral("id = ?"), id);
}

std::optional<UserRecord> UserStore::selectOne(const QString &where, const QVariant &value)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, email, name, password_hash, roles, time_zone, email_status, "
                                  "stripe_account_id, stripe_account_status, stripe_payouts_enabled, "
                                  "stripe_requirements_due FROM users WHERE ")
                       + where,
                   { value })
        || !q.next()) {
        return std::nullopt;
    }
    UserRecord record;
    record.user.id = q.value(0).toString();
    record.user.email = q.value(1).toString();
    record.user.name = q.value(2).toString();
    record.passwordHash = q.value(3).toString();
    record.roleNames = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : std::as_const(record.roleNames)) {
        if (const auto role = roleFromString(name))
            record.user.roles.append(*role);
    }
    record.user.timeZone = q.value(5).toString();
    record.emailStatus = q.value(6).toString();
    record.stripeAccountId = q.value(7).toString();
    record.stripeAccountStatus = q.value(8).toString();
    record.payoutsEnabled = q.value(9).toInt() != 0;
    record.requirementsDue = q.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return record;
}

bool UserStore::insert(const UserRecord &record)
{
    QStringList roleNames = record.roleNames;
    for (Role role : record.user.roles) {
        if (!roleNames.contains(roleToString(role)))
            roleNames.append(roleToString(role));
    }
    const QString now = nowRfc3339();
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral("INSERT INTO users (id, email, name, password_hash, roles, time_zone, "
                       "email_status, stripe_account_id, stripe_account_status, "
                       "stripe_payouts_enabled, stripe_requirements_due, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { record.user.id, record.user.email, record.user.name,
          record.passwordHash.isEmpty() ? QVariant() : QVariant(record.passwordHash),
          Database::notNull(roleNames.join(QLatin1Char(','))), Database::notNull(record.user.timeZone),
          Database::notNull(record.emailStatus),
          record.stripeAccountId.isEmpty() ? QVariant() : QVariant(record.stripeAccountId),
          Database::notNull(record.stripeAccountStatus), record.payoutsEnabled ? 1 : 0,
          Database::notNull(record.requirementsDue.join(QLatin1Char(','))), now, now });
}

bool UserStore::updatePayoutState(const QString &userId, const QString &accountId, const QString &status,
                                  bool enabled, const QStringList &requirementsDue)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q,
                     QStringLiteral("UPDATE users SET stripe_account_id = ?, stripe_account_status = ?, "
                                    "stripe_payouts_enabled = ?, stripe_requirements_due = ?, updated_at = ? "
                                    "WHERE id = ?"),
                     { accountId.isEmpty() ? QVariant() : QVariant(accountId), status, enabled ? 1 : 0,
                       Database::notNull(requirementsDue.join(QLatin1Char(','))), nowRfc3339(), userId });
}

bool UserStore::exists(const QString &id, bool *failed)
{
    QSqlQuery q = m_db.query();
    const bool ok = m_db.exec(q, QStringLiteral("SELECT 1 FROM users WHERE id = ?"), { id });
    if (failed)
        *failed = !ok;
    return ok && q.next();
}

QString UserStore::idByStripeAccount(const QString &accountId, bool *failed)
{
    QSqlQuery q = m_db.query();
    const bool ok
        = m_db.exec(q, QStringLiteral("SELECT id FROM users WHERE stripe_account_id = ?"), { accountId });
    if (failed)
        *failed = !ok;
    return ok && q.next() ? q.value(0).toString() : QString();
}

bool UserStore::mirrorConnectAccount(const QString &userId, const QString &accountId, const QString &status,
                                     bool payoutsEnabled, const QStringList &requirementsDue)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q,
                     QStringLiteral("UPDATE users SET stripe_account_id = ?, stripe_account_status = ?, "
                                    "stripe_payouts_enabled = ?, stripe_requirements_due = ? WHERE id = ?"),
                     { accountId, status, payoutsEnabled ? 1 : 0,
                       Database::notNull(requirementsDue.join(QLatin1Char(','))), userId });
}

bool UserStore::setEmailStatusIfNewer(const QString &email, const QString &status, const QString &stamp)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral("UPDATE users SET email_status = ?, email_status_at = ? WHERE email = ? AND "
                       "(email_status_at IS NULL OR email_status_at < ?)"),
        { status, stamp, email, stamp });
}

} // namespace companion::server
