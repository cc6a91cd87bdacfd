#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace companion::server {

// The seed's adapter interfaces. Routes talk only to these; the sandbox implementations
// answer locally today, and real PlugNmeet / Stripe / Resend / Stream adapters can replace
// them without touching a route.

class VideoProvider // PlugNmeet
{
public:
    virtual ~VideoProvider() = default;
    // metadata.logout_url of a session's room: the room page goes there when the session
    // ends. It is our page ("the session has ended"), and Companion closes the room on it.
    static QUrl logoutUrl(const QUrl &ourBaseUrl, const QString &sessionId)
    {
        QUrl url = ourBaseUrl.resolved(QUrl(QStringLiteral("/video/ended")));
        url.setQuery(QStringLiteral("session=") + QString::fromLatin1(QUrl::toPercentEncoding(sessionId)));
        return url;
    }
    struct Room
    {
        QString roomId;
        QString roomSid;
    };
    virtual std::optional<Room> createRoom(const QString &sessionId, const QString &title, QString *error)
        = 0;
    struct Join
    {
        QString url;
        QString token;
        qint64 expiresAt = 0;
    };
    virtual Join joinToken(const Room &room, const QString &userId, const QString &displayName,
                           bool moderator, qint64 expiresAt)
        = 0;
};

class PaymentProvider // Stripe Connect
{
public:
    virtual ~PaymentProvider() = default;
    virtual QString createAccount(const QString &userId, const QString &email) = 0;
    struct Link
    {
        QString url;
        qint64 expiresAt = 0;
    };
    virtual Link onboardingLink(const QString &accountId, const QString &returnUrl, const QString &refreshUrl)
        = 0;
    virtual Link loginLink(const QString &accountId) = 0;

    // Money movements. The idempotency key goes to Stripe's Idempotency-Key header.
    struct Call
    {
        bool ok = false;
        QJsonObject object; // the Stripe object, or Stripe's {"error": {...}}
    };
    struct Transfer
    {
        qint64 amount = 0;
        QString currency;
        QString destination; // acct_...
        QString sourceTransaction; // ch_... (funds follow the charge)
        QString transferGroup;
        QJsonObject metadata;
    };
    virtual Call createTransfer(const Transfer &transfer, const QString &idempotencyKey) = 0;
    virtual Call reverseTransfer(const QString &transferId, qint64 amount, const QString &idempotencyKey) = 0;
    virtual Call retrieveTransfer(const QString &transferId) = 0;
    virtual Call retrievePaymentIntent(const QString &paymentIntentId) = 0;
    virtual Call retrieveAccount(const QString &accountId) = 0;
    // The connected account's balance (GET /v1/balance as that account): available and pending.
    virtual Call retrieveBalance(const QString &accountId) = 0;
    // amount 0 = the whole remainder.
    virtual Call refund(const QString &paymentIntentId, qint64 amount, const QString &idempotencyKey) = 0;
};

class EmailProvider // Resend
{
public:
    virtual ~EmailProvider() = default;
    // Returns the provider's message id, or an empty string on failure.
    virtual QString send(const QString &to, const QString &subject, const QString &text,
                         const QString &idempotencyKey = {})
        = 0;
};

class FeedProvider // Stream activity feeds
{
public:
    virtual ~FeedProvider() = default;
    struct Token
    {
        QString token;
        QString apiKey;
        QString appId;
        qint64 expiresAt = 0;
        QString feedId; // set for a token scoped to one feed, e.g. "course:crs_x"
    };
    // `feedId` empty: the user's own token. Set: a token for that feed only, allowing
    // `action` ("read", "write": also post, react, delete one's own; "*": also announce and
    // moderate); the caller has checked the user's role in it (the seed's gated course feed).
    virtual Token userToken(const QString &userId, qint64 expiresAt, const QString &feedId = {},
                            const QString &action = {})
        = 0;
};

} // namespace companion::server
