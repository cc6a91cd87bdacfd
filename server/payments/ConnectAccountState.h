#pragma once

#include "server/store/payments/ConnectAccountStore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace companion::server {

class Database;

// A connected account as the last account.updated reported it, and the one state the
// payouts screen shows: not_started, pending_verification, action_required (with the
// list), restricted or enabled.
struct ConnectAccountState : ConnectAccountRecord
{
    static std::optional<ConnectAccountState> load(Database &db, const QString &accountId);
    // Stores a Stripe Account object as the snapshot taken at `created` (an account.updated
    // event, or a retrieval): only a newer one replaces the stored one, ties broken by id.
    // Mirrors the winner into users.stripe_*. Runs in the caller's transaction.
    static bool save(Database &db, const QJsonObject &account, const QString &snapshotId, qint64 created);

    QString state() const;
    // What must still be provided, most urgent first (past_due, then currently_due).
    QStringList requirementsDue() const;
    // The older users.stripe_account_status enum: none | pending | restricted | enabled.
    QString legacyStatus() const;
    QJsonObject requirementsJson() const;
};

} // namespace companion::server
