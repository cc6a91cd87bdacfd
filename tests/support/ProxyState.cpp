#include "tests/support/ProxyState.h"

namespace companion::test {

Q_LOGGING_CATEGORY(lcProxy, "companion.test.proxy")

ProxyState::Decision ProxyState::decide(const QByteArray &method, const QByteArray &target)
{
    QMutexLocker locker(&mutex);
    ++requestsSeen;
    Decision decision;
    decision.upstream = upstream;
    if (fault == Fault::None)
        return decision;
    if (fault == Fault::Refuse) {
        // A request on a connection opened before Refuse: it must not slip through.
        ++faultsInjected;
        decision.fault = Fault::Refuse;
        return decision;
    }
    if (!options.pathPrefix.isEmpty() && !QString::fromLatin1(target).startsWith(options.pathPrefix))
        return decision;
    if (remaining == 0)
        return decision;
    if (remaining > 0)
        --remaining;
    ++faultsInjected;
    decision.fault = fault;
    decision.options = options;
    qCDebug(lcProxy).noquote() << method << target << "->" << FaultProxy::faultName(fault);
    return decision;
}

void ProxyState::record(const QByteArray &method, const QByteArray &target, Fault fault,
                        const QString &outcome)
{
    const QString line = QStringLiteral("%1 %2 -> %3/%4")
                             .arg(QString::fromLatin1(method), QString::fromLatin1(target),
                                  FaultProxy::faultName(fault), outcome);
    qCInfo(lcProxy).noquote() << line;
    QMutexLocker locker(&mutex);
    log.append(line);
}

} // namespace companion::test
