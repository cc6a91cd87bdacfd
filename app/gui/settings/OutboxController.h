#pragma once

#include "services/OutboxStore.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QObject>
#include <QtQml/qqml.h>

namespace companion {

// The account's outbox edits for a list view: what is waiting to be sent, what
// conflicts with a change made elsewhere, what the server refused.
class OutboxEditModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OutboxEditModel is provided by OutboxController.edits")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        SeqRole = Qt::UserRole + 1, ///< qint64, the outbox sequence number (for the actions)
        KindRole, ///< "availability"
        TitleRole, ///< "Weekly availability"
        StateRole, ///< pending | conflict | failed
        IsPendingRole,
        IsConflictRole,
        IsFailedRole,
        CreatedAtRole, ///< QDateTime (UTC)
        CreatedTextRole, ///< "Thu 26 Nov, 14:05"
        MineTextRole, ///< the edit's schedule, one line per day
        TheirsTextRole, ///< the server's schedule (conflicts only)
        DifferencesRole, ///< QStringList: the days where mine and theirs differ
        ErrorRole, ///< why it conflicts or failed
        BaseVersionRole, ///< the version the edit was made against
        ServerVersionRole, ///< the server's version (conflicts), else -1
    };
    Q_ENUM(Role)

    explicit OutboxEditModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEdits(const QList<OutboxEdit> &edits);
    void setDisplayZone(const QString &zone) { m_displayZone = zone; }
    const OutboxEdit *at(int row) const;

    // An availability schedule as lines a person reads ("Mon  09:00–12:00, 14:00–17:00").
    static QStringList describeSchedule(const QJsonObject &schedule);
    // The days (and exception/time-off summaries) where two schedules differ.
    static QStringList differences(const QJsonObject &mine, const QJsonObject &theirs);

Q_SIGNALS:
    void countChanged();

private:
    QList<OutboxEdit> m_edits;
    QString m_displayZone;
};

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
