import QtQuick
import QtQuick.Controls.Material
import QtTest
import Companion.App
import Companion.Feed
import Companion.Test

// The Feed page, signed in as the demo creator, against the real platform and its Stream
// sandbox: her feeds with unread counts, an announcement posted from Companion that another
// client then reads from Stream, a comment and a like that update the counts, a post
// written offline that waits in the outbox and lands once, moderation down to the empty
// state. Screenshots of each state with COMPANION_SCREENSHOT_DIR.
TestCase {
    id: testCase
    name: "Feed"
    width: 1024
    height: 640
    when: windowShown
    visible: true
    Material.accent: Material.Teal
    Material.primary: Material.BlueGrey

    Rectangle {
        anchors.fill: parent
        z: -1
        color: testCase.Material.backgroundColor
    }

    FeedPage {
        id: page
        anchors.fill: parent
    }

    function findByName(item, name) {
        if (item.objectName === name)
            return item
        const children = item.data !== undefined ? item.data : (item.children !== undefined ? item.children : [])
        for (let i = 0; i < children.length; ++i) {
            const found = findByName(children[i], name)
            if (found)
                return found
        }
        let contentIsChild = false
        for (let i = 0; i < children.length; ++i)
            contentIsChild = contentIsChild || children[i] === item.contentItem
        if (item.contentItem && item.contentItem !== item && !contentIsChild) {
            const found = findByName(item.contentItem, name)
            if (found)
                return found
        }
        return null
    }

    function shot(name) {
        if (TestServer.screenshotDir.length === 0)
            return
        wait(300)
        grabImage(testCase.Window.window.contentItem).save(TestServer.screenshotDir + "/feed-" + name + "-"
                                                          + (App.darkTheme ? "dark" : "light") + ".png")
    }

    function value(row, role) {
        return Feeds.activities.data(Feeds.activities.index(row, 0), role)
    }

    // The row of the post with this text, -1 when not shown.
    function rowOf(text) {
        for (let row = 0; row < Feeds.activities.count; ++row) {
            if (value(row, FeedActivityListModel.PlainTextRole) === text)
                return row
        }
        return -1
    }

    function onStream(email, feedId, text) {
        return TestServer.feed(email, feedId).filter(a => a.text === text)
    }

    function post(text, announce) {
        findByName(page, "feedComposerText").text = text
        findByName(page, "feedAnnounce").checked = announce
        mouseClick(findByName(page, "feedPostButton"))
        compare(findByName(page, "feedComposerText").text, "", "the composer empties once queued")
    }

    function initTestCase() {
        if (App.session.state !== AuthSession.SignedIn)
            App.session.signIn("creator@demo.test", "demo1234")
        tryCompare(App.session, "state", AuthSession.SignedIn, 15000)
        tryCompare(Account, "ready", true, 15000)
        tryCompare(Account, "settled", true, 20000)
        App.currentPage = "feed"
        App.darkTheme = TestServer.darkRun
    }

    function cleanup() {
        if (!TestServer.running)
            verify(TestServer.start())
    }

    function cleanupTestCase() {
        App.darkTheme = false
        App.currentPage = "home"
        tryCompare(Account.sync, "syncing", false, 20000)
        App.session.signOut()
        tryCompare(App.session, "state", AuthSession.SignedOut, 15000)
    }

    function test_1_feedsAndUnread() {
        // The community and her three courses; posts by others she has not seen are counted.
        tryCompare(Feeds.channels, "count", 4, 15000)
        tryVerify(() => Feeds.totalUnread > 0, 15000)
        Feeds.open("course:crs_python")
        tryCompare(Feeds, "loaded", true, 10000)
        tryVerify(() => Feeds.activities.count >= 3, 10000)
        compare(Feeds.currentTitle, "Python for Data Analysis")
        verify(Feeds.canAnnounce, "the creator may announce in her course")
        // Opened with the page showing: nothing there is unread any more.
        const row = Feeds.channels.indexOf("course:crs_python")
        tryVerify(() => Feeds.channels.data(Feeds.channels.index(row, 0), FeedChannelListModel.UnreadRole) === 0, 10000)
        verify(rowOf("Is there a difference between df.loc and df.iloc? I keep mixing them up.") >= 0)
        shot("posts")
    }

    function test_2_announcementReachesAnotherClient() {
        Feeds.open("course:crs_python")
        tryCompare(Feeds, "loaded", true, 10000)
        const text = "Bring your notebook on Thursday: we start with groupby. Slides: https://example.org/s.pdf"
        post(text, true)
        tryVerify(() => rowOf(text) >= 0, 5000)
        tryVerify(() => !value(rowOf(text), FeedActivityListModel.PendingRole), 20000)
        verify(value(rowOf(text), FeedActivityListModel.AnnouncementRole))
        verify(value(rowOf(text), FeedActivityListModel.RichTextRole).indexOf('<a href="https://example.org/s.pdf">') >= 0)
        // Jonas teaches the course: his client reads it from Stream, as an announcement by Maya.
        const seen = onStream("st1@demo.test", "course:crs_python", text)
        compare(seen.length, 1)
        compare(seen[0].verb, "announce")
        compare(seen[0].actor, "usr_maya")
        compare(seen[0].actor_name, "Maya Lindqvist")
    }

    function test_3_commentAndLike() {
        Feeds.open("course:crs_python")
        tryCompare(Feeds, "loaded", true, 10000)
        const text = "Is there a difference between df.loc and df.iloc? I keep mixing them up."
        tryVerify(() => rowOf(text) >= 0, 10000)
        const id = value(rowOf(text), FeedActivityListModel.IdRole)
        const comments = value(rowOf(text), FeedActivityListModel.CommentCountRole)
        const likes = value(rowOf(text), FeedActivityListModel.LikeCountRole)
        compare(Feeds.comment(id, "   "), "Write something first.")
        compare(Feeds.comment(id, "iloc counts positions, loc reads labels."), "")
        tryVerify(() => value(rowOf(text), FeedActivityListModel.CommentCountRole) === comments + 1, 10000)
        Feeds.toggleLike(id)
        tryVerify(() => value(rowOf(text), FeedActivityListModel.LikedRole)
                  && value(rowOf(text), FeedActivityListModel.LikeCountRole) === likes + 1, 10000)
        // Stream has both, for everyone.
        tryVerify(() => {
            const onServer = onStream("st1@demo.test", "course:crs_python", text)
            return onServer.length === 1 && onServer[0].reaction_counts.comment === comments + 1
                && onServer[0].reaction_counts.like === likes + 1
        }, 10000)
        // The comment shows under the post, by "You".
        const shown = value(rowOf(text), FeedActivityListModel.CommentsRole)
        compare(shown[shown.length - 1].userName, "You")
        shot("comments")
        // Unlike: back to the count before.
        Feeds.toggleLike(id)
        tryVerify(() => !value(rowOf(text), FeedActivityListModel.LikedRole)
                  && value(rowOf(text), FeedActivityListModel.LikeCountRole) === likes, 10000)
    }

    function test_4_offlinePostWaitsAndLandsOnce() {
        Feeds.open("community:all")
        tryCompare(Feeds, "loaded", true, 10000)
        const before = Feeds.activities.count
        verify(TestServer.stop())
        Feeds.refresh()
        tryCompare(Feeds, "offline", true, 15000)
        verify(findByName(page, "feedOfflineBanner").visible)
        // The posts last read are still there.
        compare(Feeds.activities.count, before)
        const text = "Written on the train: who wants to practise Spanish on Saturday?"
        post(text, false)
        tryVerify(() => rowOf(text) === 0, 5000)
        verify(value(0, FeedActivityListModel.PendingRole))
        verify(!value(0, FeedActivityListModel.CanDeleteRole))
        compare(Account.sync.pendingEdits, 1)
        shot("offline")
        verify(TestServer.start())
        Account.syncNow()
        tryVerify(() => rowOf(text) >= 0 && !value(rowOf(text), FeedActivityListModel.PendingRole), 30000)
        tryCompare(Feeds, "offline", false, 15000)
        compare(onStream("student2@demo.test", "community:all", text).length, 1)
        // Another round changes nothing: it landed once.
        Account.syncNow()
        tryCompare(Account.sync, "syncing", false, 20000)
        compare(onStream("student2@demo.test", "community:all", text).length, 1)
        compare(Account.sync.pendingEdits, 0)
    }

    function test_5_moderationDownToEmpty() {
        // The creator moderates her course: she may delete the S-T's and the student's posts.
        Feeds.open("course:crs_watercolour")
        tryCompare(Feeds, "loaded", true, 10000)
        tryVerify(() => Feeds.activities.count >= 2, 10000)
        for (let row = 0; row < Feeds.activities.count; ++row)
            verify(value(row, FeedActivityListModel.CanDeleteRole))
        while (Feeds.activities.count > 0) {
            const count = Feeds.activities.count
            Feeds.remove(value(0, FeedActivityListModel.IdRole))
            tryCompare(Feeds.activities, "count", count - 1, 10000)
        }
        compare(TestServer.feed("st2@demo.test", "course:crs_watercolour").length, 0)
        tryVerify(() => findByName(page, "feedEmpty").visible, 5000)
        shot("empty")
    }
}
