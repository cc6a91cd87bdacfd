#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

namespace companion::server {

// Delivers the sandboxes' webhooks over real loopback HTTP, asynchronously (the receiver
// is usually this very process), retrying failed deliveries (connection errors, 5xx, 429,
// and like Stripe any non-2xx) with exponential back-off. The header factory runs on every
// attempt: Stripe signs each attempt with a fresh timestamp; Svix and PlugNmeet keep the
// event id stable.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using HeaderFactory = std::function<Headers(const QByteArray &body)>;

    explicit WebhookSender(QObject *parent = nullptr);
    void send(const QUrl &url, const QByteArray &body, HeaderFactory headers, const QString &label,
              int maxAttempts = 8);
    int inFlight() const { return m_inFlight; }
    qint64 delivered() const { return m_delivered; }
    qint64 failedAttempts() const { return m_failedAttempts; }

private:
    struct Delivery
    {
        QUrl url;
        QByteArray body;
        HeaderFactory headers;
        QString label;
        int attempt = 0;
        int maxAttempts = 8;
    };
    void attempt(Delivery delivery);

    QNetworkAccessManager m_manager;
    int m_inFlight = 0;
    qint64 m_delivered = 0;
    qint64 m_failedAttempts = 0;
};

} // namespace companion::server
