#include "app/gui/ScreenshotTaker.h"

#include "app/gui/shell/AccountController.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

namespace companion {

namespace {

// Pages share object names (every page has a "pageTitle"); a visible item
// wins over hidden ones of the same name.
void describeItems(QQuickItem *item, QJsonObject &report)
{
    const bool shadowed
        = report.value(item->objectName()).toObject().value(QLatin1String("visible")).toBool();
    if (!item->objectName().isEmpty() && !shadowed) {
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        QJsonObject entry {
            { QStringLiteral("visible"), item->isVisible() && item->opacity() > 0 && item->width() > 0 },
            { QStringLiteral("x"), rect.x() },
            { QStringLiteral("y"), rect.y() },
            { QStringLiteral("width"), rect.width() },
            { QStringLiteral("height"), rect.height() },
        };
        const QVariant text = item->property("text");
        if (text.isValid())
            entry.insert(QStringLiteral("text"), text.toString());
        report.insert(item->objectName(), entry);
    }
    for (QQuickItem *child : item->childItems())
        describeItems(child, report);
}

} // namespace

ScreenshotTaker::ScreenshotTaker(QQuickWindow *window, AccountController *account, QString imagePath,
                                 QString reportPath, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_account(account)
    , m_imagePath(std::move(imagePath))
    , m_reportPath(std::move(reportPath))
{ }

void ScreenshotTaker::start()
{
    // Signed in (or not) and the first sync done: the window shows real data.
    if (m_account->settled()) {
        captureSoon();
        return;
    }
    connect(m_account, &AccountController::settledChanged, this, [this] {
        if (m_account->settled())
            captureSoon();
    });
    // Never hang a test run: capture whatever is there after 20 s.
    QTimer::singleShot(20'000, this, &ScreenshotTaker::captureSoon);
}

void ScreenshotTaker::captureSoon()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    m_waitStarted.start();
    waitForPages();
}

bool ScreenshotTaker::anythingLoading() const
{
    // Page controllers (CalendarController, EarningsController, …) read the cache
    // asynchronously after the sync and say so with a `loading` property.
    const auto objects = m_window->findChildren<QObject *>();
    return std::any_of(objects.begin(), objects.end(), [](const QObject *object) {
        const QVariant loading = object->property("loading");
        return loading.metaType() == QMetaType::fromType<bool>() && loading.toBool();
    });
}

void ScreenshotTaker::waitForPages()
{
    if (anythingLoading() && m_waitStarted.elapsed() < 15'000) {
        QTimer::singleShot(100, this, &ScreenshotTaker::waitForPages);
        return;
    }
    // Give bindings, layouts and the scene graph a few frames to settle.
    QTimer::singleShot(600, this, &ScreenshotTaker::capture);
}

void ScreenshotTaker::capture()
{
    const QImage image = m_window->grabWindow();
    int exitCode = 0;
    if (image.isNull() || !image.save(m_imagePath, "PNG")) {
        qCritical("Could not save the screenshot to %s", qPrintable(m_imagePath));
        exitCode = 1;
    }
    if (!m_reportPath.isEmpty()) {
        QJsonObject items;
        describeItems(m_window->contentItem(), items);
        const QJsonObject report {
            { QStringLiteral("image"), m_imagePath },
            { QStringLiteral("width"), image.width() },
            { QStringLiteral("height"), image.height() },
            { QStringLiteral("devicePixelRatio"), image.devicePixelRatio() },
            { QStringLiteral("settled"), m_account->settled() },
            { QStringLiteral("items"), items },
        };
        QFile file(m_reportPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(report).toJson()) < 0) {
            qCritical("Could not write the screenshot report to %s", qPrintable(m_reportPath));
            exitCode = 1;
        }
    }
    QCoreApplication::exit(exitCode);
}

} // namespace companion
