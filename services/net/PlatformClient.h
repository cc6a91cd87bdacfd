#pragma once

#include "services/net/ApiResponse.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace companion {

// The one place that talks HTTP to the platform: builds requests (bearer,
// User-Agent, JSON), enforces transport rules and maps every outcome to an
// ApiResponse. It holds no auth state beyond the access token it is given.
class PlatformClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;
    enum class Method { Get, Post, Put, Delete };

    explicit PlatformClient(const QUrl &baseUrl, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    // The window's first run: the server is chosen after start (validated by the caller).
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    // Empty when the URL is acceptable; otherwise a message for the user.
    static QString validateBaseUrl(const QUrl &url);
    // What a person types ("platform.example.org", "https://…/", "localhost:8080") as a base
    // URL: https unless the host is this computer; invalid (with `error`) when unusable.
    static QUrl baseUrlFromUserInput(const QString &text, QString *error);

    void setAccessToken(const QString &token) { m_accessToken = token; }
    QString accessToken() const { return m_accessToken; }

    // Transfer timeout in ms; it resets whenever data flows. A request also ends after
    // kDeadlineFactor times it in all, so a server trickling a byte at a time cannot hold on.
    static constexpr int kDeadlineFactor = 4;
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    // Replies bigger than this are aborted (protects against a runaway body).
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    // Traffic counters since construction (for `sync --json` and benchmarks).
    int requestCount() const { return m_requests; }
    qint64 bytesReceived() const { return m_bytesReceived; }

    // `path` is relative to the base URL, e.g. "/api/me?x=1". When `authenticated`
    // is set the current access token is sent as a bearer token. The callback runs
    // exactly once, on this object's thread, unless this object is destroyed first.
    void send(Method method, const QString &path, const QJsonObject &body, bool authenticated,
              Callback callback, const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    ApiResponse toResponse(QNetworkReply *reply, bool tooLarge) const;

    QUrl m_baseUrl;
    QString m_accessToken;
    QNetworkAccessManager *m_network;
    int m_transferTimeoutMs = 30'000;
    qint64 m_maxResponseBytes = 32 * 1024 * 1024;
    int m_requests = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace companion
