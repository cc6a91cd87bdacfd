#include "server/store/payments/ConnectAccountStore.h"

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

QString jsonList(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

} // namespace

ConnectAccountStore::ConnectAccountStore(Database &db)
    : m_db(db)
{ }

std::optional<ConnectAccountRecord> ConnectAccountStore::load(const QString &accountId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT user_id, charges_enabled, payouts_enabled, details_submitted, "
                           "currently_due, past_due, eventually_due, pending_verification, disabled_reason, "
                           "current_deadline FROM stripe_accounts WHERE id = ?"),
            { accountId })
        || !q.next())
        return std::nullopt;
    ConnectAccountRecord r;
    r.accountId = accountId;
    r.userId = q.value(0).toString();
    r.chargesEnabled = q.value(1).toBool();
    r.payoutsEnabled = q.value(2).toBool();
    r.detailsSubmitted = q.value(3).toBool();
    r.currentlyDue = list(q.value(4));
    r.pastDue = list(q.value(5));
    r.eventuallyDue = list(q.value(6));
    r.pendingVerification = list(q.value(7));
    r.disabledReason = q.value(8).toString();
    if (!q.value(9).isNull())
        r.currentDeadline = q.value(9).toLongLong();
    return r;
}

bool ConnectAccountStore::saveSnapshot(const ConnectAccountRecord &r, qint64 created,
                                       const QString &snapshotId)
{
    // (created, snapshot id) orders the snapshots the same way in every delivery order.
    QSqlQuery q = m_db.query();
    return m_db.exec(
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
        { r.accountId, r.userId, r.chargesEnabled ? 1 : 0, r.payoutsEnabled ? 1 : 0,
          r.detailsSubmitted ? 1 : 0, jsonList(r.currentlyDue), jsonList(r.pastDue),
          jsonList(r.eventuallyDue), jsonList(r.pendingVerification),
          r.disabledReason.isNull() ? QVariant() : QVariant(r.disabledReason),
          r.currentDeadline ? QVariant(*r.currentDeadline) : QVariant(), created, snapshotId });
}

} // namespace companion::server
