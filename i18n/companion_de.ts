<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountReader</name>
    <message>
        <source>The cached availability could not be read (%1).</source>
        <translation>Die gespeicherte Verfügbarkeit konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>ActivityDelegate</name>
    <message>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Senden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Liked · %1</source>
        <translation>Gefällt mir · %1</translation>
    </message>
    <message>
        <source>Like · %1</source>
        <translation>Gefällt mir · %1</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Gefällt mir</translation>
    </message>
    <message>
        <source>Unlike (%1 likes)</source>
        <translation>Gefällt mir nicht mehr (%1 Likes)</translation>
    </message>
    <message>
        <source>Like (%1 likes)</source>
        <translation>Gefällt mir (%1 Likes)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Delete this post?</source>
        <translation>Diesen Beitrag löschen?</translation>
    </message>
    <message>
        <source>Everyone in the feed stops seeing it, with its comments.</source>
        <translation>Niemand im Feed sieht ihn dann noch, auch seine Kommentare nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>%1 · today</source>
        <translation>%1 · heute</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4, %5</source>
        <translation>%1, %2, %3, %4, %5</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>you teach, %1</source>
        <translation>Sie leiten, %1</translation>
    </message>
    <message>
        <source>Opens the session&apos;s details.</source>
        <translation>Öffnet die Details der Sitzung.</translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <source>In the room</source>
        <translation>Im Raum</translation>
    </message>
    <message>
        <source>%1 · in the room now</source>
        <translation>%1 · gerade im Raum</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n min</source>
        <translation>
            <numerusform>%1 · %n Min.</numerusform>
            <numerusform>%1 · %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthSession</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in reply was incomplete (%1).</source>
        <translation>Die Anmeldeantwort des Servers war unvollständig (%1).</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <source>Add weekly hours…</source>
        <translation>Wochenzeiten hinzufügen…</translation>
    </message>
    <message>
        <source>Date overrides</source>
        <translation>Tagesausnahmen</translation>
    </message>
    <message>
        <source>Vacations</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>BlockedMoneyHint</name>
    <message>
        <source>%1 is waiting: Stripe has paused your payouts until your details are complete.</source>
        <translation>%1 wartet: Stripe hat Ihre Auszahlungen angehalten, bis Ihre Angaben vollständig sind.</translation>
    </message>
    <message>
        <source>%1 is waiting: finish your payout setup to receive it.</source>
        <translation>%1 wartet: Schließen Sie die Einrichtung der Auszahlungen ab, um den Betrag zu erhalten.</translation>
    </message>
    <message>
        <source>Continue in Stripe</source>
        <translation>Weiter bei Stripe</translation>
    </message>
    <message>
        <source>Finish payout setup</source>
        <translation>Auszahlungen einrichten</translation>
    </message>
</context>
<context>
    <name>BookedWarning</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Sessions you teach and sessions of your courses.</source>
        <translation>Sitzungen, die Sie leiten, und Sitzungen Ihrer Kurse.</translation>
    </message>
    <message>
        <source>Sessions you teach.</source>
        <translation>Sitzungen, die Sie leiten.</translation>
    </message>
    <message>
        <source>Times in %1.</source>
        <translation>Zeiten in %1.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Saves sessions as a calendar file for Google or Apple Calendar.</source>
        <translation>Speichert Sitzungen als Kalenderdatei für Google oder Apple Kalender.</translation>
    </message>
    <message>
        <source>Loading your sessions…</source>
        <translation>Ihre Sitzungen werden geladen…</translation>
    </message>
    <message>
        <source>No sessions saved on this computer yet</source>
        <translation>Noch keine Sitzungen auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>No upcoming sessions</source>
        <translation>Keine anstehenden Sitzungen</translation>
    </message>
    <message>
        <source>No past sessions yet</source>
        <translation>Noch keine vergangenen Sitzungen</translation>
    </message>
    <message>
        <source>Nothing cancelled</source>
        <translation>Nichts abgesagt</translation>
    </message>
    <message>
        <source>Companion is offline and has not synced this account before. Sessions appear after the first sync.</source>
        <translation>Companion ist offline und hat dieses Konto noch nie synchronisiert. Die Sitzungen erscheinen nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>When a student books one of your free slots, the session appears here with its time in your zone. More free hours mean more bookings.</source>
        <translation>Wenn jemand einen Ihrer freien Termine bucht, erscheint die Sitzung hier, mit der Uhrzeit in Ihrer Zeitzone. Mehr freie Zeiten bringen mehr Buchungen.</translation>
    </message>
    <message>
        <source>Sessions move here once they end, with whether they were completed or a no-show.</source>
        <translation>Sitzungen wandern nach ihrem Ende hierher, mit der Angabe, ob sie stattgefunden haben oder niemand erschienen ist.</translation>
    </message>
    <message>
        <source>Sessions cancelled by you, a student or the platform are listed here.</source>
        <translation>Hier stehen Sitzungen, die Sie, Lernende oder die Plattform abgesagt haben.</translation>
    </message>
    <message>
        <source>Open availability</source>
        <translation>Verfügbarkeit öffnen</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Anstehend (%1)</translation>
    </message>
    <message>
        <source>Past (%1)</source>
        <translation>Vergangen (%1)</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <translation>Abgesagt (%1)</translation>
    </message>
    <message>
        <source>Search course, teacher or student</source>
        <translation>Kurs, Lehrperson oder Lernende suchen</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sitzungen suchen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Alle Kurse</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrperson</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>Alle Lehrpersonen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>No session matches</source>
        <translation>Keine Sitzung passt</translation>
    </message>
    <message>
        <source>Nothing in this tab matches the search or the chosen course and teacher. The other tabs&apos; counts show where matches are.</source>
        <translation>In diesem Reiter passt nichts zur Suche oder zu Kurs und Lehrperson. Die Zahlen der anderen Reiter zeigen, wo Treffer sind.</translation>
    </message>
</context>
<context>
    <name>CacheStore</name>
    <message>
        <source>The offline cache at %1 is damaged and could not be moved aside.</source>
        <translation>Der Offline-Zwischenspeicher unter %1 ist beschädigt und konnte nicht beiseitegelegt werden.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export sessions to a calendar file</source>
        <translation>Sitzungen in eine Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>First day of the export</source>
        <translation>Erster Tag des Exports</translation>
    </message>
    <message>
        <source>Last day of the export</source>
        <translation>Letzter Tag des Exports</translation>
    </message>
    <message>
        <source>Only sessions I teach (leave out S-Ts&apos; sessions of my courses)</source>
        <translation>Nur Sitzungen, die ich leite (ohne Sitzungen von S-Ts in meinen Kursen)</translation>
    </message>
    <message>
        <source>Include cancelled sessions (shown as cancelled)</source>
        <translation>Abgesagte Sitzungen einschließen (als abgesagt markiert)</translation>
    </message>
    <message>
        <source>Enter the days as YYYY-MM-DD, the first on or before the last.</source>
        <translation>Geben Sie die Tage als JJJJ-MM-TT ein, den ersten am oder vor dem letzten.</translation>
    </message>
    <message>
        <source>A file is a copy: it does not change when sessions do. To keep your calendar up to date, subscribe to your calendar address in Settings.</source>
        <translation>Eine Datei ist eine Kopie: Sie ändert sich nicht mit den Sitzungen. Damit Ihr Kalender aktuell bleibt, abonnieren Sie Ihre Kalenderadresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the sessions as a calendar file</source>
        <translation>Sitzungen als Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will be exported, in your time zone (%1).</source>
        <translation>
            <numerusform>%n Sitzung wird exportiert, in Ihrer Zeitzone (%1).</numerusform>
            <numerusform>%n Sitzungen werden exportiert, in Ihrer Zeitzone (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarLayout</name>
    <message>
        <source>%1 of %2 seats</source>
        <translation>%1 von %2 Plätzen</translation>
    </message>
    <message>
        <source>1 student</source>
        <translation>1 Lernende/r</translation>
    </message>
    <message>
        <source>no student</source>
        <translation>niemand gebucht</translation>
    </message>
</context>
<context>
    <name>CalendarLegend</name>
    <message>
        <source>Weekly hours</source>
        <translation>Wochenzeiten</translation>
    </message>
    <message>
        <source>Date override</source>
        <translation>Tagesausnahme</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>You teach</source>
        <translation>Sie leiten</translation>
    </message>
    <message>
        <source>An S-T teaches</source>
        <translation>Ein S-T leitet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Zu heute springen (T)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous (←)</source>
        <translation>Zurück (←)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next (→)</source>
        <translation>Weiter (→)</translation>
    </message>
    <message>
        <source>Go to date…</source>
        <translation>Datum…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Saves sessions as a calendar file for Google or Apple Calendar.</source>
        <translation>Speichert Sitzungen als Kalenderdatei für Google oder Apple Kalender.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Student preview</source>
        <translation>Vorschau für Lernende</translation>
    </message>
    <message>
        <source>Drag on a day to add hours, drag a block to move it, drag its edge to resize, click it to edit or delete.</source>
        <translation>Ziehen Sie über einen Tag, um Zeiten hinzuzufügen, ziehen Sie einen Block, um ihn zu verschieben, ziehen Sie an seinem Rand, um die Dauer zu ändern, oder klicken Sie ihn an, um ihn zu bearbeiten oder zu löschen.</translation>
    </message>
    <message>
        <source>Shown in</source>
        <translation>Angezeigt in</translation>
    </message>
    <message>
        <source>Time zone the calendar is shown in</source>
        <translation>Zeitzone, in der der Kalender angezeigt wird</translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Try a name like Europe/Paris.</source>
        <translation>„%1“ ist keine Zeitzone. Versuchen Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>Your zone: %1</source>
        <translation>Ihre Zeitzone: %1</translation>
    </message>
    <message>
        <source>No sessions this week.</source>
        <translation>Keine Sitzungen in dieser Woche.</translation>
    </message>
    <message>
        <source>No sessions in %1</source>
        <translation>Keine Sitzungen im %1</translation>
    </message>
    <message>
        <source>Sessions students book appear here. Use ‹ › to look at other months.</source>
        <translation>Sitzungen, die Lernende buchen, erscheinen hier. Mit ‹ › sehen Sie andere Monate.</translation>
    </message>
    <message>
        <source>Drag on a day to add hours on that date.</source>
        <translation>Ziehen Sie über einen Tag, um an diesem Datum Zeiten hinzuzufügen.</translation>
    </message>
    <message>
        <source>Sign in to see your calendar</source>
        <translation>Melden Sie sich an, um Ihren Kalender zu sehen</translation>
    </message>
    <message>
        <source>The calendar could not be loaded</source>
        <translation>Der Kalender konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading your calendar…</source>
        <translation>Ihr Kalender wird geladen…</translation>
    </message>
    <message>
        <source>Your availability and sessions are kept per account.</source>
        <translation>Ihre Verfügbarkeit und Ihre Sitzungen werden pro Konto gespeichert.</translation>
    </message>
    <message>
        <source>Reading sessions and availability from this computer&apos;s cache.</source>
        <translation>Sitzungen und Verfügbarkeit werden aus dem Zwischenspeicher dieses Computers gelesen.</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Gehe zu Datum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Geben Sie ein Datum als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>No sessions this week, and no weekly hours yet — set them under “Availability”.</source>
        <translation>Keine Sitzungen in dieser Woche und noch keine Wochenzeiten – legen Sie sie unter „Verfügbarkeit“ fest.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>CalendarStatus</name>
    <message>
        <source>Offline — %1 saved on this computer, sent when the connection is back.</source>
        <translation>Offline – %1 auf diesem Computer gespeichert, gesendet, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Offline — you can still edit your hours; edits are kept on this computer and sent when the connection is back.</source>
        <translation>Offline – Sie können Ihre Zeiten weiter bearbeiten; Änderungen bleiben auf diesem Computer und werden gesendet, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Your availability changed elsewhere while this edit waited (server version %1). Keep your version or take the server&apos;s?</source>
        <translation>Ihre Verfügbarkeit wurde anderswo geändert, während diese Änderung wartete (Serverversion %1). Ihre Version behalten oder die des Servers übernehmen?</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Server übernehmen</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Letzte Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving… %n edit(s) waiting to reach the server.</source>
        <translation>
            <numerusform>Speichern… %n Änderung wartet darauf, den Server zu erreichen.</numerusform>
            <numerusform>Speichern… %n Änderungen warten darauf, den Server zu erreichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarSubscriptionCard</name>
    <message>
        <source>Calendar subscription</source>
        <translation>Kalenderabonnement</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copies %1 to the clipboard.</source>
        <translation>Kopiert %1 in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Subscribe once and your sessions appear in your calendar app, with changes and cancellations following on their own. Sessions you teach and those taught in your courses are included; cancelled ones disappear.</source>
        <translation>Einmal abonnieren, und Ihre Sitzungen erscheinen in Ihrer Kalender-App; Änderungen und Absagen folgen von selbst. Enthalten sind Sitzungen, die Sie leiten, und solche in Ihren Kursen; abgesagte verschwinden.</translation>
    </message>
    <message>
        <source>Getting your calendar address…</source>
        <translation>Ihre Kalenderadresse wird abgerufen…</translation>
    </message>
    <message>
        <source>Your calendar address is switched off.</source>
        <translation>Ihre Kalenderadresse ist abgeschaltet.</translation>
    </message>
    <message>
        <source>Your calendar address needs a connection to the platform. Exporting a file works offline.</source>
        <translation>Ihre Kalenderadresse braucht eine Verbindung zur Plattform. Der Export als Datei funktioniert auch offline.</translation>
    </message>
    <message>
        <source>Apple Calendar and apps</source>
        <translation>Apple Kalender und Apps</translation>
    </message>
    <message>
        <source>Google Calendar</source>
        <translation>Google Kalender</translation>
    </message>
    <message>
        <source>Open in Apple Calendar / your calendar app</source>
        <translation>In Apple Kalender / Ihrer Kalender-App öffnen</translation>
    </message>
    <message>
        <source>Add to Google Calendar</source>
        <translation>Zu Google Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Opens Google Calendar&apos;s page for adding a calendar from an address.</source>
        <translation>Öffnet die Seite von Google Kalender, um einen Kalender über eine Adresse hinzuzufügen.</translation>
    </message>
    <message>
        <source>Google Calendar refreshes subscribed calendars only every several hours (often 8 to 24), so a change can take that long to show there; Apple Calendar lets you choose how often. If Google does not add it, paste the Google Calendar address under Other calendars → From URL.</source>
        <translation>Google Kalender aktualisiert abonnierte Kalender nur alle paar Stunden (oft 8 bis 24), daher kann eine Änderung so lange brauchen, bis sie dort erscheint; in Apple Kalender wählen Sie selbst, wie oft. Fügt Google ihn nicht hinzu, fügen Sie die Google-Kalender-Adresse unter Weitere Kalender → Per URL ein.</translation>
    </message>
    <message>
        <source>Rotate address</source>
        <translation>Adresse erneuern</translation>
    </message>
    <message>
        <source>Makes a new address; the old one stops working at once.</source>
        <translation>Erstellt eine neue Adresse; die alte funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Switches the address off; subscribed calendars stop updating.</source>
        <translation>Schaltet die Adresse ab; abonnierte Kalender werden nicht mehr aktualisiert.</translation>
    </message>
    <message>
        <source>Make a new address</source>
        <translation>Neue Adresse erstellen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>CalendarWeekModel</name>
    <message numerus="yes">
        <source>%1 (+%n days)</source>
        <translation>
            <numerusform>%1 (+%n Tag)</numerusform>
            <numerusform>%1 (+%n Tage)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelSessionButton</name>
    <message>
        <source>Cancel session…</source>
        <translation>Sitzung absagen…</translation>
    </message>
    <message>
        <source>Cancels this session: the students are refunded and told by email.</source>
        <translation>Sagt diese Sitzung ab: Die Lernenden erhalten ihr Geld zurück und werden per E-Mail informiert.</translation>
    </message>
    <message>
        <source>Cancelling: the platform refunds and tells the students.</source>
        <translation>Wird abgesagt: Die Plattform erstattet und informiert die Lernenden.</translation>
    </message>
    <message>
        <source>Cancel waiting to be sent: it goes out once the platform is reachable.</source>
        <translation>Absage wartet auf Senden: Sie geht raus, sobald die Plattform erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>CancelSessionDialog</name>
    <message>
        <source>Say why: your students read it.</source>
        <translation>Nennen Sie den Grund: Ihre Lernenden lesen ihn.</translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation>%1 absagen?</translation>
    </message>
    <message>
        <source>Booked: %1. Each is refunded in full and gets an email with your reason and message.</source>
        <translation>Gebucht: %1. Alle erhalten den vollen Betrag zurück und eine E-Mail mit Ihrem Grund und Ihrer Nachricht.</translation>
    </message>
    <message>
        <source>Nobody has booked it yet.</source>
        <translation>Noch niemand hat gebucht.</translation>
    </message>
    <message>
        <source>This is shorter notice than your offering asks of students: they may have planned around it. You can still cancel.</source>
        <translation>Das ist kurzfristiger, als Ihr Angebot es von Lernenden verlangt: Sie haben vielleicht fest damit geplant. Sie können trotzdem absagen.</translation>
    </message>
    <message>
        <source>Why (your students read it)</source>
        <translation>Grund (Ihre Lernenden lesen ihn)</translation>
    </message>
    <message>
        <source>e.g. I am ill</source>
        <translation>z. B. Ich bin krank</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Grund der Absage</translation>
    </message>
    <message>
        <source>A message to your students (optional)</source>
        <translation>Eine Nachricht an Ihre Lernenden (optional)</translation>
    </message>
    <message>
        <source>e.g. Sorry! Book another time and I&apos;ll add ten minutes.</source>
        <translation>z. B. Entschuldigung! Buchen Sie einen anderen Termin, dann gibt es zehn Minuten extra.</translation>
    </message>
    <message>
        <source>Message to your students</source>
        <translation>Nachricht an Ihre Lernenden</translation>
    </message>
    <message>
        <source>You are offline: the cancel waits on this computer and is sent once the platform is reachable.</source>
        <translation>Sie sind offline: Die Absage wartet auf diesem Computer und wird gesendet, sobald die Plattform erreichbar ist.</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Sitzung behalten</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Sitzung absagen</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) booked it. Each is refunded in full and gets an email with your reason and message.</source>
        <translation>
            <numerusform>%n Lernende/r hat gebucht und erhält den vollen Betrag zurück sowie eine E-Mail mit Ihrem Grund und Ihrer Nachricht.</numerusform>
            <numerusform>%n Lernende haben gebucht. Alle erhalten den vollen Betrag zurück und eine E-Mail mit Ihrem Grund und Ihrer Nachricht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentsBlock</name>
    <message>
        <source>Show all %1 comments</source>
        <translation>Alle %1 Kommentare anzeigen</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Kommentar schreiben…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Pick %1 from a calendar</source>
        <translation>%1 aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Im Kalender auswählen</translation>
    </message>
</context>
<context>
    <name>DateOverrideListModel</name>
    <message>
        <source>Unavailable all day</source>
        <translation>Den ganzen Tag nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>DeltaPager</name>
    <message>
        <source>The %1 page is malformed.</source>
        <translation>Die Seite %1 ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The server keeps sending %1 pages, but its sync cursor does not advance. The sync stopped.</source>
        <translation>Der Server sendet immer weiter Seiten %1, aber sein Synchronisationszeiger kommt nicht voran. Die Synchronisation wurde beendet.</translation>
    </message>
    <message>
        <source>The server sent more %1 pages than it said there were. The sync stopped.</source>
        <translation>Der Server hat mehr Seiten %1 gesendet, als es nach seiner eigenen Angabe gibt. Die Synchronisation wurde beendet.</translation>
    </message>
</context>
<context>
    <name>DesktopCard</name>
    <message>
        <source>Reminders and this computer</source>
        <translation>Erinnerungen und dieser Computer</translation>
    </message>
    <message>
        <source>Remind me before each session I teach</source>
        <translation>Vor jeder Sitzung, die ich leite, erinnern</translation>
    </message>
    <message>
        <source>Reminder time before a session</source>
        <translation>Erinnerungszeit vor einer Sitzung</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 Minuten vorher</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 Minuten vorher</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 Minuten vorher</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 Minuten vorher</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 Stunde vorher</translation>
    </message>
    <message>
        <source>Reminders come from this computer, also offline. One missed while the computer slept shows once when it wakes.</source>
        <translation>Erinnerungen kommen von diesem Computer, auch offline. Eine, die verpasst wurde, während der Computer schlief, erscheint einmal, sobald er aufwacht.</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Start Companion when I log in</source>
        <translation>Companion beim Anmelden starten</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Überwiesen</translation>
    </message>
    <message>
        <source>Waiting for transfer</source>
        <translation>Wartet auf Überweisung</translation>
    </message>
    <message>
        <source>Refunded (not counted)</source>
        <translation>Erstattet (nicht gezählt)</translation>
    </message>
    <message>
        <source>Tallest month: %1</source>
        <translation>Höchster Monat: %1</translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <source>Save the payments of the period as CSV</source>
        <translation>Die Zahlungen des Zeitraums als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Your share of the payments booked %1 · dates in %2</source>
        <translation>Ihr Anteil an den Zahlungen, gebucht %1 · Daten in %2</translation>
    </message>
    <message>
        <source>Your share of every payment for sessions you teach or that are taught in your courses.</source>
        <translation>Ihr Anteil an jeder Zahlung für Sitzungen, die Sie leiten oder die in Ihren Kursen stattfinden.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>Zahlungen (%1)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Loading your earnings…</source>
        <translation>Ihre Einnahmen werden geladen…</translation>
    </message>
    <message>
        <source>No earnings saved on this computer yet</source>
        <translation>Noch keine Einnahmen auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>No earnings synced yet</source>
        <translation>Noch keine Einnahmen synchronisiert</translation>
    </message>
    <message>
        <source>Companion is offline and has not synced this account before. Earnings appear after the first sync.</source>
        <translation>Companion ist offline und hat dieses Konto noch nie synchronisiert. Die Einnahmen erscheinen nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>Earnings appear after the next sync. If this stays empty, check the sync status at the bottom left.</source>
        <translation>Die Einnahmen erscheinen nach der nächsten Synchronisierung. Bleibt dies leer, prüfen Sie den Status der Synchronisierung unten links.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who taught</source>
        <translation>Wer geleitet hat</translation>
    </message>
    <message>
        <source>The saved summary could not be read (%1). It is fetched again with the next sync.</source>
        <translation>Die gespeicherte Übersicht konnte nicht gelesen werden (%1). Sie wird mit der nächsten Synchronisierung neu abgerufen.</translation>
    </message>
    <message>
        <source>No payments in this period yet. When a student pays for a session, your share shows up here as pending.</source>
        <translation>In diesem Zeitraum noch keine Zahlungen. Wenn jemand für eine Sitzung bezahlt, erscheint Ihr Anteil hier als ausstehend.</translation>
    </message>
    <message>
        <source>Reversed payments were refunded to the student; they are shown struck through and are not part of the total.</source>
        <translation>Stornierte Zahlungen wurden an die Lernenden erstattet; sie sind durchgestrichen und zählen nicht zur Summe.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Überwiesen</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Noch keine Zahlungen.</translation>
    </message>
    <message>
        <source>No payments with this status.</source>
        <translation>Keine Zahlungen mit diesem Status.</translation>
    </message>
</context>
<context>
    <name>EarningsTotals</name>
    <message>
        <source>Earned in the period</source>
        <translation>Im Zeitraum verdient</translation>
    </message>
    <message>
        <source>%1 refunded, left out</source>
        <translation>%1 erstattet, nicht gezählt</translation>
    </message>
    <message>
        <source>refunds are not counted</source>
        <translation>Erstattungen werden nicht gezählt</translation>
    </message>
    <message>
        <source>Waiting for transfer</source>
        <translation>Wartet auf Überweisung</translation>
    </message>
    <message>
        <source>not yet sent to you</source>
        <translation>noch nicht an Sie gesendet</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Überwiesen</translation>
    </message>
    <message>
        <source>in your Stripe balance</source>
        <translation>in Ihrem Stripe-Guthaben</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>sent to your bank</source>
        <translation>an Ihre Bank gesendet</translation>
    </message>
</context>
<context>
    <name>FeedChannelList</name>
    <message>
        <source>%1, %2 unread</source>
        <translation>%1, %2 ungelesen</translation>
    </message>
</context>
<context>
    <name>FeedComposer</name>
    <message>
        <source>Write to %1…</source>
        <translation>An %1 schreiben…</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>Marked as from the teacher, so students do not miss it.</source>
        <translation>Als Beitrag der Lehrperson markiert, damit die Lernenden ihn nicht verpassen.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Ankündigen</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Veröffentlichen</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Questions, announcements and links from your courses and the community.</source>
        <translation>Fragen, Ankündigungen und Links aus Ihren Kursen und der Community.</translation>
    </message>
    <message>
        <source>%1 (%2 unread in all)</source>
        <translation>%1 (insgesamt %2 ungelesen)</translation>
    </message>
    <message>
        <source>Offline: these are the posts last read. New posts wait in the outbox and are sent when you are back online.</source>
        <translation>Offline: Das sind die zuletzt gelesenen Beiträge. Neue Beiträge warten und werden gesendet, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <source>Loading older posts…</source>
        <translation>Ältere Beiträge werden geladen…</translation>
    </message>
    <message>
        <source>Nothing read here yet</source>
        <translation>Hier wurde noch nichts gelesen</translation>
    </message>
    <message>
        <source>No posts yet</source>
        <translation>Noch keine Beiträge</translation>
    </message>
    <message>
        <source>This feed was not read while you were online. Its posts appear once Companion reaches the platform.</source>
        <translation>Dieser Feed wurde nicht gelesen, während Sie online waren. Seine Beiträge erscheinen, sobald Companion die Plattform erreicht.</translation>
    </message>
    <message>
        <source>Post an announcement or a link; everyone in %1 sees it.</source>
        <translation>Veröffentlichen Sie eine Ankündigung oder einen Link; alle in %1 sehen ihn.</translation>
    </message>
    <message>
        <source>Ask a question or share a link; everyone in %1 sees it.</source>
        <translation>Stellen Sie eine Frage oder teilen Sie einen Link; alle in %1 sehen ihn.</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>No saved sign-in.</source>
        <translation>Keine gespeicherte Anmeldung.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Signed in as %1 · times shown in %2</source>
        <translation>Angemeldet als %1 · Zeiten in %2</translation>
    </message>
    <message>
        <source>After that</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>All %1 upcoming sessions →</source>
        <translation>Alle %1 anstehenden Sitzungen →</translation>
    </message>
    <message>
        <source>All bookings →</source>
        <translation>Alle Buchungen →</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Ihre Änderungen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Loading your sessions…</source>
        <translation>Ihre Sitzungen werden geladen…</translation>
    </message>
    <message>
        <source>Your next class</source>
        <translation>Ihre nächste Stunde</translation>
    </message>
    <message>
        <source>Your courses, taught by S-Ts</source>
        <translation>Ihre Kurse, von S-Ts geleitet</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
</context>
<context>
    <name>JoinButton</name>
    <message>
        <source>Joining…</source>
        <translation>Beitreten…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No saved sign-in was found in the keyring.</source>
        <translation>Im Schlüsselbund wurde keine gespeicherte Anmeldung gefunden.</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of Companion</source>
        <translation>Sprache von Companion</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Dates, times and amounts follow the language too. Some texts change after the next sync or restart.</source>
        <translation>Datum, Uhrzeit und Beträge folgen ebenfalls der Sprache. Manche Texte ändern sich erst nach der nächsten Synchronisierung oder einem Neustart.</translation>
    </message>
</context>
<context>
    <name>LaterSessionDelegate</name>
    <message>
        <source>you teach</source>
        <translation>Sie leiten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Companion — %1</source>
        <translation>Companion – %1</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Offline: showing what was saved on this computer. %1</source>
        <translation>Offline: Angezeigt wird, was auf diesem Computer gespeichert ist. %1</translation>
    </message>
    <message>
        <source>An email from the platform to %1 was marked as spam, so reminders and receipts are no longer sent there. Mark one as “not spam” in your mailbox, or change your address on the platform&apos;s website.</source>
        <translation>Eine E-Mail der Plattform an %1 wurde als Spam markiert, daher gehen Erinnerungen und Belege nicht mehr dorthin. Markieren Sie eine als „kein Spam“ in Ihrem Postfach oder ändern Sie Ihre Adresse auf der Website der Plattform.</translation>
    </message>
    <message>
        <source>Emails to %1 cannot be delivered, so you get no reminders or receipts. Check the address with your email provider, or change it on the platform&apos;s website.</source>
        <translation>E-Mails an %1 können nicht zugestellt werden, daher erhalten Sie keine Erinnerungen oder Belege. Prüfen Sie die Adresse bei Ihrem E-Mail-Anbieter oder ändern Sie sie auf der Website der Plattform.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Auflösen…</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Änderungen warten auf Synchronisierung</translation>
    </message>
    <message numerus="yes">
        <source>%n availability edit(s) conflict with changes made elsewhere. Nothing is lost: choose which version to keep.</source>
        <translation>
            <numerusform>Eine Änderung der Verfügbarkeit steht im Konflikt mit einer Änderung von anderer Stelle. Nichts geht verloren: Wählen Sie, welche Version bleibt.</numerusform>
            <numerusform>%n Änderungen der Verfügbarkeit stehen im Konflikt mit Änderungen von anderer Stelle. Nichts geht verloren: Wählen Sie, welche Versionen bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session ended. Attendance appears in its details.</source>
        <translation>Sitzung beendet. Die Anwesenheit steht in ihren Details.</translation>
    </message>
</context>
<context>
    <name>MonthEarningsCard</name>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 waiting to be transferred (all months)</source>
        <translation>%1 wartet auf Überweisung (alle Monate)</translation>
    </message>
    <message>
        <source>Earnings details →</source>
        <translation>Details zu den Einnahmen →</translation>
    </message>
    <message numerus="yes">
        <source>from %n payment(s)</source>
        <translation>
            <numerusform>aus %n Zahlung</numerusform>
            <numerusform>aus %n Zahlungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Vacation</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>%1 h free</source>
        <translation>%1 Std. frei</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>keine Sitzungen</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <source>vacation</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1 hours free</source>
        <translation>%1 Stunden frei</translation>
    </message>
    <message>
        <source>Opens this week.</source>
        <translation>Öffnet diese Woche.</translation>
    </message>
    <message>
        <source>(next day)</source>
        <translation>(nächster Tag)</translation>
    </message>
    <message>
        <source>You teach · %1</source>
        <translation>Sie leiten · %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>On your time off</source>
        <translation>In Ihrer Abwesenheit</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on your time off</source>
        <translation>
            <numerusform>%n Sitzung in Ihrer Abwesenheit</numerusform>
            <numerusform>%n Sitzungen in Ihrer Abwesenheit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more sessions on %2</source>
        <translation>%1 weitere Sitzungen am %2</translation>
    </message>
    <message>
        <source>Open week</source>
        <translation>Woche öffnen</translation>
    </message>
    <message>
        <source>⚠ On your time off</source>
        <translation>⚠ In Ihrer Abwesenheit</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Feed, %1 unread</source>
        <translation>Feed, %1 ungelesen</translation>
    </message>
    <message>
        <source>Companion %1</source>
        <translation>Companion %1</translation>
    </message>
</context>
<context>
    <name>NextSessionCard</name>
    <message>
        <source>You teach this session</source>
        <translation>Sie leiten diese Sitzung</translation>
    </message>
    <message>
        <source>%1 teaches your course</source>
        <translation>%1 leitet Ihren Kurs</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>Running now · started %1 ago</source>
        <translation>Läuft gerade · begann vor %1</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <translation>Beginnt in %1</translation>
    </message>
    <message>
        <source>1 student</source>
        <translation>1 Lernende/r</translation>
    </message>
    <message>
        <source>no student yet</source>
        <translation>noch niemand gebucht</translation>
    </message>
    <message>
        <source>%1 of %2 seats booked</source>
        <translation>%1 von %2 Plätzen gebucht</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n min</source>
        <translation>
            <numerusform>%1 · %n Min.</numerusform>
            <numerusform>%1 · %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoUpcomingCard</name>
    <message>
        <source>Loading your sessions…</source>
        <translation>Ihre Sitzungen werden geladen…</translation>
    </message>
    <message>
        <source>Nothing saved on this computer yet</source>
        <translation>Noch nichts auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>No upcoming sessions</source>
        <translation>Keine anstehenden Sitzungen</translation>
    </message>
    <message>
        <source>Companion is offline and has not synced this account before. Your sessions appear after the first sync.</source>
        <translation>Companion ist offline und hat dieses Konto noch nie synchronisiert. Ihre Sitzungen erscheinen nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>When a student books one of your free slots it shows up here, with a Join button from 10 minutes before the start.</source>
        <translation>Wenn jemand einen Ihrer freien Termine bucht, erscheint er hier, mit einer Schaltfläche zum Beitreten ab 10 Minuten vor Beginn.</translation>
    </message>
    <message>
        <source>No class of your own coming up</source>
        <translation>Keine eigene Stunde geplant</translation>
    </message>
</context>
<context>
    <name>OutboxEditDelegate</name>
    <message>
        <source>%1 · changed %2</source>
        <translation>%1 · geändert %2</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Senden</translation>
    </message>
    <message>
        <source>Saved here; it will be sent when the server is reachable again.</source>
        <translation>Hier gespeichert; wird gesendet, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Saved here; it is sent with the next sync.</source>
        <translation>Hier gespeichert; wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>What differs:</source>
        <translation>Unterschiede:</translation>
    </message>
    <message>
        <source>The two versions have the same hours; keeping yours only updates the version.</source>
        <translation>Beide Versionen haben dieselben Zeiten; Ihre zu behalten aktualisiert nur die Version.</translation>
    </message>
    <message>
        <source>Yours (this computer)</source>
        <translation>Ihre (dieser Computer)</translation>
    </message>
    <message>
        <source>Theirs (on the server now)</source>
        <translation>Server (aktueller Stand)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Server übernehmen</translation>
    </message>
    <message>
        <source>Discard this edit</source>
        <translation>Diese Änderung verwerfen</translation>
    </message>
    <message>
        <source>Keep mine sends your version on top of the server&apos;s. Take theirs drops your edit and keeps the server&apos;s schedule.</source>
        <translation>„Meine behalten“ sendet Ihre Version über die des Servers. „Server übernehmen“ verwirft Ihre Änderung und behält den Plan des Servers.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Changes you make are saved on this computer first and sent in order. If your schedule was changed elsewhere in the meantime (on the web or another computer), choose which version to keep: nothing is thrown away until you decide.</source>
        <translation>Ihre Änderungen werden zuerst auf diesem Computer gespeichert und der Reihe nach gesendet. Wurde Ihr Plan inzwischen anderswo geändert (im Web oder auf einem anderen Computer), wählen Sie, welche Version bleibt: Nichts wird verworfen, bevor Sie entscheiden.</translation>
    </message>
    <message>
        <source>Nothing is waiting: every change you made is on the server.</source>
        <translation>Nichts wartet: Alle Ihre Änderungen sind auf dem Server.</translation>
    </message>
    <message>
        <source>Sign in to see changes waiting to sync.</source>
        <translation>Melden Sie sich an, um wartende Änderungen zu sehen.</translation>
    </message>
</context>
<context>
    <name>OutboxReplayer</name>
    <message>
        <source>Feeds are not available here.</source>
        <translation>Feeds sind hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a saved edit is unusable (%1).</source>
        <translation>Die Antwort des Servers auf eine gespeicherte Änderung ist unbrauchbar (%1).</translation>
    </message>
</context>
<context>
    <name>OutboxSummaryCard</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>All your changes are on the server</source>
        <translation>Alle Ihre Änderungen sind auf dem Server</translation>
    </message>
    <message>
        <source>Nothing is lost. Choose which version of your availability to keep.</source>
        <translation>Nichts geht verloren. Wählen Sie, welche Version Ihrer Verfügbarkeit bleibt.</translation>
    </message>
    <message>
        <source>They are saved on this computer and go out with the next sync.</source>
        <translation>Sie sind auf diesem Computer gespeichert und gehen mit der nächsten Synchronisierung raus.</translation>
    </message>
    <message>
        <source>Edits you make offline wait here until the server is reachable.</source>
        <translation>Offline vorgenommene Änderungen warten hier, bis der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Resolve in Settings →</source>
        <translation>In den Einstellungen auflösen →</translation>
    </message>
    <message>
        <source>See them in Settings →</source>
        <translation>In den Einstellungen ansehen →</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) conflict with changes made elsewhere</source>
        <translation>
            <numerusform>%n Änderung steht im Konflikt mit Änderungen von anderer Stelle</numerusform>
            <numerusform>%n Änderungen stehen im Konflikt mit Änderungen von anderer Stelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet auf Senden</numerusform>
            <numerusform>%n Änderungen warten auf Senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverridesPanel</name>
    <message>
        <source>Replace the weekly hours on one date, or close it.</source>
        <translation>Die Wochenzeiten für ein Datum ersetzen oder den Tag schließen.</translation>
    </message>
    <message>
        <source>Remove the override on %1</source>
        <translation>Die Ausnahme am %1 entfernen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Date of the override</source>
        <translation>Datum der Ausnahme</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Pick a date, or type it as YYYY-MM-DD.</source>
        <translation>Wählen Sie ein Datum oder geben Sie es als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>Enter both times as HH:MM, or tick Closed.</source>
        <translation>Geben Sie beide Zeiten als HH:MM ein oder wählen Sie „Ganztägig geschlossen“.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Ganztägig geschlossen</translation>
    </message>
    <message>
        <source>Closing this date does not cancel them.</source>
        <translation>Das Schließen dieses Tages sagt sie nicht ab.</translation>
    </message>
    <message>
        <source>These hours leave them outside; they are not cancelled.</source>
        <translation>Sie liegen außerhalb dieser Zeiten; abgesagt werden sie nicht.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
</context>
<context>
    <name>PayoutsController</name>
    <message>
        <source>Your bank account: where Stripe sends your money (about 2 minutes)</source>
        <translation>Ihr Bankkonto: wohin Stripe Ihr Geld sendet (etwa 2 Minuten)</translation>
    </message>
    <message>
        <source>A proof of address, such as a utility bill or bank statement (about 3 minutes)</source>
        <translation>Ein Adressnachweis, etwa eine Nebenkostenabrechnung oder ein Kontoauszug (etwa 3 Minuten)</translation>
    </message>
    <message>
        <source>A photo of your passport or ID card, so Stripe can confirm who you are (about 3 minutes)</source>
        <translation>Ein Foto Ihres Reisepasses oder Personalausweises, damit Stripe Ihre Identität bestätigen kann (etwa 3 Minuten)</translation>
    </message>
    <message>
        <source>Your date of birth (1 minute)</source>
        <translation>Ihr Geburtsdatum (1 Minute)</translation>
    </message>
    <message>
        <source>Your home address (1 minute)</source>
        <translation>Ihre Wohnadresse (1 Minute)</translation>
    </message>
    <message>
        <source>Your legal name (1 minute)</source>
        <translation>Ihr vollständiger Name laut Ausweis (1 Minute)</translation>
    </message>
    <message>
        <source>Your email address (1 minute)</source>
        <translation>Ihre E-Mail-Adresse (1 Minute)</translation>
    </message>
    <message>
        <source>Your phone number (1 minute)</source>
        <translation>Ihre Telefonnummer (1 Minute)</translation>
    </message>
    <message>
        <source>Your national ID or tax number (1 minute)</source>
        <translation>Ihre Ausweis- oder Steuernummer (1 Minute)</translation>
    </message>
    <message>
        <source>The last 4 digits of your Social Security number (1 minute)</source>
        <translation>Die letzten 4 Ziffern Ihrer US-Sozialversicherungsnummer (1 Minute)</translation>
    </message>
    <message>
        <source>What you teach, as it will appear on your students&apos; statements (2 minutes)</source>
        <translation>Was Sie unterrichten, so wie es auf den Abrechnungen Ihrer Lernenden erscheint (2 Minuten)</translation>
    </message>
    <message>
        <source>Accepting Stripe&apos;s terms of service (1 minute)</source>
        <translation>Zustimmung zu den Nutzungsbedingungen von Stripe (1 Minute)</translation>
    </message>
    <message>
        <source>%1 (a few minutes)</source>
        <translation>%1 (ein paar Minuten)</translation>
    </message>
</context>
<context>
    <name>PayoutsPage</name>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Your earnings are paid out through Stripe to your bank account.</source>
        <translation>Ihre Einnahmen werden über Stripe auf Ihr Bankkonto ausgezahlt.</translation>
    </message>
    <message>
        <source>Payouts are enabled</source>
        <translation>Auszahlungen sind aktiviert</translation>
    </message>
    <message>
        <source>Stripe is checking your details</source>
        <translation>Stripe prüft Ihre Angaben</translation>
    </message>
    <message>
        <source>Stripe needs more details</source>
        <translation>Stripe braucht weitere Angaben</translation>
    </message>
    <message>
        <source>Payouts are paused</source>
        <translation>Auszahlungen sind angehalten</translation>
    </message>
    <message>
        <source>Set up payouts</source>
        <translation>Auszahlungen einrichten</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Handlung erforderlich</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Your share of every session is transferred to your Stripe balance when the session is completed and paid out to your bank on Stripe&apos;s schedule.</source>
        <translation>Ihr Anteil an jeder Sitzung wird nach Abschluss der Sitzung auf Ihr Stripe-Guthaben überwiesen und nach dem Zeitplan von Stripe an Ihre Bank ausgezahlt.</translation>
    </message>
    <message>
        <source>You have sent everything Stripe asked for. This usually takes a few minutes; this page checks again by itself.</source>
        <translation>Sie haben alles gesendet, was Stripe verlangt hat. Das dauert meist ein paar Minuten; diese Seite prüft von selbst erneut.</translation>
    </message>
    <message>
        <source>Stripe cannot pay you out until the details below are complete. Your earnings are kept until then.</source>
        <translation>Stripe kann erst auszahlen, wenn die Angaben unten vollständig sind. Ihre Einnahmen bleiben bis dahin erhalten.</translation>
    </message>
    <message>
        <source>Some details are past due or were rejected. Complete them to resume payouts; your earnings are kept until then.</source>
        <translation>Einige Angaben sind überfällig oder wurden abgelehnt. Vervollständigen Sie sie, um die Auszahlungen fortzusetzen; Ihre Einnahmen bleiben bis dahin erhalten.</translation>
    </message>
    <message>
        <source>Before your first payout Stripe needs to know who you are and where to send the money. It takes about five minutes in your browser.</source>
        <translation>Vor Ihrer ersten Auszahlung muss Stripe wissen, wer Sie sind und wohin das Geld gehen soll. Das dauert etwa fünf Minuten in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Noch erforderlich</translation>
    </message>
    <message>
        <source>Start onboarding</source>
        <translation>Einrichtung starten</translation>
    </message>
    <message>
        <source>Continue in Stripe</source>
        <translation>Weiter bei Stripe</translation>
    </message>
    <message>
        <source>Open Stripe dashboard</source>
        <translation>Stripe-Dashboard öffnen</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Link kopiert</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>If no browser opened, paste this link into one.</source>
        <translation>Falls sich kein Browser geöffnet hat, fügen Sie diesen Link in einen ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Stripe opened in your browser. When you finish there, this page updates by itself.</source>
        <translation>Stripe wurde in Ihrem Browser geöffnet. Wenn Sie dort fertig sind, aktualisiert sich diese Seite von selbst.</translation>
    </message>
    <message>
        <source>Offline: this is what was saved at the last sync. Onboarding needs the server.</source>
        <translation>Offline: Das ist der Stand der letzten Synchronisierung. Die Einrichtung braucht den Server.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>in your Stripe balance</source>
        <translation>in Ihrem Stripe-Guthaben</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>not yet available</source>
        <translation>noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Next payout</source>
        <translation>Nächste Auszahlung</translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>Keine geplant</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>Not added yet</source>
        <translation>Noch nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Payout history</source>
        <translation>Bisherige Auszahlungen</translation>
    </message>
    <message>
        <source>Offline: as last read</source>
        <translation>Offline: zuletzt gelesener Stand</translation>
    </message>
    <message>
        <source>No payouts yet. Stripe pays out your balance on the schedule above once payouts are on.</source>
        <translation>Noch keine Auszahlungen. Stripe zahlt Ihr Guthaben nach dem obigen Zeitplan aus, sobald Auszahlungen aktiviert sind.</translation>
    </message>
    <message>
        <source>How payouts work</source>
        <translation>So funktionieren Auszahlungen</translation>
    </message>
    <message>
        <source>A student&apos;s payment is split when they book: your share waits as pending until the session is completed, is then transferred to your Stripe balance, and Stripe pays it out to your bank. A refund takes the share back. Earnings shows every payment and its state.</source>
        <translation>Die Zahlung einer/eines Lernenden wird bei der Buchung aufgeteilt: Ihr Anteil wartet als ausstehend, bis die Sitzung abgeschlossen ist, wird dann auf Ihr Stripe-Guthaben überwiesen, und Stripe zahlt ihn an Ihre Bank aus. Eine Erstattung nimmt den Anteil zurück. Unter Einnahmen sehen Sie jede Zahlung und ihren Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 Zahlung</translation>
    </message>
    <message>
        <source>%1 payments</source>
        <translation>%1 Zahlungen</translation>
    </message>
    <message>
        <source>Hides its payments.</source>
        <translation>Blendet die Zahlungen aus.</translation>
    </message>
    <message>
        <source>Shows its payments.</source>
        <translation>Zeigt die Zahlungen.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>The server closed the connection before it finished answering.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check your network connection.</source>
        <translation>Die Adresse des Servers wurde nicht gefunden. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http to %1; use https.</source>
        <translation>Anmeldedaten werden nicht über unverschlüsseltes http an %1 gesendet; verwenden Sie https.</translation>
    </message>
    <message>
        <source>The server sent a reply larger than %1 MB; it was discarded.</source>
        <translation>Der Server hat eine Antwort größer als %1 MB gesendet; sie wurde verworfen.</translation>
    </message>
    <message>
        <source>The server sent a reply that is not valid JSON.</source>
        <translation>Der Server hat eine Antwort gesendet, die kein gültiges JSON ist.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Der Server hatte ein Problem (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <source>Edits not yet on the server are not included: students see what the server has.</source>
        <translation>Änderungen, die noch nicht auf dem Server sind, fehlen hier: Lernende sehen den Stand des Servers.</translation>
    </message>
    <message>
        <source>No slots</source>
        <translation>Keine freien Termine</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) students can book this week</source>
        <translation>
            <numerusform>%n freier Termin, den Lernende diese Woche buchen können</numerusform>
            <numerusform>%n freie Termine, die Lernende diese Woche buchen können</numerusform>
        </translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Link kopiert</translation>
    </message>
    <message>
        <source>Copy booking link</source>
        <translation>Buchungslink kopieren</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ProposeTimeButton</name>
    <message>
        <source>Propose a new time…</source>
        <translation>Neue Zeit vorschlagen…</translation>
    </message>
    <message>
        <source>Asks the booked students by email to move the session to a free slot.</source>
        <translation>Fragt die gebuchten Lernenden per E-Mail, ob die Sitzung auf einen freien Termin verschoben werden kann.</translation>
    </message>
    <message>
        <source>Propose a new time</source>
        <translation>Neue Zeit vorschlagen</translation>
    </message>
    <message>
        <source>Free times of this course in the next two weeks, in your time zone and each student&apos;s. Every student is asked by email; the session moves only when all accept, and keeps its time otherwise.</source>
        <translation>Freie Zeiten dieses Kurses in den nächsten zwei Wochen, in Ihrer Zeitzone und der jeder/jedes Lernenden. Alle werden per E-Mail gefragt; die Sitzung wird nur verschoben, wenn alle zustimmen, und behält sonst ihre Zeit.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No free time in the next two weeks. Add hours in Calendar → Availability first.</source>
        <translation>Keine freie Zeit in den nächsten zwei Wochen. Fügen Sie zuerst unter Kalender → Verfügbarkeit Zeiten hinzu.</translation>
    </message>
</context>
<context>
    <name>RelativeWhen</name>
    <message>
        <source>Today at %1</source>
        <translation>Heute um %1</translation>
    </message>
    <message>
        <source>Tomorrow at %1</source>
        <translation>Morgen um %1</translation>
    </message>
    <message>
        <source>Yesterday at %1</source>
        <translation>Gestern um %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 (in %n day(s))</source>
        <translation>
            <numerusform>%1 um %2 (in %n Tag)</numerusform>
            <numerusform>%1 um %2 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 um %2 (vor %n Tag)</numerusform>
            <numerusform>%1 um %2 (vor %n Tagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Leave breakout</source>
        <translation>Breakout-Raum verlassen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
</context>
<context>
    <name>RoomProblem</name>
    <message>
        <source>Opening the room…</source>
        <translation>Der Raum wird geöffnet…</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>The room could not open</source>
        <translation>Der Raum konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>The room stopped unexpectedly. Companion opened it again.</source>
        <translation>Der Raum wurde unerwartet beendet. Companion hat ihn erneut geöffnet.</translation>
    </message>
    <message>
        <source>The breakout room stopped unexpectedly. Open it again from the main room.</source>
        <translation>Der Breakout-Raum wurde unerwartet beendet. Öffnen Sie ihn erneut aus dem Hauptraum.</translation>
    </message>
    <message>
        <source>The video server answered with an error (%1). Try again in a moment.</source>
        <translation>Der Videoserver hat mit einem Fehler geantwortet (%1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The video server could not be reached (error %1). Check your connection, then try again.</source>
        <translation>Der Videoserver ist nicht erreichbar (Fehler %1). Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Weekly hours</source>
        <translation>Wochenzeiten</translation>
    </message>
    <message>
        <source>Add weekly hours</source>
        <translation>Wochenzeiten hinzufügen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Enter times as HH:MM; an end before the start ends on the next day.</source>
        <translation>Geben Sie Uhrzeiten als HH:MM ein; ein Ende vor dem Beginn endet am nächsten Tag.</translation>
    </message>
    <message>
        <source>Enter times as HH:MM, the end after the start.</source>
        <translation>Geben Sie Uhrzeiten als HH:MM ein, das Ende nach dem Beginn.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Start time, HH:MM</source>
        <translation>Beginn, HH:MM</translation>
    </message>
    <message>
        <source>End time, HH:MM; before the start it ends on the next day</source>
        <translation>Ende, HH:MM; vor dem Beginn endet es am nächsten Tag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Mon–Fri</source>
        <translation>Mo–Fr</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
</context>
<context>
    <name>ScheduleEdits</name>
    <message>
        <source>Pick a weekday.</source>
        <translation>Wählen Sie einen Wochentag.</translation>
    </message>
    <message>
        <source>A block needs at least 15 minutes.</source>
        <translation>Ein Block braucht mindestens 15 Minuten.</translation>
    </message>
    <message>
        <source>A block starts on its day and ends by the next day&apos;s midnight.</source>
        <translation>Ein Block beginnt an seinem Tag und endet spätestens um Mitternacht des nächsten Tages.</translation>
    </message>
    <message>
        <source>That block no longer exists.</source>
        <translation>Diesen Block gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A block needs at least 15 minutes within one day.</source>
        <translation>Ein Block braucht mindestens 15 Minuten an einem Tag.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Geben Sie ein Datum als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>Hours need at least 15 minutes.</source>
        <translation>Zeiten brauchen mindestens 15 Minuten.</translation>
    </message>
    <message>
        <source>Your teaching zone is not known yet.</source>
        <translation>Ihre Unterrichtszeitzone ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Those hours run past midnight in your teaching zone (%1); add them in two parts.</source>
        <translation>Diese Zeiten reichen in Ihrer Unterrichtszeitzone (%1) über Mitternacht; fügen Sie sie in zwei Teilen hinzu.</translation>
    </message>
    <message>
        <source>Those hours fall into a clock change in your teaching zone.</source>
        <translation>Diese Zeiten fallen in Ihrer Unterrichtszeitzone in eine Zeitumstellung.</translation>
    </message>
    <message>
        <source>%1 is part of a vacation; remove the vacation first.</source>
        <translation>%1 liegt in einem Urlaub; entfernen Sie zuerst den Urlaub.</translation>
    </message>
    <message>
        <source>That date no longer exists.</source>
        <translation>Dieses Datum gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Enter both dates as YYYY-MM-DD.</source>
        <translation>Geben Sie beide Daten als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>That vacation no longer exists.</source>
        <translation>Diesen Urlaub gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message numerus="yes">
        <source>%n date exception(s)</source>
        <translation>
            <numerusform>%n Tagesausnahme</numerusform>
            <numerusform>%n Tagesausnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time-off period(s)</source>
        <translation>
            <numerusform>%n freier Zeitraum</numerusform>
            <numerusform>%n freie Zeiträume</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1: yours %2 · theirs %3</source>
        <translation>%1: Ihre %2 · Server %3</translation>
    </message>
    <message>
        <source>Exceptions: yours %1 · theirs %2</source>
        <translation>Ausnahmen: Ihre %1 · Server %2</translation>
    </message>
    <message>
        <source>Time zone: yours %1 · theirs %2</source>
        <translation>Zeitzone: Ihre %1 · Server %2</translation>
    </message>
</context>
<context>
    <name>SessionCalendarLinks</name>
    <message>
        <source>Add to Google Calendar</source>
        <translation>Zu Google Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Opens Google Calendar in your browser with this session filled in.</source>
        <translation>Öffnet Google Kalender in Ihrem Browser mit den Angaben dieser Sitzung.</translation>
    </message>
    <message>
        <source>Download .ics</source>
        <translation>.ics herunterladen</translation>
    </message>
    <message>
        <source>Saves this session as a calendar file for Apple Calendar, Outlook or Thunderbird.</source>
        <translation>Speichert diese Sitzung als Kalenderdatei für Apple Kalender, Outlook oder Thunderbird.</translation>
    </message>
    <message>
        <source>Save the session as a calendar file</source>
        <translation>Sitzung als Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <source>You teach</source>
        <translation>Sie leiten</translation>
    </message>
    <message>
        <source>%1 teaches your course</source>
        <translation>%1 leitet Ihren Kurs</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>1 student booked</source>
        <translation>1 Lernende/r gebucht</translation>
    </message>
    <message>
        <source>No student booked</source>
        <translation>Niemand gebucht</translation>
    </message>
    <message>
        <source>%1 of %2 seats booked</source>
        <translation>%1 von %2 Plätzen gebucht</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4, %5, %6</source>
        <translation>%1, %2, %3, %4, %5, %6</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>1 student</source>
        <translation>1 Teilnehmer</translation>
    </message>
    <message>
        <source>no student yet</source>
        <translation>noch keine Teilnehmer</translation>
    </message>
    <message>
        <source>Opens the session&apos;s details.</source>
        <translation>Öffnet die Details der Sitzung.</translation>
    </message>
</context>
<context>
    <name>SessionViewBody</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Teacher&apos;s time</source>
        <translation>Zeit der Lehrperson</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Ihr Anteil</translation>
    </message>
    <message>
        <source>No students booked</source>
        <translation>Niemand gebucht</translation>
    </message>
    <message>
        <source>Students · %1</source>
        <translation>Lernende · %1</translation>
    </message>
    <message numerus="yes">
        <source>Students · %n booked</source>
        <translation>
            <numerusform>Lernende · %n gebucht</numerusform>
            <numerusform>Lernende · %n gebucht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Loading students and attendance…</source>
        <translation>Lernende und Anwesenheit werden geladen…</translation>
    </message>
    <message>
        <source>Students as saved on this computer. %1</source>
        <translation>Lernende wie auf diesem Computer gespeichert. %1</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>%1 — a course by %2</source>
        <translation>%1 – ein Kurs von %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sync and changes waiting to be sent</source>
        <translation>Synchronisierung und wartende Änderungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline — showing data saved on this computer</source>
        <translation>Offline – zeigt die auf diesem Computer gespeicherten Daten</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Not yet since Companion started</source>
        <translation>Noch nicht seit dem Start von Companion</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Sign-in stored in</source>
        <translation>Anmeldung gespeichert in</translation>
    </message>
    <message>
        <source>a plain file (insecure; --insecure-token-store)</source>
        <translation>einer einfachen Datei (unsicher; --insecure-token-store)</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Profilordner</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Signing out removes the saved sign-in from the keyring and this account&apos;s cached data. Changes waiting to be sent stay on this computer until you sign in again.</source>
        <translation>Beim Abmelden werden die gespeicherte Anmeldung aus dem Schlüsselbund und die zwischengespeicherten Daten dieses Kontos entfernt. Änderungen, die noch gesendet werden müssen, bleiben auf diesem Computer, bis Sie sich wieder anmelden.</translation>
    </message>
</context>
<context>
    <name>SharingIndicator</name>
    <message>
        <source>Sharing your screen</source>
        <translation>Bildschirm wird geteilt</translation>
    </message>
    <message>
        <source>You are sharing your screen</source>
        <translation>Sie teilen Ihren Bildschirm</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Companion</source>
        <translation>Bei Companion anmelden</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Welcome to Companion</source>
        <translation>Willkommen bei Companion</translation>
    </message>
    <message>
        <source>Which platform do you teach on? Enter its address; your course creator or the platform&apos;s welcome e-mail has it.</source>
        <translation>Auf welcher Plattform unterrichten Sie? Geben Sie ihre Adresse ein; Ihre Kursleitung oder die Willkommens-E-Mail der Plattform nennt sie.</translation>
    </message>
    <message>
        <source>e.g. https://platform.example.org</source>
        <translation>z. B. https://platform.example.org</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>Adresse der Plattform</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plattform: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Sign out with changes waiting?</source>
        <translation>Abmelden, obwohl Änderungen warten?</translation>
    </message>
    <message>
        <source>1 change you made is not on the server yet.</source>
        <translation>1 Änderung von Ihnen ist noch nicht auf dem Server.</translation>
    </message>
    <message>
        <source>%1 changes you made are not on the server yet.</source>
        <translation>%1 Änderungen von Ihnen sind noch nicht auf dem Server.</translation>
    </message>
    <message>
        <source>They stay on this computer and are sent the next time %1 signs in here. Nobody else who signs in on this computer sees or sends them.</source>
        <translation>Sie bleiben auf diesem Computer und werden gesendet, sobald sich %1 hier wieder anmeldet. Niemand sonst, der sich auf diesem Computer anmeldet, sieht oder sendet sie.</translation>
    </message>
    <message>
        <source>Review changes…</source>
        <translation>Änderungen ansehen …</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>SplitDelegate</name>
    <message>
        <source>%1, %2, %3: open the session</source>
        <translation>%1, %2, %3: Sitzung öffnen</translation>
    </message>
    <message>
        <source>%1 · session %2</source>
        <translation>%1 · Sitzung %2</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SplitRulesCard</name>
    <message>
        <source>How your share is worked out</source>
        <translation>So wird Ihr Anteil berechnet</translation>
    </message>
    <message>
        <source>• A creator teaches their own course: the creator gets 85%, the platform 15%.</source>
        <translation>• Eine Kursleitung (Creator) unterrichtet den eigenen Kurs: Sie erhält 85 %, die Plattform 15 %.</translation>
    </message>
    <message>
        <source>• An S-T teaches a creator&apos;s course: the S-T gets 70%, the course&apos;s creator 15%, the platform 15%.</source>
        <translation>• Ein S-T unterrichtet den Kurs einer Kursleitung: Der S-T erhält 70 %, die Kursleitung 15 %, die Plattform 15 %.</translation>
    </message>
    <message>
        <source>Each share is rounded down to the cent and the platform takes the cents left over, so the shares always add up to exactly what the student paid. A payment is pending when it is booked, transferred when it reaches your Stripe balance, and paid out when it is sent to your bank.</source>
        <translation>Jeder Anteil wird auf den Cent abgerundet, und die Plattform erhält die übrigen Cents, sodass die Anteile immer genau den gezahlten Betrag ergeben. Eine Zahlung ist ausstehend, wenn sie gebucht wird, überwiesen, wenn sie Ihr Stripe-Guthaben erreicht, und ausgezahlt, wenn sie an Ihre Bank gesendet wird.</translation>
    </message>
</context>
<context>
    <name>StreamFeedClient</name>
    <message>
        <source>The platform sent an unusable feed token or address (%1).</source>
        <translation>Die Plattform hat ein unbrauchbares Feed-Token oder eine unbrauchbare Adresse gesendet (%1).</translation>
    </message>
</context>
<context>
    <name>SummaryBarDelegate</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Could not write the edit to the outbox.</source>
        <translation>Die Änderung konnte nicht in die Warteschlange geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the cancel to the outbox.</source>
        <translation>Die Absage konnte nicht in die Warteschlange geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the post to the outbox.</source>
        <translation>Der Beitrag konnte nicht in die Warteschlange geschrieben werden.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The server sent data Companion cannot use (%1).</source>
        <translation>Der Server hat Daten gesendet, die Companion nicht verwenden kann (%1).</translation>
    </message>
    <message>
        <source>Could not write %1 to the cache.</source>
        <translation>%1 konnte nicht in den Zwischenspeicher geschrieben werden.</translation>
    </message>
    <message>
        <source>An availability edit conflicts with a change made elsewhere.</source>
        <translation>Eine Änderung der Verfügbarkeit steht im Konflikt mit einer Änderung von anderer Stelle.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Opening saved data…</source>
        <translation>Gespeicherte Daten werden geöffnet…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problem bei der Synchronisierung</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Entscheidung nötig</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Showing data last synced %1. Edits wait until the server is back.</source>
        <translation>Angezeigt werden die Daten der letzten Synchronisierung (%1). Änderungen warten, bis der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Nothing saved yet. Data appears after the first sync.</source>
        <translation>Noch nichts gespeichert. Daten erscheinen nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert %1</translation>
    </message>
    <message>
        <source>First sync of this account</source>
        <translation>Erste Synchronisierung dieses Kontos</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused edit(s)</source>
        <translation>
            <numerusform>%n abgelehnte Änderung</numerusform>
            <numerusform>%n abgelehnte Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateGrid</name>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Weekly hours, %1, %2</source>
        <translation>Wöchentliche Zeiten, %1, %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Enter to change the times, Delete to remove.</source>
        <translation>Eingabetaste ändert die Zeiten, Entf entfernt sie.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation>Companion öffnen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>VacationsPanel</name>
    <message>
        <source>Whole days off, both dates included.</source>
        <translation>Ganze freie Tage, beide Daten eingeschlossen.</translation>
    </message>
    <message>
        <source>Remove the vacation %1</source>
        <translation>Den Urlaub %1 entfernen</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>First day of the vacation</source>
        <translation>Erster Urlaubstag</translation>
    </message>
    <message>
        <source>Last day of the vacation</source>
        <translation>Letzter Urlaubstag</translation>
    </message>
    <message>
        <source>Reason for the vacation</source>
        <translation>Grund für den Urlaub</translation>
    </message>
    <message>
        <source>Pick both days, or type them as YYYY-MM-DD.</source>
        <translation>Wählen Sie beide Tage oder geben Sie sie als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>A vacation does not cancel them.</source>
        <translation>Ein Urlaub sagt sie nicht ab.</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Trotzdem hinzufügen</translation>
    </message>
</context>
<context>
    <name>ViewCard</name>
    <message>
        <source>Appearance and time</source>
        <translation>Darstellung und Zeit</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Zeiten anzeigen in</translation>
    </message>
    <message>
        <source>Time zone for showing times</source>
        <translation>Zeitzone für die Anzeige der Zeiten</translation>
    </message>
    <message>
        <source>Join opens before a session</source>
        <translation>Beitreten möglich vor einer Sitzung</translation>
    </message>
    <message>
        <source>How early Join opens</source>
        <translation>Wie früh Beitreten möglich ist</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Zum Beginn</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 Minuten vorher</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 Minuten vorher</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 Minuten vorher</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 Minuten vorher</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Vacation: %1</source>
        <translation>Urlaub: %1</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>Closed (date override)</source>
        <translation>Geschlossen (Tagesausnahme)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4, %5</source>
        <translation>%1, %2, %3, %4, %5</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>you teach, %1</source>
        <translation>Sie leiten, %1</translation>
    </message>
    <message>
        <source>Opens the session&apos;s details.</source>
        <translation>Öffnet die Details der Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>%n S-T session(s) go on as planned</source>
        <translation>
            <numerusform>%n S-T-Sitzung findet wie geplant statt</numerusform>
            <numerusform>%n S-T-Sitzungen finden wie geplant statt</numerusform>
        </translation>
    </message>
    <message>
        <source>on your time off</source>
        <translation>in Ihrer Abwesenheit</translation>
    </message>
    <message>
        <source>On your time off</source>
        <translation>In Ihrer Abwesenheit</translation>
    </message>
</context>
<context>
    <name>companion::AccountController</name>
    <message>
        <source>Sign in to edit your availability.</source>
        <translation>Melden Sie sich an, um Ihre Verfügbarkeit zu bearbeiten.</translation>
    </message>
    <message>
        <source>This session can no longer be cancelled.</source>
        <translation>Diese Sitzung kann nicht mehr abgesagt werden.</translation>
    </message>
</context>
<context>
    <name>companion::AppController</name>
    <message>
        <source>Companion could not reach %1: %2</source>
        <translation>Companion konnte %1 nicht erreichen: %2</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a Companion platform. Check the address.</source>
        <translation>%1 antwortet, ist aber keine Companion-Plattform. Bitte prüfen Sie die Adresse.</translation>
    </message>
</context>
<context>
    <name>companion::AuthSession</name>
    <message>
        <source>Creator</source>
        <translation>Kursleitung</translation>
    </message>
</context>
<context>
    <name>companion::AvailabilityEditorController</name>
    <message>
        <source>Sign in to edit your availability.</source>
        <translation>Melden Sie sich an, um Ihre Verfügbarkeit zu bearbeiten.</translation>
    </message>
    <message>
        <source>Pick a day of the week shown.</source>
        <translation>Wählen Sie einen der angezeigten Wochentage.</translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 on %n day(s)</source>
        <translation>
            <numerusform>%1 an %n Tag hinzugefügt</numerusform>
            <numerusform>%1 an %n Tagen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 %2</source>
        <translation>%1 %2 gelöscht</translation>
    </message>
    <message>
        <source>Removed the override on %1</source>
        <translation>Tagesausnahme am %1 entfernt</translation>
    </message>
    <message>
        <source>Removed the vacation %1</source>
        <translation>Urlaub %1 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · %n student(s)</source>
        <translation>
            <numerusform>%1 %2 · %n Lernende/r</numerusform>
            <numerusform>%1 %2 · %n Lernende</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 stay booked</source>
        <translation>%1, %2 bleiben gebucht</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n Lernende/r</numerusform>
            <numerusform>%n Lernende</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::BookingNews</name>
    <message>
        <source>New booking: %1</source>
        <translation>Neue Buchung: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgesagt: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 seats booked</source>
        <translation>%1 · %2 von %3 Plätzen gebucht</translation>
    </message>
    <message>
        <source>%1 · the session will not take place</source>
        <translation>%1 · die Sitzung findet nicht statt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n more change(s) to your sessions</source>
        <translation>
            <numerusform>%n weitere Änderung an Ihren Sitzungen</numerusform>
            <numerusform>%n weitere Änderungen an Ihren Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Companion to see them.</source>
        <translation>Öffnen Sie Companion, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>companion::CalendarExporter</name>
    <message>
        <source>Sign in to export your sessions.</source>
        <translation>Melden Sie sich an, um Ihre Sitzungen zu exportieren.</translation>
    </message>
    <message>
        <source>Enter the days as YYYY-MM-DD, for example 2026-12-01.</source>
        <translation>Geben Sie die Tage als JJJJ-MM-TT ein, zum Beispiel 2026-12-01.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Der erste Tag liegt nach dem letzten.</translation>
    </message>
    <message>
        <source>This session is not in your calendar any more.</source>
        <translation>Diese Sitzung ist nicht mehr in Ihrem Kalender.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not open a web browser.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1</source>
        <translation>
            <numerusform>%n Sitzung nach %1 exportiert</numerusform>
            <numerusform>%n Sitzungen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::CalendarFeedController</name>
    <message>
        <source>A new address is ready. The old one has stopped working: subscribe again with this one.</source>
        <translation>Eine neue Adresse ist bereit. Die alte funktioniert nicht mehr: Abonnieren Sie erneut mit dieser.</translation>
    </message>
    <message>
        <source>Your calendar address no longer works. Calendars subscribed to it stop updating.</source>
        <translation>Ihre Kalenderadresse funktioniert nicht mehr. Damit abonnierte Kalender werden nicht mehr aktualisiert.</translation>
    </message>
    <message>
        <source>Your calendar address needs a connection to the platform. Try again when you are online.</source>
        <translation>Ihre Kalenderadresse braucht eine Verbindung zur Plattform. Versuchen Sie es erneut, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>Copied. Keep this address private: anyone who has it can see your sessions.</source>
        <translation>Kopiert. Halten Sie diese Adresse privat: Wer sie hat, sieht Ihre Sitzungen.</translation>
    </message>
    <message>
        <source>Nothing on this computer opens this address. Copy it and add it in your calendar app.</source>
        <translation>Auf diesem Computer öffnet nichts diese Adresse. Kopieren Sie sie und fügen Sie sie in Ihrer Kalender-App hinzu.</translation>
    </message>
</context>
<context>
    <name>companion::CalendarNavigator</name>
    <message>
        <source>Your availability</source>
        <translation>Ihre Verfügbarkeit</translation>
    </message>
</context>
<context>
    <name>companion::EarningsChartModel</name>
    <message>
        <source>%1: %2 — %3 waiting for transfer, %4 transferred, %5 paid out</source>
        <translation>%1: %2 – %3 wartet auf Überweisung, %4 überwiesen, %5 ausgezahlt</translation>
    </message>
    <message>
        <source>; %1 refunded, not counted</source>
        <translation>; %1 erstattet, nicht gezählt</translation>
    </message>
    <message>
        <source>Also earned in %1 (not drawn).</source>
        <translation>Außerdem verdient in %1 (nicht dargestellt).</translation>
    </message>
</context>
<context>
    <name>companion::EarningsController</name>
    <message>
        <source>Write both dates as YYYY-MM-DD, e.g. 2026-01-31.</source>
        <translation>Geben Sie beide Daten als JJJJ-MM-TT ein, z. B. 2026-01-31.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>companion::EarningsCsvExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payment(s) to %1</source>
        <translation>
            <numerusform>%n Zahlung nach %1 exportiert</numerusform>
            <numerusform>%n Zahlungen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::EarningsSummaryModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Überwiesen</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Reversed (refunded)</source>
        <translation>Storniert (erstattet)</translation>
    </message>
    <message>
        <source>You taught (85%)</source>
        <translation>Selbst geleitet (85 %)</translation>
    </message>
    <message>
        <source>Your S-Ts taught (15%)</source>
        <translation>Von Ihren S-Ts geleitet (15 %)</translation>
    </message>
    <message>
        <source>As an S-T (70%)</source>
        <translation>Als S-T (70 %)</translation>
    </message>
    <message>
        <source>The earnings summary has no groups or totals.</source>
        <translation>Die Übersicht der Einnahmen enthält keine Gruppen oder Summen.</translation>
    </message>
    <message>
        <source>Earnings group %1 has no key.</source>
        <translation>Einnahmengruppe %1 hat keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Earnings group %1 has no valid currency.</source>
        <translation>Einnahmengruppe %1 hat keine gültige Währung.</translation>
    </message>
    <message>
        <source>Earnings group %1 has no whole amount in cents.</source>
        <translation>Einnahmengruppe %1 hat keinen ganzzahligen Betrag in Cent.</translation>
    </message>
    <message>
        <source>Earnings group %1 has no count.</source>
        <translation>Einnahmengruppe %1 hat keine Anzahl.</translation>
    </message>
    <message>
        <source>Earnings total %1 is malformed.</source>
        <translation>Einnahmensumme %1 ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>companion::FeedActivityListModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday at %1</source>
        <translation>Gestern um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>companion::FeedChannelListModel</name>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Everyone on the platform</source>
        <translation>Alle auf der Plattform</translation>
    </message>
    <message>
        <source>Your course</source>
        <translation>Ihr Kurs</translation>
    </message>
    <message>
        <source>You teach</source>
        <translation>Sie leiten</translation>
    </message>
    <message>
        <source>You are enrolled</source>
        <translation>Sie sind eingeschrieben</translation>
    </message>
</context>
<context>
    <name>companion::FeedController</name>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Choose a feed first.</source>
        <translation>Wählen Sie zuerst einen Feed.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>A post can have at most %1 characters (this one has %2).</source>
        <translation>Ein Beitrag darf höchstens %1 Zeichen haben (dieser hat %2).</translation>
    </message>
    <message>
        <source>Only the course&apos;s teachers can post announcements.</source>
        <translation>Nur die Lehrpersonen des Kurses können Ankündigungen veröffentlichen.</translation>
    </message>
    <message>
        <source>You cannot post in this feed.</source>
        <translation>Sie können in diesem Feed nicht schreiben.</translation>
    </message>
    <message>
        <source>This post cannot take comments yet.</source>
        <translation>Dieser Beitrag kann noch keine Kommentare annehmen.</translation>
    </message>
    <message>
        <source>A comment can have at most %1 characters.</source>
        <translation>Ein Kommentar darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Comments need a connection; yours is still in its field.</source>
        <translation>Kommentare brauchen eine Verbindung; Ihrer steht noch im Eingabefeld.</translation>
    </message>
</context>
<context>
    <name>companion::NextSessionStatus</name>
    <message>
        <source>Next: %1, %2</source>
        <translation>Nächste Sitzung: %1, %2</translation>
    </message>
</context>
<context>
    <name>companion::OutboxController</name>
    <message>
        <source>Sign in to resolve this edit.</source>
        <translation>Melden Sie sich an, um diese Änderung aufzulösen.</translation>
    </message>
    <message>
        <source>Could not re-queue your edit; it is no longer in conflict.</source>
        <translation>Ihre Änderung konnte nicht erneut eingereiht werden; sie steht nicht mehr im Konflikt.</translation>
    </message>
    <message>
        <source>Could not drop your edit; it is no longer in conflict.</source>
        <translation>Ihre Änderung konnte nicht verworfen werden; sie steht nicht mehr im Konflikt.</translation>
    </message>
    <message>
        <source>Sign in to discard this edit.</source>
        <translation>Melden Sie sich an, um diese Änderung zu verwerfen.</translation>
    </message>
    <message>
        <source>Only an edit the server refused can be discarded.</source>
        <translation>Nur eine vom Server abgelehnte Änderung kann verworfen werden.</translation>
    </message>
</context>
<context>
    <name>companion::OutboxEditModel</name>
    <message>
        <source>Weekly availability</source>
        <translation>Wöchentliche Verfügbarkeit</translation>
    </message>
    <message>
        <source>Cancel a session</source>
        <translation>Eine Sitzung absagen</translation>
    </message>
    <message>
        <source>Post to %1</source>
        <translation>Beitrag in %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
</context>
<context>
    <name>companion::PayoutBalanceController</name>
    <message>
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Failed: returned to your balance</source>
        <translation>Fehlgeschlagen: zurück auf Ihrem Guthaben</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after a payment reaches your balance</source>
        <translation>
            <numerusform>%n Tag, nachdem eine Zahlung Ihr Guthaben erreicht</numerusform>
            <numerusform>%n Tage, nachdem eine Zahlung Ihr Guthaben erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day, %1</source>
        <translation>Täglich, %1</translation>
    </message>
    <message>
        <source>Every week on %1</source>
        <translation>Wöchentlich am %1</translation>
    </message>
    <message>
        <source>Every month on day %1</source>
        <translation>Monatlich am %1.</translation>
    </message>
    <message>
        <source>Only when you ask for it in Stripe</source>
        <translation>Nur wenn Sie sie bei Stripe anfordern</translation>
    </message>
    <message>
        <source>%1 ending in %2</source>
        <translation>%1 mit Endung %2</translation>
    </message>
</context>
<context>
    <name>companion::PayoutsController</name>
    <message>
        <source>Stripe needs this by %1.</source>
        <translation>Stripe benötigt dies bis %1.</translation>
    </message>
    <message>
        <source>Could not open a web browser. Open this address yourself: %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse selbst: %1</translation>
    </message>
    <message>
        <source>The server sent no onboarding link.</source>
        <translation>Der Server hat keinen Link zur Einrichtung gesendet.</translation>
    </message>
    <message>
        <source>The server sent no dashboard link.</source>
        <translation>Der Server hat keinen Link zum Dashboard gesendet.</translation>
    </message>
</context>
<context>
    <name>companion::RoomJoiner</name>
    <message>
        <source>Joining needs a connection to the server.</source>
        <translation>Zum Beitreten ist eine Verbindung zum Server nötig.</translation>
    </message>
    <message>
        <source>The server sent a room address Companion cannot open.</source>
        <translation>Der Server hat eine Raumadresse geschickt, die Companion nicht öffnen kann.</translation>
    </message>
</context>
<context>
    <name>companion::RoomLauncher</name>
    <message numerus="yes">
        <source>Join opens %n minute(s) before the start.</source>
        <translation>
            <numerusform>Beitreten ist ab %n Minute vor dem Beginn möglich.</numerusform>
            <numerusform>Beitreten ist ab %n Minuten vor dem Beginn möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room is open.</source>
        <translation>Der Raum ist offen.</translation>
    </message>
    <message>
        <source>This session has ended.</source>
        <translation>Diese Sitzung ist vorbei.</translation>
    </message>
    <message>
        <source>This session was cancelled.</source>
        <translation>Diese Sitzung wurde abgesagt.</translation>
    </message>
    <message>
        <source>Joining needs a connection to the server.</source>
        <translation>Zum Beitreten ist eine Verbindung zum Server nötig.</translation>
    </message>
    <message>
        <source>Session room</source>
        <translation>Sitzungsraum</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Eine Sitzung läuft</translation>
    </message>
</context>
<context>
    <name>companion::RoomSession</name>
    <message>
        <source>%1 · breakout room</source>
        <translation>%1 · Breakout-Raum</translation>
    </message>
    <message>
        <source>Screen sharing does not work inside Companion on a Wayland session. Open the room in your browser to share your screen.</source>
        <translation>In einer Wayland-Sitzung kann Companion den Bildschirm nicht teilen. Öffnen Sie den Raum im Browser, um Ihren Bildschirm zu teilen.</translation>
    </message>
    <message>
        <source>Companion cannot reach the server. Check your connection, then try again.</source>
        <translation>Companion erreicht den Server nicht. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The room is not open: %1</source>
        <translation>Der Raum ist nicht offen: %1</translation>
    </message>
    <message>
        <source>You are not allowed in this session&apos;s room: %1</source>
        <translation>Sie haben keinen Zutritt zum Raum dieser Sitzung: %1</translation>
    </message>
    <message>
        <source>The server sent a room address Companion cannot open.</source>
        <translation>Der Server hat eine Raumadresse geschickt, die Companion nicht öffnen kann.</translation>
    </message>
    <message>
        <source>Companion does not open links of the kind &quot;%1:&quot; from a session room.</source>
        <translation>Companion öffnet aus einem Sitzungsraum keine Links der Art „%1:“.</translation>
    </message>
</context>
<context>
    <name>companion::SessionDetailController</name>
    <message>
        <source>The server sent session details Companion cannot read.</source>
        <translation>Der Server hat Sitzungsdetails gesendet, die Companion nicht lesen kann.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>%1 of %2 attended</source>
        <translation>%1 von %2 teilgenommen</translation>
    </message>
    <message>
        <source>Recording available · %1 min</source>
        <translation>Aufzeichnung verfügbar · %1 Min.</translation>
    </message>
    <message>
        <source>Recording available</source>
        <translation>Aufzeichnung verfügbar</translation>
    </message>
    <message>
        <source>The recording is being processed.</source>
        <translation>Die Aufzeichnung wird verarbeitet.</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Attendance and the recording need a connection to the server.</source>
        <translation>Anwesenheit und Aufzeichnung brauchen eine Verbindung zum Server.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>You teach</source>
        <translation>Sie leiten</translation>
    </message>
    <message>
        <source>%1 teaches your course</source>
        <translation>%1 leitet Ihren Kurs</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>Booked (1 seat)</source>
        <translation>Gebucht (1 Platz)</translation>
    </message>
    <message>
        <source>Not booked yet (1 seat)</source>
        <translation>Noch nicht gebucht (1 Platz)</translation>
    </message>
    <message>
        <source>%1 of %2 seats booked</source>
        <translation>%1 von %2 Plätzen gebucht</translation>
    </message>
    <message>
        <source>%1 per student</source>
        <translation>%1 pro Person</translation>
    </message>
    <message>
        <source>%1 per student (%2 %)</source>
        <translation>%1 pro Person (%2 %)</translation>
    </message>
    <message numerus="yes">
        <source>%1 for the %n booked</source>
        <translation>
            <numerusform>%1 für %n Buchung</numerusform>
            <numerusform>%1 für %n Buchungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>%1 · %2 there</source>
        <translation>%1 · dort %2</translation>
    </message>
</context>
<context>
    <name>companion::SessionProposalController</name>
    <message>
        <source>New time proposed: %1 — %2 of %3 students accepted so far.</source>
        <translation>Neue Zeit vorgeschlagen: %1 – bisher haben %2 von %3 Lernenden zugestimmt.</translation>
    </message>
    <message>
        <source>Moved to %1: every student accepted.</source>
        <translation>Verschoben auf %1: Alle Lernenden haben zugestimmt.</translation>
    </message>
    <message>
        <source>A student declined %1: the session keeps its time.</source>
        <translation>Eine/r der Lernenden hat %1 abgelehnt: Die Sitzung behält ihre Zeit.</translation>
    </message>
    <message>
        <source>Not every student accepted %1 in time: the session keeps its time.</source>
        <translation>Nicht alle Lernenden haben %1 rechtzeitig zugestimmt: Die Sitzung behält ihre Zeit.</translation>
    </message>
    <message>
        <source>Proposing a new time needs a connection to the platform.</source>
        <translation>Eine neue Zeit vorzuschlagen braucht eine Verbindung zur Plattform.</translation>
    </message>
</context>
<context>
    <name>companion::SessionReminders</name>
    <message>
        <source>Starting now: %1</source>
        <translation>Beginnt jetzt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n minute(s): %1</source>
        <translation>
            <numerusform>Beginnt in %n Minute: %1</numerusform>
            <numerusform>Beginnt in %n Minuten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %n minute(s) ago: %1</source>
        <translation>
            <numerusform>Begann vor %n Minute: %1</numerusform>
            <numerusform>Begann vor %n Minuten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) booked</source>
        <translation>
            <numerusform>%n Lernende/r gebucht</numerusform>
            <numerusform>%n Lernende gebucht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 (%3) · %4</source>
        <translation>%1–%2 (%3) · %4</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n Min. schlummern</numerusform>
            <numerusform>%n Min. schlummern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::SlotPreviewController</name>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 Min.</translation>
    </message>
    <message>
        <source>You have no offerings yet, so students cannot book anything.</source>
        <translation>Sie haben noch keine Angebote, daher können Lernende nichts buchen.</translation>
    </message>
    <message>
        <source>You have not set any availability yet.</source>
        <translation>Sie haben noch keine Verfügbarkeit festgelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n frei</numerusform>
            <numerusform>%n frei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n a day</source>
        <translation>
            <numerusform>%n pro Tag</numerusform>
            <numerusform>%n pro Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n a week</source>
        <translation>
            <numerusform>%n pro Woche</numerusform>
            <numerusform>%n pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lessons</source>
        <translation>Einheiten von %1</translation>
    </message>
    <message>
        <source>a start every %1</source>
        <translation>Beginn alle %1</translation>
    </message>
    <message>
        <source>buffers %1 before, %2 after</source>
        <translation>Puffer %1 davor, %2 danach</translation>
    </message>
    <message>
        <source>no buffers</source>
        <translation>keine Puffer</translation>
    </message>
    <message>
        <source>booked at least %1 ahead</source>
        <translation>mindestens %1 im Voraus gebucht</translation>
    </message>
    <message>
        <source>no minimum notice</source>
        <translation>keine Mindestvorlaufzeit</translation>
    </message>
    <message numerus="yes">
        <source>up to %n day(s) ahead</source>
        <translation>
            <numerusform>bis %n Tag im Voraus</numerusform>
            <numerusform>bis %n Tage im Voraus</numerusform>
        </translation>
    </message>
    <message>
        <source>no booking window</source>
        <translation>kein Buchungszeitraum</translation>
    </message>
    <message>
        <source>no daily or weekly cap</source>
        <translation>keine Tages- oder Wochengrenze</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Already past</source>
        <translation>Bereits vorbei</translation>
    </message>
    <message>
        <source>Inside your minimum notice of %1</source>
        <translation>Innerhalb Ihrer Mindestvorlaufzeit von %1</translation>
    </message>
    <message numerus="yes">
        <source>Beyond your booking window of %n day(s)</source>
        <translation>
            <numerusform>Außerhalb Ihres Buchungszeitraums von %n Tag</numerusform>
            <numerusform>Außerhalb Ihres Buchungszeitraums von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept free by the buffers around sessions</source>
        <translation>Durch die Puffer um Sitzungen freigehalten</translation>
    </message>
    <message>
        <source>Limit reached (%1)</source>
        <translation>Grenze erreicht (%1)</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>Closed: no bookable hours</source>
        <translation>Geschlossen: keine buchbaren Zeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n more not offered: %1</source>
        <translation>
            <numerusform>%n weiterer nicht angeboten: %1</numerusform>
            <numerusform>%n weitere nicht angeboten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken by booked sessions</source>
        <translation>Durch gebuchte Sitzungen belegt</translation>
    </message>
</context>
<context>
    <name>companion::SplitListModel</name>
    <message>
        <source>Course removed</source>
        <translation>Kurs entfernt</translation>
    </message>
    <message>
        <source>%1% of %2 · you taught as an S-T</source>
        <translation>%1 % von %2 · Sie haben als S-T geleitet</translation>
    </message>
    <message>
        <source>%1% of %2 · an S-T taught your course</source>
        <translation>%1 % von %2 · ein S-T hat Ihren Kurs geleitet</translation>
    </message>
    <message>
        <source>%1% of %2 · %3 taught your course</source>
        <translation>%1 % von %2 · %3 hat Ihren Kurs geleitet</translation>
    </message>
    <message>
        <source>%1% of %2 · you taught your course</source>
        <translation>%1 % von %2 · Sie haben Ihren Kurs geleitet</translation>
    </message>
    <message>
        <source>Paid out on %1</source>
        <translation>Ausgezahlt am %1</translation>
    </message>
    <message>
        <source>Transferred on %1</source>
        <translation>Überwiesen am %1</translation>
    </message>
    <message>
        <source>Refunded on %1 · not counted</source>
        <translation>Erstattet am %1 · nicht gezählt</translation>
    </message>
    <message>
        <source>Booked on %1 · waiting for transfer</source>
        <translation>Gebucht am %1 · wartet auf Überweisung</translation>
    </message>
</context>
<context>
    <name>companion::ViewSettings</name>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt.</translation>
    </message>
    <message>
        <source>My teaching zone</source>
        <translation>Meine Unterrichtszeitzone</translation>
    </message>
</context>
</TS>
