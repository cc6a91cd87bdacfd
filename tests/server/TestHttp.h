#pragma once

// A small synchronous HTTP client for server tests: real QNetworkAccessManager requests,
// waited on with a local event loop. Header-only.
//
//   TestHttp http(server.baseUrl());
//   TestReply r = http.post("/api/auth/login", QJsonObject{{"email", ...}, {"password", ...}});
//   QCOMPARE(r.status, 200);  r.json["access_token"] ...
//   http.setBearer(token);  http.get("/api/me");

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace companion::test {

struct TestReply
{
    int status = 0; // 0: no HTTP answer (connection refused, timeout)
    QByteArray body;
    QJsonObject json; // the body when it is a JSON object
    QJsonDocument document;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QJsonObject errorFields() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("fields")).toObject();
    }
};

class TestHttp
{
public:
    explicit TestHttp(const QUrl &baseUrl)
        : m_baseUrl(baseUrl)
    { }

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    void setBearer(const QString &token) { m_bearer = token; }
    QString bearer() const { return m_bearer; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    TestReply get(const QString &path, const Headers &headers = {}) { return send("GET", path, {}, headers); }
    TestReply del(const QString &path, const Headers &headers = {})
    {
        return send("DELETE", path, {}, headers);
    }
    TestReply post(const QString &path, const QJsonObject &body = {}, const Headers &headers = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    TestReply put(const QString &path, const QJsonObject &body, const Headers &headers = {})
    {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    // Any method with a raw body (e.g. invalid JSON).
    TestReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const Headers &headers = {}, int timeoutMs = 30000)
    {
        QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
        request.setTransferTimeout(timeoutMs);
        if (!body.isEmpty() || method == "POST" || method == "PUT")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!m_bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
        loop.exec();
        TestReply result;
        if (reply->isFinished()) {
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            result.headers = reply->rawHeaderPairs();
            result.document = QJsonDocument::fromJson(result.body);
            result.json = result.document.object();
        } else {
            reply->abort();
        }
        reply->deleteLater();
        return result;
    }

private:
    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    QString m_bearer;
};

// A client signed in as a demo account (password demo1234); its bearer is empty on failure.
inline std::unique_ptr<TestHttp> signedIn(const QUrl &baseUrl, const QString &email)
{
    auto http = std::make_unique<TestHttp>(baseUrl);
    const TestReply reply = http->post(
        QStringLiteral("/api/auth/login"),
        { { QStringLiteral("email"), email }, { QStringLiteral("password"), QStringLiteral("demo1234") } });
    http->setBearer(reply.json.value(QLatin1String("access_token")).toString());
    return http;
}

// Every session the client's user sees through the delta sync, by id (all pages).
inline QHash<QString, QJsonObject> syncedSessions(TestHttp &http)
{
    QHash<QString, QJsonObject> all;
    QString cursor;
    for (int guard = 0; guard < 100; ++guard) {
        const TestReply page
            = http.get(QStringLiteral("/api/sessions?limit=500")
                       + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        for (const QJsonValue &item : page.json.value(QLatin1String("items")).toArray())
            all.insert(item.toObject().value(QLatin1String("id")).toString(), item.toObject());
        cursor = page.json.value(QLatin1String("next_cursor")).toString();
        if (page.status != 200 || !page.json.value(QLatin1String("has_more")).toBool())
            break;
    }
    return all;
}

} // namespace companion::test
