#include "app/gui/shell/AppController.h"

#include "app/AppContext.h"
#include "services/auth/AuthSession.h"
#include "services/auth/Profile.h"
#include "services/net/ApiResponse.h"
#include "services/net/PlatformClient.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJsonObject>
#include <QPointer>

namespace companion {

namespace {
QPointer<AppController> s_instance;
}

AppController::AppController(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    // A remembered platform: learn its sign-up and password pages, quietly.
    if (m_context && !m_context->client()->baseUrl().isEmpty()) {
        m_context->client()->send(PlatformClient::Method::Get, QStringLiteral("/api/health"), {}, false,
                                  [self = QPointer<AppController>(this)](const ApiResponse &response) {
                                      if (self && response.ok())
                                          self->learnLinks(response.object());
                                  });
    }
}

AppController::~AppController() = default;

void AppController::setInstance(AppController *instance)
{
    s_instance = instance;
}

AppController *AppController::instance()
{
    return s_instance;
}

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    // main() owns it; the engine must not delete it.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

AuthSession *AppController::session() const
{
    return m_context->session();
}

QString AppController::serverUrl() const
{
    return m_context->client()->baseUrl().toString();
}

bool AppController::askingServer() const
{
    return m_context->client()->baseUrl().isEmpty() || m_changingServer;
}

void AppController::changeServer()
{
    if (m_context->session()->state() != AuthSession::State::SignedOut || m_changingServer)
        return;
    m_changingServer = true;
    m_serverError.clear();
    Q_EMIT serverCheckChanged();
    Q_EMIT serverChanged();
}

void AppController::learnLinks(const QJsonObject &health)
{
    const QJsonObject links = health.value(QLatin1String("links")).toObject();
    // Only web pages: a link is opened in the browser.
    auto page = [&](const char *name) {
        const QUrl url(links.value(QLatin1String(name)).toString());
        return url.isValid()
                && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            ? url.toString()
            : QString();
    };
    m_signUpUrl = page("sign_up");
    m_resetPasswordUrl = page("reset_password");
    Q_EMIT serverChanged();
}

void AppController::chooseServer(const QString &address)
{
    QString error;
    const QUrl url = PlatformClient::baseUrlFromUserInput(address, &error);
    const quint64 check = ++m_serverChecks;
    if (!url.isValid()) {
        m_checkingServer = false;
        m_serverError = error;
        Q_EMIT serverCheckChanged();
        return;
    }
    m_checkingServer = true;
    m_serverError.clear();
    Q_EMIT serverCheckChanged();
    // A client of its own: the session's keeps its server until this one answers.
    auto *probe = new PlatformClient(url, this);
    probe->setTransferTimeout(10000);
    probe->send(
        PlatformClient::Method::Get, QStringLiteral("/api/health"), {}, false,
        [this, probe, url, check, self = QPointer<AppController>(this)](const ApiResponse &response) {
            probe->deleteLater();
            if (!self || check != m_serverChecks)
                return;
            m_checkingServer = false;
            const bool platform
                = response.ok() && response.object().value(QLatin1String("status")).toString() == u"ok";
            if (!platform) {
                m_serverError = response.kind == ApiResponse::Kind::NetworkError
                    ? tr("Companion could not reach %1: %2").arg(url.toString(), response.error.message)
                    : tr("%1 answers, but it is not a Companion platform. Check the address.")
                          .arg(url.toString());
                Q_EMIT serverCheckChanged();
                return;
            }
            m_context->client()->setBaseUrl(url);
            m_changingServer = false;
            learnLinks(response.object());
            Q_EMIT serverCheckChanged();
            Q_EMIT serverChanged();
        });
}

QString AppController::profileDirectory() const
{
    return m_context->profile()->directory();
}

bool AppController::openLink(const QString &url)
{
    const DeepLink link = DeepLink::parse(url);
    if (!link.isValid())
        return false;
    open(link);
    return true;
}

void AppController::open(const DeepLink &link)
{
    Q_EMIT raiseRequested();
    switch (link.kind) {
    case DeepLink::Kind::Session:
    case DeepLink::Kind::Join:
        Q_EMIT sessionRequested(link.sessionId, link.kind == DeepLink::Kind::Join);
        break;
    case DeepLink::Kind::PayoutsReturn:
    case DeepLink::Kind::PayoutsRefresh:
        setCurrentPage(QStringLiteral("payouts"));
        Q_EMIT payoutsRequested(link.kind == DeepLink::Kind::PayoutsRefresh);
        break;
    case DeepLink::Kind::Invalid:
        break; // only the window
    }
}

QString AppController::version() const
{
    return QCoreApplication::applicationVersion();
}

QStringList AppController::pageNames()
{
    return { QStringLiteral("home"),     QStringLiteral("calendar"), QStringLiteral("bookings"),
             QStringLiteral("earnings"), QStringLiteral("payouts"),  QStringLiteral("feed"),
             QStringLiteral("settings") };
}

void AppController::setCurrentPage(const QString &page)
{
    if (m_currentPage == page || !pageNames().contains(page))
        return;
    m_currentPage = page;
    Q_EMIT currentPageChanged();
}

void AppController::setDarkTheme(bool dark)
{
    if (m_darkTheme == dark)
        return;
    m_darkTheme = dark;
    Q_EMIT darkThemeChanged();
}

} // namespace companion
