#pragma once

#include "services/net/ApiResponse.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>

namespace companion {

class AuthSession;
class Storage;

// Brings one cursor-paged collection ("sessions" or "splits") up to date: reads the stored
// cursor, GETs pages from it, and applies each page with its cursor in one transaction.
// The next page is fetched while this one is written (the server and the cache work at the
// same time); pages still apply strictly in order, each only on top of the one before it
// (the expected cursor), so a rejected page can never be skipped over. 410 (cursor too old)
// starts the collection over. A server that never ends (a next_cursor that does not advance,
// or more pages than its first page's `remaining` allows) stops the pull with an
// invalid-response error instead of paging forever. One job per collection and sync; it
// deletes itself when done.
class DeltaPager : public QObject
{
    Q_OBJECT
public:
    DeltaPager(AuthSession *session, Storage *storage, QString collection, int pageSize,
               QObject *parent = nullptr);

    // `applied(count)` after each page that applied items; `done` once: ok, or the failure
    // the sync ends with. Replies that arrive after `done` are ignored.
    void start(std::function<void(int applied)> applied,
               std::function<void(bool ok, const ApiResponse &failure)> done);

private:
    void pull();
    void fetch(const QString &cursor);
    void finish(bool ok, const ApiResponse &failure = {});
    // Counts a page; false (and the pull finished) when the server is not making progress.
    bool progressed(const QString &cursor, const QJsonObject &page, bool hasMore);

    static constexpr int kMaxPagesWithoutCount = 10'000; // a server that sends no `remaining`
    static constexpr int kPageSlack = 10; // pages for changes made while the sync runs

    AuthSession *m_session;
    Storage *m_storage;
    QString m_collection;
    int m_pageSize;
    int m_round = 0; // bumped on a restart (410) and when done: older replies are stale
    bool m_done = false;
    int m_pages = 0; // pages received in this round
    qint64 m_pageBudget = -1; // pages the server's first `remaining` allows; -1: not known
    QSet<QString> m_cursors; // cursors already requested in this round
    std::function<void(int)> m_applied;
    std::function<void(bool, const ApiResponse &)> m_finished;
};

} // namespace companion
