import XCTest
@testable import TutorGrading

final class GradingLayoutTests: XCTestCase {
    func testTargetLinks() { XCTAssertNotNil(Grading.self) }
}
