import XCTest
@testable import TutorLanguage

/// Student code has no file, network, process or native access: those names and
/// modules simply do not exist.
final class SandboxTests: XCTestCase {
    func testDangerousModulesDoNotExist() {
        for module in ["os", "subprocess", "socket", "ctypes", "shutil", "pathlib", "importlib", "io", "posix"] {
            let outcome = runProgram("import \(module)\n")
            XCTAssertEqual(outcome.status, 1, module)
            XCTAssertEqual(outcome.lastStderrLine, "ModuleNotFoundError: No module named '\(module)'")
        }
    }

    func testFileAndEscapeBuiltinsDoNotExist() {
        for name in ["open", "compile", "breakpoint", "__import__", "memoryview"] {
            let outcome = runProgram("\(name)\n")
            XCTAssertEqual(outcome.lastStderrLine, "NameError: name '\(name)' is not defined", name)
        }
    }

    func testRelativeAndDottedImportsFindNothing() {
        XCTAssertEqual(runProgram("from . import x\n").lastStderrLine,
                       "ImportError: attempted relative import with no known parent package")
        XCTAssertEqual(runProgram("import os.path\n").lastStderrLine, "ModuleNotFoundError: No module named 'os'")
    }

    func testProvidedModulesImport() {
        let outcome = runProgram("import sys, math\nfrom math import pi\nprint(math.sqrt(16), round(pi, 2), len(sys.argv))\n")
        XCTAssertEqual(outcome.stdout, "4.0 3.14 1\n", outcome.stderr)
    }
}
