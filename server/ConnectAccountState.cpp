#include "server/ConnectAccountState.h"

#include "server/Database.h"
#include "server/TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace companion::server {

namespace {

QStringList list(const QVariant &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toString().toUtf8()).array())
        out.append(v.toString());
    return out;
}

} // namespace

std::optional<ConnectAccountState> ConnectAccountState::load(Database &db, const QString &accountId)
{
    QSqlQuery q = db.query();
    if (!db.exec(
            q,
            QStringLiteral("SELECT user_id, charges_enabled, payouts_enabled, details_submitted, "
                           "currently_due, past_due, eventually_due, pending_verification, disabled_reason, "
                           "current_deadline FROM stripe_accounts WHERE id = ?"),
            { accountId })
        || !q.next())
        return std::nullopt;
    ConnectAccountState s;
    s.accountId = accountId;
    s.userId = q.value(0).toString();
    s.chargesEnabled = q.value(1).toBool();
    s.payoutsEnabled = q.value(2).toBool();
    s.detailsSubmitted = q.value(3).toBool();
    s.currentlyDue = list(q.value(4));
    s.pastDue = list(q.value(5));
    s.eventuallyDue = list(q.value(6));
    s.pendingVerification = list(q.value(7));
    s.disabledReason = q.value(8).toString();
    s.currentDeadline = q.value(9).toLongLong();
    return s;
}

QString ConnectAccountState::state() const
{
    // Restricted: Stripe has switched something off that the user cannot fix by waiting.
    if (!pastDue.isEmpty() || disabledReason.startsWith(u"rejected")
        || disabledReason == u"requirements.past_due" || disabledReason == u"listed"
        || disabledReason == u"platform_paused")
        return QStringLiteral("restricted");
    if (!currentlyDue.isEmpty() || !detailsSubmitted)
        return QStringLiteral("action_required");
    if (chargesEnabled && payoutsEnabled)
        return QStringLiteral("enabled");
    // Everything submitted, nothing due, not enabled yet: Stripe is checking.
    return QStringLiteral("pending_verification");
}

QStringList ConnectAccountState::requirementsDue() const
{
    QStringList due = pastDue;
    for (const QString &item : currentlyDue) {
        if (!due.contains(item))
            due.append(item);
    }
    // Nothing due yet details missing: onboarding itself is the requirement.
    if (due.isEmpty() && !detailsSubmitted)
        due.append(QStringLiteral("details_submitted"));
    return due;
}

QString ConnectAccountState::legacyStatus() const
{
    const QString s = state();
    if (s == u"enabled")
        return QStringLiteral("enabled");
    if (s == u"restricted")
        return QStringLiteral("restricted");
    return QStringLiteral("pending");
}

QJsonObject ConnectAccountState::requirementsJson() const
{
    return {
        { QStringLiteral("currently_due"), QJsonArray::fromStringList(currentlyDue) },
        { QStringLiteral("past_due"), QJsonArray::fromStringList(pastDue) },
        { QStringLiteral("eventually_due"), QJsonArray::fromStringList(eventuallyDue) },
        { QStringLiteral("pending_verification"), QJsonArray::fromStringList(pendingVerification) },
        { QStringLiteral("disabled_reason"),
          disabledReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(disabledReason) },
        { QStringLiteral("current_deadline"),
          currentDeadline > 0 ? QJsonValue(rfc3339(currentDeadline)) : QJsonValue(QJsonValue::Null) },
    };
}

} // namespace companion::server
