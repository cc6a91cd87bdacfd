#include "server/sandbox/SandboxProviders.h"

#include "models/time/Clock.h"
#include "server/sandbox/PlugNmeetSandbox.h"
#include "server/sandbox/ResendSandbox.h"
#include "server/sandbox/StripeSandbox.h"

#include <QDateTime>
#include <QUrlQuery>

namespace companion::server {

SandboxVideoProvider::SandboxVideoProvider(PlugNmeetSandbox &sandbox, const QUrl &baseUrl)
    : m_sandbox(sandbox)
    , m_baseUrl(baseUrl)
{ }

std::optional<VideoProvider::Room> SandboxVideoProvider::createRoom(const QString &sessionId,
                                                                    const QString &title, QString *)
{
    // Rooms are named after their session, so webhooks find the session even before the
    // room id is stored.
    const QJsonObject room = m_sandbox.createRoom(QStringLiteral("room_") + sessionId, title, {},
                                                  logoutUrl(m_baseUrl, sessionId).toString());
    return Room { room.value(QStringLiteral("room_id")).toString(),
                  room.value(QStringLiteral("sid")).toString() };
}

VideoProvider::Join SandboxVideoProvider::joinToken(const Room &room, const QString &userId,
                                                    const QString &displayName, bool moderator, qint64)
{
    // A room ended earlier (or forgotten by a restart) is opened again before joining.
    m_sandbox.createRoom(room.roomId, displayName, {}, logoutUrl(m_baseUrl, room.roomId.mid(5)).toString());
    const QJsonObject token = m_sandbox.joinToken(room.roomId, userId, displayName, moderator);
    // The real client refuses plain http unless the host is "localhost" (not 127.0.0.1).
    QUrl url = m_baseUrl.resolved(QUrl(QStringLiteral("/sandbox/plugnmeet/")));
    url.setHost(QStringLiteral("localhost"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("access_token"), token.value(QStringLiteral("token")).toString());
    url.setQuery(query);
    return Join { url.toString(), token.value(QStringLiteral("token")).toString(),
                  static_cast<qint64>(token.value(QStringLiteral("expires_at")).toDouble()) };
}

SandboxPaymentProvider::SandboxPaymentProvider(StripeSandbox &sandbox)
    : m_sandbox(sandbox)
{ }

QString SandboxPaymentProvider::createAccount(const QString &userId, const QString &email)
{
    return m_sandbox.createAccount(userId, email);
}

PaymentProvider::Link SandboxPaymentProvider::onboardingLink(const QString &accountId,
                                                             const QString &returnUrl,
                                                             const QString &refreshUrl)
{
    const QJsonObject link = m_sandbox.createAccountLink(accountId, refreshUrl, returnUrl);
    return Link { link.value(QStringLiteral("url")).toString(),
                  static_cast<qint64>(link.value(QStringLiteral("expires_at")).toDouble()) };
}

PaymentProvider::Link SandboxPaymentProvider::loginLink(const QString &accountId)
{
    const QJsonObject link = m_sandbox.createLoginLink(accountId);
    return Link { link.value(QStringLiteral("url")).toString(), Clock::nowSecs() + 300 };
}

PaymentProvider::Call SandboxPaymentProvider::createTransfer(const Transfer &t, const QString &key)
{
    const auto r = m_sandbox.createTransfer({ { QStringLiteral("amount"), t.amount },
                                              { QStringLiteral("currency"), t.currency.toLower() },
                                              { QStringLiteral("destination"), t.destination },
                                              { QStringLiteral("source_transaction"), t.sourceTransaction },
                                              { QStringLiteral("transfer_group"), t.transferGroup },
                                              { QStringLiteral("metadata"), t.metadata } },
                                            key);
    return Call { r.ok, r.object };
}

PaymentProvider::Call SandboxPaymentProvider::reverseTransfer(const QString &transferId, qint64 amount,
                                                              const QString &key)
{
    const auto r = m_sandbox.reverseTransfer(transferId, amount, key);
    return Call { r.ok, r.object };
}

PaymentProvider::Call SandboxPaymentProvider::retrieveTransfer(const QString &transferId)
{
    const auto r = m_sandbox.retrieveTransfer(transferId);
    return Call { r.ok, r.object };
}

PaymentProvider::Call SandboxPaymentProvider::retrievePaymentIntent(const QString &paymentIntentId)
{
    const auto r = m_sandbox.retrievePaymentIntent(paymentIntentId);
    return Call { r.ok, r.object };
}

PaymentProvider::Call SandboxPaymentProvider::retrieveAccount(const QString &accountId)
{
    const auto r = m_sandbox.retrieveAccount(accountId);
    return Call { r.ok, r.object };
}

PaymentProvider::Call SandboxPaymentProvider::retrieveBalance(const QString &accountId)
{
    const auto r = m_sandbox.balance(accountId);
    return Call { r.ok, r.object };
}

PaymentProvider::Call SandboxPaymentProvider::refund(const QString &paymentIntentId, qint64 amount,
                                                     const QString &key)
{
    const auto r = m_sandbox.refund(paymentIntentId, amount, key);
    return Call { r.ok, r.object };
}

SandboxEmailProvider::SandboxEmailProvider(ResendSandbox &sandbox)
    : m_sandbox(sandbox)
{ }

QString SandboxEmailProvider::send(const QString &to, const QString &subject, const QString &text,
                                   const QString &idempotencyKey)
{
    return m_sandbox.send(to, subject, text, idempotencyKey);
}

} // namespace companion::server
