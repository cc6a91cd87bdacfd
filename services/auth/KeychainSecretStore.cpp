#include "services/auth/KeychainSecretStore.h"

#include "services/Logging.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace companion {

namespace {

// QtKeychain 0.13 has no isAvailable(); on Linux a missing or locked Secret
// Service shows up as OtherError/NoBackendAvailable/AccessDenied.
SecretResult toResult(QKeychain::Job *job)
{
    SecretResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message = QCoreApplication::translate("KeychainSecretStore",
                                                     "No saved sign-in was found in the keyring.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::Unavailable;
        result.message
            = QStringLiteral("The system keyring (Secret Service) is not reachable or is locked: %1. "
                             "Start and unlock a keyring such as GNOME Keyring or KWallet, "
                             "or pass --insecure-token-store to keep the sign-in in a plain file.")
                  .arg(job->errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    result.status = SecretResult::Status::Error;
    result.message = QCoreApplication::translate("KeychainSecretStore", "The keyring reported an error: %1")
                         .arg(job->errorString());
    return result;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &serviceName, QObject *parent)
    : SecretStore(parent)
    , m_service(serviceName)
{ }

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        SecretResult result = toResult(finished);
        if (result.ok())
            result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        qCDebug(lcKeychain) << "read" << finished->key() << static_cast<int>(result.status);
        done(result);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        const SecretResult result = toResult(finished);
        if (!result.ok())
            qCWarning(lcKeychain) << "write failed:" << finished->errorString();
        done(result);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        SecretResult result = toResult(finished);
        // Deleting what is not there is success: the goal state holds.
        if (result.status == SecretResult::Status::NotFound)
            result = { SecretResult::Status::Ok, {}, {} };
        done(result);
    });
    job->start();
}

} // namespace companion
