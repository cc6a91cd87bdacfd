#include "app/gui/shell/AppController.h"

#include "app/AppContext.h"
#include "services/auth/AuthSession.h"
#include "services/auth/Profile.h"
#include "services/net/PlatformClient.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QPointer>

namespace companion {

namespace {
QPointer<AppController> s_instance;
}

AppController::AppController(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

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
