import Foundation
import XCTest

/// Runs every program in Programs/asyncio and compares its output with CPython
/// 3.11's, recorded next to it in NAME.expected.json (same format as
/// generate_expected.py writes; regenerate with `python3 NAME.py` in that folder).
/// The programs print only what does not depend on timing.
final class AsyncioAgreementTests: XCTestCase {
    struct Expected: Decodable {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// Besides `normalize`: source paths anywhere in the text (task reprs show them).
    func clean(_ text: String) -> String {
        normalize(text).replacingOccurrences(of: #"[^\s"'<>=]*/([^/\s"]+\.py)"#, with: "$1",
                                             options: .regularExpression)
    }

    func testAsyncioProgramsAgreeWithCPython() throws {
        let programs = try XCTUnwrap(Bundle.module.url(forResource: "Programs", withExtension: nil))
        let folder = programs.appendingPathComponent("asyncio")
        let sources = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "py" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        XCTAssertGreaterThanOrEqual(sources.count, 7)
        for source in sources {
            let name = source.deletingPathExtension().lastPathComponent
            let expectedURL = folder.appendingPathComponent(name + ".expected.json")
            let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expectedURL))
            let program = try String(contentsOf: source, encoding: .utf8)
            let outcome = runPython(program, filename: source.lastPathComponent, timeLimit: 20)
            XCTAssertEqual(clean(outcome.stdout), clean(expected.stdout), "stdout of \(name)")
            XCTAssertEqual(clean(outcome.stderr), clean(expected.stderr), "stderr of \(name)")
            XCTAssertEqual(outcome.status, expected.status, "status of \(name)")
        }
    }
}
