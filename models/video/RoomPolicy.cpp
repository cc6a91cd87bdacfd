#include "models/video/RoomPolicy.h"

namespace companion {

namespace {

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : url.scheme() == u"http" ? 80 : -1);
}

} // namespace

RoomPolicy::RoomPolicy(const QUrl &joinUrl, const QUrl &logoutUrl)
    : m_logoutUrl(logoutUrl)
{
    if (!isWeb(joinUrl) || joinUrl.host().isEmpty())
        return;
    m_origin.setScheme(joinUrl.scheme());
    m_origin.setHost(joinUrl.host());
    m_origin.setPort(portOf(joinUrl));
}

QString RoomPolicy::originText() const
{
    return m_origin.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
}

bool RoomPolicy::isWeb(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http");
}

bool RoomPolicy::sameOrigin(const QUrl &a, const QUrl &b)
{
    return isWeb(a) && isWeb(b) && a.scheme() == b.scheme()
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && portOf(a) == portOf(b);
}

bool RoomPolicy::grants(const QUrl &securityOrigin, Feature feature) const
{
    if (!isValid() || !sameOrigin(securityOrigin, m_origin))
        return false;
    return feature != Feature::Geolocation;
}

bool RoomPolicy::grants(const QUrl &securityOrigin, int feature) const
{
    if (feature < int(Feature::MediaAudioCapture) || feature > int(Feature::Notifications))
        return false; // a feature this build does not know: never granted
    return grants(securityOrigin, static_cast<Feature>(feature));
}

bool RoomPolicy::isScreenCapture(int feature) const
{
    return feature == int(Feature::DesktopVideoCapture) || feature == int(Feature::DesktopAudioVideoCapture);
}

bool RoomPolicy::isLogoutUrl(const QUrl &url) const
{
    if (!m_logoutUrl.isValid() || m_logoutUrl.isEmpty() || !isWeb(url))
        return false;
    return url.scheme() == m_logoutUrl.scheme() && portOf(url) == portOf(m_logoutUrl)
        && url.host().compare(m_logoutUrl.host(), Qt::CaseInsensitive) == 0
        && url.path() == m_logoutUrl.path();
}

RoomPolicy::Navigation RoomPolicy::navigation(const QUrl &url, bool mainFrame) const
{
    if (isLogoutUrl(url))
        return mainFrame ? Navigation::SessionEnded : Navigation::Refuse;
    if (url == QUrl(QStringLiteral("about:blank")))
        return Navigation::Stay; // how Companion itself lets go of the camera
    if (!isWeb(url))
        return Navigation::Refuse;
    if (sameOrigin(url, m_origin))
        return Navigation::Stay;
    // Embedded pages of other origins (boards, videos) may load; they get no permissions.
    return mainFrame ? Navigation::OpenInBrowser : Navigation::Stay;
}

RoomPolicy::NewWindow RoomPolicy::newWindow(const QUrl &url) const
{
    if (sameOrigin(url, m_origin) && !isLogoutUrl(url))
        return NewWindow::RoomWindow;
    return isWeb(url) ? NewWindow::OpenInBrowser : NewWindow::Refuse;
}

} // namespace companion
