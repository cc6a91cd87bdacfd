#pragma once

#include "models/Session.h"
#include "models/User.h"
#include "models/money/EarningsSummary.h"
#include "models/money/Split.h"
#include "models/schedule/BusySession.h"
#include "models/schedule/Offering.h"
#include "models/schedule/Schedule.h"
#include "services/storage/OutboxStore.h"
#include "services/storage/Storage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace companion {

// The schedule a teacher works on: the server's copy with her edits not yet on the server.
struct WorkingSchedule
{
    Schedule schedule; // the server's copy, or the newest edit not yet on the server (see workingSchedule)
    bool known = false; // a readable server copy or an edit exists
    int serverVersion = 0; // version of the server's copy (0 when none)
    Schedule serverSchedule; // the server's copy alone
    int pending = 0; // edits waiting to be sent
    QList<OutboxEdit> conflicts; // edits the server refused with 412, oldest first
    QString error; // the cached server copy could not be read (message for people)

    // `schedule` in the API's JSON shape as it was stored: the server's document (with its
    // version) or the winning edit's body; empty when !known. The CLI prints this.
    QJsonObject json;
    bool hasServerCopy = false; // the cache holds a server copy (readable or not)
};

// Typed reads of one account's cache + outbox. Runs where the stores live (the storage
// thread: inside Storage::run / runBlocking lambdas). app/ never spells a cache document
// key; it asks this.
class AccountReader
{
public:
    explicit AccountReader(const Storage::Stores &stores);

    // The "me" document's user.
    std::optional<User> me() const;
    // THE rule for the working schedule, used by GUI and CLI: the newest availability edit
    // that is Pending or in Conflict wins over the server's copy (a conflicted edit is the
    // teacher's latest intent and stays visible until she resolves it); Failed edits never
    // count. Without a server copy the schedule's zone is the "me" document's zone.
    WorkingSchedule workingSchedule(const QString &userId) const;
    // Every edit in the outbox for `userId`, oldest first.
    QList<OutboxEdit> edits(const QString &userId) const;

    // The cached offerings that parse (the sync validated them all).
    QList<Offering> offerings() const;
    // One cached offering in the API's JSON shape, by id.
    std::optional<QJsonObject> offeringJson(const QString &offeringId) const;

    QList<Session> sessions(const QDateTime &from = {}, const QDateTime &to = {},
                            const QString &status = {}) const;
    // What the slot engine treats as busy: every cached session `teacherId` teaches (all
    // sessions when teacherId is empty). Cancelled ones are kept; the engine ignores them.
    QList<BusySession> busySessions(const QString &teacherId) const;

    // The cached earnings summary for a grouping (month, course or status).
    std::optional<EarningsSummary> earnings(const QString &grouping) const;
    // The same, as the JSON document the server sent (EarningsSummaryModel's input).
    std::optional<QJsonObject> earningsDocument(const QString &grouping) const;

    // When `collection` ("sessions", "splits", "me", "offerings", "availability" or
    // "earnings:<grouping>") was last brought in step with the server; invalid when never.
    QDateTime syncedAt(const QString &collection) const;
    // When the account itself (the "me" document) was last synced.
    QDateTime accountSyncedAt() const;
    QList<Split> splits() const;
    // The Stripe payouts summary the "me" document carries, when it carries one.
    std::optional<QJsonObject> payouts() const;
    int sessionCount() const;
    int splitCount() const;

    // The cache document key of an earnings grouping ("earnings:month").
    static QString earningsKey(const QString &grouping);

private:
    Storage::Stores m_stores;
};

} // namespace companion
