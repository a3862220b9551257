import XCTest
@testable import TutorLanguage

/// The substring searcher against a naive reference, with budgets that force the
/// Knuth-Morris-Pratt fallback at every point of the scan.
final class StrSearcherTests: XCTestCase {
    private func naiveFirst(_ h: [UInt8], _ n: [UInt8], _ start: Int, _ end: Int) -> Int? {
        guard end - start >= n.count else { return nil }
        for i in start...(end - n.count) where Array(h[i..<(i + n.count)]) == n { return i }
        return nil
    }

    private func naiveLast(_ h: [UInt8], _ n: [UInt8], _ start: Int, _ end: Int) -> Int? {
        guard end - start >= n.count else { return nil }
        for i in stride(from: end - n.count, through: start, by: -1) where Array(h[i..<(i + n.count)]) == n {
            return i
        }
        return nil
    }

    func testMatchesNaiveSearchWithAndWithoutFallback() {
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<3000 {
            let alphabet = 1 + next(3)
            let h = (0..<next(40)).map { _ in UInt8(97 + next(alphabet)) }
            let n = (0..<(1 + next(6))).map { _ in UInt8(97 + next(alphabet)) }
            let start = next(h.count + 1)
            let end = start + next(h.count - start + 1)
            for budget in [nil, 0, 1, 3, 10] as [Int?] {
                h.withUnsafeBufferPointer { hb in
                    n.withUnsafeBufferPointer { nb in
                        var forward = StrSearcher(hb, nb, budget: budget)
                        XCTAssertEqual(forward.first(start, end), naiveFirst(h, n, start, end), "\(h) \(n) \(start) \(end)")
                        var backward = StrSearcher(hb, nb, budget: budget)
                        XCTAssertEqual(backward.last(start, end), naiveLast(h, n, start, end), "\(h) \(n) \(start) \(end)")
                        // Repeated searches on one searcher, as split and count do.
                        var repeated = StrSearcher(hb, nb, budget: budget)
                        var from = 0, found: [Int] = [], expected: [Int] = []
                        while let i = repeated.first(from, hb.count) { found.append(i); from = i + n.count }
                        from = 0
                        while let i = naiveFirst(h, n, from, h.count) { expected.append(i); from = i + n.count }
                        XCTAssertEqual(found, expected)
                    }
                }
            }
        }
    }

    func testContainsIsLinearOnAdversarialInput() {
        let hay = PyStr(String(repeating: "a", count: 200_000))
        let needle = PyStr(String(repeating: "a", count: 20_000) + "b")
        XCTAssertFalse(StrAlgorithms.contains(hay, needle))
        XCTAssertTrue(StrAlgorithms.contains(PyStr("xe\u{301}y"), PyStr("e")))
        XCTAssertTrue(StrAlgorithms.contains(PyStr("abc"), PyStr("")))
        XCTAssertFalse(StrAlgorithms.contains(PyStr("abc"), PyStr("é")))
    }
}
