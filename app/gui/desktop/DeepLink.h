#pragma once

#include <QString>
#include <QUrl>

namespace companion {

// A `companion://` URL, parsed strictly (Element's rule: keep only known fields). The
// browser, the desktop and a second instance hand these to the running app:
//   companion://session/ID        open the session's details
//   companion://join/ID           join the session (its details, with Join)
//   companion://payouts/return    back from Stripe onboarding: check the status again
//   companion://payouts/refresh   the onboarding link expired: open a fresh one
struct DeepLink
{
    enum class Kind { Invalid, Session, Join, PayoutsReturn, PayoutsRefresh };

    Kind kind = Kind::Invalid;
    QString sessionId;

    bool isValid() const { return kind != Kind::Invalid; }
    QUrl toUrl() const;

    // Invalid for anything else: another scheme, user info, a port, a query, extra path
    // segments, an id with characters ids never have.
    static DeepLink parse(const QString &text);
    static DeepLink session(const QString &id) { return { Kind::Session, id }; }
    static DeepLink join(const QString &id) { return { Kind::Join, id }; }
};

} // namespace companion
