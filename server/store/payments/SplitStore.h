#pragma once

#include "models/money/MoneySplit.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace companion::server {

class ChangeLog;
class Database;

// The seed's payment_splits: created from a transaction with the money rule, moved on by
// transfers and payouts, reversed by refunds. Teachers read only their own rows.
class SplitStore
{
public:
    SplitStore(Database &db, ChangeLog &changes);

    struct Charge
    {
        QString transactionId;
        QString enrollmentId;
        QString sessionId;
        QString courseId;
        QString creatorId;
        QString teacherId; // == creatorId when the creator taught
        qint64 amountCents = 0;
        QString currency;
        QString idPrefix; // split ids are idPrefix + "_creator" / "_st" / "_platform"
        QString createdAt = {}; // RFC 3339; empty = now (webhooks pass the charge's time)
    };
    // Inserts one split per share (status pending). Returns false on failure.
    bool createForCharge(const Charge &charge);
    // pending -> transferred -> paid; any -> reversed.
    bool setStatus(const QString &splitId, const QString &status, const QString &transferId = {});

    struct Page
    {
        QByteArray items = "[]"; // the page's items as a JSON array (text: pages are large)
        int count = 0;
        qint64 lastSeq = 0;
        bool hasMore = false;
    };
    Page changesFor(const QString &userId, qint64 sinceSeq, int limit);

    // Every connected account, whether it pays out, and what was transferred to it and not
    // paid out yet: the demo's state, for a Stripe sandbox that starts empty.
    struct AccountBalance
    {
        QString accountId;
        bool payoutsEnabled = false;
        QString status; // pending | restricted | enabled, as the platform last knew it
        qint64 unpaidCents = 0;
    };
    QList<AccountBalance> unpaidByAccount();

    // The user's earnings summary over the local dates from..to in `timeZone` (both inclusive),
    // grouped by course | month | status | role: EarningsSummary::compute, the rule the app
    // applies to its cached splits too.
    QJsonObject summary(const QString &userId, const QDate &from, const QDate &to, const QString &groupBy,
                        const QString &timeZone);

    // What the payment ledger derives one split's state from: the split, its transaction,
    // the session's status and the recipient's payout account.
    struct LedgerFacts
    {
        QString recipientType;
        qint64 shareCents = 0;
        QString currency;
        QString status;
        QString transferId;
        QString paidAt;
        qint64 reversedCents = 0;
        QString transactionId;
        QString recipientId;
        qint64 transactionRefundedCents = 0;
        QString paymentIntent;
        bool sessionCompleted = false;
        QString destination; // the recipient's Stripe account
        bool studentTeacherTaught = false; // the transaction has an "st" split
    };
    // False on a database error; `*facts` stays empty (nullopt) for an unknown split.
    bool ledgerFacts(const QString &splitId, std::optional<LedgerFacts> *facts);
    // The ledger's derived state of one split (and a change-log entry).
    bool setLedgerState(const QString &splitId, const QString &status, const QString &transferId,
                        const QString &paidAt, qint64 reversedCents);
    // Split ids, by id, of one transaction or of every transaction booked into a session.
    bool idsOfTransaction(const QString &transactionId, QStringList *ids);
    bool idsOfSession(const QString &sessionId, QStringList *ids);
    // The demo seed dates its splits at the booking time.
    bool setCreatedAtOfTransaction(const QString &transactionId, const QString &createdAt);

private:
    bool ids(const QString &sql, const QString &value, QStringList *ids);

    Database &m_db;
    ChangeLog &m_changes;
};

} // namespace companion::server
