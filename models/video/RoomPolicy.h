#pragma once

#include <QUrl>

namespace companion {

// What a session room may do, decided from the join URL alone: the room's origin (scheme,
// host and port of the PlugNmeet client) gets the camera, microphone, screen and
// notifications; nothing else does. Pages of that origin stay in the room; other web pages
// go to the system browser; any other scheme is refused, so a page can never start another
// program. The room's logout_url ends it.
class RoomPolicy
{
public:
    RoomPolicy() = default;
    RoomPolicy(const QUrl &joinUrl, const QUrl &logoutUrl);

    // The features Qt WebEngine 6.4 asks about, in its order (WebEngineView.Feature).
    enum class Feature {
        MediaAudioCapture,
        MediaVideoCapture,
        MediaAudioVideoCapture,
        Geolocation,
        DesktopVideoCapture,
        DesktopAudioVideoCapture,
        Notifications,
    };
    enum class Navigation {
        Stay, // load it in the room
        OpenInBrowser, // refuse here, hand it to the system browser
        Refuse, // refuse, hand it to nobody
        SessionEnded, // the logout_url: the session is over
    };
    enum class NewWindow {
        RoomWindow, // a breakout: another room window with this policy
        OpenInBrowser,
        Refuse,
    };

    bool isValid() const { return m_origin.isValid(); }
    // scheme://host:port of the room
    QUrl origin() const { return m_origin; }
    QString originText() const;

    bool grants(const QUrl &securityOrigin, Feature feature) const;
    bool grants(const QUrl &securityOrigin, int feature) const;
    Navigation navigation(const QUrl &url, bool mainFrame) const;
    NewWindow newWindow(const QUrl &url) const;
    bool isLogoutUrl(const QUrl &url) const;
    bool isScreenCapture(int feature) const;

    // Same scheme, host and port (default ports filled in).
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    static bool isWeb(const QUrl &url);

private:
    QUrl m_origin;
    QUrl m_logoutUrl;
};

} // namespace companion
