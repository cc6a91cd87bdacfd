#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace companion::server {

// Where a browser may be sent back to after an outside page (Stripe's onboarding): the
// app's own scheme (companion://), this platform's public origin, or an https origin the
// operator configured. Nothing with a control character (a CR/LF would end a Location
// header early), user info, javascript:, data: or anyone else's site.
class ReturnUrl
{
public:
    static bool isAllowed(const QString &url, const QUrl &publicBase, const QStringList &extraOrigins);
};

} // namespace companion::server
