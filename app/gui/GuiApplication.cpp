#include "app/gui/GuiApplication.h"

#include "app/AppContext.h"
#include "app/AppOptions.h"
#include "app/gui/FirstFrameProbe.h"
#include "app/gui/GuiOptions.h"
#include "app/gui/QmlPlugins.h"
#include "app/gui/ScreenshotTaker.h"
#include "app/gui/desktop/DesktopSettings.h"
#include "app/gui/desktop/NextSessionStatus.h"
#include "app/gui/desktop/SingleInstance.h"
#include "app/gui/desktop/SystemColorScheme.h"
#include "app/gui/room/RoomLauncher.h"
#include "app/gui/settings/LanguageSettings.h"
#include "app/gui/settings/ViewSettings.h"
#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "app/gui/shell/DesktopIntegration.h"
#include "app/logging/LogSetup.h"
#include "app/logging/RotatingLogFile.h"
#include "services/auth/AuthSession.h"
#include "services/auth/Profile.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

#include <cstring>

Q_LOGGING_CATEGORY(lcGui, "companion.app.gui", QtInfoMsg)

namespace companion {

namespace {
void describe(QCoreApplication &app, QCommandLineParser &parser)
{
    app.setApplicationName(QStringLiteral("companion"));
    app.setApplicationVersion(QStringLiteral(COMPANION_VERSION));
    parser.setApplicationDescription(
        QStringLiteral("Companion: availability, bookings, sessions and earnings "
                       "for creators and S-Ts."));
    parser.addHelpOption();
    parser.addVersionOption();
    AppOptions::addTo(parser);
    GuiOptions::addTo(parser);
}

// --help and --version print and exit: they must work without a display (a package's
// smoke test, a terminal over ssh), so no GUI application is made for them.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : { "-h", "--help", "--help-all", "-v", "--version" }) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int runGuiApplication(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication core(argc, argv);
        QCommandLineParser parser;
        describe(core, parser);
        parser.process(core); // prints and exits
        return 0;
    }

    // Session rooms: WebEngine shares the GL context with Qt Quick, set up before the app.
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    describe(app, parser);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Companion"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.peerlearning.companion"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.peerlearning.companion.png")));
    parser.process(app);

    AppOptions options;
    QString error = options.readFrom(parser);
    GuiOptions gui;
    if (error.isEmpty())
        error = gui.readFrom(parser);
    if (!error.isEmpty()) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    // Screenshot and test runs keep no log file; the window a teacher uses does.
    logsetup::forWindow(options.verbose,
                        gui.screenshot.isEmpty() ? RotatingLogFile::defaultDirectory() : QString());

    // One window per profile: a second launch (or the desktop opening a companion:// link)
    // hands its request to the running one. Screenshot runs stand alone.
    std::unique_ptr<SingleInstance> instance;
    if (gui.screenshot.isEmpty()) {
        instance = std::make_unique<SingleInstance>(Profile(options.profileDirectory).directory());
        switch (instance->start({ gui.links, gui.syncNow }, &error)) {
        case SingleInstance::Role::Forwarded:
            qCInfo(lcGui) << "Companion is already running for this profile; handed it the request.";
            return 0;
        case SingleInstance::Role::Failed:
            qCWarning(lcGui) << error << "- going on without single-instance forwarding.";
            instance.reset();
            break;
        case SingleInstance::Role::Primary:
            break;
        }
    }

    options.serverOptional = true; // the sign-in page asks for the platform's address
    std::unique_ptr<AppContext> context = AppContext::create(options, &error);
    if (!context) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    // The profile's language (or the system's) before anything formats or loads QML.
    LanguageSettings language(context->profile()->settingsPath());
    LanguageSettings::setInstance(&language);

    AppController controller(context.get());
    if (!gui.page.isEmpty())
        controller.setCurrentPage(gui.page);
    SystemColorScheme systemScheme;
    ViewSettings viewSettings(context->profile()->settingsPath(), &systemScheme);
    ViewSettings::setInstance(&viewSettings);
    if (gui.themeGiven) {
        controller.setDarkTheme(gui.dark);
    } else {
        controller.setDarkTheme(viewSettings.dark());
        QObject::connect(&viewSettings, &ViewSettings::darkChanged, &controller,
                         [&] { controller.setDarkTheme(viewSettings.dark()); });
    }
    controller.setCalendarStart(gui.calendar);
    AppController::setInstance(&controller);
    AccountController account(context.get());
    AccountController::setInstance(&account);
    account.setViewZone(viewSettings.viewZone());
    QObject::connect(&viewSettings, &ViewSettings::changed, &account,
                     [&] { account.setViewZone(viewSettings.viewZone()); });
    QStringList autostartArguments;
    if (!options.profileDirectory.isEmpty())
        autostartArguments << QStringLiteral("--profile") << context->profile()->directory();
    DesktopSettings desktopSettings(context->profile()->settingsPath(), AutostartEntry(autostartArguments));
    DesktopSettings::setInstance(&desktopSettings);
    NextSessionStatus nextSession(nullptr);
    NextSessionStatus::setInstance(&nextSession);
    DesktopIntegration desktop(context.get(), &account, &controller, &desktopSettings);
    RoomLauncher rooms(context.get());
    RoomLauncher::setInstance(&rooms);

    account.preload(); // the cache is read while the window loads
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
    std::unique_ptr<FirstFrameProbe> probe;
    if (FirstFrameProbe::requested())
        probe = std::make_unique<FirstFrameProbe>(window, &account);

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

    auto handle = [&controller, &account](const SingleInstance::Request &request) {
        controller.raiseWindow();
        for (const QString &link : request.links)
            controller.openLink(link);
        if (request.syncNow)
            account.syncNow();
    };
    if (instance)
        QObject::connect(instance.get(), &SingleInstance::requested, &controller, handle);
    // This launch's own links, once the window and the session exist.
    QMetaObject::invokeMethod(
        &controller,
        [handle, &gui] {
            handle({ gui.links, gui.syncNow });
        },
        Qt::QueuedConnection);
    return QGuiApplication::exec();
}

} // namespace companion
