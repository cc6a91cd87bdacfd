#include "services/storage/Storage.h"

#include "services/storage/CacheStore.h"
#include "services/storage/FeedCacheStore.h"
#include "services/storage/OutboxStore.h"

namespace companion {

Storage::Storage(QString cachePath, QString outboxPath, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_outboxPath(std::move(outboxPath))
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("companion-storage"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

Storage::~Storage()
{
    // Close the databases on the thread that opened them.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            delete m_stores.feeds;
            delete m_stores.cache;
            delete m_stores.outbox;
            m_stores = {};
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void Storage::open(std::function<void(QString, QStringList)> done)
{
    struct Opened
    {
        QString error;
        QStringList notes;
    };
    run<Opened>(
        this,
        [this](Stores &stores) {
            Opened result;
            if (!stores.cache) {
                stores.cache = new CacheStore(m_cachePath);
                result.error = stores.cache->open();
                if (result.error.isEmpty())
                    stores.feeds = new FeedCacheStore(*stores.cache);
                if (stores.cache->wasRebuilt())
                    result.notes << QStringLiteral("The offline cache was damaged; it was moved to %1 and is "
                                                   "being rebuilt from the server.")
                                        .arg(stores.cache->movedAsidePath());
            }
            if (!stores.outbox && result.error.isEmpty()) {
                stores.outbox = new OutboxStore(m_outboxPath);
                result.error = stores.outbox->open();
                if (!stores.outbox->damagedCopy().isEmpty())
                    result.notes << QStringLiteral(
                                        "The outbox of unsent edits was damaged. It was kept at %1; "
                                        "edits in it could not be read.")
                                        .arg(stores.outbox->damagedCopy());
            }
            if (!result.error.isEmpty()) {
                delete stores.feeds;
                delete stores.cache;
                delete stores.outbox;
                stores = {};
            }
            return result;
        },
        [done](const Opened &opened) { done(opened.error, opened.notes); });
}

} // namespace companion
