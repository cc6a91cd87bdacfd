#include "services/storage/CacheStore.h"

#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "services/Logging.h"
#include "services/storage/RowParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace companion {

namespace {

const QStringList kMigrations = {
    // 1: sync cursors, documents, sessions, splits
    QStringLiteral(
        "CREATE TABLE sync_state(collection TEXT PRIMARY KEY, cursor TEXT NOT NULL, synced_at TEXT NOT NULL);"
        "CREATE TABLE documents(key TEXT PRIMARY KEY, json TEXT NOT NULL, synced_at TEXT NOT NULL);"
        "CREATE TABLE sessions(id TEXT PRIMARY KEY, start TEXT NOT NULL, end_at TEXT NOT NULL,"
        " status TEXT NOT NULL, json TEXT NOT NULL);"
        "CREATE INDEX sessions_by_start ON sessions(start);"
        "CREATE TABLE splits(id TEXT PRIMARY KEY, status TEXT NOT NULL, created_at TEXT NOT NULL,"
        " amount_cents INTEGER NOT NULL, currency TEXT NOT NULL, json TEXT NOT NULL);"
        "CREATE INDEX splits_by_created ON splits(created_at)"),
    // 2: session and split instants keep milliseconds, stored fixed width
    // ("yyyy-MM-ddTHH:mm:ss.sssZ", instant::toStorageStringMs) so that the TEXT comparisons
    // and ORDER BY below stay correct; rows of format 1 are whole-second "...:ssZ".
    QStringLiteral("UPDATE sessions SET start = substr(start, 1, 19) || '.000Z' WHERE length(start) = 20 "
                   "AND substr(start, 20, 1) = 'Z';"
                   "UPDATE sessions SET end_at = substr(end_at, 1, 19) || '.000Z' WHERE length(end_at) = 20 "
                   "AND substr(end_at, 20, 1) = 'Z';"
                   "UPDATE splits SET created_at = substr(created_at, 1, 19) || '.000Z' WHERE "
                   "length(created_at) = 20 AND substr(created_at, 20, 1) = 'Z'"),
    // 3: the last pages read of each feed, and what the user has seen of each (FeedCacheStore)
    QStringLiteral("CREATE TABLE feed_activities(feed_id TEXT NOT NULL, id TEXT NOT NULL, time TEXT NOT NULL,"
                   " actor TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY(feed_id, id));"
                   "CREATE INDEX feed_activities_by_time ON feed_activities(feed_id, time);"
                   "CREATE TABLE feed_seen(feed_id TEXT PRIMARY KEY, time TEXT NOT NULL)"),
    // 4: splits carry the session, its teacher, the student and the split rule: read them all again
    QStringLiteral("DELETE FROM sync_state WHERE collection = 'splits'"),
};

// Sync stamps: whole seconds (the machine's clock reading; only shown and compared to now).
QString nowStamp()
{
    return instant::toUtcStringSecs(Clock::nowUtc());
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

CacheStore::CacheStore(const QString &path)
    : m_file(path, QStringLiteral("offline cache"))
{ }

QString CacheStore::open()
{
    switch (m_file.open(kMigrations)) {
    case SqliteFile::OpenResult::Ok:
        return {};
    case SqliteFile::OpenResult::TooNew:
    case SqliteFile::OpenResult::Failed:
        return m_file.error();
    case SqliteFile::OpenResult::Corrupt:
        break;
    }
    // The cache is rebuildable: keep the damaged file for diagnosis, start empty.
    qCWarning(lcProfile) << m_file.error() << "Rebuilding it from the server.";
    m_movedAside = m_file.moveAside();
    if (m_movedAside.isEmpty())
        return QCoreApplication::translate("CacheStore",
                                           "The offline cache at %1 is damaged and could not be moved aside.")
            .arg(m_file.path());
    m_rebuilt = true;
    if (m_file.open(kMigrations) != SqliteFile::OpenResult::Ok)
        return m_file.error();
    return {};
}

bool CacheStore::setCursor(const QString &collection, const QString &cursor)
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("INSERT INTO sync_state(collection, cursor, synced_at) VALUES(?, ?, ?) "
                                 "ON CONFLICT(collection) DO UPDATE SET cursor = excluded.cursor, "
                                 "synced_at = excluded.synced_at"));
    query.addBindValue(collection);
    query.addBindValue(cursor);
    query.addBindValue(nowStamp());
    return query.exec();
}

CacheStore::PageResult CacheStore::applySessionPage(const QJsonArray &items, const QString &nextCursor,
                                                    const QString *expectedCursor,
                                                    const QList<QByteArrayView> *itemTexts)
{
    return applyCheckedPage(checkPage(QStringLiteral("sessions"), items, itemTexts), nextCursor,
                            expectedCursor);
}

CacheStore::PageResult CacheStore::applySplitPage(const QJsonArray &items, const QString &nextCursor,
                                                  const QString *expectedCursor,
                                                  const QList<QByteArrayView> *itemTexts)
{
    return applyCheckedPage(checkPage(QStringLiteral("splits"), items, itemTexts), nextCursor,
                            expectedCursor);
}

CacheStore::CheckedPage CacheStore::checkPage(const QString &collection, const QJsonArray &items,
                                              const QList<QByteArrayView> *itemTexts, const QByteArray &body)
{
    CheckedPage page;
    page.isSessions = collection == QLatin1String("sessions");
    page.items = int(items.size());
    page.body = body;
    if (itemTexts && itemTexts->size() != items.size())
        itemTexts = nullptr; // not the same items: serialise the parsed ones
    // The JSON an item is stored with: its text as received, else the parsed values serialised.
    const auto jsonOf = [itemTexts](qsizetype index, const QJsonObject &parsed) {
        if (!itemTexts)
            return compact(parsed);
        const QByteArrayView text = itemTexts->at(index);
        return QByteArray::fromRawData(text.data(), text.size());
    };
    // Every item is checked before anything is written: a bad item rejects the page.
    for (qsizetype index = 0; index < items.size(); ++index) {
        const QJsonValue value = items.at(index);
        if (!value.isObject()) {
            page.error = QStringLiteral("%1 page holds a non-object item").arg(collection);
            return page;
        }
        const QJsonObject object = value.toObject();
        QString error;
        if (page.isSessions && object.value(QLatin1String("deleted")).toBool()) {
            const QString id = object.value(QLatin1String("id")).toString();
            if (id.isEmpty()) {
                page.error = QStringLiteral("session tombstone without an id");
                return page;
            }
            page.deletions << id;
        } else if (page.isSessions) {
            auto session = Session::fromJson(object, &error);
            if (!session) {
                page.error = error;
                return page;
            }
            page.texts << jsonOf(index, session->json);
            page.sessions << *session;
        } else {
            auto split = Split::fromJson(object, &error);
            if (!split) {
                page.error = error;
                return page;
            }
            page.texts << jsonOf(index, split->json);
            page.splits << *split;
        }
    }
    return page;
}

CacheStore::PageResult CacheStore::applyCheckedPage(const CheckedPage &page, const QString &nextCursor,
                                                    const QString *expectedCursor)
{
    PageResult result;
    const QString collection = page.isSessions ? QStringLiteral("sessions") : QStringLiteral("splits");
    if (!page.error.isEmpty()) {
        result.error = page.error;
        return result;
    }
    if (nextCursor.isEmpty()) {
        result.error = QStringLiteral("%1 page has no next_cursor").arg(collection);
        return result;
    }

    QSqlDatabase &db = m_file.database();
    if (!db.transaction()) {
        result.error = db.lastError().text();
        return result;
    }
    if (expectedCursor && cursor(collection) != *expectedCursor) {
        db.rollback();
        result.error = QStringLiteral("%1 page does not follow the stored cursor").arg(collection);
        return result;
    }
    QSqlQuery query(db);
    bool ok = true;
    if (page.isSessions) {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO sessions(id, start, end_at, status, json) "
                                     "VALUES(?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < page.sessions.size(); ++i) {
            const Session &s = page.sessions.at(i);
            query.addBindValue(s.id);
            query.addBindValue(instant::toStorageStringMs(s.start));
            query.addBindValue(instant::toStorageStringMs(s.end));
            query.addBindValue(Session::statusToString(s.status));
            query.addBindValue(page.texts.at(i));
            ok = ok && query.exec();
        }
        query.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
        for (const QString &id : std::as_const(page.deletions)) {
            query.addBindValue(id);
            ok = ok && query.exec();
        }
    } else {
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO splits(id, status, created_at, amount_cents, currency, json) "
            "VALUES(?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < page.splits.size(); ++i) {
            const Split &s = page.splits.at(i);
            query.addBindValue(s.id);
            query.addBindValue(s.status);
            query.addBindValue(instant::toStorageStringMs(s.createdAt));
            query.addBindValue(s.amountCents);
            query.addBindValue(s.currency);
            query.addBindValue(page.texts.at(i));
            ok = ok && query.exec();
        }
    }
    ok = ok && setCursor(collection, nextCursor);
    if (!ok || !db.commit()) {
        result.error = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        db.rollback();
        return result;
    }
    result.ok = true;
    result.applied = page.items;
    return result;
}

QString CacheStore::cursor(const QString &collection)
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT cursor FROM sync_state WHERE collection = ?"));
    query.addBindValue(collection);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QDateTime CacheStore::lastSynced(const QString &collection)
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT synced_at FROM sync_state WHERE collection = ?"));
    query.addBindValue(collection);
    return query.exec() && query.next() ? instant::parse(query.value(0).toString()) : QDateTime();
}

bool CacheStore::resetCollection(const QString &collection)
{
    if (collection != QLatin1String("sessions") && collection != QLatin1String("splits"))
        return false;
    return m_file.execScript(
        QStringLiteral("DELETE FROM %1; DELETE FROM sync_state WHERE collection = '%1'").arg(collection));
}

bool CacheStore::putDocument(const QString &key, const QJsonObject &document, bool *changed)
{
    // Compact JSON orders keys, so equal documents have equal text.
    const QByteArray text = compact(document);
    QSqlQuery query(m_file.database());
    if (changed) {
        query.prepare(QStringLiteral("SELECT json FROM documents WHERE key = ?"));
        query.addBindValue(key);
        *changed = !(query.exec() && query.next() && query.value(0).toByteArray() == text);
    }
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO documents(key, json, synced_at) VALUES(?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(text);
    query.addBindValue(nowStamp());
    return query.exec();
}

std::optional<QJsonObject> CacheStore::document(const QString &key)
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT json FROM documents WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
}

QDateTime CacheStore::documentSyncedAt(const QString &key)
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT synced_at FROM documents WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? instant::parse(query.value(0).toString()) : QDateTime();
}

QList<Session> CacheStore::sessions(const QDateTime &from, const QDateTime &to, const QString &status)
{
    QString sql = QStringLiteral("SELECT json FROM sessions WHERE 1 = 1");
    if (from.isValid())
        sql += QStringLiteral(" AND end_at > :from");
    if (to.isValid())
        sql += QStringLiteral(" AND start < :to");
    if (!status.isEmpty())
        sql += QStringLiteral(" AND status = :status");
    sql += QStringLiteral(" ORDER BY start, id");
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (from.isValid())
        query.bindValue(QStringLiteral(":from"), instant::toStorageStringMs(from));
    if (to.isValid())
        query.bindValue(QStringLiteral(":to"), instant::toStorageStringMs(to));
    if (!status.isEmpty())
        query.bindValue(QStringLiteral(":status"), status);
    if (!query.exec())
        return {};
    QList<QByteArray> rows;
    while (query.next())
        rows << query.value(0).toByteArray();
    // Rows were validated on the way in; a row that no longer parses is skipped, not fatal.
    return parseRows<Session>(rows, [](const QByteArray &json) {
        return Session::fromJson(QJsonDocument::fromJson(json).object());
    });
}

QList<Split> CacheStore::splits()
{
    QSqlQuery query(m_file.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT json FROM splits ORDER BY created_at DESC, id")))
        return {};
    QList<QByteArray> rows;
    while (query.next())
        rows << query.value(0).toByteArray();
    return parseRows<Split>(
        rows, [](const QByteArray &json) { return Split::fromJson(QJsonDocument::fromJson(json).object()); });
}

int CacheStore::sessionCount()
{
    QSqlQuery query(m_file.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM sessions")) && query.next()
        ? query.value(0).toInt()
        : 0;
}

int CacheStore::splitCount()
{
    QSqlQuery query(m_file.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM splits")) && query.next() ? query.value(0).toInt()
                                                                                     : 0;
}

} // namespace companion
