#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace companion::server {

class Database;

// A stripe_accounts row: a connected account as its newest snapshot (an account.updated
// event, or a retrieval) described it.
struct ConnectAccountRecord
{
    QString accountId;
    QString userId;
    bool chargesEnabled = false;
    bool payoutsEnabled = false;
    bool detailsSubmitted = false;
    QStringList currentlyDue;
    QStringList pastDue;
    QStringList eventuallyDue;
    QStringList pendingVerification;
    QString disabledReason; // null = none
    std::optional<qint64> currentDeadline; // epoch seconds
};

class ConnectAccountStore
{
public:
    explicit ConnectAccountStore(Database &db);

    std::optional<ConnectAccountRecord> load(const QString &accountId);
    // Stores `record` as the snapshot taken at `created`: only a newer one replaces the stored
    // one (ties broken by snapshot id), so an older snapshot arriving late loses. `userId`
    // is kept only when it names a known user.
    bool saveSnapshot(const ConnectAccountRecord &record, qint64 created, const QString &snapshotId);

private:
    Database &m_db;
};

} // namespace companion::server
