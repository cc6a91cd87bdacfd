#pragma once

#include "models/User.h"

#include <QString>
#include <QUrl>

namespace companion {

// One account's local home: every file Companion writes for it lives under
// `directory()` (settings, cache, outbox). Secrets never do; they go to the
// keyring under `secretKey()`.
class Profile
{
public:
    // `directory` empty → the OS location from QStandardPaths (AppDataLocation/default).
    explicit Profile(const QString &directory = {});

    QString directory() const { return m_directory; }
    // Creates the directory (owner-only permissions). Returns an error message or empty.
    QString ensureExists() const;

    QString settingsPath() const;
    QString cacheDirectory() const;
    QString insecureSecretsPath() const;

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);

    // The last signed-in user (not secret), so the app can greet them offline.
    std::optional<User> cachedUser() const;
    void setCachedUser(const User &user);

    // Keyring entry name for this profile's refresh token on `server`.
    QString secretKey(const QUrl &server) const;

    // Removes everything cached for the signed-in account (sign-out).
    void clearAccountData();

private:
    QString m_directory;
};

} // namespace companion
