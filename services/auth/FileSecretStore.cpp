#include "services/auth/FileSecretStore.h"

#include "services/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace companion {

FileSecretStore::FileSecretStore(const QString &filePath, QObject *parent)
    : SecretStore(parent)
    , m_path(filePath)
{
    qCWarning(lcKeychain) << "Insecure token store in use: secrets are kept in plain text at" << m_path;
}

void FileSecretStore::finish(Callback done, SecretResult result)
{
    // Same asynchronous contract as the keyring.
    QMetaObject::invokeMethod(
        this, [done, result] { done(result); }, Qt::QueuedConnection);
}

void FileSecretStore::read(const QString &key, Callback done)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return finish(done,
                      { SecretResult::Status::NotFound,
                        {},
                        QCoreApplication::translate("FileSecretStore", "No saved sign-in.") });
    const QJsonObject secrets = QJsonDocument::fromJson(file.readAll()).object();
    if (!secrets.contains(key))
        return finish(done,
                      { SecretResult::Status::NotFound,
                        {},
                        QCoreApplication::translate("FileSecretStore", "No saved sign-in.") });
    finish(done, { SecretResult::Status::Ok, secrets.value(key).toString(), {} });
}

SecretResult FileSecretStore::update(const QString &key, const QString *secret)
{
    QJsonObject secrets;
    if (QFile existing(m_path); existing.open(QIODevice::ReadOnly))
        secrets = QJsonDocument::fromJson(existing.readAll()).object();
    if (secret)
        secrets.insert(key, *secret);
    else
        secrets.remove(key);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return { SecretResult::Status::Error,
                 {},
                 QCoreApplication::translate("FileSecretStore", "Cannot write %1: %2")
                     .arg(m_path, file.errorString()) };
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return { SecretResult::Status::Error,
                 {},
                 QCoreApplication::translate("FileSecretStore", "Cannot write %1: %2")
                     .arg(m_path, file.errorString()) };
    return { SecretResult::Status::Ok, {}, {} };
}

void FileSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    finish(done, update(key, &secret));
}

void FileSecretStore::remove(const QString &key, Callback done)
{
    finish(done, update(key, nullptr));
}

} // namespace companion
