#pragma once

// The proxy thread's listening socket: accepts client connections and gives each one a
// ProxyConnection (its child, so deleting the listener closes every connection).

#include <QTcpServer>

#include <memory>

namespace companion::test {

struct ProxyState;

class ProxyListener : public QTcpServer
{
    Q_OBJECT
public:
    explicit ProxyListener(std::shared_ptr<ProxyState> state, QObject *parent = nullptr);

    // Listens on 127.0.0.1 at the given port (0: any); the port, or 0 on failure.
    quint16 open(quint16 port = 0);
    // Refusing: the listening socket is closed (connects get ECONNREFUSED) and idle client
    // connections are closed; otherwise it listens again on the same port.
    void setRefusing(bool refusing);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::shared_ptr<ProxyState> m_state;
    quint16 m_port = 0;
    bool m_refusing = false;
};

} // namespace companion::test
