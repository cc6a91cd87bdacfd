// Qt Quick Test host for the QML modules. The setup starts a real
// platform-server and builds the same service graph the app uses, so QML tests
// drive real sign-ins (and the real keyring) through the `App` singleton. Tests
// can stop and restart that server (same address) through `TestServer`. The server
// and this process share one clock start and demo date (DemoWorld.h), so the tests
// see the same world on any day.
#include "../server/DemoWorld.h"
#include "../server/ServerProcess.h"
#include "app/AppContext.h"
#include "app/gui/QmlPlugins.h"
#include "app/gui/desktop/DesktopSettings.h"
#include "app/gui/desktop/NextSessionStatus.h"
#include "app/gui/room/RoomLauncher.h"
#include "app/gui/settings/LanguageSettings.h"
#include "app/gui/settings/ViewSettings.h"
#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "services/auth/Profile.h"

#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

// `import Companion.Test` → TestServer.stop() / start(): the server goes away and
// comes back on the same port, with the same data, as after a network outage.
// TestServer.availability(email, password): the server's own copy of that user's
// schedule, read over HTTP like any client would (tests check what landed there).
// TestServer.openedUrls: what the app handed to the system's browser or calendar app (http,
// https and webcal are caught here, so tests never start another program).
// TestServer.fileUrl(name) / readFile(url): a file in a throwaway folder, and its text.
// TestServer.feed(email, feedId): that feed's newest 100 activities as another client reads
// them: a token from the platform, then Stream (the sandbox) itself.
class TestServerControl : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(QStringList openedUrls READ openedUrls NOTIFY openedUrlsChanged)
    // COMPANION_SCREENSHOT_DIR: where tests save the screens they show ("" = none).
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
    Q_PROPERTY(bool darkRun READ darkRun CONSTANT)
public:
    explicit TestServerControl(companion::test::ServerProcess *server, QStringList args)
        : m_server(server)
        , m_args(std::move(args))
    { }
    bool running() const { return m_server->isRunning(); }
    QStringList openedUrls() const { return m_openedUrls; }
    QString screenshotDir() const { return qEnvironmentVariable("COMPANION_SCREENSHOT_DIR"); }
    bool darkRun() const { return qEnvironmentVariable("QT_QUICK_CONTROLS_MATERIAL_THEME") == u"Dark"; }
    Q_INVOKABLE QString fileUrl(const QString &name) const
    {
        return QUrl::fromLocalFile(m_files.filePath(name)).toString();
    }
    Q_INVOKABLE QString readFile(const QString &url) const
    {
        QFile file(QUrl(url).toLocalFile());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    Q_INVOKABLE bool stop()
    {
        const bool ok = m_server->stop();
        Q_EMIT runningChanged();
        return ok;
    }
    Q_INVOKABLE bool start()
    {
        const bool ok = m_server->start(m_args);
        Q_EMIT runningChanged();
        return ok;
    }
    Q_INVOKABLE QVariantMap availability(const QString &email, const QString &password)
    {
        for (int attempt = 0; attempt < 2; ++attempt) { // a second time after an expired token
            if (!m_tokens.contains(email)) {
                const QJsonObject login
                    = call("POST", QStringLiteral("/api/auth/login"), {},
                           { { QStringLiteral("email"), email }, { QStringLiteral("password"), password } });
                m_tokens.insert(email, login.value(QLatin1String("access_token")).toString().toUtf8());
            }
            const QJsonObject schedule
                = call("GET", QStringLiteral("/api/availability"), m_tokens.value(email), {});
            if (!schedule.isEmpty())
                return schedule.toVariantMap();
            m_tokens.remove(email);
        }
        return {};
    }
    Q_INVOKABLE QVariantList feed(const QString &email, const QString &feedId)
    {
        const QJsonObject login = call("POST", QStringLiteral("/api/auth/login"), {},
                                       { { QStringLiteral("email"), email },
                                         { QStringLiteral("password"), QStringLiteral("demo1234") } });
        const QJsonObject token = call("POST", QStringLiteral("/api/stream/token"),
                                       login.value(QLatin1String("access_token")).toString().toUtf8(),
                                       { { QStringLiteral("feed_id"), feedId } });
        QString path = feedId;
        QNetworkRequest request(QUrl(token.value(QLatin1String("base_url")).toString()
                                     + QStringLiteral("/feed/") + path.replace(u':', u'/')
                                     + QStringLiteral("/?limit=100")));
        request.setRawHeader("Stream-Auth-Type", "jwt");
        request.setRawHeader("Authorization", token.value(QLatin1String("token")).toString().toUtf8());
        QNetworkReply *reply = m_network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QLatin1String("results"))
            .toArray()
            .toVariantList();
    }
    // A session of `offeringId` starting `minutesFromNow` from the shared clock (with one
    // booked student), made through the server's test hook; its id.
    Q_INVOKABLE QString createSession(const QString &offeringId, int minutesFromNow)
    {
        const qint64 start = companion::Clock::nowMs() + qint64(minutesFromNow) * 60000;
        const QJsonObject created
            = call("POST", QStringLiteral("/api/_test/sessions"), {},
                   { { QStringLiteral("offering_id"), offeringId },
                     { QStringLiteral("start"), companion::instant::toUtcStringMs(start) } },
                   201);
        return created.value(QLatin1String("id")).toString();
    }
    // The same at a fixed instant (ISO 8601 UTC, "2026-12-08T22:00:00Z"): tests that need a
    // session at a given wall-clock time (across midnight, inside a teacher's hours).
    Q_INVOKABLE QString createSessionAt(const QString &offeringId, const QString &startUtc)
    {
        const auto start = companion::instant::parseMs(startUtc);
        if (!start)
            return {};
        const QJsonObject created
            = call("POST", QStringLiteral("/api/_test/sessions"), {},
                   { { QStringLiteral("offering_id"), offeringId },
                     { QStringLiteral("start"), companion::instant::toUtcStringMs(*start) } },
                   201);
        return created.value(QLatin1String("id")).toString();
    }
    // A session changed by the server's test hook (cancel, delete, ...): true when it answered 2xx.
    Q_INVOKABLE bool sessionAction(const QString &sessionId, const QString &action)
    {
        QNetworkRequest request(
            m_server->url(QStringLiteral("/api/_test/sessions/%1/%2").arg(sessionId, action)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, QByteArrayLiteral("{}"));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2;
    }
    // The PlugNmeet sandbox's rooms: participants now, and what each page reported.
    Q_INVOKABLE QVariantList videoRooms()
    {
        return call("GET", QStringLiteral("/sandbox/plugnmeet/rooms"), {}, {})
            .value(QLatin1String("rooms"))
            .toArray()
            .toVariantList();
    }
    // A user's view of a session (/api/sessions/ID), as another client reads it.
    Q_INVOKABLE QVariantMap sessionAs(const QString &email, const QString &sessionId)
    {
        const QJsonObject login = call("POST", QStringLiteral("/api/auth/login"), {},
                                       { { QStringLiteral("email"), email },
                                         { QStringLiteral("password"), QStringLiteral("demo1234") } });
        return call("GET", QStringLiteral("/api/sessions/") + sessionId,
                    login.value(QLatin1String("access_token")).toString().toUtf8(), {})
            .toVariantMap();
    }
    // Runs a program to its end (pixel tests: chromium, ImageMagick); its exit code, or -1.
    Q_INVOKABLE int run(const QString &program, const QStringList &arguments, int timeoutMs)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            m_lastOutput = QStringLiteral("timed out");
            return -1;
        }
        m_lastOutput = QString::fromLocal8Bit(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    Q_INVOKABLE QString lastOutput() const { return m_lastOutput; }
    Q_INVOKABLE void setEnv(const QString &name, const QString &value)
    {
        if (value.isEmpty())
            qunsetenv(name.toUtf8().constData());
        else
            qputenv(name.toUtf8().constData(), value.toUtf8());
    }
    // A fresh join URL as that user's own browser would get it.
    Q_INVOKABLE QString joinUrlAs(const QString &email, const QString &sessionId)
    {
        const QJsonObject login = call("POST", QStringLiteral("/api/auth/login"), {},
                                       { { QStringLiteral("email"), email },
                                         { QStringLiteral("password"), QStringLiteral("demo1234") } });
        return call("POST", QStringLiteral("/api/video/join"),
                    login.value(QLatin1String("access_token")).toString().toUtf8(),
                    { { QStringLiteral("session_id"), sessionId } })
            .value(QLatin1String("join_url"))
            .toString();
    }
    Q_INVOKABLE QString filePath(const QString &name) const { return m_files.filePath(name); }
    // Resident memory in kB: this process, and its descendants that are WebEngine's processes
    // (not the platform server this test started).
    Q_INVOKABLE QVariantMap memory() const
    {
        QHash<qint64, qint64> parentOf;
        QHash<qint64, qint64> rssOf;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : pids) {
            bool number = false;
            const qint64 pid = name.toLongLong(&number);
            if (!number)
                continue;
            QFile status(QStringLiteral("/proc/%1/status").arg(pid));
            if (!status.open(QIODevice::ReadOnly))
                continue;
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
            const bool webEngine = comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("QtWebEngine");
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("PPid:"))
                    parentOf.insert(pid, line.mid(5).trimmed().toLongLong());
                else if (line.startsWith("VmRSS:")
                         && (webEngine || pid == QCoreApplication::applicationPid()))
                    rssOf.insert(pid, line.mid(6).trimmed().split(' ').value(0).toLongLong());
            }
        }
        const qint64 self = QCoreApplication::applicationPid();
        qint64 descendants = 0;
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            for (qint64 up = it.value(); up > 1; up = parentOf.value(up, 0)) {
                if (up == self) {
                    descendants += rssOf.value(it.key());
                    break;
                }
            }
        }
        return { { QStringLiteral("selfKb"), rssOf.value(self) },
                 { QStringLiteral("descendantsKb"), descendants } };
    }
    Q_INVOKABLE bool programExists(const QString &name) const
    {
        return !QStandardPaths::findExecutable(name).isEmpty();
    }
Q_SIGNALS:
    void runningChanged();
    void openedUrlsChanged();

public Q_SLOTS:
    void openUrl(const QUrl &url)
    {
        m_openedUrls.append(url.toString(QUrl::FullyEncoded));
        Q_EMIT openedUrlsChanged();
    }

private:
    // Test code: blocking is fine here, the test waits for the answer anyway.
    QJsonObject call(const QByteArray &verb, const QString &path, const QByteArray &token,
                     const QJsonObject &body, int expectedStatus = 200)
    {
        QNetworkRequest request(m_server->url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, verb,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != expectedStatus)
            return {};
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    companion::test::ServerProcess *m_server;
    QStringList m_args;
    QStringList m_openedUrls;
    QTemporaryDir m_files;
    QNetworkAccessManager m_network;
    QHash<QString, QByteArray> m_tokens;
    QString m_lastOutput;
};

class Setup : public QObject
{
    Q_OBJECT
public:
    // Session rooms are WebEngine views: set up before the application exists.
    Setup() { QtWebEngineQuick::initialize(); }
public Q_SLOTS:
    void applicationAvailable()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        // Test hooks: the room tests make a session that is running now.
        m_args = companion::test::demoWorldArguments()
            + QStringList { QStringLiteral("--port"), QString::number(probe.serverPort()),
                            QStringLiteral("--enable-test-hooks") };
        companion::Clock::startAt(*companion::instant::parseMs(companion::test::kDemoNow));
        probe.close();
        if (!m_server.start(m_args))
            qFatal("platform-server did not start: %s", qPrintable(m_server.errorString()));
        companion::AppOptions options;
        options.profileDirectory = m_profile.path();
        options.serverUrl = m_server.baseUrl();
        QString error;
        m_context = companion::AppContext::create(options, &error);
        if (!m_context)
            qFatal("%s", qPrintable(error));
        m_controller = std::make_unique<companion::AppController>(m_context.get());
        companion::AppController::setInstance(m_controller.get());
        m_account = std::make_unique<companion::AccountController>(m_context.get());
        companion::AccountController::setInstance(m_account.get());
        m_desktopSettings = std::make_unique<companion::DesktopSettings>(m_context->profile()->settingsPath(),
                                                                         companion::AutostartEntry());
        companion::DesktopSettings::setInstance(m_desktopSettings.get());
        companion::NextSessionStatus::setInstance(&m_nextSession);
        m_viewSettings
            = std::make_unique<companion::ViewSettings>(m_context->profile()->settingsPath(), nullptr);
        companion::ViewSettings::setInstance(m_viewSettings.get());
        m_language = std::make_unique<companion::LanguageSettings>(m_context->profile()->settingsPath());
        companion::LanguageSettings::setInstance(m_language.get());
        m_rooms = std::make_unique<companion::RoomLauncher>(m_context.get());
        companion::RoomLauncher::setInstance(m_rooms.get());
        // One for all test files: it outlives every engine, and the URL handlers with it.
        m_control = std::make_unique<TestServerControl>(&m_server, m_args);
        // zoommtg: a scheme a room page must never get to open (caught, should it leak).
        for (const char *scheme : { "http", "https", "webcal", "zoommtg" })
            QDesktopServices::setUrlHandler(QLatin1String(scheme), m_control.get(), "openUrl");
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        qmlRegisterSingletonInstance("Companion.Test", 1, 0, "TestServer", m_control.get());
    }
    void cleanupTestCase()
    {
        for (const char *scheme : { "http", "https", "webcal", "zoommtg" })
            QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
        m_server.stop();
    }

private:
    companion::test::ServerProcess m_server;
    QStringList m_args;
    std::unique_ptr<TestServerControl> m_control;
    QTemporaryDir m_profile;
    std::unique_ptr<companion::AppContext> m_context;
    std::unique_ptr<companion::AppController> m_controller;
    std::unique_ptr<companion::AccountController> m_account;
    std::unique_ptr<companion::DesktopSettings> m_desktopSettings;
    std::unique_ptr<companion::LanguageSettings> m_language;
    companion::NextSessionStatus m_nextSession { nullptr };
    std::unique_ptr<companion::ViewSettings> m_viewSettings;
    std::unique_ptr<companion::RoomLauncher> m_rooms;
};

QUICK_TEST_MAIN_WITH_SETUP(companion_qml, Setup)
#include "tst_qml.moc"
