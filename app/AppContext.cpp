#include "app/AppContext.h"

#include "services/AuthSession.h"
#include "services/FileSecretStore.h"
#include "services/KeychainSecretStore.h"
#include "services/PlatformClient.h"
#include "services/Profile.h"

namespace companion {

AppContext::~AppContext() = default;

std::unique_ptr<AppContext> AppContext::create(const AppOptions &options, QString *error)
{
    std::unique_ptr<AppContext> context(new AppContext);
    context->m_profile = std::make_unique<Profile>(options.profileDirectory);
    if (const QString problem = context->m_profile->ensureExists(); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    QUrl server = options.serverUrl.isEmpty() ? context->m_profile->serverUrl() : options.serverUrl;
    if (server.isEmpty()) {
        *error = QStringLiteral("No server is configured for this profile. Pass --server URL.");
        return nullptr;
    }
    server = server.adjusted(QUrl::StripTrailingSlash);
    if (const QString problem = PlatformClient::validateBaseUrl(server); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    context->m_client = new PlatformClient(server, context.get());
    if (options.insecureTokenStore)
        context->m_secrets = new FileSecretStore(context->m_profile->insecureSecretsPath(), context.get());
    else
        context->m_secrets = new KeychainSecretStore(QStringLiteral("Companion"), context.get());
    context->m_session
        = new AuthSession(context->m_profile.get(), context->m_client, context->m_secrets, context.get());
    return context;
}

} // namespace companion
