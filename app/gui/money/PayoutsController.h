#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqml.h>

namespace companion {

// The Payouts page (`PayoutsController {}` in QML): Stripe Connect onboarding
// state from `GET /api/payments/connect/status` (the cached `me` summary while
// offline), starting or continuing onboarding in the browser, and the Express
// dashboard link. After onboarding starts it checks again every few seconds:
// enabling arrives by webhook on the server, not through the browser.
class PayoutsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool offline READ offline NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(bool payoutsEnabled READ payoutsEnabled NOTIFY changed)
    Q_PROPERTY(QStringList requirementsDue READ requirementsDue NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(bool waitingForStripe READ waitingForStripe NOTIFY changed)
    Q_PROPERTY(QString lastOpenedUrl READ lastOpenedUrl NOTIFY changed)
    // "Stripe needs this by 14 December 2026." when Stripe set a deadline.
    Q_PROPERTY(QString deadlineText READ deadlineText NOTIFY changed)
    Q_PROPERTY(bool linkCopied READ linkCopied NOTIFY changed)
public:
    explicit PayoutsController(QObject *parent = nullptr);

    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    bool offline() const { return m_offline; }
    // not_started | pending_verification | action_required | restricted | enabled
    QString state() const { return m_state; }
    bool payoutsEnabled() const { return m_payoutsEnabled; }
    // Stripe's requirement keys in plain words, with a time estimate
    // ("external_account" → "Your bank account: where Stripe sends your money (about 2 minutes)").
    QStringList requirementsDue() const { return m_requirements; }
    QString error() const { return m_error; }
    bool waitingForStripe() const { return m_poll.isActive(); }
    QString lastOpenedUrl() const { return m_lastOpenedUrl; }
    QString deadlineText() const { return m_deadlineText; }
    bool linkCopied() const { return m_linkCopied; }
    // The Stripe link last opened, to the clipboard: for when no browser opened.
    Q_INVOKABLE void copyLink();

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void startOnboarding();
    // Back from Stripe (companion://payouts/return): never "done" by itself; the status
    // decides. Checks now and keeps checking a while, as the webhook may lag the browser.
    Q_INVOKABLE void returnedFromStripe();
    Q_INVOKABLE void openDashboard();

Q_SIGNALS:
    void changed();

private:
    void loadCachedSummary();
    void applyStatus(const QJsonObject &status);
    void openInBrowser(const QString &url);
    void setError(const QString &error);

    bool m_loading = false;
    bool m_loaded = false;
    bool m_offline = false;
    QString m_state = QStringLiteral("not_started");
    bool m_payoutsEnabled = false;
    QStringList m_requirements;
    QString m_error;
    QString m_lastOpenedUrl;
    QString m_deadlineText;
    bool m_linkCopied = false;
    QTimer m_poll;
    int m_pollsLeft = 0;
};

} // namespace companion
