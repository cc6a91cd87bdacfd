import QtQuick
import Companion.App

// "Now" for bindings that show relative times, ticking every `interval` ms,
// with the phrases the pages share ("2 min ago", "in 3 h 5 min"). A Timer, not
// an Item, so it adds nothing to the layout it is declared in. The time comes
// from AppClock (the app's clock, which tests and screenshots can pin), never
// from `new Date()`.
Timer {
    id: clock

    property date now: AppClock.now()

    // "just now", "2 min ago", "3 h ago", "yesterday", "4 days ago".
    function ago(then) {
        if (!then || isNaN(then.getTime()))
            return ""
        const seconds = Math.max(0, Math.round((clock.now.getTime() - then.getTime()) / 1000))
        if (seconds < 60)
            return qsTr("just now")
        const minutes = Math.floor(seconds / 60)
        if (minutes < 60)
            return qsTr("%1 min ago").arg(minutes)
        const hours = Math.floor(minutes / 60)
        if (hours < 24)
            return qsTr("%1 h ago").arg(hours)
        const days = Math.floor(hours / 24)
        return days === 1 ? qsTr("yesterday") : qsTr("%n days ago", "", days)
    }

    // A duration in words: "8 min", "2 h 15 min", "3 days".
    function duration(ms) {
        const minutes = Math.max(0, Math.ceil(ms / 60000))
        if (minutes < 60)
            return qsTr("%1 min").arg(minutes)
        const hours = Math.floor(minutes / 60)
        if (hours < 48) {
            const rest = minutes % 60
            return rest === 0 ? qsTr("%1 h").arg(hours) : qsTr("%1 h %2 min").arg(hours).arg(rest)
        }
        return qsTr("%n days", "", Math.floor(hours / 24))
    }

    interval: 30000
    running: true
    repeat: true
    triggeredOnStart: true
    onTriggered: clock.now = AppClock.now()
}
