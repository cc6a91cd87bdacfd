#pragma once

#include "models/Session.h"
#include "models/money/Split.h"
#include "services/storage/SqliteFile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace companion {

// The per-account read cache (SQLite under <profile>/cache/). It can always be
// rebuilt from the server, so a damaged file is moved aside and replaced by an
// empty one (which makes the next sync a full one). Not thread-safe: it lives
// on the storage thread (see Storage).
class CacheStore
{
public:
    explicit CacheStore(const QString &path);

    // Opens (creating, migrating or rebuilding). Empty on success, else a message.
    QString open();
    // True when open() found a damaged cache and started a new one.
    bool wasRebuilt() const { return m_rebuilt; }
    QString movedAsidePath() const { return m_movedAside; }
    bool integrityCheck() { return m_file.integrityCheck(); }
    // The open file, for the stores that keep their tables in it (FeedCacheStore).
    QSqlDatabase &database() { return m_file.database(); }

    struct PageResult
    {
        bool ok = false;
        QString error;
        int applied = 0;
    };
    // Applies one delta page and its cursor in one transaction: all or nothing,
    // so a crash can neither skip nor double a page. Items are validated first.
    // With `expectedCursor`, the page applies only if the stored cursor is still
    // the one it was fetched with (pages fetched ahead never skip a rejected one).
    // `itemTexts` (when given, one per item) is each item's JSON as the server sent it: stored
    // as is instead of serialising the parsed item again.
    PageResult applySessionPage(const QJsonArray &items, const QString &nextCursor,
                                const QString *expectedCursor = nullptr,
                                const QList<QByteArrayView> *itemTexts = nullptr);
    PageResult applySplitPage(const QJsonArray &items, const QString &nextCursor,
                              const QString *expectedCursor = nullptr,
                              const QList<QByteArrayView> *itemTexts = nullptr);

    // A delta page read and checked, not yet written: the part of applying a page that needs no
    // database, so a sync can do it on its own thread while the storage thread writes the page
    // before (DeltaPager). `body` keeps the bytes `itemTexts` point into alive.
    struct CheckedPage
    {
        bool isSessions = false;
        QList<Session> sessions;
        QList<Split> splits;
        QList<QByteArray> texts; // each session's or split's JSON as stored
        QStringList deletions;
        int items = 0;
        QString error; // the first item that failed, if any: the page is then rejected whole
        QByteArray body;
    };
    static CheckedPage checkPage(const QString &collection, const QJsonArray &items,
                                 const QList<QByteArrayView> *itemTexts = nullptr,
                                 const QByteArray &body = {});
    // Writes a checked page and its cursor in one transaction, as applySessionPage does.
    PageResult applyCheckedPage(const CheckedPage &page, const QString &nextCursor,
                                const QString *expectedCursor = nullptr);

    QString cursor(const QString &collection);
    QDateTime lastSynced(const QString &collection);
    // Drops a collection's rows and cursor (the server said the cursor expired).
    bool resetCollection(const QString &collection);

    // Whole documents (me, offerings, availability, earnings summaries). Stamps the sync time
    // either way; `changed` (when given) says whether the content differs from the cached one
    // (JSON-equal counts as the same), so an unchanged document need not be announced.
    bool putDocument(const QString &key, const QJsonObject &document, bool *changed = nullptr);
    std::optional<QJsonObject> document(const QString &key);
    QDateTime documentSyncedAt(const QString &key);

    QList<Session> sessions(const QDateTime &from = {}, const QDateTime &to = {}, const QString &status = {});
    QList<Split> splits();
    int sessionCount();
    int splitCount();

private:
    bool setCursor(const QString &collection, const QString &cursor);

    SqliteFile m_file;
    bool m_rebuilt = false;
    QString m_movedAside;
};

} // namespace companion
