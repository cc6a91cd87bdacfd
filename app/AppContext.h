#pragma once

#include "app/AppOptions.h"

#include <QObject>

#include <memory>

namespace companion {

class AuthSession;
class PlatformClient;
class Profile;
class SecretStore;

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

private:
    AppContext() = default;

    std::unique_ptr<Profile> m_profile;
    PlatformClient *m_client = nullptr;
    SecretStore *m_secrets = nullptr;
    AuthSession *m_session = nullptr;
};

} // namespace companion
