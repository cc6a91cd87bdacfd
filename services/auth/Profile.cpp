#include "services/auth/Profile.h"

#include "services/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>

namespace companion {

namespace {
const QString kServerKey = QStringLiteral("server/url");
const QString kUserKey = QStringLiteral("account/user");
} // namespace

Profile::Profile(const QString &directory)
{
    const QString base = directory.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
              .filePath(QStringLiteral("default"))
        : directory;
    m_directory = QDir(base).absolutePath();
}

QString Profile::ensureExists() const
{
    QDir dir(m_directory);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        return QCoreApplication::translate("Profile", "Cannot create the profile directory %1.")
            .arg(m_directory);
    }
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

QString Profile::settingsPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("settings.ini"));
}

QString Profile::cacheDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("cache"));
}

QString Profile::insecureSecretsPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("insecure-secrets.json"));
}

QUrl Profile::serverUrl() const
{
    return QSettings(settingsPath(), QSettings::IniFormat).value(kServerKey).toUrl();
}

void Profile::setServerUrl(const QUrl &url)
{
    ensureExists();
    QSettings(settingsPath(), QSettings::IniFormat).setValue(kServerKey, url);
}

std::optional<User> Profile::cachedUser() const
{
    const QByteArray json = QSettings(settingsPath(), QSettings::IniFormat).value(kUserKey).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    return User::fromJson(QJsonDocument::fromJson(json).object());
}

void Profile::setCachedUser(const User &user)
{
    ensureExists();
    QSettings(settingsPath(), QSettings::IniFormat)
        .setValue(kUserKey, QJsonDocument(user.toJson()).toJson(QJsonDocument::Compact));
}

QString Profile::secretKey(const QUrl &server) const
{
    // The profile path is hashed so two profiles on one server never share a token.
    const QByteArray profileId
        = QCryptographicHash::hash(m_directory.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("refresh-token:%1:%2")
        .arg(server.adjusted(QUrl::StripTrailingSlash).toString(), QString::fromLatin1(profileId));
}

void Profile::clearAccountData()
{
    QSettings(settingsPath(), QSettings::IniFormat).remove(kUserKey);
    QDir cache(cacheDirectory());
    if (cache.exists() && !cache.removeRecursively())
        qCWarning(lcProfile) << "Could not remove all cached data in" << cache.path();
}

} // namespace companion
