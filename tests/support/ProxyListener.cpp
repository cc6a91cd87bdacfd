#include "tests/support/ProxyListener.h"

#include "tests/support/ProxyConnection.h"
#include "tests/support/ProxyState.h"

#include <QTcpSocket>

namespace companion::test {

ProxyListener::ProxyListener(std::shared_ptr<ProxyState> state, QObject *parent)
    : QTcpServer(parent)
    , m_state(std::move(state))
{ }

quint16 ProxyListener::open(quint16 port)
{
    if (!listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcProxy) << "cannot listen on 127.0.0.1 port" << port << errorString();
        return 0;
    }
    m_port = serverPort();
    return m_port;
}

void ProxyListener::setRefusing(bool refusing)
{
    if (refusing == m_refusing)
        return;
    m_refusing = refusing;
    if (refusing) {
        close();
        // QNAM would otherwise reuse its pooled keep-alive connections and never notice.
        for (ProxyConnection *connection : findChildren<ProxyConnection *>(Qt::FindDirectChildrenOnly))
            connection->closeIfIdle();
        qCInfo(lcProxy) << "refusing connections on port" << m_port;
    } else if (!isListening()) {
        // SO_REUSEADDR (set by Qt on Unix) lets us take the same port again at once.
        if (!listen(QHostAddress::LocalHost, m_port))
            qCWarning(lcProxy) << "cannot listen again on port" << m_port << errorString();
        else
            qCInfo(lcProxy) << "accepting connections again on port" << m_port;
    }
}

void ProxyListener::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcProxy) << "cannot adopt client socket" << socket->errorString();
        delete socket;
        return;
    }
    new ProxyConnection(socket, m_state, this);
}

} // namespace companion::test
