import Foundation
import XCTest

/// Runs every program in Programs/ and compares its output with CPython's, recorded
/// in NAME.expected.json by generate_expected.py. The programs only print what
/// does not depend on scheduling (threads are joined before results are shown).
final class CPythonAgreementTests: XCTestCase {
    struct Expected: Decodable {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    func testProgramsAgreeWithCPython() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Programs", withExtension: nil))
        let sources = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "py" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        XCTAssertFalse(sources.isEmpty)
        for source in sources {
            let name = source.deletingPathExtension().lastPathComponent
            let expectedURL = folder.appendingPathComponent(name + ".expected.json")
            let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expectedURL))
            let program = try String(contentsOf: source, encoding: .utf8)
            let outcome = runPython(program, filename: source.lastPathComponent, timeLimit: 20)
            XCTAssertEqual(normalize(outcome.stdout), normalize(expected.stdout), "stdout of \(name)")
            XCTAssertEqual(normalize(outcome.stderr), normalize(expected.stderr), "stderr of \(name)")
            XCTAssertEqual(outcome.status, expected.status, "status of \(name)")
        }
    }
}
