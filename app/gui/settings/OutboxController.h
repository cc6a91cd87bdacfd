#pragma once

#include "app/gui/settings/OutboxEditModel.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqml.h>

namespace companion {

// Lists the signed-in account's outbox and resolves it: keep mine / take
// theirs for conflicts (through the sync engine), discard for refused edits.
// Created in QML (`OutboxController {}`).
class OutboxController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(companion::OutboxEditModel *edits READ edits CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY changed)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY changed)
    // An action is running.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // What went wrong with the last action ("" after a success).
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // When the cache last got data from the server (survives restarts, unlike
    // SyncEngine::lastSyncedAt); invalid if never.
    Q_PROPERTY(QDateTime cacheUpdatedAt READ cacheUpdatedAt NOTIFY changed)
public:
    explicit OutboxController(QObject *parent = nullptr);

    OutboxEditModel *edits() const { return m_edits; }
    int count() const { return m_edits->rowCount(); }
    int pendingCount() const { return countOf(OutboxEdit::State::Pending); }
    int conflictCount() const { return countOf(OutboxEdit::State::Conflict); }
    int failedCount() const { return countOf(OutboxEdit::State::Failed); }
    bool busy() const { return m_busy > 0; }
    QString lastError() const { return m_lastError; }
    QDateTime cacheUpdatedAt() const { return m_cacheUpdatedAt; }

    // Conflict resolution: send my edit again on top of the server's schedule,
    // or drop it (and mark edits built on it as conflicts).
    Q_INVOKABLE void keepMine(qint64 seq);
    Q_INVOKABLE void takeTheirs(qint64 seq);
    // Removes an edit the server refused for good.
    Q_INVOKABLE void discard(qint64 seq);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();
    void busyChanged();
    void lastErrorChanged();

private:
    void resolve(qint64 seq, bool keepMine);
    void setLastError(const QString &error);
    void connectEngine();
    int countOf(OutboxEdit::State state) const;
    QString userId() const;

    OutboxEditModel *m_edits;
    int m_busy = 0;
    QString m_lastError;
    QDateTime m_cacheUpdatedAt;
    bool m_engineConnected = false;
    quint64 m_reads = 0; // only the newest read is applied (and none after sign-out)
};

} // namespace companion
