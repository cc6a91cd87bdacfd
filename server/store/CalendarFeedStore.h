#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace companion::server {

class Database;

// calendar_feeds: each user's private iCalendar feed. Its token is derived from a server key,
// the user and a generation (HMAC-SHA256), so the same URL can be shown again while only the
// token's hash is stored: a copy of the database opens no one's calendar. Rotating moves to
// the next generation; revoking forgets the hash. Either way the old URL stops at once.
class CalendarFeedStore
{
public:
    // `key`: at least 32 secret bytes, kept outside the database.
    CalendarFeedStore(Database &db, QByteArray key);

    struct Feed
    {
        QString token;
        QString createdAt; // RFC 3339
    };
    // The user's live feed, if any.
    std::optional<Feed> feedOf(const QString &userId);
    // A new token for the user (first use or rotation); the previous one stops working.
    std::optional<Feed> rotate(const QString &userId, const QString &createdAt);
    // The feed stops working; the next rotate() makes a new one. False on a database error.
    bool revoke(const QString &userId);
    // The user a token belongs to ("" when none).
    QString userOf(const QString &token);

    static QByteArray hashOf(const QString &token);

private:
    QString tokenFor(const QString &userId, qint64 generation) const;

    Database &m_db;
    QByteArray m_key;
};

} // namespace companion::server
