#include "app/gui/money/EarningsCsvExport.h"

#include "app/gui/money/EarningsController.h"
#include "models/money/EarningsCsv.h"

#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

namespace companion {

EarningsCsvExport::EarningsCsvExport(QObject *parent)
    : QObject(parent)
{ }

QString EarningsCsvExport::suggestedFileName(EarningsController *earnings) const
{
    return earnings ? QStringLiteral("earnings-%1-to-%2.csv").arg(earnings->fromDate(), earnings->toDate())
                    : QStringLiteral("earnings.csv");
}

void EarningsCsvExport::write(EarningsController *earnings, const QUrl &file)
{
    if (!earnings || m_busy)
        return;
    m_busy = true;
    m_message.clear();
    Q_EMIT changed();
    const QList<Split> splits = earnings->periodSplits();
    const QDate from = QDate::fromString(earnings->fromDate(), Qt::ISODate);
    const QDate to = QDate::fromString(earnings->toDate(), Qt::ISODate);
    const QString zone = earnings->zone();
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QThreadPool::globalInstance()->start(
        [self = QPointer<EarningsCsvExport>(this), splits, from, to, zone, path] {
            const QByteArray csv = EarningsCsv::write(splits, from, to, zone);
            QSaveFile out(path);
            const bool ok = out.open(QIODevice::WriteOnly) && out.write(csv) == csv.size() && out.commit();
            const QString error = ok ? QString() : out.errorString();
            QMetaObject::invokeMethod(
                self.data(),
                [self, ok, error, path, count = int(splits.size())] {
                    if (!self)
                        return;
                    self->m_busy = false;
                    self->m_failed = !ok;
                    const QString name = QFileInfo(path).fileName();
                    if (!ok) {
                        self->m_message = tr("Could not write %1: %2").arg(path, error);
                    } else {
                        self->m_lastFile = path;
                        self->m_message = tr("Exported %n payment(s) to %1", nullptr, int(count)).arg(name);
                    }
                    Q_EMIT self->changed();
                    Q_EMIT self->finished(ok);
                },
                Qt::QueuedConnection);
        });
}

} // namespace companion
