import XCTest
@testable import TutorShell

final class ShellLayoutTests: XCTestCase {
    func testTargetLinks() { XCTAssertNotNil(Shell.self) }
}
