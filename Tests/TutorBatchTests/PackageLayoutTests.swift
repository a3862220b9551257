import XCTest
@testable import TutorBatch

final class BatchLayoutTests: XCTestCase {
    func testTargetLinks() { XCTAssertNotNil(Batch.self) }
}
