#pragma once

#include "services/auth/SecretStore.h"

namespace companion {

// Secrets in the OS keyring through QtKeychain (Secret Service on Linux).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &serviceName, QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QString m_service;
};

} // namespace companion
