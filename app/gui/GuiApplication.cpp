#include "app/gui/GuiApplication.h"

#include "app/AppContext.h"
#include "app/AppOptions.h"
#include "app/gui/GuiOptions.h"
#include "app/gui/QmlPlugins.h"
#include "app/gui/ScreenshotTaker.h"
#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "services/auth/AuthSession.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

Q_LOGGING_CATEGORY(lcGui, "companion.app.gui", QtInfoMsg)

namespace companion {

int runGuiApplication(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("companion"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Companion"));
    QGuiApplication::setApplicationVersion(QStringLiteral(COMPANION_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Companion: availability, bookings, sessions and earnings "
                       "for creators and S-Ts."));
    parser.addHelpOption();
    parser.addVersionOption();
    AppOptions::addTo(parser);
    GuiOptions gui;
    GuiOptions::addTo(parser);
    parser.process(app);

    AppOptions options;
    QString error = options.readFrom(parser);
    if (error.isEmpty())
        error = gui.readFrom(parser);
    std::unique_ptr<AppContext> context;
    if (error.isEmpty())
        context = AppContext::create(options, &error);
    if (!context) {
        qCritical("%s", qPrintable(error));
        return 2;
    }

    AppController controller(context.get());
    if (!gui.page.isEmpty())
        controller.setCurrentPage(gui.page);
    controller.setDarkTheme(gui.dark);
    controller.setCalendarStart(gui.calendar);
    AppController::setInstance(&controller);
    AccountController account(context.get());
    AccountController::setInstance(&account);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    // Qt 6.4 puts static QML modules under qrc:/ (no loadFromModule yet).
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Companion/Shell/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        qCritical("The user interface could not be loaded.");
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    window->resize(gui.size);

    // Restoring first: the screenshot must wait for it, not catch the state before it.
    context->session()->restore();
    std::unique_ptr<ScreenshotTaker> screenshot;
    if (!gui.screenshot.isEmpty()) {
        screenshot
            = std::make_unique<ScreenshotTaker>(window, &account, gui.screenshot, gui.screenshotReport);
        screenshot->start();
    }
    if (context->session()->insecureTokenStore())
        qCWarning(lcGui) << "--insecure-token-store: the sign-in is kept in a plain file in"
                         << controller.profileDirectory();
    return QGuiApplication::exec();
}

} // namespace companion
