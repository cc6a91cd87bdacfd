#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqml.h>

namespace companion {

class EarningsController;

// The Earnings page's "Export CSV…": the splits of the page's period as EarningsCsv, written
// on a worker thread through QSaveFile (all or nothing), then said in one sentence.
class EarningsCsvExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString lastFile READ lastFile NOTIFY changed)
public:
    explicit EarningsCsvExport(QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    bool failed() const { return m_failed; }
    QString message() const { return m_message; }
    QString lastFile() const { return m_lastFile; }

    // "earnings-2026-01-01-to-2026-12-31.csv"
    Q_INVOKABLE QString suggestedFileName(companion::EarningsController *earnings) const;
    Q_INVOKABLE void write(companion::EarningsController *earnings, const QUrl &file);

Q_SIGNALS:
    void changed();
    void finished(bool ok);

private:
    bool m_busy = false;
    bool m_failed = false;
    QString m_message;
    QString m_lastFile;
};

} // namespace companion
