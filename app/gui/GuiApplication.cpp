#include "app/gui/GuiApplication.h"

#include "app/AppContext.h"
#include "app/AppOptions.h"
#include "app/gui/QmlPlugins.h"
#include "app/gui/ScreenshotTaker.h"
#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "services/AuthSession.h"

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
    parser.addOption({ QStringLiteral("screenshot"),
                       QStringLiteral("Render the window to a PNG once data is loaded, then exit."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("screenshot-report"),
                       QStringLiteral("With --screenshot: also write a JSON report of the named items."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("page"),
                       QStringLiteral("Start on this page: %1.")
                           .arg(AppController::pageNames().join(QStringLiteral(", "))),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("theme"), QStringLiteral("light or dark."), QStringLiteral("THEME") });
    parser.addOption(
        { QStringLiteral("size"), QStringLiteral("Window size, e.g. 1280x800."), QStringLiteral("WxH") });
    parser.process(app);

    AppOptions options;
    QString error = options.readFrom(parser);
    const QString page = parser.value(QStringLiteral("page"));
    if (error.isEmpty() && !page.isEmpty() && !AppController::pageNames().contains(page))
        error = QStringLiteral("Unknown page \"%1\"; use one of: %2.")
                    .arg(page, AppController::pageNames().join(QStringLiteral(", ")));
    const QString theme = parser.value(QStringLiteral("theme"));
    if (error.isEmpty() && !theme.isEmpty() && theme != QLatin1String("light")
        && theme != QLatin1String("dark"))
        error = QStringLiteral("--theme must be light or dark.");
    QSize size(1280, 800);
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList parts = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        if (parts.size() != 2 || parts[0].toInt() < 640 || parts[1].toInt() < 480)
            error = QStringLiteral("--size must look like 1280x800 (at least 640x480).");
        else
            size = QSize(parts[0].toInt(), parts[1].toInt());
    }
    std::unique_ptr<AppContext> context;
    if (error.isEmpty())
        context = AppContext::create(options, &error);
    if (!context) {
        qCritical("%s", qPrintable(error));
        return 2;
    }

    AppController controller(context.get());
    if (!page.isEmpty())
        controller.setCurrentPage(page);
    controller.setDarkTheme(theme == QLatin1String("dark"));
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
    window->resize(size);

    // Restoring first: the screenshot must wait for it, not catch the state before it.
    context->session()->restore();
    std::unique_ptr<ScreenshotTaker> screenshot;
    if (parser.isSet(QStringLiteral("screenshot"))) {
        screenshot
            = std::make_unique<ScreenshotTaker>(window, &account, parser.value(QStringLiteral("screenshot")),
                                                parser.value(QStringLiteral("screenshot-report")));
        screenshot->start();
    }
    if (context->session()->insecureTokenStore())
        qCWarning(lcGui) << "--insecure-token-store: the sign-in is kept in a plain file in"
                         << controller.profileDirectory();
    return QGuiApplication::exec();
}

} // namespace companion
