#pragma once

// Sends WebhookDelivery items to a platform-server like the providers do: signed at every
// attempt (fresh Stripe t, fresh PlugNmeet JWT, stable svix-id), several in flight, and any
// delivery without a 2xx answer (5xx, connection refused, a server killed mid-request) is
// retried until it is acknowledged.

#include "EventHistory.h"
#include "WebhookSigning.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <functional>

namespace companion::test {

class WebhookDeliverer
{
public:
    using BaseUrl = std::function<QUrl()>;

    static QList<QPair<QByteArray, QByteArray>> sign(const WebhookDelivery &d)
    {
        const qint64 now = nowSeconds();
        if (d.endpoint == u"stripe")
            return { { "Stripe-Signature", stripeHeader(d.body, kStripeSecret, now) } };
        if (d.endpoint == u"stripe-connect")
            return { { "Stripe-Signature", stripeHeader(d.body, kStripeConnectSecret, now) } };
        if (d.endpoint == u"plugnmeet") {
            const QByteArray token = plugnmeetToken(d.body, now);
            return { { "Authorization", token }, { "Hash-Token", token } };
        }
        return { { "svix-id", d.svixId },
                 { "svix-timestamp", QByteArray::number(now) },
                 { "svix-signature", "v1," + svixV1(d.svixId, now, d.body, kResendSecret) } };
    }

    // Delivers every item until acknowledged. `onAck(acked)` runs after each 2xx (the
    // crash test kills and restarts the server from there). Returns per-request latencies (ms).
    QList<double> deliver(const QList<WebhookDelivery> &items, BaseUrl baseUrl, int concurrency,
                          std::function<void(int)> onAck = {})
    {
        QList<double> latencies;
        QList<int> queue;
        for (int i = 0; i < items.size(); ++i)
            queue.append(i);
        int next = 0;
        int inFlight = 0;
        int acked = 0;
        QEventLoop loop;
        std::function<void()> pump;
        const auto send = [&](int index) {
            ++inFlight;
            const WebhookDelivery &d = items.at(index);
            QNetworkRequest request(baseUrl().resolved(QUrl(QStringLiteral("/api/webhooks/") + d.endpoint)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setTransferTimeout(10000);
            for (const auto &[name, value] : sign(d))
                request.setRawHeader(name, value);
            auto *timer = new QElapsedTimer;
            timer->start();
            QNetworkReply *reply = m_manager.post(request, d.body);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, index, timer] {
                reply->deleteLater();
                const double ms = timer->nsecsElapsed() / 1e6;
                delete timer;
                --inFlight;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status >= 200 && status < 300) {
                    latencies.append(ms);
                    ++acked;
                    if (onAck)
                        onAck(acked);
                } else if (status >= 400 && status < 500 && status != 429) {
                    ++m_rejected; // must never happen for our own well-signed events; not retried
                    ++acked;
                } else {
                    ++m_retries;
                    // Back off a little so a restarting server is not hammered.
                    QTimer::singleShot(status == 0 ? 50 : 10, &loop, [&, index] {
                        queue.append(index);
                        pump();
                    });
                }
                pump();
            });
        };
        pump = [&] {
            while (inFlight < concurrency && next < queue.size())
                send(queue.at(next++));
            if (acked == items.size())
                loop.quit();
        };
        QTimer::singleShot(0, &loop, [&] { pump(); });
        loop.exec();
        return latencies;
    }

    int retries() const { return m_retries; }
    int rejected() const { return m_rejected; }

private:
    QNetworkAccessManager m_manager;
    int m_retries = 0;
    int m_rejected = 0;
};

} // namespace companion::test
