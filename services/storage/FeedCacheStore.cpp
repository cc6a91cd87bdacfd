#include "services/storage/FeedCacheStore.h"

#include "models/feed/FeedActivity.h"
#include "models/time/InstantFormat.h"
#include "services/Logging.h"
#include "services/storage/CacheStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace companion {

FeedCacheStore::FeedCacheStore(CacheStore &cache)
    : m_cache(cache)
{ }

bool FeedCacheStore::insert(const QString &feedId, const QJsonArray &activities)
{
    QSqlQuery query(m_cache.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO feed_activities(feed_id, id, time, actor, json) "
                                 "VALUES(?, ?, ?, ?, ?)"));
    for (const QJsonValue &value : activities) {
        const QJsonObject json = value.toObject();
        // Parsed here only to check it and to order it: what is kept is Stream's JSON.
        const auto activity = FeedActivity::fromStreamJson(json, feedId);
        if (!activity)
            continue;
        query.addBindValue(feedId);
        query.addBindValue(activity->id);
        query.addBindValue(instant::toStorageStringMs(activity->timeMs));
        query.addBindValue(activity->actorId);
        query.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        if (!query.exec()) {
            qCWarning(lcProfile) << "feed cache:" << query.lastError().text();
            return false;
        }
    }
    return true;
}

bool FeedCacheStore::trim(const QString &feedId)
{
    QSqlQuery query(m_cache.database());
    query.prepare(
        QStringLiteral("DELETE FROM feed_activities WHERE feed_id = ? AND id NOT IN (SELECT id FROM "
                       "feed_activities WHERE feed_id = ? ORDER BY time DESC LIMIT ?)"));
    query.addBindValue(feedId);
    query.addBindValue(feedId);
    query.addBindValue(kKeptPerFeed);
    return query.exec();
}

bool FeedCacheStore::putNewest(const QString &feedId, const QJsonArray &activities)
{
    QSqlDatabase &db = m_cache.database();
    if (!db.transaction())
        return false;
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM feed_activities WHERE feed_id = ?"));
    clear.addBindValue(feedId);
    if (!clear.exec() || !insert(feedId, activities)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool FeedCacheStore::putOlder(const QString &feedId, const QJsonArray &activities)
{
    QSqlDatabase &db = m_cache.database();
    if (!db.transaction())
        return false;
    if (!insert(feedId, activities) || !trim(feedId)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool FeedCacheStore::put(const QString &feedId, const QJsonObject &activity)
{
    return insert(feedId, QJsonArray { activity });
}

bool FeedCacheStore::remove(const QString &feedId, const QString &activityId)
{
    QSqlQuery query(m_cache.database());
    query.prepare(QStringLiteral("DELETE FROM feed_activities WHERE feed_id = ? AND id = ?"));
    query.addBindValue(feedId);
    query.addBindValue(activityId);
    return query.exec();
}

QJsonArray FeedCacheStore::activities(const QString &feedId)
{
    QJsonArray activities;
    QSqlQuery query(m_cache.database());
    query.prepare(
        QStringLiteral("SELECT json FROM feed_activities WHERE feed_id = ? ORDER BY time DESC, id DESC"));
    query.addBindValue(feedId);
    if (query.exec()) {
        while (query.next())
            activities.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    }
    return activities;
}

bool FeedCacheStore::hasPages(const QString &feedId)
{
    QSqlQuery query(m_cache.database());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM feed_activities WHERE feed_id = ?)"));
    query.addBindValue(feedId);
    return query.exec() && query.next() && query.value(0).toBool();
}

bool FeedCacheStore::markSeen(const QString &feedId)
{
    QSqlQuery query(m_cache.database());
    query.prepare(QStringLiteral(
        "INSERT INTO feed_seen(feed_id, time) SELECT ?, MAX(time) FROM feed_activities WHERE feed_id = ? "
        "HAVING MAX(time) IS NOT NULL ON CONFLICT(feed_id) DO UPDATE SET time = MAX(time, excluded.time)"));
    query.addBindValue(feedId);
    query.addBindValue(feedId);
    if (!query.exec()) {
        qCWarning(lcProfile) << "feed cache:" << query.lastError().text();
        return false;
    }
    return true;
}

QHash<QString, int> FeedCacheStore::unreadCounts(const QString &viewerId)
{
    QHash<QString, int> unread;
    QSqlQuery query(m_cache.database());
    query.prepare(
        QStringLiteral("SELECT a.feed_id, COUNT(*) FROM feed_activities a LEFT JOIN feed_seen s ON "
                       "s.feed_id = a.feed_id WHERE a.actor != ? AND (s.time IS NULL OR a.time > s.time) "
                       "GROUP BY a.feed_id"));
    query.addBindValue(viewerId);
    if (query.exec()) {
        while (query.next())
            unread.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return unread;
}

} // namespace companion
