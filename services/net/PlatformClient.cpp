#include "services/net/PlatformClient.h"

#include "services/Logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace companion {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QByteArray verb(PlatformClient::Method method)
{
    switch (method) {
    case PlatformClient::Method::Get:
        return "GET";
    case PlatformClient::Method::Post:
        return "POST";
    case PlatformClient::Method::Put:
        return "PUT";
    case PlatformClient::Method::Delete:
        return "DELETE";
    }
    return "GET";
}

QString networkMessage(QNetworkReply::NetworkError error, const QString &detail)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral(
            "The server refused the connection. It may be down; check the address or try again later.");
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("PlatformClient",
                                           "The server closed the connection before it finished answering.");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate(
            "PlatformClient", "The server's address could not be found. Check your network connection.");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QCoreApplication::translate("PlatformClient", "The server took too long to answer.");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("A secure connection to the server could not be established.");
    default:
        return QCoreApplication::translate("PlatformClient", "Network error: %1").arg(detail);
    }
}

} // namespace

PlatformClient::PlatformClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_network(new QNetworkAccessManager(this))
{
    // Only same-origin redirects are followed, so the bearer token never leaves its origin.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

QString PlatformClient::validateBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("\"%1\" is not a valid server address.").arg(url.toString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return QCoreApplication::translate("PlatformClient",
                                           "Refusing to send credentials over plain http to %1; use https.")
            .arg(url.host());
    }
    return QStringLiteral("Unsupported scheme \"%1\"; use https.").arg(url.scheme());
}

QUrl PlatformClient::baseUrlFromUserInput(const QString &text, QString *error)
{
    QString address = text.trimmed();
    if (address.isEmpty()) {
        *error = QStringLiteral("Enter the platform's address, e.g. https://platform.example.org.");
        return {};
    }
    if (!address.contains(QStringLiteral("://"))) {
        const QString host = QUrl(QStringLiteral("http://") + address).host();
        address.prepend(isLoopbackHost(host) ? QStringLiteral("http://") : QStringLiteral("https://"));
    }
    QUrl url(address, QUrl::StrictMode);
    url = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    if (url.isValid() && !url.userInfo().isEmpty()) {
        *error = QStringLiteral("Leave the user name and password out of the address.");
        return {};
    }
    if (const QString problem = validateBaseUrl(url); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    return url;
}

void PlatformClient::send(Method method, const QString &path, const QJsonObject &body, bool authenticated,
                          Callback callback, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (const QString problem = validateBaseUrl(m_baseUrl); !problem.isEmpty()) {
        // Deliver asynchronously like every other outcome.
        QMetaObject::invokeMethod(
            this, [callback, problem] { callback(ApiResponse::networkError(problem)); },
            Qt::QueuedConnection);
        return;
    }
    QUrl url = m_baseUrl;
    const qsizetype queryAt = path.indexOf(QLatin1Char('?'));
    QString basePath = m_baseUrl.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (queryAt < 0 ? path : path.left(queryAt)));
    if (queryAt >= 0)
        url.setQuery(path.mid(queryAt + 1));

    QNetworkRequest request(url);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Companion/%1 (Qt %2)")
                          .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    request.setRawHeader("Accept", "application/json");
    if (authenticated && !m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QByteArray payload;
    if (method == Method::Post || method == Method::Put) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb(method), payload);
    ++m_requests;
    // The transfer timeout restarts with every byte; this deadline does not.
    QTimer::singleShot(qint64(m_transferTimeoutMs) * kDeadlineFactor, reply, [reply] {
        if (reply->isRunning())
            reply->abort(); // OperationCanceledError: "The server took too long to answer."
    });
    qCDebug(lcHttp) << verb(method) << url.path();

    auto tooLarge = std::make_shared<bool>(false);
    auto received = std::make_shared<qint64>(0); // body bytes, for the traffic counters
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [this, reply, tooLarge, received](qint64 bytes, qint64) {
                *received = bytes;
                if (bytes > m_maxResponseBytes && !*tooLarge) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply, tooLarge, received, callback] {
        reply->deleteLater();
        const ApiResponse response = toResponse(reply, *tooLarge);
        m_bytesReceived += *received;
        if (!response.ok())
            qCInfo(lcHttp) << reply->operation() << reply->url().path() << "failed:" << response.httpStatus
                           << response.error.code << response.error.message;
        callback(response);
    });
}

ApiResponse PlatformClient::toResponse(QNetworkReply *reply, bool tooLarge) const
{
    if (tooLarge)
        return ApiResponse::invalidResponse(
            0,
            QCoreApplication::translate("PlatformClient",
                                        "The server sent a reply larger than %1 MB; it was discarded.")
                .arg(m_maxResponseBytes / (1024 * 1024)));
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return ApiResponse::networkError(networkMessage(reply->error(), reply->errorString()));
    const int status = statusAttribute.toInt();
    const QByteArray data = reply->readAll();

    // A reply cut short by the network is a network error even if headers arrived.
    if (reply->error() != QNetworkReply::NoError && status < 400) {
        ApiResponse response
            = ApiResponse::networkError(networkMessage(reply->error(), reply->errorString()));
        response.httpStatus = status;
        return response;
    }

    QJsonParseError parseError;
    const QJsonDocument document
        = data.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(data, &parseError);
    const bool parsed = data.isEmpty() || parseError.error == QJsonParseError::NoError;

    ApiResponse response;
    response.httpStatus = status;
    if (reply->hasRawHeader("Retry-After"))
        response.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();

    if (status >= 200 && status < 300) {
        if (!parsed || (!data.isEmpty() && !document.isObject()))
            return ApiResponse::invalidResponse(
                status,
                QCoreApplication::translate("PlatformClient",
                                            "The server sent a reply that is not valid JSON."));
        response.kind = ApiResponse::Kind::Ok;
        response.body = document;
        response.text = data;
        return response;
    }

    response.kind = ApiResponse::Kind::HttpError;
    if (parsed && document.isObject()) {
        response.body = document; // a service with its own error shape (Stream) reads it here
        if (const auto error = ApiError::fromJson(document.object())) {
            response.error = *error;
            return response;
        }
    }
    // An error status without our error body (a proxy, a crash page): describe the status.
    response.error.code = QStringLiteral("http_%1").arg(status);
    response.error.message = status >= 500
        ? QCoreApplication::translate("PlatformClient",
                                      "The server had a problem (HTTP %1). Try again later.")
              .arg(status)
        : QCoreApplication::translate("PlatformClient", "The server rejected the request (HTTP %1).")
              .arg(status);
    return response;
}

} // namespace companion
