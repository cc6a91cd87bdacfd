#pragma once

// State shared between FaultProxy (any thread) and the proxy thread: the configured
// fault, the upstream, counters and the request log, all behind one mutex.

#include "tests/support/FaultProxy.h"

#include <QLoggingCategory>
#include <QMutex>

namespace companion::test {

Q_DECLARE_LOGGING_CATEGORY(lcProxy)

struct ProxyState
{
    struct Decision
    {
        Fault fault = Fault::None;
        FaultOptions options;
        QUrl upstream;
    };

    // Counts the request and decides its fault (consuming one of options.times).
    Decision decide(const QByteArray &method, const QByteArray &target);
    // Appends "METHOD /target -> fault/outcome" to the request log.
    void record(const QByteArray &method, const QByteArray &target, Fault fault, const QString &outcome);

    mutable QMutex mutex;
    Fault fault = Fault::None;
    FaultOptions options;
    int remaining = -1; // of options.times
    QUrl upstream;
    quint16 port = 0;
    QString error;
    int faultsInjected = 0;
    int requestsSeen = 0;
    QStringList log;
};

} // namespace companion::test
