#include "server/payments/ConnectAccountState.h"

#include "server/core/TimeFormat.h"
#include "server/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

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
          currentDeadline > 0 ? QJsonValue(rfc3339Secs(currentDeadline)) : QJsonValue(QJsonValue::Null) },
    };
}

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject &object, const char *key)
{
    return static_cast<qint64>(object.value(QLatin1String(key)).toDouble());
}

QString jsonList(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns need "" instead.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

bool ConnectAccountState::save(Database &db, const QJsonObject &account, const QString &eventId,
                               qint64 created)
{
    const QString accountId = text(account, "id");
    const QJsonObject requirements = account.value(QStringLiteral("requirements")).toObject();
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT id FROM users WHERE stripe_account_id = ?"), { accountId }))
        return false;
    QString userId = q.next() ? q.value(0).toString() : QString();
    if (userId.isEmpty())
        userId = text(account.value(QStringLiteral("metadata")).toObject(), "user_id");
    // Only a newer snapshot replaces the stored one: (created, event id) orders them the
    // same way in every delivery order, so an older account.updated arriving late loses.
    if (!db.exec(
            q,
            QStringLiteral(
                "INSERT INTO stripe_accounts (id, user_id, charges_enabled, payouts_enabled, "
                "details_submitted, currently_due, past_due, eventually_due, pending_verification, "
                "disabled_reason, current_deadline, event_created, event_id) VALUES (?, (SELECT id FROM "
                "users WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "user_id = COALESCE(excluded.user_id, user_id), charges_enabled = "
                "excluded.charges_enabled, payouts_enabled = excluded.payouts_enabled, "
                "details_submitted = excluded.details_submitted, currently_due = excluded.currently_due, "
                "past_due = excluded.past_due, eventually_due = excluded.eventually_due, "
                "pending_verification = excluded.pending_verification, disabled_reason = "
                "excluded.disabled_reason, current_deadline = excluded.current_deadline, event_created = "
                "excluded.event_created, event_id = excluded.event_id WHERE excluded.event_created > "
                "event_created OR (excluded.event_created = event_created AND excluded.event_id > "
                "event_id)"),
            { accountId, userId, account.value(QStringLiteral("charges_enabled")).toBool() ? 1 : 0,
              account.value(QStringLiteral("payouts_enabled")).toBool() ? 1 : 0,
              account.value(QStringLiteral("details_submitted")).toBool() ? 1 : 0,
              jsonList(requirements.value(QStringLiteral("currently_due"))),
              jsonList(requirements.value(QStringLiteral("past_due"))),
              jsonList(requirements.value(QStringLiteral("eventually_due"))),
              jsonList(requirements.value(QStringLiteral("pending_verification"))),
              requirements.value(QStringLiteral("disabled_reason")).isString()
                  ? QVariant(text(requirements, "disabled_reason"))
                  : QVariant(),
              requirements.value(QStringLiteral("current_deadline")).isDouble()
                  ? QVariant(integer(requirements, "current_deadline"))
                  : QVariant(),
              created, eventId }))
        return false;
    // Mirror the winning snapshot into the users row the rest of the API reads.
    const auto state = ConnectAccountState::load(db, accountId);
    if (state && !state->userId.isEmpty()) {
        if (!db.exec(q,
                     QStringLiteral("UPDATE users SET stripe_account_id = ?, stripe_account_status = ?, "
                                    "stripe_payouts_enabled = ?, stripe_requirements_due = ? WHERE id = ?"),
                     { accountId, state->legacyStatus(), state->payoutsEnabled ? 1 : 0,
                       nonNull(state->requirementsDue().join(QLatin1Char(','))), state->userId }))
            return false;
    }
    return true;
}

} // namespace companion::server
