#include "tests/support/FaultProxy.h"

#include "tests/support/ProxyConnection.h"
#include "tests/support/ProxyListener.h"
#include "tests/support/ProxyState.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QThread>

namespace companion::test {

namespace {

struct FaultNameEntry
{
    Fault fault;
    const char *name;
};

constexpr FaultNameEntry faultNames[] = {
    { Fault::None, "none" },
    { Fault::Refuse, "refuse" },
    { Fault::CloseImmediately, "close-immediately" },
    { Fault::ResetMidBody, "reset-mid-body" },
    { Fault::Stall, "stall" },
    { Fault::StallMidBody, "stall-mid-body" },
    { Fault::Truncate, "truncate" },
    { Fault::ServerError, "server-error" },
    { Fault::TooManyRequests, "too-many-requests" },
    { Fault::InvalidJson, "invalid-json" },
    { Fault::WrongJsonTypes, "wrong-json-types" },
    { Fault::HugeBody, "huge-body" },
};

QJsonValue wrongType(const QJsonValue &value);

QJsonArray wrongTypesInside(const QJsonArray &array)
{
    QJsonArray out;
    for (const QJsonValue &item : array)
        out.append(wrongType(item));
    return out;
}

QJsonObject wrongTypesInside(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), wrongType(it.value()));
    return out;
}

QJsonValue wrongType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return static_cast<double>(value.toString().size());
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return 0;
    case QJsonValue::Array: {
        // Keyed by index, so the elements' (wrong) contents are still there to trip over.
        const QJsonArray items = wrongTypesInside(value.toArray());
        QJsonObject out;
        for (qsizetype i = 0; i < items.size(); ++i)
            out.insert(QString::number(i), items.at(i));
        return out;
    }
    case QJsonValue::Object: {
        const QJsonObject members = wrongTypesInside(value.toObject());
        QJsonArray out;
        for (const QJsonValue &member : members)
            out.append(member);
        return out;
    }
    case QJsonValue::Undefined:
        break;
    }
    return value;
}

} // namespace

FaultProxy::FaultProxy()
    : m_state(std::make_shared<ProxyState>())
{ }

FaultProxy::~FaultProxy()
{
    stop();
}

bool FaultProxy::isLoopbackUrl(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty())
        return false;
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

bool FaultProxy::start(const QUrl &upstream)
{
    stop();
    if (!isLoopbackUrl(upstream)) {
        QMutexLocker locker(&m_state->mutex);
        m_state->error = QStringLiteral("refusing upstream %1: only http:// on a loopback host")
                             .arg(upstream.toDisplayString());
        return false;
    }
    {
        QMutexLocker locker(&m_state->mutex);
        m_state->upstream = upstream;
        m_state->error.clear();
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FaultProxy"));
    // Created here, moved before any socket exists; from now on it is only touched in m_thread.
    m_listener = new ProxyListener(m_state);
    m_listener->moveToThread(m_thread);
    m_thread->start();

    quint16 port = 0;
    runInThread([this, &port] {
        port = m_listener->open();
        if (port != 0 && fault() == Fault::Refuse)
            m_listener->setRefusing(true);
    });
    if (port == 0) {
        stop();
        QMutexLocker locker(&m_state->mutex);
        m_state->error = QStringLiteral("cannot listen on 127.0.0.1");
        return false;
    }
    QMutexLocker locker(&m_state->mutex);
    m_state->port = port;
    qCInfo(lcProxy).noquote() << "fault proxy on port" << port << "->" << upstream.toString();
    return true;
}

void FaultProxy::stop()
{
    if (!m_thread)
        return;
    runInThread([this] {
        // Deleting the connections closes them (stalled ones too); the listener goes
        // when the thread finishes, in its own thread.
        qDeleteAll(m_listener->findChildren<ProxyConnection *>(Qt::FindDirectChildrenOnly));
        m_listener->close();
        m_listener->deleteLater();
    });
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_listener = nullptr;
    QMutexLocker locker(&m_state->mutex);
    m_state->port = 0;
}

void FaultProxy::runInThread(const std::function<void()> &function) const
{
    if (QThread::currentThread() == m_thread)
        function();
    else
        QMetaObject::invokeMethod(m_listener, function, Qt::BlockingQueuedConnection);
}

bool FaultProxy::isRunning() const
{
    return m_thread != nullptr;
}

QString FaultProxy::errorString() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->error;
}

QUrl FaultProxy::url() const
{
    QMutexLocker locker(&m_state->mutex);
    if (m_state->port == 0)
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_state->port));
}

quint16 FaultProxy::port() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->port;
}

QUrl FaultProxy::upstream() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->upstream;
}

bool FaultProxy::setUpstream(const QUrl &upstream)
{
    QMutexLocker locker(&m_state->mutex);
    if (!isLoopbackUrl(upstream)) {
        m_state->error = QStringLiteral("refusing upstream %1: only http:// on a loopback host")
                             .arg(upstream.toDisplayString());
        return false;
    }
    m_state->upstream = upstream;
    return true;
}

void FaultProxy::setFault(Fault fault, const FaultOptions &options)
{
    {
        QMutexLocker locker(&m_state->mutex);
        m_state->fault = fault;
        m_state->options = options;
        m_state->remaining = options.times;
    }
    if (fault == Fault::Refuse && (options.times >= 0 || !options.pathPrefix.isEmpty()))
        qCWarning(lcProxy) << "Refuse ignores pathPrefix and times: no request is seen";
    qCInfo(lcProxy).noquote() << "fault" << faultName(fault) << "path prefix" << options.pathPrefix << "times"
                              << options.times;
    if (m_thread)
        runInThread([this, fault] { m_listener->setRefusing(fault == Fault::Refuse); });
}

Fault FaultProxy::fault() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->fault;
}

FaultOptions FaultProxy::faultOptions() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->options;
}

int FaultProxy::faultsInjected() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->faultsInjected;
}

int FaultProxy::requestsSeen() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->requestsSeen;
}

QStringList FaultProxy::requestLog() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->log;
}

void FaultProxy::resetCounters()
{
    QMutexLocker locker(&m_state->mutex);
    m_state->faultsInjected = 0;
    m_state->requestsSeen = 0;
    m_state->log.clear();
}

QString FaultProxy::faultName(Fault fault)
{
    for (const auto &entry : faultNames) {
        if (entry.fault == fault)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("unknown");
}

std::optional<Fault> FaultProxy::faultFromName(const QString &name)
{
    for (const auto &entry : faultNames) {
        if (name == QLatin1String(entry.name))
            return entry.fault;
    }
    return std::nullopt;
}

QByteArray FaultProxy::wrongJsonTypes(const QByteArray &json, bool *changed)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (changed)
        *changed = error.error == QJsonParseError::NoError;
    if (error.error != QJsonParseError::NoError)
        return json;
    // The top level keeps its type so the client gets past document.object().
    const QJsonDocument wrong = document.isArray() ? QJsonDocument(wrongTypesInside(document.array()))
                                                   : QJsonDocument(wrongTypesInside(document.object()));
    return wrong.toJson(QJsonDocument::Compact);
}

} // namespace companion::test
