#include "server/store/CalendarFeedStore.h"

#include "server/store/Database.h"

#include <QSqlQuery>

namespace companion::server {

CalendarFeedStore::CalendarFeedStore(Database &db)
    : m_db(db)
{ }

std::optional<CalendarFeedStore::Feed> CalendarFeedStore::feedOf(const QString &userId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT token, created_at FROM calendar_feeds WHERE user_id = ?"),
                   { userId })
        || !q.next())
        return std::nullopt;
    return Feed { q.value(0).toString(), q.value(1).toString() };
}

bool CalendarFeedStore::setToken(const QString &userId, const QString &token, const QString &createdAt)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral("INSERT INTO calendar_feeds (user_id, token, created_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(user_id) DO UPDATE SET token = excluded.token, "
                       "created_at = excluded.created_at"),
        { userId, token, createdAt });
}

QString CalendarFeedStore::userOf(const QString &token)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT user_id FROM calendar_feeds WHERE token = ?"), { token })
        || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace companion::server
