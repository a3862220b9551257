import XCTest
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import TutorBatch

/// The report writers, validated by parsing what they write.
final class ReportTests: XCTestCase {
    static let nasty = "bad <tag> & \"quotes\" 'apos' ]]> cdata-end \u{0}\u{1}\u{8}\u{B}\u{C}\u{1B} \r\n tab\t é 🎉 \u{FFFE}"

    static func sample() -> [Verdict] {
        func v(_ s: String, _ e: String, _ order: Int, _ status: VerdictStatus, score: Double, max: Double = 1,
               message: String = "", output: String = "", checks: [CheckVerdict] = []) -> Verdict {
            var x = Verdict(student: s, exercise: e, topic: String(e.split(separator: "/")[0]), title: "Title of \(e)",
                            status: status, score: score, maxScore: max, message: message.isEmpty ? status.rawValue : message,
                            output: output, checks: checks, seconds: 0.25, file: "\(s)/01-x/\(order)/main.py")
            x.order = order
            return x
        }
        return [
            v("bob", "threads/race", 2, .failed, score: 0.5, max: 2, message: nasty, output: nasty,
              checks: [CheckVerdict(name: "output", passed: true, score: 0.5, maxScore: 0.5),
                       CheckVerdict(name: "schedules", passed: false, score: 0, maxScore: 1.5, message: "x = 1999 under seed 7")]),
            v("ada", "coroutines/sleeps", 1, .passed, score: 1),
            v("ada", "threads/race", 2, .timeLimit, score: 0, max: 2, message: "time limit exceeded after 5 s"),
            v("bob", "coroutines/sleeps", 1, .missing, score: 0, message: "not submitted: main.py is missing"),
            v("ada", "threads/pool", 3, .crashed, score: 0, message: "the interpreter crashed (signal 11)"),
        ]
    }

    func testXMLEscaping() throws {
        let text = XML.text(Self.nasty)
        XCTAssertFalse(text.contains("]]>"))
        XCTAssertFalse(text.contains("<tag>"))
        XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        let attr = XML.attribute("a\"b\nc\td<")
        XCTAssertEqual(attr, "a&quot;b&#10;c&#9;d&lt;")
        #if canImport(FoundationXML)
        let doc = try XMLDocument(xmlString: "<r a=\"\(XML.attribute(Self.nasty))\">\(text)</r>", options: [])
        let root = try XCTUnwrap(doc.rootElement())
        let value = try XCTUnwrap(root.stringValue)
        XCTAssertTrue(value.contains("bad <tag> & \"quotes\" 'apos' ]]> cdata-end"))
        XCTAssertTrue(value.contains("\\x00\\x01\\x08\\x0b\\x0c\\x1b"), value)
        XCTAssertTrue(value.contains("\r\n tab\t é 🎉"), "line ends and tabs survive")
        let a = try XCTUnwrap(root.attribute(forName: "a")?.stringValue)
        XCTAssertTrue(a.contains("\r\n tab\t"), "attribute keeps line ends as references")
        #endif
    }

    func testJUnitParsesAndHasTheRightShape() throws {
        let xml = Reports.junit(Self.sample())
        #if canImport(FoundationXML)
        let doc = try XMLDocument(xmlString: xml, options: [])
        let root = try XCTUnwrap(doc.rootElement())
        XCTAssertEqual(root.name, "testsuites")
        XCTAssertEqual(root.attribute(forName: "tests")?.stringValue, "5")
        XCTAssertEqual(root.attribute(forName: "failures")?.stringValue, "2")
        XCTAssertEqual(root.attribute(forName: "errors")?.stringValue, "2")
        let suites = root.elements(forName: "testsuite")
        XCTAssertEqual(suites.map { $0.attribute(forName: "name")?.stringValue ?? "" }, ["ada", "bob"])
        let ada = suites[0].elements(forName: "testcase")
        XCTAssertEqual(ada.map { $0.attribute(forName: "name")?.stringValue ?? "" },
                       ["coroutines/sleeps", "threads/race", "threads/pool"], "curriculum order")
        XCTAssertEqual(ada.map { $0.attribute(forName: "classname")?.stringValue ?? "" }, ["coroutines", "threads", "threads"])
        XCTAssertEqual(ada[0].attribute(forName: "time")?.stringValue, "0.250")
        XCTAssertTrue(ada[0].children?.isEmpty ?? true, "a pass has no failure")
        let tle = try XCTUnwrap(ada[1].elements(forName: "error").first)
        XCTAssertEqual(tle.attribute(forName: "message")?.stringValue, "time limit exceeded after 5 s")
        XCTAssertEqual(tle.attribute(forName: "type")?.stringValue, "time-limit")
        let bobRace = suites[1].elements(forName: "testcase")[1]
        let failure = try XCTUnwrap(bobRace.elements(forName: "failure").first)
        XCTAssertTrue(failure.attribute(forName: "message")?.stringValue?.hasPrefix("bad <tag> & \"quotes\"") ?? false)
        XCTAssertTrue(failure.stringValue?.contains("schedules: x = 1999 under seed 7") ?? false)
        XCTAssertTrue(failure.stringValue?.contains("]]> cdata-end") ?? false)
        let props = suites[1].elements(forName: "properties").first?.elements(forName: "property") ?? []
        XCTAssertEqual(props.first { $0.attribute(forName: "name")?.stringValue == "score" }?.attribute(forName: "value")?.stringValue, "0.5")
        #endif
    }

    func testGradescopeResults() throws {
        let ada = Self.sample().filter { $0.student == "ada" }
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(Reports.gradescope(ada).utf8)) as? [String: Any])
        XCTAssertEqual(json["score"] as? Double, 1)
        XCTAssertEqual(json["max_score"] as? Double, 4)
        let tests = try XCTUnwrap(json["tests"] as? [[String: Any]])
        XCTAssertEqual(tests.count, 3)
        for t in tests {
            for key in ["name", "score", "max_score", "status", "output", "visibility"] { XCTAssertNotNil(t[key], key) }
            XCTAssertTrue(["passed", "failed"].contains(t["status"] as? String ?? ""))
        }
        XCTAssertEqual(tests[1]["status"] as? String, "failed")
        XCTAssertTrue((tests[1]["output"] as? String ?? "").contains("time limit exceeded after 5 s"))
        XCTAssertEqual(tests[0]["visibility"] as? String, "visible")
    }

    func testExercismV3Results() throws {
        let bob = Self.sample().filter { $0.student == "bob" }
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(Reports.exercism(bob).utf8)) as? [String: Any])
        XCTAssertEqual(json["version"] as? Int, 3)
        XCTAssertEqual(json["status"] as? String, "fail")
        let tests = try XCTUnwrap(json["tests"] as? [[String: Any]])
        XCTAssertEqual(tests.map { $0["status"] as? String ?? "" }, ["fail", "fail"])
        XCTAssertTrue((tests[1]["message"] as? String ?? "").contains("schedules: x = 1999"))
        XCTAssertLessThanOrEqual((tests[1]["output"] as? String ?? "").count, 500)
        let pass = try XCTUnwrap(JSONSerialization.jsonObject(
            with: Data(Reports.exercism(Array(Self.sample().filter(\.passed))).utf8)) as? [String: Any])
        XCTAssertEqual(pass["status"] as? String, "pass")
        XCTAssertTrue((pass["tests"] as? [[String: Any]])?.first?["message"] is NSNull)
        let crashed = Self.sample().filter { $0.status == .crashed }
        let err = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(Reports.exercism(crashed).utf8)) as? [String: Any])
        XCTAssertEqual(err["status"] as? String, "error")
        XCTAssertNotNil(err["message"] as? String)
    }

    func testJSONLinesAreOneVerdictPerLine() throws {
        let text = Reports.jsonLines(Self.sample())
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, 5)
        for line in lines {
            let obj = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertNotNil(obj["student"] as? String)
            XCTAssertNotNil(obj["status"] as? String)
        }
        XCTAssertEqual(Journal.parse(text).verdicts.count, 5)
    }

    func testGitHubAnnotationsAreEscaped() {
        let out = Reports.githubAnnotations(Self.sample())
        let lines = out.split(separator: "\n")
        XCTAssertEqual(lines.count, 4, "one per exercise not passed, each on one line")
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("::error file=") })
        XCTAssertTrue(out.contains("::error file=ada/01-x/2/main.py,title=threads/race (ada)%3A time-limit::time limit exceeded after 5 s"), out)
        XCTAssertTrue(out.contains("%0D%0A"), "a newline in a message is escaped")
        XCTAssertEqual(GitHub.property("a:b,c%d\r\ne"), "a%3Ab%2Cc%25d%0D%0Ae")
        XCTAssertEqual(Markdown.cell("a|b\r\nc<d"), "a\\|b  c&lt;d")
        let summary = Reports.stepSummary(Self.sample())
        XCTAssertTrue(summary.hasPrefix("## tutor grade: 1 of 5 exercises passed"))
        XCTAssertTrue(summary.contains("| ada | 1/3 | 1/4 |"), summary)
    }

    func testSummaryTable() {
        let table = Reports.table(Self.sample())
        XCTAssertTrue(table.contains("  1  coroutines/sleeps\n  2  threads/race\n  3  threads/pool\n"), table)
        XCTAssertTrue(table.contains("ada     ok T  X    1/4\n"), table)
        XCTAssertTrue(table.contains("bob     -  F  .    0.5/3\n"), table)
        XCTAssertTrue(table.contains("1 of 5 passed (2 students, 1.5 of 7 points)"), table)
    }

    func testExitStatusCountsOnlyRequired() {
        var vs = Self.sample()
        XCTAssertEqual(Reports.exitStatus(vs), 1)
        vs = vs.map { var v = $0; v.required = v.passed; return v }
        XCTAssertEqual(Reports.exitStatus(vs), 0)
    }
}
