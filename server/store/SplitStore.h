#pragma once

#include "models/money/MoneySplit.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

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
        QJsonArray items;
        qint64 lastSeq = 0;
        bool hasMore = false;
    };
    Page changesFor(const QString &userId, qint64 sinceSeq, int limit);

    // Totals of the user's splits created in [fromUtc, toUtc), grouped by course | month | status.
    // Months are in `timeZone`. Reversed splits only count in the status grouping.
    QJsonObject summary(const QString &userId, qint64 fromUtc, qint64 toUtc, const QString &groupBy,
                        const QString &timeZone);

private:
    Database &m_db;
    ChangeLog &m_changes;
};

} // namespace companion::server
