import QtQuick
import QtTest
import Companion.App
import Companion.Test

// The session room's costs, in one run (docs/BENCHMARKS.md): from Join to the room's first
// frame, the compatibility layer's share of the page load, and memory with no room, with a
// room open and after it closed. Printed as table rows.
TestCase {
    id: bench
    name: "RoomBench"
    when: windowShown

    property string sessionId: ""
    readonly property int rounds: 5

    function page(view, js) {
        let result = undefined
        let done = false
        view.runJavaScript(js, r => { result = r; done = true })
        tryVerify(() => done, 5000, js)
        return result
    }
    function median(values) {
        const sorted = values.slice().sort((a, b) => a - b)
        return sorted[Math.floor(sorted.length / 2)]
    }
    function mb(kb) { return (kb / 1024).toFixed(0) }
    // One Join: ms to the first frame of the loaded room, the page's own load time, the layer's stats.
    function joinOnce() {
        const started = Date.now()
        Rooms.join(bench.sessionId)
        tryVerify(() => Rooms.windowOf(bench.sessionId) !== null, 5000)
        const win = Rooms.windowOf(bench.sessionId)
        const view = win.view
        tryVerify(() => view.loadProgress === 100 && String(view.url).indexOf("/sandbox/plugnmeet") > 0, 20000)
        let framed = false
        const onFrame = () => { framed = true }
        win.frameSwapped.connect(onFrame)
        tryVerify(() => framed, 5000)
        win.frameSwapped.disconnect(onFrame)
        const firstFrameMs = Date.now() - started
        tryVerify(() => page(view, "document.getElementById('status').textContent") === "You are in the room.", 15000)
        const timing = JSON.parse(page(view, "JSON.stringify({load: performance.timing.loadEventEnd - performance.timing.navigationStart,"
                                          + " layer: window.__companionCompat ? window.__companionCompat.stats() : null})"))
        return { win: win, firstFrameMs: firstFrameMs, loadMs: timing.load, layer: timing.layer }
    }
    function leave(win) {
        win.close()
        tryCompare(Rooms, "openRooms", 0, 10000)
    }

    function initTestCase() {
        bench.sessionId = TestServer.createSession("off_maya_watercolour", -5)
        App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
        Account.syncNow()
        tryVerify(() => Rooms.joinStateOf(bench.sessionId) === Rooms.Open, 20000)
    }

    function test_room() {
        gc()
        wait(2000)
        const idle = TestServer.memory()
        // Warm-up: WebEngine's processes start with the first room.
        leave(joinOnce().win)
        const rows = { withLayer: [], without: [] }
        let open = null
        for (let i = 0; i < bench.rounds; ++i) {
            for (const mode of ["withLayer", "without"]) {
                TestServer.setEnv("COMPANION_ROOM_COMPAT", mode === "without" ? "polyfills-only" : "")
                const r = joinOnce()
                rows[mode].push(r)
                if (mode === "withLayer" && i === bench.rounds - 1) {
                    wait(3000)
                    open = TestServer.memory()
                }
                leave(r.win)
            }
        }
        TestServer.setEnv("COMPANION_ROOM_COMPAT", "")
        gc()
        wait(5000)
        const closed = TestServer.memory()
        const pick = (mode, key) => median(rows[mode].map(r => r[key]))
        const layerMs = median(rows.withLayer.map(r => r.layer.ms))
        const setupMs = median(rows.withLayer.map(r => r.layer.setupMs))
        console.info("| Join → the room's first frame (with the layer) | " + pick("withLayer", "firstFrameMs") + " ms |")
        console.info("| Join → the room's first frame (polyfills only, no stylesheet rewrite) | " + pick("without", "firstFrameMs") + " ms |")
        console.info("| page load, navigationStart → loadEventEnd, with the layer | " + pick("withLayer", "loadMs") + " ms |")
        console.info("| page load, navigationStart → loadEventEnd, polyfills only | " + pick("without", "loadMs") + " ms |")
        console.info("| the layer's own work: setup " + setupMs.toFixed(2) + " ms, stylesheet rewrite " + layerMs.toFixed(2) + " ms ("
                     + rows.withLayer[0].layer.sheets + " sheets, " + rows.withLayer[0].layer.rules + " transform rules) |")
        console.info("| memory, no room yet | " + mb(idle.selfKb) + " MB app + " + mb(idle.descendantsKb) + " MB WebEngine processes |")
        console.info("| memory, a room open (camera on) | " + mb(open.selfKb) + " MB app + " + mb(open.descendantsKb) + " MB WebEngine processes |")
        console.info("| memory, after it closed | " + mb(closed.selfKb) + " MB app + " + mb(closed.descendantsKb) + " MB WebEngine processes |")
        verify(rows.withLayer.length === bench.rounds)
    }
}
