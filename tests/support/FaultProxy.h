#pragma once

// FaultProxy: a fault-injecting HTTP proxy for tests, loopback only.
//
// It listens on 127.0.0.1 (random port) in its own thread, so it keeps serving while the
// test's main thread blocks (QProcess::waitForFinished on companion-cli, QTest::qWait...).
// Every request is read completely, a fault is decided for it, and then it is forwarded to
// the upstream over a fresh connection (`Connection: close`, no Accept-Encoding, so bodies
// arrive uncompressed) and the answer relayed, or an answer is synthesized.
//
//   ServerProcess server;  server.start({"--demo"});
//   FaultProxy proxy;
//   QVERIFY2(proxy.start(server.baseUrl()), qPrintable(proxy.errorString()));
//   client.setServer(proxy.url());                          // http://127.0.0.1:PORT
//   proxy.setFault(Fault::ResetMidBody,
//   FaultOptions().withPathPrefix(QStringLiteral("/api/sessions")).withTimes(2));
//   ...  QCOMPARE(proxy.faultsInjected(), 2);  qDebug() << proxy.requestLog();
//   proxy.setFault(Fault::None);                            // or clearFault()
//
// Client connections are kept alive when the client asks for it (QNetworkAccessManager and
// curl do), several requests per connection, pipelining included; relayed responses are
// re-framed with Content-Length (chunked upstream bodies are de-chunked). Request bodies
// must carry Content-Length or be chunked.
//
// Faults (on the wire; "forwarded" = the upstream handled the request):
//   None             pass-through, forwarded; the response is the upstream's.
//   Refuse           the listening socket is closed, so connects fail with ECONNREFUSED
//                    (QNetworkReply::ConnectionRefusedError); idle keep-alive connections
//                    are closed, and a request arriving on an older connection is closed
//                    unanswered. pathPrefix and times are ignored (no request is ever
//                    seen); it lasts until setFault() changes it. Same port afterwards.
//   CloseImmediately the request is read, then the connection is closed without a byte
//                    (QNetworkReply::RemoteHostClosedError). NOTE: QNAM silently resends a
//                    request whose connection closed before any response byte (up to 2
//                    more tries), so times=1 or 2 is usually invisible to a QNAM client.
//   ResetMidBody     forwarded; the upstream's status line, headers (real Content-Length)
//                    and half its body are sent, then ~100 ms later the socket is reset
//                    (SO_LINGER 0 + abort: a TCP RST). An empty body is reset right after
//                    the headers.
//   Stall            the request is read and never answered, the socket held open, until
//                    the client gives up or stop(). With stallMs >= 0: wait that long, then
//                    forward and answer normally (a slow server).
//   StallMidBody     forwarded; headers and half the body are sent, then silence. With
//                    stallMs >= 0 the rest of the body follows after that long.
//   Truncate         forwarded; the real headers with the real Content-Length, half the
//                    body, then a clean close (FIN). An empty body cannot be truncated and is
//                    passed through (the log says so).
//   ServerError      `503 Service Unavailable` (or serverErrorStatus), text/html body: not
//                    our JSON error shape.
//   TooManyRequests  `429`, `Retry-After: retryAfterSeconds`, application/json
//                    {"error":{"code":"rate_limited","message":"..."}} like the server's.
//   InvalidJson      `200` application/json with a body that is not JSON (it starts like
//                    JSON and stops making sense).
//   WrongJsonTypes   forwarded; status and headers kept, the JSON body rewritten: the top
//                    level keeps its type (so document.object() still works) but every value
//                    inside gets a wrong one: string -> number (its length), number ->
//                    string, bool -> string, null -> 0, array -> object {"0":..,"1":..},
//                    object -> array of its values, recursively; Content-Length corrected.
//                    A non-JSON body is passed through.
//   HugeBody         `200` application/json, `Content-Length: hugeBytes`, a valid JSON
//                    document {"items":["xxx…",…]} streamed in 64 KiB chunks (the proxy's
//                    memory stays small); stops when the client disconnects.
// The synthesized faults (CloseImmediately, Stall forever, ServerError, TooManyRequests,
// InvalidJson, HugeBody) do not reach the upstream unless options.forwardAnyway is set, in
// which case the request is forwarded first and the upstream's answer discarded ("it was
// applied but the client never learned it").
//
// If the upstream cannot be reached (server stopped) a passing request's connection is
// closed without an answer (logged as "upstream-unreachable").
//
// The same proxy as a process: the `fault-proxy` executable (see fault_proxy_main.cpp).
//
// start() and stop() belong to the thread that owns the FaultProxy; every other function
// may be called from any thread.

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace companion::test {

class ProxyListener;
struct ProxyState;

enum class Fault {
    None,
    Refuse,
    CloseImmediately,
    ResetMidBody,
    Stall,
    StallMidBody,
    Truncate,
    ServerError,
    TooManyRequests,
    InvalidJson,
    WrongJsonTypes,
    HugeBody,
};

// Build with the with*() setters, because designated initializers trip GCC 12's
// -Wmissing-field-initializers:
//   FaultOptions().withPathPrefix(QStringLiteral("/api/sync")).withTimes(2)
struct FaultOptions
{
    // Only requests whose target (path + query) starts with this; empty = all requests.
    QString pathPrefix;
    // Apply to the next N matching requests, then pass through; -1 = until changed.
    int times = -1;
    // TooManyRequests: the Retry-After value.
    int retryAfterSeconds = 1;
    // ServerError: the status code (e.g. 500, 502, 504).
    int serverErrorStatus = 503;
    // HugeBody: the body size in bytes.
    qint64 hugeBytes = 50 * 1024 * 1024;
    // Stall / StallMidBody: how long; -1 = forever (until the client gives up or stop()).
    int stallMs = -1;
    // Synthesized faults: forward the request first and discard the upstream's answer.
    bool forwardAnyway = false;

    FaultOptions &withPathPrefix(const QString &prefix) { return pathPrefix = prefix, *this; }
    FaultOptions &withTimes(int count) { return times = count, *this; }
    FaultOptions &withRetryAfter(int seconds) { return retryAfterSeconds = seconds, *this; }
    FaultOptions &withServerErrorStatus(int status) { return serverErrorStatus = status, *this; }
    FaultOptions &withHugeBytes(qint64 bytes) { return hugeBytes = bytes, *this; }
    FaultOptions &withStallMs(int ms) { return stallMs = ms, *this; }
    FaultOptions &withForwardAnyway(bool forward = true) { return forwardAnyway = forward, *this; }
};

class FaultProxy
{
public:
    FaultProxy();
    ~FaultProxy(); // stop()
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    // Listens on 127.0.0.1, port 0, in a new thread and forwards to upstream, which must be
    // an http:// URL on a loopback host (127.0.0.0/8, ::1, localhost); its path is ignored.
    // False (see errorString()) when refused or when listening fails. Starting again after
    // stop() gets a new port; counters and the fault are kept.
    bool start(const QUrl &upstream);
    // Closes every connection (stalled ones too) and ends the thread. Idempotent.
    void stop();
    bool isRunning() const;
    QString errorString() const;

    // http://127.0.0.1:PORT (no trailing slash); empty when not started.
    QUrl url() const;
    quint16 port() const;
    QUrl upstream() const;
    // Points an already running proxy at another upstream (e.g. a restarted server).
    bool setUpstream(const QUrl &upstream);

    // Applies to requests that arrive from now on (a response in flight is not changed).
    void setFault(Fault fault, const FaultOptions &options = {});
    void clearFault() { setFault(Fault::None); }
    Fault fault() const;
    FaultOptions faultOptions() const;

    // Requests whose answer was changed by a fault (Refuse connections are never seen).
    int faultsInjected() const;
    // Complete requests read from clients.
    int requestsSeen() const;
    // One line per request, "METHOD /target -> fault/status", e.g.
    // "GET /api/health -> none/200", "POST /api/auth/login -> reset-mid-body/200",
    // "GET /api/me -> stall/-", "GET /api/me -> none/upstream-unreachable". Partial answers
    // add a note: "GET /api/me -> truncate/200 (162 of 324 body bytes)"; so do huge bodies and
    // faults that found nothing to change ("... (not JSON, passed through)"). A request that
    // arrives on an old connection while Refuse is on logs "refuse/-".
    QStringList requestLog() const;
    void resetCounters(); // faultsInjected, requestsSeen and requestLog back to empty

    // "none", "refuse", "close-immediately", "reset-mid-body", "stall", "stall-mid-body",
    // "truncate", "server-error", "too-many-requests", "invalid-json", "wrong-json-types",
    // "huge-body".
    static QString faultName(Fault fault);
    static std::optional<Fault> faultFromName(const QString &name);
    // The WrongJsonTypes transformation, exposed for tests: the top level keeps its type.
    static QByteArray wrongJsonTypes(const QByteArray &json, bool *changed = nullptr);
    static bool isLoopbackUrl(const QUrl &url);

private:
    void runInThread(const std::function<void()> &function) const;

    std::shared_ptr<ProxyState> m_state;
    QThread *m_thread = nullptr;
    ProxyListener *m_listener = nullptr; // lives in m_thread
};

} // namespace companion::test
