#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QQuickWindow;

namespace companion {

class AccountController;

// `companion --screenshot FILE`: waits until sign-in has settled and the page
// has rendered, saves the window as a PNG and, optionally, a JSON report of
// every named item (text, visibility, geometry) so tests can check what a
// person would see without OCR. Then quits the application.
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(QQuickWindow *window, AccountController *account, QString imagePath, QString reportPath,
                    QObject *parent = nullptr);

    void start();

private:
    void captureSoon();
    void waitForPages();
    bool anythingLoading() const;
    void capture();

    QQuickWindow *m_window;
    AccountController *m_account;
    QString m_imagePath;
    QString m_reportPath;
    bool m_scheduled = false;
    QElapsedTimer m_waitStarted;
};

} // namespace companion
