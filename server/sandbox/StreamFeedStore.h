#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace companion::server {

// What the Stream sandbox keeps: activities per feed ("course:crs_python") and their
// reactions (likes, comments), in DATA_DIR/stream-sandbox.sqlite so that a restart keeps
// them, as Stream does. Activities are JSON objects as Stream returns them, in Stream's
// order (newest `time` first); `time` is stored fixed-width UTC so text order is time order.
class StreamFeedStore
{
public:
    StreamFeedStore() = default;
    ~StreamFeedStore();
    StreamFeedStore(const StreamFeedStore &) = delete;
    StreamFeedStore &operator=(const StreamFeedStore &) = delete;

    bool open(const QString &dataDir, QString *error);
    bool isEmpty();

    struct Page
    {
        QJsonArray results;
        QString lastId; // set when there are more, older ones: the next page's id_lt
    };
    // Up to `limit` activities of `feed` older than `idLessThan` (all when empty), each with
    // reaction_counts, own_reactions of `viewerId` and the latest comments.
    Page read(const QString &feed, int limit, const QString &idLessThan, const QString &viewerId);

    // Stream's activity uniqueness: the same foreign_id and time in a feed is the same
    // activity, so a retried add returns the first one (`*created` false).
    // `activity` holds actor, verb, object, time (storage form) and custom fields.
    std::optional<QJsonObject> add(const QString &feed, const QJsonObject &activity, bool *created);
    struct ActivityRef
    {
        QString feed;
        QString actor; // the user id
    };
    std::optional<ActivityRef> activity(const QString &id);
    bool removeActivity(const QString &id);

    // A like is unique per user and activity: a second one returns the first.
    // `createdMs` 0: now.
    std::optional<QJsonObject> addReaction(const QString &activityId, const QString &kind,
                                           const QString &userId, const QJsonObject &data, bool *created,
                                           qint64 createdMs = 0);
    struct ReactionRef
    {
        QString activityId;
        QString userId;
    };
    std::optional<ReactionRef> reaction(const QString &id);
    bool removeReaction(const QString &id);
    Page reactions(const QString &activityId, const QString &kind, int limit, const QString &idLessThan);

private:
    QJsonObject reactionCounts(const QString &activityId);
    QJsonArray ownReactions(const QString &activityId, const QString &userId);

    QSqlDatabase m_db;
    QString m_connectionName;
};

// Stream writes times as UTC without an offset, with microseconds: "2026-12-07T14:10:46.123000".
QString streamTime(const QString &storageTime);

} // namespace companion::server
