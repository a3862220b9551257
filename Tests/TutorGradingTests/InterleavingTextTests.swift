import XCTest
@testable import TutorGrading

final class InterleavingTextTests: XCTestCase {
    private let source = ["import threading", "x = 0", "def inc():", "    global x", "    x += 1"]

    func testMarksTheFirstOverlap() {
        let switches = [
            InterleavingText.Switch(from: nil, fromLine: nil, to: "MainThread", toLine: 1),
            InterleavingText.Switch(from: "MainThread", fromLine: 2, to: "T1", toLine: 5),
            InterleavingText.Switch(from: "T1", fromLine: 5, to: "T2", toLine: 5),
            InterleavingText.Switch(from: "T2", fromLine: 5, to: "T1", toLine: 5),
        ]
        let text = InterleavingText.render(switches, sourceLines: source)
        XCTAssertEqual(text, """
              MainThread  stopped at line 2: x = 0
              T1          stopped at line 5: x += 1   ◀ stopped here
              T2          stopped at line 5: x += 1   ◀ runs line 5 meanwhile
              T1          ran to its end
            T1 was stopped at line 5; T2 ran that line before T1 went on.

            """)
    }

    func testCollapsesRepeats() {
        var switches = [InterleavingText.Switch(from: nil, fromLine: nil, to: "A", toLine: 1)]
        for _ in 0..<10 {
            switches.append(InterleavingText.Switch(from: "A", fromLine: 1, to: "B", toLine: 2))
            switches.append(InterleavingText.Switch(from: "B", fromLine: 2, to: "A", toLine: 1))
        }
        let text = InterleavingText.render(switches, sourceLines: ["a()", "b()"])
        XCTAssertEqual(text, """
              A  stopped at line 1: a()
              B  stopped at line 2: b()
                  … the 2 rows above repeated 9 more times
              A  ran to its end

            """)
    }

    func testCommentsAreDropped() {
        XCTAssertEqual(InterleavingText.withoutComment("time.sleep(0.1)   # wait"), "time.sleep(0.1)   ")
        XCTAssertEqual(InterleavingText.withoutComment("print('#1')  # x"), "print('#1')  ")
    }
}
