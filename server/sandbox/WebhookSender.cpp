#include "server/sandbox/WebhookSender.h"

#include "server/core/Logging.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace companion::server {

WebhookSender::WebhookSender(QObject *parent)
    : QObject(parent)
{ }

void WebhookSender::send(const QUrl &url, const QByteArray &body, HeaderFactory headers, const QString &label,
                         int maxAttempts)
{
    ++m_inFlight;
    attempt(Delivery { url, body, std::move(headers), label, 0, maxAttempts });
}

void WebhookSender::attempt(Delivery delivery)
{
    ++delivery.attempt;
    QNetworkRequest request(delivery.url);
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : delivery.headers(delivery.body))
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_manager.post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery]() mutable {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            --m_inFlight;
            ++m_delivered;
            return;
        }
        ++m_failedAttempts;
        if (delivery.attempt >= delivery.maxAttempts) {
            --m_inFlight;
            qCWarning(lcSandbox).noquote() << "webhook" << delivery.label << "given up after"
                                           << delivery.attempt << "attempts, last status" << status;
            return;
        }
        // 0.25 s, 0.5 s, 1 s, ... capped at 8 s: fast enough for tests, still a back-off.
        const int delayMs = std::min(8000, 250 << (delivery.attempt - 1));
        qCInfo(lcSandbox).noquote() << "webhook" << delivery.label << "attempt" << delivery.attempt << "got"
                                    << status << "- retrying in" << delayMs << "ms";
        QTimer::singleShot(delayMs, this, [this, delivery]() { attempt(delivery); });
    });
}

} // namespace companion::server
