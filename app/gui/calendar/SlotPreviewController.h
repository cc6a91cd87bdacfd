#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqml.h>

namespace companion {

class AccountController;
class CalendarNavigator;

// What students could book in the visible week: one of the teacher's offerings through the
// same SlotCalculator the server uses, on the server's copy of the schedule (unsynced edits
// are not offered yet) with the teacher's own sessions as busy time. Owned by the
// CalendarController; rebuilt only while the preview is shown.
class SlotPreviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The calendar controller owns its preview.")
    // [{id, title, label, durationMinutes}]
    Q_PROPERTY(QVariantList offerings READ offerings NOTIFY offeringsChanged)
    Q_PROPERTY(int offering READ offering WRITE setOffering NOTIFY changed)
    // [{label, weekday: "Mon", dateText: "30 Nov", iso, slots: ["09:00", …], seats: ["3 left" | "", …],
    //   reason: "past" | "notice" | "window" | "booked" | "buffer" | "cap" | "closed" | "vacation" | "",
    //   reasonText: why the day has no slot, from the slot engine's own pass,
    //   note: on a day with slots, the starts a rule still took ("2 more not offered: …")}], Monday first.
    Q_PROPERTY(QVariantList days READ days NOTIFY changed)
    // The chosen offering's rules, one phrase each: ["60 min lessons", "a start every 30 min", …].
    Q_PROPERTY(QStringList limits READ limits NOTIFY changed)
    Q_PROPERTY(QString limitsText READ limitsText NOTIFY changed) // the same, joined by " · "
    // Where students book the chosen offering (the API's booking_url); "" when it gives none.
    Q_PROPERTY(QString bookingUrl READ bookingUrl NOTIFY changed)
    Q_PROPERTY(int slotCount READ slotCount NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
public:
    SlotPreviewController(AccountController *account, const CalendarNavigator *navigator,
                          QObject *parent = nullptr);

    QVariantList offerings() const;
    int offering() const { return m_offering; }
    void setOffering(int index);
    QVariantList days() const { return m_days; }
    QStringList limits() const { return m_limits; }
    QString limitsText() const { return m_limits.join(QStringLiteral(" · ")); }
    QString bookingUrl() const { return m_bookingUrl; }
    // Puts bookingUrl on the clipboard; false when there is none.
    Q_INVOKABLE bool copyBookingLink() const;
    int slotCount() const { return m_slotCount; }
    QString error() const { return m_error; }

    // Recomputes when shown (the calendar calls it after each layout of the preview view).
    void rebuild();

Q_SIGNALS:
    void offeringsChanged();
    void changed();

private:
    AccountController *m_account;
    const CalendarNavigator *m_navigator;
    int m_offering = 0;
    QVariantList m_days;
    QStringList m_limits;
    QString m_bookingUrl;
    int m_slotCount = 0;
    QString m_error;
};

} // namespace companion
