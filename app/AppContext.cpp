#include "app/AppContext.h"

#include "services/auth/AuthSession.h"
#include "services/auth/FileSecretStore.h"
#include "services/auth/KeychainSecretStore.h"
#include "services/auth/Profile.h"
#include "services/net/PlatformClient.h"
#include "services/storage/Storage.h"
#include "services/sync/ChangeStream.h"
#include "services/sync/SyncEngine.h"

#include <QDir>

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
    if (server.isEmpty() && !options.serverOptional) {
        *error = QStringLiteral("No server is configured for this profile. Pass --server URL.");
        return nullptr;
    }
    server = server.adjusted(QUrl::StripTrailingSlash);
    if (const QString problem = server.isEmpty() ? QString() : PlatformClient::validateBaseUrl(server);
        !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    context->m_client = new PlatformClient(server, context.get());
    context->m_client->setTransferTimeout(options.timeoutSeconds * 1000);
    if (options.insecureTokenStore)
        context->m_secrets = new FileSecretStore(context->m_profile->insecureSecretsPath(), context.get());
    else
        context->m_secrets = new KeychainSecretStore(QStringLiteral("Companion"), context.get());
    context->m_session
        = new AuthSession(context->m_profile.get(), context->m_client, context->m_secrets, context.get());
    AppContext *raw = context.get();
    connect(raw->m_session, &AuthSession::stateChanged, raw, [raw] {
        if (raw->m_session->state() == AuthSession::State::SignedOut)
            raw->closeAccount();
    });
    return context;
}

void AppContext::closeAccount()
{
    // Later, not now: this may run inside one of their own callbacks (sign-out mid-sync).
    if (m_changeStream)
        m_changeStream->stop(); // closes its socket now; it goes with the engine
    m_changeStream = nullptr;
    if (m_sync)
        m_sync->deleteLater();
    m_sync = nullptr;
    if (m_storage)
        m_storage->deleteLater();
    m_storage = nullptr;
    m_accountId.clear();
    m_accountOpen = false;
    m_openWaiting.clear(); // their storage is gone: it will never answer them
    m_openNotes.clear();
}

void AppContext::openAccount(std::function<void(QString, QStringList)> done)
{
    openAccountOf(m_session->user().id, std::move(done));
}

void AppContext::openAccountOf(const QString &userId, std::function<void(QString, QStringList)> done)
{
    if (userId.isEmpty()) {
        done(QStringLiteral("Not signed in."), {});
        return;
    }
    if (m_storage && m_accountId == userId) {
        if (m_accountOpen)
            done({}, m_openNotes);
        else
            m_openWaiting.append(std::move(done));
        return;
    }
    closeAccount();
    m_accountId = userId;
    m_openWaiting.append(std::move(done));
    // One cache per account; the outbox is per profile and tags each edit with its user.
    const QString cache = QDir(m_profile->cacheDirectory()).filePath(userId + QStringLiteral(".sqlite"));
    const QString outbox = QDir(m_profile->directory()).filePath(QStringLiteral("outbox.sqlite"));
    m_storage = new Storage(cache, outbox, this);
    m_storage->open([this](const QString &error, const QStringList &notes) {
        const auto waiting = std::exchange(m_openWaiting, {});
        if (!error.isEmpty()) {
            closeAccount();
            for (const auto &done : waiting)
                done(error, notes);
            return;
        }
        m_sync = new SyncEngine(m_session, m_storage, this);
        m_changeStream = new ChangeStream(m_session, m_sync, m_sync);
        connect(m_sync, &SyncEngine::automaticSyncStarted, m_changeStream, &ChangeStream::start);
        m_sync->refreshOutboxCounts();
        m_accountOpen = true;
        m_openNotes = notes;
        for (const auto &done : waiting)
            done({}, notes);
    });
}

} // namespace companion
