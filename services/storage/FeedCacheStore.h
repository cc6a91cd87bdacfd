#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace companion {

class CacheStore;

// What Companion keeps of the feeds to show them offline: the last pages read of each
// (Stream's activity JSON, at most kKeptPerFeed per feed) and, per feed, the time of the
// newest post the user has seen, from which the unread counts come. Lives in the cache's
// file (rebuildable like the rest of it); on the storage thread only.
class FeedCacheStore
{
public:
    static constexpr int kKeptPerFeed = 200;

    explicit FeedCacheStore(CacheStore &cache);

    // The newest page: it replaces what was kept (posts deleted on Stream disappear).
    bool putNewest(const QString &feedId, const QJsonArray &activities);
    // An older page, read by scrolling: added to what is kept.
    bool putOlder(const QString &feedId, const QJsonArray &activities);
    bool put(const QString &feedId, const QJsonObject &activity);
    bool remove(const QString &feedId, const QString &activityId);
    // Newest first.
    QJsonArray activities(const QString &feedId);
    bool hasPages(const QString &feedId);

    // The user opened the feed: everything up to its newest kept post is seen.
    bool markSeen(const QString &feedId);
    // Per feed: kept posts by others newer than the last seen one (all of them for a feed
    // never opened).
    QHash<QString, int> unreadCounts(const QString &viewerId);

private:
    bool insert(const QString &feedId, const QJsonArray &activities);
    bool trim(const QString &feedId);

    CacheStore &m_cache;
};

} // namespace companion
