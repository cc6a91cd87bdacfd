#include "server/payments/ConnectAccountState.h"

#include "models/time/InstantFormat.h"
#include "server/core/JsonFields.h"
#include "server/store/UserStore.h"

#include <QJsonArray>

namespace companion::server {

std::optional<ConnectAccountState> ConnectAccountState::load(Database &db, const QString &accountId)
{
    const auto record = ConnectAccountStore(db).load(accountId);
    if (!record)
        return std::nullopt;
    ConnectAccountState s;
    static_cast<ConnectAccountRecord &>(s) = *record;
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
          currentDeadline.value_or(0) > 0 ? QJsonValue(instant::toUtcStringSecs(*currentDeadline))
                                          : QJsonValue(QJsonValue::Null) },
    };
}

namespace {

using jsonfield::integer;
using jsonfield::text;

} // namespace

bool ConnectAccountState::save(Database &db, const QJsonObject &account, const QString &eventId,
                               qint64 created)
{
    const auto strings = [](const QJsonValue &value) {
        QStringList out;
        for (const QJsonValue &v : value.toArray())
            out.append(v.toString());
        return out;
    };
    UserStore users(db);
    ConnectAccountRecord record;
    record.accountId = text(account, "id");
    bool failed = false;
    record.userId = users.idByStripeAccount(record.accountId, &failed);
    if (failed)
        return false;
    if (record.userId.isEmpty())
        record.userId = text(account.value(QStringLiteral("metadata")).toObject(), "user_id");
    const QJsonObject requirements = account.value(QStringLiteral("requirements")).toObject();
    record.chargesEnabled = account.value(QStringLiteral("charges_enabled")).toBool();
    record.payoutsEnabled = account.value(QStringLiteral("payouts_enabled")).toBool();
    record.detailsSubmitted = account.value(QStringLiteral("details_submitted")).toBool();
    record.currentlyDue = strings(requirements.value(QStringLiteral("currently_due")));
    record.pastDue = strings(requirements.value(QStringLiteral("past_due")));
    record.eventuallyDue = strings(requirements.value(QStringLiteral("eventually_due")));
    record.pendingVerification = strings(requirements.value(QStringLiteral("pending_verification")));
    if (requirements.value(QStringLiteral("disabled_reason")).isString())
        record.disabledReason = text(requirements, "disabled_reason");
    if (requirements.value(QStringLiteral("current_deadline")).isDouble())
        record.currentDeadline = integer(requirements, "current_deadline");
    // Only a newer snapshot replaces the stored one.
    if (!ConnectAccountStore(db).saveSnapshot(record, created, eventId))
        return false;
    // Mirror the winning snapshot into the users row the rest of the API reads.
    const auto state = ConnectAccountState::load(db, record.accountId);
    if (state && !state->userId.isEmpty())
        return users.mirrorConnectAccount(state->userId, record.accountId, state->legacyStatus(),
                                          state->payoutsEnabled, state->requirementsDue());
    return true;
}

} // namespace companion::server
