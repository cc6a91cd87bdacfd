#include "server/sandbox/StreamFeedStore.h"

#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "server/core/Logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace companion::server {

namespace {

constexpr int kLatestComments = 3;

QJsonObject objectFrom(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

QString streamTime(const QString &storageTime)
{
    QString text = storageTime;
    if (text.endsWith(QLatin1Char('Z')))
        text.chop(1);
    return text + QStringLiteral("000");
}

StreamFeedStore::~StreamFeedStore()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool StreamFeedStore::open(const QString &dataDir, QString *error)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("stream-sandbox.sqlite"));
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    m_connectionName = QStringLiteral("stream-sandbox-") + newId();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    const char *schema[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA foreign_keys=ON",
        "CREATE TABLE IF NOT EXISTS activities (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL "
        "UNIQUE, feed TEXT NOT NULL, actor TEXT NOT NULL, time TEXT NOT NULL, foreign_id TEXT, body TEXT NOT "
        "NULL, UNIQUE (feed, foreign_id, time))",
        "CREATE INDEX IF NOT EXISTS activities_by_feed ON activities(feed, time, seq)",
        "CREATE TABLE IF NOT EXISTS reactions (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL "
        "UNIQUE, "
        "activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE, kind TEXT NOT NULL, user_id "
        "TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS reactions_by_activity ON reactions(activity_id, kind, seq)",
        "CREATE UNIQUE INDEX IF NOT EXISTS one_like_each ON reactions(activity_id, user_id) WHERE kind = "
        "'like'",
    };
    for (const char *sql : schema) {
        if (!q.exec(QString::fromLatin1(sql))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool StreamFeedStore::isEmpty()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM activities)")) && q.next()
        && q.value(0).toBool();
}

StreamFeedStore::Page StreamFeedStore::read(const QString &feed, int limit, const QString &idLessThan,
                                            const QString &viewerId)
{
    Page page;
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("SELECT id, time, body FROM activities WHERE feed = ?");
    QVariantList bindings { feed };
    if (!idLessThan.isEmpty()) {
        // Older than the given one in (time, seq) order; an unknown id ends the paging.
        sql += QStringLiteral(
            " AND (time, seq) < (SELECT time, seq FROM activities WHERE id = ? AND feed = ?)");
        bindings << idLessThan << feed;
    }
    sql += QStringLiteral(" ORDER BY time DESC, seq DESC LIMIT ?");
    bindings << limit + 1;
    q.prepare(sql);
    for (const QVariant &value : std::as_const(bindings))
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcServer) << "stream sandbox read:" << q.lastError().text();
        return page;
    }
    while (q.next()) {
        if (page.results.size() == limit) {
            page.lastId = page.results.last().toObject().value(QStringLiteral("id")).toString();
            break;
        }
        const QString id = q.value(0).toString();
        QJsonObject activity = objectFrom(q.value(2));
        activity.insert(QStringLiteral("id"), id);
        activity.insert(QStringLiteral("time"), streamTime(q.value(1).toString()));
        activity.insert(QStringLiteral("reaction_counts"), reactionCounts(id));
        activity.insert(QStringLiteral("own_reactions"),
                        QJsonObject { { QStringLiteral("like"), ownReactions(id, viewerId) } });
        activity.insert(
            QStringLiteral("latest_reactions"),
            QJsonObject { { QStringLiteral("comment"),
                            reactions(id, QStringLiteral("comment"), kLatestComments, {}).results } });
        page.results.append(activity);
    }
    return page;
}

std::optional<QJsonObject> StreamFeedStore::add(const QString &feed, const QJsonObject &activity,
                                                bool *created)
{
    const QString time = activity.value(QStringLiteral("time")).toString();
    const QString foreignId = activity.value(QStringLiteral("foreign_id")).toString();
    QSqlQuery q(m_db);
    if (!foreignId.isEmpty()) {
        q.prepare(
            QStringLiteral("SELECT id, body FROM activities WHERE feed = ? AND foreign_id = ? AND time = ?"));
        q.addBindValue(feed);
        q.addBindValue(foreignId);
        q.addBindValue(time);
        if (q.exec() && q.next()) {
            *created = false;
            QJsonObject existing = objectFrom(q.value(1));
            existing.insert(QStringLiteral("id"), q.value(0).toString());
            existing.insert(QStringLiteral("time"), streamTime(time));
            return existing;
        }
    }
    QJsonObject body = activity;
    body.remove(QStringLiteral("id"));
    body.remove(QStringLiteral("time"));
    const QString id = newId();
    q.prepare(
        QStringLiteral("INSERT INTO activities (id, feed, actor, time, foreign_id, body) VALUES (?, ?, ?, ?, "
                       "?, ?)"));
    q.addBindValue(id);
    q.addBindValue(feed);
    q.addBindValue(activity.value(QStringLiteral("actor")).toString());
    q.addBindValue(time);
    q.addBindValue(foreignId.isEmpty() ? QVariant() : QVariant(foreignId));
    q.addBindValue(jsonText(body));
    if (!q.exec()) {
        qCWarning(lcServer) << "stream sandbox add:" << q.lastError().text();
        return std::nullopt;
    }
    *created = true;
    body.insert(QStringLiteral("id"), id);
    body.insert(QStringLiteral("time"), streamTime(time));
    return body;
}

std::optional<StreamFeedStore::ActivityRef> StreamFeedStore::activity(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT feed, actor FROM activities WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ActivityRef { q.value(0).toString(), q.value(1).toString() };
}

bool StreamFeedStore::removeActivity(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM activities WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<QJsonObject> StreamFeedStore::addReaction(const QString &activityId, const QString &kind,
                                                        const QString &userId, const QJsonObject &data,
                                                        bool *created, qint64 createdMs)
{
    QSqlQuery q(m_db);
    const auto toJson = [&](const QString &id, const QString &createdAt, const QJsonObject &reactionData) {
        return QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("kind"), kind },
                             { QStringLiteral("activity_id"), activityId },
                             { QStringLiteral("user_id"), userId },
                             { QStringLiteral("data"), reactionData },
                             { QStringLiteral("created_at"), streamTime(createdAt) },
                             { QStringLiteral("updated_at"), streamTime(createdAt) } };
    };
    if (kind == u"like") {
        q.prepare(
            QStringLiteral("SELECT id, created_at, data FROM reactions WHERE activity_id = ? AND user_id = ? "
                           "AND kind = 'like'"));
        q.addBindValue(activityId);
        q.addBindValue(userId);
        if (q.exec() && q.next()) {
            *created = false;
            return toJson(q.value(0).toString(), q.value(1).toString(), objectFrom(q.value(2)));
        }
    }
    const QString id = newId();
    const QString now = instant::toStorageStringMs(createdMs > 0 ? createdMs : Clock::nowMs());
    q.prepare(QStringLiteral(
        "INSERT INTO reactions (id, activity_id, kind, user_id, data, created_at) VALUES (?, ?, "
        "?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(activityId);
    q.addBindValue(kind);
    q.addBindValue(userId);
    q.addBindValue(jsonText(data));
    q.addBindValue(now);
    if (!q.exec()) {
        qCWarning(lcServer) << "stream sandbox reaction:" << q.lastError().text();
        return std::nullopt;
    }
    *created = true;
    return toJson(id, now, data);
}

std::optional<StreamFeedStore::ReactionRef> StreamFeedStore::reaction(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT activity_id, user_id FROM reactions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ReactionRef { q.value(0).toString(), q.value(1).toString() };
}

bool StreamFeedStore::removeReaction(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM reactions WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

StreamFeedStore::Page StreamFeedStore::reactions(const QString &activityId, const QString &kind, int limit,
                                                 const QString &idLessThan)
{
    Page page;
    QSqlQuery q(m_db);
    QString sql
        = QStringLiteral("SELECT id, user_id, data, created_at FROM reactions WHERE activity_id = ? AND "
                         "kind = ?");
    QVariantList bindings { activityId, kind };
    if (!idLessThan.isEmpty()) {
        sql += QStringLiteral(" AND seq < (SELECT seq FROM reactions WHERE id = ?)");
        bindings << idLessThan;
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    bindings << limit + 1;
    q.prepare(sql);
    for (const QVariant &value : std::as_const(bindings))
        q.addBindValue(value);
    if (!q.exec())
        return page;
    while (q.next()) {
        if (page.results.size() == limit) {
            page.lastId = page.results.last().toObject().value(QStringLiteral("id")).toString();
            break;
        }
        page.results.append(
            QJsonObject { { QStringLiteral("id"), q.value(0).toString() },
                          { QStringLiteral("kind"), kind },
                          { QStringLiteral("activity_id"), activityId },
                          { QStringLiteral("user_id"), q.value(1).toString() },
                          { QStringLiteral("data"), objectFrom(q.value(2)) },
                          { QStringLiteral("created_at"), streamTime(q.value(3).toString()) } });
    }
    return page;
}

QJsonObject StreamFeedStore::reactionCounts(const QString &activityId)
{
    QJsonObject counts;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, COUNT(*) FROM reactions WHERE activity_id = ? GROUP BY kind"));
    q.addBindValue(activityId);
    if (q.exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

QJsonArray StreamFeedStore::ownReactions(const QString &activityId, const QString &userId)
{
    QJsonArray own;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id FROM reactions WHERE activity_id = ? AND user_id = ? AND kind = 'like'"));
    q.addBindValue(activityId);
    q.addBindValue(userId);
    if (q.exec()) {
        while (q.next())
            own.append(QJsonObject { { QStringLiteral("id"), q.value(0).toString() },
                                     { QStringLiteral("kind"), QStringLiteral("like") },
                                     { QStringLiteral("user_id"), userId } });
    }
    return own;
}

} // namespace companion::server
