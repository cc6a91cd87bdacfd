#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace companion {

struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,
        Unavailable, // no Secret Service / keyring reachable, or it is locked
        Error,
    };
    Status status = Status::Error;
    QString value; // the secret, for reads
    QString message; // a sentence for the user when status is not Ok

    bool ok() const { return status == Status::Ok; }
};

// Asynchronous storage for secrets (the refresh token). Callbacks run once, on
// the store's thread.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;
    using QObject::QObject;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
    // Whether secrets end up in plain files (shown to the user as a warning).
    virtual bool isInsecure() const { return false; }
};

} // namespace companion
