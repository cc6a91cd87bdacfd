#include "server/providers/ResendAdapter.h"

#include "server/core/Logging.h"
#include "server/providers/BlockingHttp.h"
#include "server/providers/ProviderConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace companion::server {

ResendAdapter::ResendAdapter(const ProviderConfig &config)
    : m_config(config)
{ }

QString ResendAdapter::send(const QString &to, const QString &subject, const QString &text,
                            const QString &idempotencyKey)
{
    QString base = m_config.resendApiUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    BlockingHttp::Headers headers { { "Content-Type", "application/json" },
                                    { "Authorization", "Bearer " + m_config.resendApiKey.toUtf8() },
                                    { "User-Agent", "companion-platform-server/0.1" } };
    if (!idempotencyKey.isEmpty())
        headers.append({ "Idempotency-Key", idempotencyKey.left(256).toUtf8() });
    const QJsonObject body { { QStringLiteral("from"),
                               QStringLiteral("Companion <no-reply@companion.test>") },
                             { QStringLiteral("to"), QJsonArray { to } },
                             { QStringLiteral("subject"), subject },
                             { QStringLiteral("text"), text } };
    const BlockingHttp::Reply reply = BlockingHttp::send("POST", QUrl(base + QStringLiteral("/emails")),
                                                         QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                         headers, m_config.callDeadlineMs);
    const QString id = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("id")).toString();
    if (reply.status != 200 || id.isEmpty()) {
        qCWarning(lcServer).noquote()
            << "Resend /emails:" << reply.status << reply.body.left(200) << reply.error;
        return {};
    }
    return id;
}

} // namespace companion::server
