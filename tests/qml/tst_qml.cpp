// Qt Quick Test host for the QML modules. The setup starts a real
// platform-server and builds the same service graph the app uses, so QML tests
// drive real sign-ins (and the real keyring) through the `App` singleton.
#include "../server/ServerProcess.h"
#include "app/AppContext.h"
#include "app/gui/AccountController.h"
#include "app/gui/AppController.h"
#include "app/gui/QmlPlugins.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        if (!m_server.start({ QStringLiteral("--demo") }))
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
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase() { m_server.stop(); }

private:
    companion::test::ServerProcess m_server;
    QTemporaryDir m_profile;
    std::unique_ptr<companion::AppContext> m_context;
    std::unique_ptr<companion::AppController> m_controller;
    std::unique_ptr<companion::AccountController> m_account;
};

QUICK_TEST_MAIN_WITH_SETUP(companion_qml, Setup)
#include "tst_qml.moc"
