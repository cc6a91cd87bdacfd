#pragma once

#include "services/auth/SecretStore.h"

namespace companion {

// The explicit, opt-in fallback (--insecure-token-store) for machines without a
// keyring: secrets in a JSON file readable only by the owner. It says so loudly.
class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(const QString &filePath, QObject *parent = nullptr);

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    bool isInsecure() const override { return true; }

private:
    SecretResult update(const QString &key, const QString *secret);
    void finish(Callback done, SecretResult result);

    QString m_path;
};

} // namespace companion
