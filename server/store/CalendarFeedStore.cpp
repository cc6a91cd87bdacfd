#include "server/store/CalendarFeedStore.h"

#include "server/store/Database.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

namespace companion::server {

CalendarFeedStore::CalendarFeedStore(Database &db, QByteArray key)
    : m_db(db)
    , m_key(std::move(key))
{ }

QByteArray CalendarFeedStore::hashOf(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString CalendarFeedStore::tokenFor(const QString &userId, qint64 generation) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        userId.toUtf8() + '\n' + QByteArray::number(generation), m_key, QCryptographicHash::Sha256);
    // 192 bits in 32 URL-safe characters.
    return QString::fromLatin1(mac.left(24).toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<CalendarFeedStore::Feed> CalendarFeedStore::feedOf(const QString &userId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT generation, created_at FROM calendar_feeds WHERE user_id = ? AND "
                                  "token_hash IS NOT NULL"),
                   { userId })
        || !q.next())
        return std::nullopt;
    return Feed { tokenFor(userId, q.value(0).toLongLong()), q.value(1).toString() };
}

std::optional<CalendarFeedStore::Feed> CalendarFeedStore::rotate(const QString &userId,
                                                                 const QString &createdAt)
{
    QSqlQuery q = m_db.query();
    qint64 generation = 1;
    if (m_db.exec(q, QStringLiteral("SELECT generation FROM calendar_feeds WHERE user_id = ?"), { userId })
        && q.next())
        generation = q.value(0).toLongLong() + 1; // never an earlier token again, even after a revoke
    q.finish();
    const QString token = tokenFor(userId, generation);
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO calendar_feeds (user_id, token_hash, generation, created_at) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET token_hash = "
                                  "excluded.token_hash, generation = excluded.generation, created_at = "
                                  "excluded.created_at"),
                   { userId, QString::fromLatin1(hashOf(token)), generation, createdAt }))
        return std::nullopt;
    return Feed { token, createdAt };
}

bool CalendarFeedStore::revoke(const QString &userId)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q, QStringLiteral("UPDATE calendar_feeds SET token_hash = NULL WHERE user_id = ?"),
                     { userId });
}

QString CalendarFeedStore::userOf(const QString &token)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT user_id FROM calendar_feeds WHERE token_hash = ?"),
                   { QString::fromLatin1(hashOf(token)) })
        || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace companion::server
