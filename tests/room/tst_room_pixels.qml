import QtQuick
import QtTest
import Companion.App
import Companion.Test

// The compatibility layer, measured in pixels: the sandbox room page (its stylesheet is
// compiled the way Tailwind 4 compiles) in Companion's room window (Chromium 102) against
// the same page in Debian's current Chromium, headless, at the same size. The live parts
// (the camera picture and what the board's camera got) are masked in both.
TestCase {
    id: testCase
    name: "RoomPixels"
    when: windowShown

    property string sessionId: ""
    readonly property int pageWidth: 1280
    readonly property int pageHeight: 800
    readonly property var masked: ["#self", "#you", ".frame", "#frameResult"]

    function page(view, js) {
        let result = undefined
        let done = false
        view.runJavaScript(js, r => { result = r; done = true })
        tryVerify(() => done, 5000, js)
        return result
    }
    function findByName(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        for (const list of [item.data, item.children]) {
            if (list === undefined)
                continue
            for (let i = 0; i < list.length; ++i) {
                const found = findByName(list[i], name)
                if (found)
                    return found
            }
        }
        return null
    }
    // Renders the room in Companion's window to `file`; the rectangles to mask.
    function renderInCompanion(file) {
        Rooms.join(testCase.sessionId)
        tryVerify(() => Rooms.windowOf(testCase.sessionId) !== null, 5000)
        const win = Rooms.windowOf(testCase.sessionId)
        const view = win.view
        tryVerify(() => view.loadProgress === 100 && String(view.url).indexOf("/sandbox/plugnmeet") > 0, 15000)
        const bar = win.height - view.height
        win.width = testCase.pageWidth
        win.height = testCase.pageHeight + bar
        tryCompare(view, "width", testCase.pageWidth, 5000)
        tryCompare(view, "height", testCase.pageHeight, 5000)
        tryVerify(() => page(view, "document.getElementById('status').textContent") === "You are in the room.", 15000)
        tryVerify(() => page(view, "document.getElementById('media').textContent") === "Maya Lindqvist", 10000)
        wait(1500) // the stylesheet rewrite, fonts and the participants' first refresh
        const rects = JSON.parse(page(view, "JSON.stringify(" + JSON.stringify(testCase.masked)
                                      + ".map(s => { const r = document.querySelector(s).getBoundingClientRect();"
                                      + " return [Math.floor(r.left), Math.floor(r.top), Math.ceil(r.right), Math.ceil(r.bottom)]; }))"))
        const stats = page(view, "window.__companionCompat ? JSON.stringify(window.__companionCompat.stats()) : '{}'")
        // The whole window, then the view's part of it (grabImage crops by the item's own
        // x and y, not its place in the window).
        const whole = file + ".window.png"
        grabImage(win.contentItem).save(whole)
        const at = view.mapToItem(null, 0, 0)
        compare(TestServer.run("convert", [whole, "-crop", testCase.pageWidth + "x" + testCase.pageHeight + "+"
                                           + Math.round(at.x) + "+" + Math.round(at.y), "+repage", file], 30000), 0,
                TestServer.lastOutput())
        const leave = findByName(win.contentItem, "leaveButton")
        leave.clicked()
        tryCompare(Rooms, "openRooms", 0, 10000)
        return { rects: rects, stats: JSON.parse(stats) }
    }
    function mask(file, rects, out) {
        const args = [file, "-fill", "black"]
        for (const r of rects)
            args.push("-draw", "rectangle " + r[0] + "," + r[1] + " " + (r[2] - 1) + "," + (r[3] - 1))
        args.push(out)
        compare(TestServer.run("convert", args, 30000), 0, TestServer.lastOutput())
    }
    // Pixels that differ by more than 10 %, ImageMagick's way.
    function differingPixels(a, b) {
        const code = TestServer.run("compare", ["-metric", "AE", "-fuzz", "10%", a, b, TestServer.filePath("diff.png")], 30000)
        verify(code === 0 || code === 1, TestServer.lastOutput())
        return parseInt(TestServer.lastOutput().trim())
    }

    function initTestCase() {
        if (!TestServer.programExists("chromium") || !TestServer.programExists("compare"))
            skip("needs Debian's chromium and ImageMagick (packaging/debian-packages.txt)")
        testCase.sessionId = TestServer.createSession("off_maya_python", -5)
        verify(testCase.sessionId.length > 0)
        if (App.session.state !== AuthSession.SignedIn)
            App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
        Account.syncNow()
        tryVerify(() => Rooms.joinStateOf(testCase.sessionId) === Rooms.Open, 20000)
    }
    function cleanupTestCase() {
        TestServer.setEnv("COMPANION_ROOM_COMPAT", "")
        if (App.session.state === AuthSession.SignedIn) {
            tryCompare(Account.sync, "syncing", false, 20000)
            App.session.signOut()
            tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
        }
    }

    function test_theLayerMakesChromium102RenderLikeCurrentChromium() {
        const qt = TestServer.filePath("room-qt.png")
        const qtPlain = TestServer.filePath("room-qt-without-layer.png")
        const chromium = TestServer.filePath("room-chromium.png")
        const withLayer = renderInCompanion(qt)
        verify(withLayer.stats.sheets >= 1 && withLayer.stats.rules >= 1, JSON.stringify(withLayer.stats))
        TestServer.setEnv("COMPANION_ROOM_COMPAT", "polyfills-only")
        const without = renderInCompanion(qtPlain)
        TestServer.setEnv("COMPANION_ROOM_COMPAT", "")

        const url = TestServer.joinUrlAs("creator@demo.test", testCase.sessionId)
        verify(url.indexOf("http://localhost:") === 0, url)
        const code = TestServer.run("chromium", ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                                  "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                                                  "--window-size=" + testCase.pageWidth + "," + testCase.pageHeight,
                                                  "--virtual-time-budget=5000", "--screenshot=" + chromium, url], 90000)
        compare(code, 0, TestServer.lastOutput())

        const rects = withLayer.rects.concat(without.rects)
        mask(qt, rects, TestServer.filePath("a.png"))
        mask(qtPlain, rects, TestServer.filePath("b.png"))
        mask(chromium, rects, TestServer.filePath("c.png"))
        const total = testCase.pageWidth * testCase.pageHeight
        const fixed = differingPixels(TestServer.filePath("a.png"), TestServer.filePath("c.png"))
        const broken = differingPixels(TestServer.filePath("b.png"), TestServer.filePath("c.png"))
        console.info("pixels differing from Chromium 156: with the layer", fixed, "(" + (100 * fixed / total).toFixed(2)
                     + " %), without", broken, "(" + (100 * broken / total).toFixed(2) + " %)")
        if (TestServer.screenshotDir.length > 0) {
            TestServer.run("cp", [qt, qtPlain, chromium, TestServer.filePath("diff.png"), TestServer.screenshotDir], 10000)
        }
        verify(fixed < total / 100, "with the layer: " + fixed + " of " + total + " pixels differ")
        verify(broken > total / 10, "without the layer the difference is large: " + broken)
    }
}
