#include "server/store/TokenService.h"

#include "models/time/Clock.h"
#include "server/core/Logging.h"
#include "server/store/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace companion::server {

namespace {

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qint64 now()
{
    return Clock::nowSecs();
}

} // namespace

TokenService::TokenService(Database &db, qint64 accessTtlSeconds, qint64 signInLifetimeSeconds)
    : m_db(db)
    , m_accessTtl(accessTtlSeconds)
    , m_signInLifetime(signInLifetimeSeconds)
{ }

qint64 TokenService::familyStart(const QString &familyId, qint64 fallback)
{
    QSqlQuery q = m_db.query();
    if (m_db.exec(q, QStringLiteral("SELECT min(created_at) FROM refresh_tokens WHERE family_id = ?"),
                  { familyId })
        && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return fallback;
}

QString TokenService::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<IssuedTokens> TokenService::issue(const QString &userId)
{
    QByteArray family(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(family.data()), 4);
    return issueInFamily(userId, QString::fromLatin1(family.toHex()));
}

std::optional<IssuedTokens> TokenService::issueInFamily(const QString &userId, const QString &familyId)
{
    IssuedTokens tokens;
    tokens.userId = userId;
    tokens.accessToken = randomToken();
    tokens.refreshToken = randomToken();
    tokens.accessTtl = m_accessTtl;
    const qint64 issuedAt = now();
    tokens.accessExpiresAt = issuedAt + m_accessTtl;
    // Neither token outlives the sign-in they descend from.
    const qint64 signInEnds = familyStart(familyId, issuedAt) + m_signInLifetime;
    tokens.accessExpiresAt = std::min(tokens.accessExpiresAt, signInEnds);
    tokens.accessTtl = std::max<qint64>(0, tokens.accessExpiresAt - issuedAt);
    const qint64 refreshExpiresAt = std::min(issuedAt + kRefreshTtl, signInEnds);
    QSqlQuery q = m_db.query();
    // Drop long-dead access tokens now and then so the table stays small.
    m_db.exec(q, QStringLiteral("DELETE FROM access_tokens WHERE expires_at < ?"), { issuedAt - 24 * 3600 });
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO access_tokens (token_hash, family_id, user_id, expires_at) "
                                  "VALUES (?, ?, ?, ?)"),
                   { hashToken(tokens.accessToken), familyId, userId, tokens.accessExpiresAt })
        || !m_db.exec(
            q,
            QStringLiteral("INSERT INTO refresh_tokens (token_hash, family_id, user_id, created_at, "
                           "expires_at) VALUES (?, ?, ?, ?, ?)"),
            { hashToken(tokens.refreshToken), familyId, userId, issuedAt, refreshExpiresAt })) {
        return std::nullopt;
    }
    return tokens;
}

std::optional<IssuedTokens> TokenService::refresh(const QString &refreshToken)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT family_id, user_id, expires_at, revoked_at FROM refresh_tokens "
                                  "WHERE token_hash = ?"),
                   { hashToken(refreshToken) })
        || !q.next()) {
        return std::nullopt;
    }
    const QString familyId = q.value(0).toString();
    const QString userId = q.value(1).toString();
    const qint64 expiresAt = q.value(2).toLongLong();
    const bool revoked = !q.value(3).isNull();
    const qint64 revokedAt = q.value(3).toLongLong();
    q.finish();
    if (revoked) {
        // A client that crashed (or lost the reply) after we rotated its token
        // never stored the successor and retries with the old one. Within a short
        // grace period, and only while that successor is still unused, rotate
        // again instead of treating it as theft. Logout revokes the whole family,
        // so a signed-out token never gets here with an unused successor.
        if (now() - revokedAt <= kReuseGraceSeconds && expiresAt > now()) {
            if (auto tokens = rotateUnusedSuccessor(refreshToken, userId, familyId))
                return tokens;
        }
        qCWarning(lcAuth) << "revoked refresh token presented again; revoking family" << familyId;
        revokeFamily(familyId);
        return std::nullopt;
    }
    if (expiresAt <= now())
        return std::nullopt;
    if (familyStart(familyId, now()) + m_signInLifetime <= now()) {
        qCInfo(lcAuth) << "sign-in reached its absolute lifetime; family" << familyId << "must sign in again";
        revokeFamily(familyId);
        return std::nullopt;
    }
    return retireAndIssue(QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE token_hash = ?"),
                          { now(), hashToken(refreshToken) }, userId, familyId);
}

std::optional<IssuedTokens> TokenService::retireAndIssue(const QString &retireSql, const QVariantList &params,
                                                         const QString &userId, const QString &familyId)
{
    // One transaction: a crash can never leave a family with no live token.
    QSqlQuery q = m_db.query();
    m_db.transaction();
    if (!m_db.exec(q, retireSql, params)) {
        m_db.rollback();
        return std::nullopt;
    }
    auto tokens = issueInFamily(userId, familyId);
    if (!tokens) {
        m_db.rollback();
        return std::nullopt;
    }
    m_db.commit();
    return tokens;
}

std::optional<IssuedTokens>
TokenService::rotateUnusedSuccessor(const QString &presented, const QString &userId, const QString &familyId)
{
    // Every token issued after the presented one must be unused: the newest still
    // valid, any others retired by an earlier retry (expires_at = 0 marks those).
    // Then the presenter is the client that never received them; anything else is
    // real reuse. Issue order is the rowid (inserts only, never reused while the
    // family lives), which, unlike whole-second timestamps, never ties.
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT sum(revoked_at IS NULL), sum(revoked_at IS NOT NULL AND expires_at > 0) "
                           "FROM refresh_tokens WHERE family_id = ? AND rowid > "
                           "(SELECT rowid FROM refresh_tokens WHERE token_hash = ?)"),
            { familyId, hashToken(presented) })
        || !q.next() || q.value(0).toInt() != 1 || q.value(1).toInt() != 0) {
        return std::nullopt;
    }
    q.finish();
    auto tokens = retireAndIssue(QStringLiteral("UPDATE refresh_tokens SET revoked_at = ?, expires_at = 0 "
                                                "WHERE family_id = ? AND revoked_at IS NULL"),
                                 { now(), familyId }, userId, familyId);
    if (!tokens)
        return std::nullopt;
    qCInfo(lcAuth) << "refresh retried within the grace period; rotated the unused successor in family"
                   << familyId;
    return tokens;
}

void TokenService::revokeFamilyOf(const QString &refreshToken)
{
    QSqlQuery q = m_db.query();
    if (m_db.exec(q, QStringLiteral("SELECT family_id FROM refresh_tokens WHERE token_hash = ?"),
                  { hashToken(refreshToken) })
        && q.next()) {
        const QString familyId = q.value(0).toString();
        q.finish();
        revokeFamily(familyId);
    }
}

void TokenService::revokeFamily(const QString &familyId)
{
    QSqlQuery q = m_db.query();
    const qint64 at = now();
    m_db.exec(
        q,
        QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL"),
        { at, familyId });
    m_db.exec(
        q,
        QStringLiteral("UPDATE access_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL"),
        { at, familyId });
    if (m_onFamilyRevoked)
        m_onFamilyRevoked(familyId);
}

TokenService::AccessCheck TokenService::checkAccess(const QString &accessToken)
{
    AccessCheck check;
    if (accessToken.isEmpty())
        return check;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT user_id, family_id, expires_at, revoked_at FROM access_tokens "
                                  "WHERE token_hash = ?"),
                   { hashToken(accessToken) })
        || !q.next()) {
        return check;
    }
    if (!q.value(3).isNull())
        return check; // revoked by logout or token reuse: no longer a valid token
    check.userId = q.value(0).toString();
    check.familyId = q.value(1).toString();
    check.expiresAt = q.value(2).toLongLong();
    check.result = q.value(2).toLongLong() <= now() ? AccessResult::Expired : AccessResult::Valid;
    return check;
}

} // namespace companion::server
