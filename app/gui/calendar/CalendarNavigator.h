#pragma once

#include <QDate>
#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqml.h>

namespace companion {

// Where the calendar looks: the view (week, month, agenda, editor, preview), the visible
// date and its range, the viewer's zone and the day headers, like Merkuro's DateTimeState.
// The viewer zone follows the teacher's zone until the user picks one. Owned by the
// CalendarController; it knows nothing of sessions or schedules.
class CalendarNavigator : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The calendar controller owns its navigator.")
    Q_PROPERTY(QString view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(QDate visibleDate READ visibleDate WRITE jumpTo NOTIFY rangeChanged)
    Q_PROPERTY(QString visibleIso READ visibleIso NOTIFY rangeChanged)
    Q_PROPERTY(QDate today READ today NOTIFY rangeChanged)
    Q_PROPERTY(QString rangeTitle READ rangeTitle NOTIFY rangeChanged)
    Q_PROPERTY(QVariantList dayHeaders READ dayHeaders NOTIFY rangeChanged)
    Q_PROPERTY(int nowMinute READ nowMinute NOTIFY rangeChanged)
    Q_PROPERTY(int todayColumn READ todayColumn NOTIFY rangeChanged)
    Q_PROPERTY(QString viewerZone READ viewerZone WRITE setViewerZone NOTIFY zonesChanged)
    Q_PROPERTY(QString teacherZone READ teacherZone NOTIFY zonesChanged)
    Q_PROPERTY(QString viewerZoneLabel READ viewerZoneLabel NOTIFY zonesChanged)
    Q_PROPERTY(QString teacherZoneLabel READ teacherZoneLabel NOTIFY zonesChanged)
    Q_PROPERTY(QStringList zoneChoices READ zoneChoices NOTIFY zonesChanged)
public:
    explicit CalendarNavigator(QObject *parent = nullptr);

    QString view() const { return m_view; }
    void setView(const QString &view);
    QDate visibleDate() const { return m_visibleDate; }
    QString visibleIso() const { return m_visibleDate.toString(Qt::ISODate); }
    QDate today() const;
    QString rangeTitle() const;
    QVariantList dayHeaders() const;
    int nowMinute() const;
    int todayColumn() const;
    QTimeZone zone() const { return m_viewerZone; }
    QString viewerZone() const { return QString::fromUtf8(m_viewerZone.id()); }
    void setViewerZone(const QString &zone);
    QString teacherZone() const { return m_teacherZone; }
    // The teacher's zone; the viewer zone follows it until the user picks one.
    void setTeacherZone(const QString &zone);
    QString viewerZoneLabel() const;
    QString teacherZoneLabel() const;
    QStringList zoneChoices() const;

    // The first day shown and how many: a week (Monday first) or a whole month.
    QDate rangeStart() const;
    int rangeDays() const;
    QDate weekStart() const;
    bool showsMonth() const;

    Q_INVOKABLE void goToday();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void next();
    Q_INVOKABLE void jumpTo(QDate date);
    Q_INVOKABLE bool jumpToText(const QString &isoDate);
    Q_INVOKABLE QDate dateOfColumn(int column) const;
    // Shows times in `zone` (an IANA id); false when it is not a known zone.
    Q_INVOKABLE bool chooseViewerZone(const QString &zone);

Q_SIGNALS:
    void viewChanged();
    void rangeChanged();
    void zonesChanged();

private:
    QTimer m_minute;
    QString m_view = QStringLiteral("week");
    QDate m_visibleDate;
    QTimeZone m_viewerZone = QTimeZone::utc();
    bool m_viewerZoneChosen = false;
    QString m_teacherZone;
};

} // namespace companion
