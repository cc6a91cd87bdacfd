#include "server/store/WalCheckpointer.h"

#include "server/core/Logging.h"
#include "server/store/Database.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace companion::server {

namespace {

void checkpoint(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qCWarning(lcDb).noquote() << "checkpoint failed:" << q.lastError().text();
}

} // namespace

// The checkpointing connection and its timer, in the checkpointer's thread.
class WalCheckpointer::Worker : public QObject
{
public:
    explicit Worker(const QString &path)
        : m_path(path)
        , m_name(QStringLiteral("checkpoint-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    { }

    void open()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(m_path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!m_db.open()) {
            qCWarning(lcDb).noquote() << "checkpoint connection:" << m_db.lastError().text();
            return;
        }
        connect(&m_timer, &QTimer::timeout, this, [this] { checkpoint(m_db); });
        m_timer.start(kIntervalMs);
    }

    void close()
    {
        m_timer.stop();
        if (m_db.isOpen())
            checkpoint(m_db);
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    QTimer m_timer;
};

WalCheckpointer::WalCheckpointer() = default;

WalCheckpointer::~WalCheckpointer()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

bool WalCheckpointer::start(Database &db, const QString &dataDir, QString *error)
{
    QSqlQuery off = db.query();
    if (!db.exec(off, QStringLiteral("PRAGMA wal_autocheckpoint=0"))) {
        *error = QStringLiteral("cannot turn off automatic WAL checkpoints");
        return false;
    }
    m_thread = std::make_unique<QThread>();
    m_worker = new Worker(QDir(dataDir).filePath(QStringLiteral("platform.sqlite")));
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->open(); }, Qt::BlockingQueuedConnection);
    return true;
}

} // namespace companion::server
