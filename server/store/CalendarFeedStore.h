#pragma once

#include <QString>

#include <optional>

namespace companion::server {

class Database;

// calendar_feeds: each user's private iCalendar feed, named by an unguessable token.
class CalendarFeedStore
{
public:
    explicit CalendarFeedStore(Database &db);

    struct Feed
    {
        QString token;
        QString createdAt; // RFC 3339
    };
    std::optional<Feed> feedOf(const QString &userId);
    // Sets (or replaces: a rotation) the user's feed token.
    bool setToken(const QString &userId, const QString &token, const QString &createdAt);
    // The user a token belongs to ("" when none).
    QString userOf(const QString &token);

private:
    Database &m_db;
};

} // namespace companion::server
