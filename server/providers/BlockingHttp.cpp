#include "server/providers/BlockingHttp.h"

#include "server/core/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

namespace companion::server {

BlockingHttp::Reply BlockingHttp::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                       const Headers &headers, int deadlineMs)
{
    if (QThread::currentThread() != QCoreApplication::instance()->thread())
        return sendHere(method, url, body, headers, deadlineMs);
    qCWarning(lcServer) << "provider call on the event loop's thread:" << url.path();
    Reply result;
    QThread *worker = QThread::create([&] { result = sendHere(method, url, body, headers, deadlineMs); });
    worker->start();
    worker->wait();
    delete worker;
    return result;
}

BlockingHttp::Reply BlockingHttp::sendHere(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                           const Headers &headers, int deadlineMs)
{
    Reply result;
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(deadlineMs); // idle; the timer below bounds the whole call
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QString abortedFor;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply, [&] {
        abortedFor = QStringLiteral("no complete answer within %1 ms").arg(deadlineMs);
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        if (reply->bytesAvailable() > kMaxReplyBytes && abortedFor.isEmpty()) {
            abortedFor = QStringLiteral("answer larger than %1 bytes").arg(kMaxReplyBytes);
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(deadlineMs);
    if (!reply->isFinished())
        loop.exec();
    deadline.stop();
    result.status
        = abortedFor.isEmpty() ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    result.body = abortedFor.isEmpty() ? reply->readAll() : QByteArray();
    if (!abortedFor.isEmpty())
        result.error = abortedFor;
    else if (reply->error() != QNetworkReply::NoError)
        result.error = reply->errorString();
    delete reply;
    return result;
}

} // namespace companion::server
