#pragma once

#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace companion::server {

class Database;

struct IssuedTokens
{
    QString userId;
    QString accessToken;
    QString refreshToken;
    qint64 accessExpiresAt = 0; // Unix seconds
    qint64 accessTtl = 0; // seconds
};

// Opaque bearer tokens: 32 random bytes, base64url. Only their SHA-256 is stored.
// Refresh tokens rotate on every use; presenting a revoked one again means it leaked,
// so the whole family (every token descended from one sign-in) is revoked.
class TokenService
{
public:
    static constexpr qint64 kRefreshTtl = 30 * 24 * 3600;

    static constexpr qint64 kDefaultSignInLifetime = 90 * 24 * 3600;

    // `signInLifetimeSeconds`: a family ends this long after its sign-in, however often it
    // was refreshed (the sliding 30 days alone would let it live forever).
    TokenService(Database &db, qint64 accessTtlSeconds,
                 qint64 signInLifetimeSeconds = kDefaultSignInLifetime);

    std::optional<IssuedTokens> issue(const QString &userId);
    // New access + refresh token for a valid refresh token; nullopt when unknown, revoked or expired.
    std::optional<IssuedTokens> refresh(const QString &refreshToken);
    // Revokes the family the refresh token belongs to. Unknown tokens are ignored.
    // How long a just-rotated refresh token may be presented again (see refresh()).
    static constexpr qint64 kReuseGraceSeconds = 60;

    void revokeFamilyOf(const QString &refreshToken);

    enum class AccessResult { Valid, Invalid, Expired };
    struct AccessCheck
    {
        AccessResult result = AccessResult::Invalid;
        QString userId;
        QString familyId;
        qint64 expiresAt = 0; // Unix seconds (the Clock's)
    };
    AccessCheck checkAccess(const QString &accessToken);

    static QString hashToken(const QString &token);
    // Told the family id whenever a family is revoked (sign-out, a reused refresh token).
    void setOnFamilyRevoked(std::function<void(const QString &familyId)> listener)
    {
        m_onFamilyRevoked = std::move(listener);
    }

private:
    // When the family's sign-in happened (its first refresh token); `fallback` when unknown.
    qint64 familyStart(const QString &familyId, qint64 fallback);
    std::optional<IssuedTokens> issueInFamily(const QString &userId, const QString &familyId);
    void revokeFamily(const QString &familyId);
    // Runs `retireSql` and issues a new pair in the family, in one transaction.
    std::optional<IssuedTokens> retireAndIssue(const QString &retireSql, const QVariantList &params,
                                               const QString &userId, const QString &familyId);
    std::optional<IssuedTokens> rotateUnusedSuccessor(const QString &presented, const QString &userId,
                                                      const QString &familyId);

    Database &m_db;
    qint64 m_accessTtl;
    qint64 m_signInLifetime;
    std::function<void(const QString &familyId)> m_onFamilyRevoked;
};

} // namespace companion::server
