<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityDelegate</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message numerus="yes">
        <source>%1 · %n min</source>
        <translation>
            <numerusform>%1 · %n min</numerusform>
            <numerusform>%1 · %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message numerus="yes">
        <source>%n session(s) will be exported, in your time zone (%1).</source>
        <translation>
            <numerusform>%n session will be exported, in your time zone (%1).</numerusform>
            <numerusform>%n sessions will be exported, in your time zone (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarStatus</name>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n edit</numerusform>
            <numerusform>%n edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving… %n edit(s) waiting to reach the server.</source>
        <translation>
            <numerusform>Saving… %n edit waiting to reach the server.</numerusform>
            <numerusform>Saving… %n edits waiting to reach the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWeekModel</name>
    <message numerus="yes">
        <source>%1 (+%n days)</source>
        <translation>
            <numerusform>%1 (+%n day)</numerusform>
            <numerusform>%1 (+%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelSessionDialog</name>
    <message numerus="yes">
        <source>%n student(s) booked it. Each is refunded in full and gets an email with your reason and message.</source>
        <translation>
            <numerusform>%n student has booked it. They are refunded in full and get an email with your reason and message.</numerusform>
            <numerusform>%n students have booked it. Each is refunded in full and gets an email with your reason and message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>%n availability edit(s) conflict with changes made elsewhere. Nothing is lost: choose which version to keep.</source>
        <translation>
            <numerusform>An availability edit conflicts with a change made elsewhere. Nothing is lost: choose which version to keep.</numerusform>
            <numerusform>%n availability edits conflict with changes made elsewhere. Nothing is lost: choose which versions to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthEarningsCard</name>
    <message numerus="yes">
        <source>from %n payment(s)</source>
        <translation>
            <numerusform>from %n payment</numerusform>
            <numerusform>from %n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>%n session(s) on your time off</source>
        <translation>
            <numerusform>%n session on your time off</numerusform>
            <numerusform>%n sessions on your time off</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextSessionCard</name>
    <message numerus="yes">
        <source>%1 · %n min</source>
        <translation>
            <numerusform>%1 · %n min</numerusform>
            <numerusform>%1 · %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxSummaryCard</name>
    <message numerus="yes">
        <source>%n edit(s) conflict with changes made elsewhere</source>
        <translation>
            <numerusform>%n edit conflicts with a change made elsewhere</numerusform>
            <numerusform>%n edits conflict with changes made elsewhere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting to be sent</source>
        <translation>
            <numerusform>%n edit waiting to be sent</numerusform>
            <numerusform>%n edits waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayoutsPage</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message numerus="yes">
        <source>%n slot(s) students can book this week</source>
        <translation>
            <numerusform>%n slot students can book this week</numerusform>
            <numerusform>%n slots students can book this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeWhen</name>
    <message numerus="yes">
        <source>%1 at %2 (in %n day(s))</source>
        <translation>
            <numerusform>%1 at %2 (in %n day)</numerusform>
            <numerusform>%1 at %2 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 at %2 (%n day ago)</numerusform>
            <numerusform>%1 at %2 (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message numerus="yes">
        <source>%n date exception(s)</source>
        <translation>
            <numerusform>%n date exception</numerusform>
            <numerusform>%n date exceptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time-off period(s)</source>
        <translation>
            <numerusform>%n time-off period</numerusform>
            <numerusform>%n time-off periods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionViewBody</name>
    <message numerus="yes">
        <source>Students · %n booked</source>
        <translation>
            <numerusform>Students · %n booked</numerusform>
            <numerusform>Students · %n booked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryBarDelegate</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused edit(s)</source>
        <translation>
            <numerusform>%n refused edit</numerusform>
            <numerusform>%n refused edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n edit waiting</numerusform>
            <numerusform>%n edits waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message numerus="yes">
        <source>%n S-T session(s) go on as planned</source>
        <translation>
            <numerusform>%n S-T session goes on as planned</numerusform>
            <numerusform>%n S-T sessions go on as planned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::AvailabilityEditorController</name>
    <message numerus="yes">
        <source>Added %1 on %n day(s)</source>
        <translation>
            <numerusform>Added %1 on %n day</numerusform>
            <numerusform>Added %1 on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · %n student(s)</source>
        <translation>
            <numerusform>%1 %2 · %n student</numerusform>
            <numerusform>%1 %2 · %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::BookingNews</name>
    <message numerus="yes">
        <source>%n more change(s) to your sessions</source>
        <translation>
            <numerusform>%n more change to your sessions</numerusform>
            <numerusform>%n more changes to your sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::CalendarExporter</name>
    <message numerus="yes">
        <source>Exported %n session(s) to %1</source>
        <translation>
            <numerusform>Exported %n session to %1</numerusform>
            <numerusform>Exported %n sessions to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::EarningsCsvExport</name>
    <message numerus="yes">
        <source>Exported %n payment(s) to %1</source>
        <translation>
            <numerusform>Exported %n payment to %1</numerusform>
            <numerusform>Exported %n payments to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::FeedActivityListModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::PayoutBalanceController</name>
    <message numerus="yes">
        <source>%n day(s) after a payment reaches your balance</source>
        <translation>
            <numerusform>%n day after a payment reaches your balance</numerusform>
            <numerusform>%n days after a payment reaches your balance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::RoomLauncher</name>
    <message numerus="yes">
        <source>Join opens %n minute(s) before the start.</source>
        <translation>
            <numerusform>Join opens %n minute before the start.</numerusform>
            <numerusform>Join opens %n minutes before the start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::SessionDetailController</name>
    <message numerus="yes">
        <source>%1 for the %n booked</source>
        <translation>
            <numerusform>%1 for the %n booked</numerusform>
            <numerusform>%1 for the %n booked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::SessionReminders</name>
    <message numerus="yes">
        <source>Starts in %n minute(s): %1</source>
        <translation>
            <numerusform>Starts in %n minute: %1</numerusform>
            <numerusform>Starts in %n minutes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %n minute(s) ago: %1</source>
        <translation>
            <numerusform>Started %n minute ago: %1</numerusform>
            <numerusform>Started %n minutes ago: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) booked</source>
        <translation>
            <numerusform>%n student booked</numerusform>
            <numerusform>%n students booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Snooze %n min</numerusform>
            <numerusform>Snooze %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>companion::SlotPreviewController</name>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n a day</source>
        <translation>
            <numerusform>%n a day</numerusform>
            <numerusform>%n a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n a week</source>
        <translation>
            <numerusform>%n a week</numerusform>
            <numerusform>%n a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n day(s) ahead</source>
        <translation>
            <numerusform>up to %n day ahead</numerusform>
            <numerusform>up to %n days ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Beyond your booking window of %n day(s)</source>
        <translation>
            <numerusform>Beyond your booking window of %n day</numerusform>
            <numerusform>Beyond your booking window of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not offered: %1</source>
        <translation>
            <numerusform>%n more not offered: %1</numerusform>
            <numerusform>%n more not offered: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
