#include "app/gui/settings/OutboxController.h"

#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "services/storage/AccountReader.h"
#include "services/storage/Storage.h"
#include "services/sync/SyncEngine.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace companion {

// ---- OutboxController ---------------------------------------------------------

struct OutboxRead
{
    QList<OutboxEdit> edits;
    QDateTime cacheUpdatedAt;
};

OutboxController::OutboxController(QObject *parent)
    : QObject(parent)
    , m_edits(new OutboxEditModel(this))
{
    AccountController *account = AccountController::instance();
    if (!account)
        return;
    connect(account, &AccountController::collectionChanged, this, [this](const QString &collection) {
        if (collection == QLatin1String("outbox") || collection == QLatin1String("availability")
            || collection == QLatin1String("me"))
            reload();
    });
    connect(account, &AccountController::readyChanged, this, [this] {
        connectEngine();
        reload();
    });
    connectEngine();
    reload();
}

void OutboxController::connectEngine()
{
    AccountController *account = AccountController::instance();
    SyncEngine *engine = account ? account->sync() : nullptr;
    if (!engine || m_engineConnected)
        return;
    m_engineConnected = true;
    // The counters move when an edit is sent, refused or resolved.
    connect(engine, &SyncEngine::outboxChanged, this, &OutboxController::reload);
}

QString OutboxController::userId() const
{
    // App is the composition root's singleton; create() hands out the instance main() made.
    AppController *app = AppController::create(nullptr, nullptr);
    return app && app->session() ? app->session()->user().id : QString();
}

int OutboxController::countOf(OutboxEdit::State state) const
{
    int n = 0;
    for (int row = 0; row < m_edits->rowCount(); ++row)
        n += m_edits->at(row)->state == state ? 1 : 0;
    return n;
}

void OutboxController::reload()
{
    AccountController *account = AccountController::instance();
    Storage *storage = account ? account->storage() : nullptr;
    const quint64 read = ++m_reads;
    if (!storage) {
        m_edits->setEdits({});
        m_cacheUpdatedAt = {};
        Q_EMIT changed();
        return;
    }
    m_edits->setDisplayZone(account->sessions()->displayZone());
    const QString user = userId();
    storage->run<OutboxRead>(
        this,
        [user](Storage::Stores &stores) {
            OutboxRead read;
            const AccountReader reader(stores);
            read.edits = reader.edits(user);
            read.cacheUpdatedAt = reader.accountSyncedAt();
            return read;
        },
        [this, read](const OutboxRead &result) {
            if (read != m_reads)
                return;
            m_edits->setEdits(result.edits);
            m_cacheUpdatedAt = result.cacheUpdatedAt;
            Q_EMIT changed();
        });
}

void OutboxController::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void OutboxController::keepMine(qint64 seq)
{
    resolve(seq, true);
}

void OutboxController::takeTheirs(qint64 seq)
{
    resolve(seq, false);
}

void OutboxController::resolve(qint64 seq, bool keepMine)
{
    AccountController *account = AccountController::instance();
    SyncEngine *engine = account ? account->sync() : nullptr;
    if (!engine) {
        setLastError(tr("Sign in to resolve this edit."));
        return;
    }
    ++m_busy;
    Q_EMIT busyChanged();
    engine->resolveConflict(seq, keepMine, [this, keepMine](bool ok) {
        --m_busy;
        Q_EMIT busyChanged();
        setLastError(ok             ? QString()
                         : keepMine ? tr("Could not re-queue your edit; it is no longer in conflict.")
                                    : tr("Could not drop your edit; it is no longer in conflict."));
        reload();
    });
}

void OutboxController::discard(qint64 seq)
{
    AccountController *account = AccountController::instance();
    Storage *storage = account ? account->storage() : nullptr;
    if (!storage) {
        setLastError(tr("Sign in to discard this edit."));
        return;
    }
    ++m_busy;
    Q_EMIT busyChanged();
    storage->run<bool>(
        this, [seq](Storage::Stores &stores) { return stores.outbox->discard(seq); },
        [this](bool ok) {
            --m_busy;
            Q_EMIT busyChanged();
            setLastError(ok ? QString() : tr("Only an edit the server refused can be discarded."));
            if (AccountController *account = AccountController::instance(); account && account->sync())
                account->sync()->refreshOutboxCounts();
            reload();
        });
}

} // namespace companion
