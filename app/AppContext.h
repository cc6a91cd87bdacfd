#pragma once

#include "app/AppOptions.h"

#include <QObject>

#include <functional>
#include <memory>

namespace companion {

class AuthSession;
class ChangeStream;
class PlatformClient;
class Profile;
class SecretStore;
class Storage;
class SyncEngine;

// The composition root: builds the service graph for one profile and server.
class AppContext : public QObject
{
    Q_OBJECT
public:
    // Returns nullptr and sets `error` when the options cannot make a working context.
    static std::unique_ptr<AppContext> create(const AppOptions &options, QString *error);
    ~AppContext() override;

    Profile *profile() const { return m_profile.get(); }
    PlatformClient *client() const { return m_client; }
    AuthSession *session() const { return m_session; }
    SecretStore *secrets() const { return m_secrets; }

    // The signed-in account's cache, outbox and sync engine. Opened once the
    // session knows who is signed in (also offline, from the cached user);
    // closed when the session signs out. `done(error, notes)`.
    void openAccount(std::function<void(QString error, QStringList notes)> done);
    // The same for `userId` before the session knows it (the GUI's start opens the cached
    // user's cache while the window loads). Every caller of one opening gets its result.
    void openAccountOf(const QString &userId, std::function<void(QString error, QStringList notes)> done);
    Storage *storage() const { return m_storage; }
    SyncEngine *sync() const { return m_sync; }
    // The platform's change stream beside the sync engine: it connects once the engine's
    // automatic sync starts (the GUI), never for the CLI's one-off syncs.
    ChangeStream *changeStream() const { return m_changeStream; }

private:
    AppContext() = default;
    void closeAccount();

    std::unique_ptr<Profile> m_profile;
    PlatformClient *m_client = nullptr;
    SecretStore *m_secrets = nullptr;
    AuthSession *m_session = nullptr;
    Storage *m_storage = nullptr;
    SyncEngine *m_sync = nullptr;
    ChangeStream *m_changeStream = nullptr; // a child of m_sync
    QString m_accountId;
    bool m_accountOpen = false; // m_storage opened; until then the callers wait
    QList<std::function<void(QString, QStringList)>> m_openWaiting;
    QStringList m_openNotes; // what the opening repaired, for every caller
};

} // namespace companion
