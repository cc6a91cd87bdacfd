import QtQuick
import QtTest
import Companion.Components

TestCase {
    id: testCase
    name: "EmptyState"
    width: 600
    height: 400
    when: windowShown
    visible: true

    Component {
        id: emptyComponent
        EmptyState {
            width: 600
            height: 400
            title: "Nothing yet"
            explanation: "Things will appear here."
        }
    }

    SignalSpy {
        id: actionSpy
        signalName: "actionTriggered"
    }

    function findByName(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByName(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function test_actionHiddenWithoutText() {
        const empty = createTemporaryObject(emptyComponent, testCase)
        verify(empty)
        const action = findByName(empty, "emptyStateAction")
        verify(action)
        verify(!action.visible)
        compare(findByName(empty, "emptyStateTitle").text, "Nothing yet")
    }

    function test_actionEmitsSignal() {
        const empty = createTemporaryObject(emptyComponent, testCase, { actionText: "Do it" })
        actionSpy.target = empty
        actionSpy.clear()
        const action = findByName(empty, "emptyStateAction")
        verify(action.visible)
        mouseClick(action)
        compare(actionSpy.count, 1)
    }

    function test_textStaysInsideNarrowWidth() {
        const empty = createTemporaryObject(emptyComponent, testCase, {
            width: 200,
            explanation: "A sentence long enough that it must wrap onto several lines."
        })
        const explanation = findByName(empty, "emptyStateExplanation")
        verify(explanation.width <= 200)
        verify(explanation.lineCount >= 2) // wrapped, not clipped
    }
}
