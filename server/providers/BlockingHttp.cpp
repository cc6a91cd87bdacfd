#include "server/providers/BlockingHttp.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

namespace companion::server {

BlockingHttp::Reply BlockingHttp::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                       const Headers &headers, int timeoutMs)
{
    Reply result;
    QThread *worker = QThread::create([&] {
        QNetworkAccessManager manager;
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            result.error = reply->errorString();
        delete reply;
    });
    worker->start();
    worker->wait();
    delete worker;
    return result;
}

} // namespace companion::server
