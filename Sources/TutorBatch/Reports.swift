/// The report formats. Every writer takes verdicts in any order and sorts them
/// (student, then curriculum order), so a merge of shards writes the same files as
/// one batch would.
public enum Reports {
    public static func sorted(_ verdicts: [Verdict]) -> [Verdict] {
        verdicts.sorted { ($0.student, $0.order, $0.exercise) < ($1.student, $1.order, $1.exercise) }
    }

    /// Students in order, each with their verdicts in curriculum order.
    static func byStudent(_ verdicts: [Verdict]) -> [(String, [Verdict])] {
        var result: [(String, [Verdict])] = []
        for v in sorted(verdicts) {
            if let last = result.last, last.0 == v.student {
                result[result.count - 1].1.append(v)
            } else {
                result.append((v.student, [v]))
            }
        }
        return result
    }

    /// Exercises in curriculum order (by their recorded order, then id).
    static func exercises(_ verdicts: [Verdict]) -> [(id: String, title: String)] {
        var seen: [String: (Int, String)] = [:]
        for v in verdicts where seen[v.exercise] == nil { seen[v.exercise] = (v.order, v.title) }
        return seen.sorted { ($0.value.0, $0.key) < ($1.value.0, $1.key) }.map { ($0.key, $0.value.1) }
    }

    /// Exit status: 0 when every required exercise passed, else 1.
    public static func exitStatus(_ verdicts: [Verdict]) -> Int32 {
        verdicts.allSatisfy { $0.passed || !$0.required } ? 0 : 1
    }

    // MARK: JUnit XML

    /// JUnit XML: a testsuite per student, a testcase per exercise (classname: the
    /// topic). A wrong answer or a missing file is a `failure`; a limit, a crash or
    /// a grader error is an `error`.
    public static func junit(_ verdicts: [Verdict]) -> String {
        let groups = byStudent(verdicts)
        func counts(_ vs: [Verdict]) -> (Int, Int, Double) {
            let failures = vs.filter { $0.status == .failed || $0.status == .missing }.count
            let errors = vs.filter { !$0.passed && $0.status != .failed && $0.status != .missing }.count
            return (failures, errors, vs.reduce(0) { $0 + $1.seconds })
        }
        let (f, e, t) = counts(verdicts)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"tutor grade\" tests=\"\(verdicts.count)\" failures=\"\(f)\" errors=\"\(e)\" time=\"\(Format.seconds(t))\">\n"
        for (student, vs) in groups {
            let (sf, se, st) = counts(vs)
            let score = vs.reduce(0) { $0 + $1.score }, max = vs.reduce(0) { $0 + $1.maxScore }
            out += "  <testsuite name=\"\(XML.attribute(student))\" tests=\"\(vs.count)\" failures=\"\(sf)\" errors=\"\(se)\" skipped=\"0\" time=\"\(Format.seconds(st))\">\n"
            out += "    <properties>\n"
            out += "      <property name=\"score\" value=\"\(Format.points(score))\"/>\n"
            out += "      <property name=\"max_score\" value=\"\(Format.points(max))\"/>\n"
            out += "    </properties>\n"
            for v in vs {
                out += "    <testcase name=\"\(XML.attribute(v.exercise))\" classname=\"\(XML.attribute(v.topic))\" time=\"\(Format.seconds(v.seconds))\""
                if v.passed {
                    out += "/>\n"
                    continue
                }
                out += ">\n"
                let element = v.status == .failed || v.status == .missing ? "failure" : "error"
                var body = v.output
                let failedChecks = v.checks.filter { !$0.passed }
                if !failedChecks.isEmpty {
                    body = failedChecks.map { "\($0.name): \($0.message)" }.joined(separator: "\n") + (body.isEmpty ? "" : "\n\n" + body)
                }
                out += "      <\(element) message=\"\(XML.attribute(v.message))\" type=\"\(v.status.rawValue)\">\(XML.text(body))</\(element)>\n"
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    // MARK: Gradescope

    /// Gradescope's `results.json` for one student.
    public static func gradescope(_ verdicts: [Verdict]) -> String {
        let vs = sorted(verdicts)
        let score = vs.reduce(0) { $0 + $1.score }
        let max = vs.reduce(0) { $0 + $1.maxScore }
        let passed = vs.filter(\.passed).count
        let tests: [JSON] = vs.map { v in
            var output = v.passed ? "" : v.message
            let failedChecks = v.checks.filter { !$0.passed }
            if !failedChecks.isEmpty {
                output += "\n" + failedChecks.map { "- \($0.name): \($0.message)" }.joined(separator: "\n")
            }
            if !v.output.isEmpty && !v.passed { output += "\n\n" + v.output }
            return .object([
                ("name", .string(v.exercise + (v.title.isEmpty || v.title == v.exercise ? "" : " — " + v.title))),
                ("score", .number(v.score)),
                ("max_score", .number(v.maxScore)),
                ("status", .string(v.passed ? "passed" : "failed")),
                ("output", .string(Format.truncate(output, to: 16 << 10))),
                ("visibility", .string("visible")),
            ])
        }
        return JSON.object([
            ("score", .number(score)),
            ("max_score", .number(max)),
            ("execution_time", .number(vs.reduce(0) { $0 + $1.seconds }.rounded(.up))),
            ("output", .string("\(passed) of \(vs.count) exercises passed: \(Format.points(score)) of \(Format.points(max)) points")),
            ("visibility", .string("visible")),
            ("tests", .array(tests)),
        ]).prettyText
    }

    // MARK: Exercism

    /// An Exercism test runner `results.json`, version 3, for one student.
    public static func exercism(_ verdicts: [Verdict]) -> String {
        let vs = sorted(verdicts)
        func status(_ v: Verdict) -> String {
            switch v.status {
            case .passed: return "pass"
            case .failed, .missing: return "fail"
            default: return "error"
            }
        }
        let tests: [JSON] = vs.map { v in
            var pairs: [(String, JSON)] = [("name", .string(v.exercise)), ("status", .string(status(v)))]
            if v.passed {
                pairs.append(("message", .null))
            } else {
                var message = v.message
                let failedChecks = v.checks.filter { !$0.passed }
                if !failedChecks.isEmpty { message += "\n" + failedChecks.map { "\($0.name): \($0.message)" }.joined(separator: "\n") }
                pairs.append(("message", .string(message)))
            }
            // Exercism shows at most 500 characters of output.
            if !v.output.isEmpty {
                let chars = Array(v.output)
                let text = chars.count > 500 ? String(chars[0..<450]) + "\n[... output truncated]" : v.output
                pairs.append(("output", .string(text)))
            }
            pairs.append(("test_code", .string(v.file)))
            return .object(pairs)
        }
        var top: [(String, JSON)] = [("version", .number(3))]
        if vs.allSatisfy(\.passed) {
            top.append(("status", .string("pass")))
        } else if !vs.isEmpty && vs.allSatisfy({ status($0) == "error" }) {
            top.append(("status", .string("error")))
            top.append(("message", .string(vs[0].message)))
        } else {
            top.append(("status", .string("fail")))
        }
        top.append(("tests", .array(tests)))
        return JSON.object(top).prettyText
    }

    // MARK: JSON lines

    public static func jsonLines(_ verdicts: [Verdict]) -> String {
        sorted(verdicts).map { $0.json.text + "\n" }.joined()
    }

    // MARK: the summary table

    /// The student x exercise table printed at the end, with a legend and the
    /// reasons for what did not pass.
    public static func table(_ verdicts: [Verdict], maxReasons: Int = 200) -> String {
        let students = byStudent(verdicts)
        let exs = exercises(verdicts)
        guard !students.isEmpty else { return "no exercises graded\n" }
        var out = ""
        let numberWidth = String(exs.count).count
        out += "Exercises:\n"
        for (i, e) in exs.enumerated() {
            let n = String(i + 1)
            out += "  " + String(repeating: " ", count: numberWidth - n.count) + n + "  " + e.id + "\n"
        }
        let nameWidth = min(32, max(7, students.map { $0.0.count }.max() ?? 7))
        let cell = max(3, numberWidth + 1)
        func pad(_ s: String, _ w: Int) -> String { s.count >= w ? String(s.prefix(w)) : s + String(repeating: " ", count: w - s.count) }
        out += "\n" + pad("student", nameWidth) + " "
        for i in 0..<exs.count { out += pad(String(i + 1), cell) }
        out += "  score\n"
        var index: [String: Int] = [:]
        for (i, e) in exs.enumerated() { index[e.id] = i }
        for (student, vs) in students {
            var cells = [String](repeating: ".", count: exs.count)
            for v in vs { if let i = index[v.exercise] { cells[i] = v.status.mark } }
            let score = vs.reduce(0) { $0 + $1.score }, max = vs.reduce(0) { $0 + $1.maxScore }
            out += pad(student, nameWidth) + " " + cells.map { pad($0, cell) }.joined()
            out += "  \(Format.points(score))/\(Format.points(max))\n"
        }
        out += "\nok passed  F failed  - missing  T time limit  C CPU limit  M memory limit  P process limit  O output limit  X crashed  E grader error  . not graded\n"
        let bad = sorted(verdicts).filter { !$0.passed }
        if !bad.isEmpty {
            out += "\n"
            for v in bad.prefix(maxReasons) {
                out += "\(v.student)  \(v.exercise): \(v.message.split(separator: "\n").first.map(String.init) ?? "")\n"
            }
            if bad.count > maxReasons { out += "... and \(bad.count - maxReasons) more\n" }
        }
        let passed = verdicts.filter(\.passed).count
        let score = verdicts.reduce(0) { $0 + $1.score }, max = verdicts.reduce(0) { $0 + $1.maxScore }
        out += "\n\(passed) of \(verdicts.count) passed (\(students.count) student\(students.count == 1 ? "" : "s"), \(Format.points(score)) of \(Format.points(max)) points)\n"
        return out
    }

    // MARK: GitHub Actions

    /// `::error` workflow commands, one per exercise that did not pass (GitHub
    /// shows at most 10 per step; all are printed, the log keeps them).
    public static func githubAnnotations(_ verdicts: [Verdict]) -> String {
        sorted(verdicts).filter { !$0.passed }.map { v in
            var props: [String] = []
            if !v.file.isEmpty { props.append("file=" + GitHub.property(v.file)) }
            props.append("title=" + GitHub.property("\(v.exercise) (\(v.student)): \(v.status.rawValue)"))
            return "::error " + props.joined(separator: ",") + "::" + GitHub.data(v.message) + "\n"
        }.joined()
    }

    /// Markdown for $GITHUB_STEP_SUMMARY.
    public static func stepSummary(_ verdicts: [Verdict], title: String = "tutor grade") -> String {
        let students = byStudent(verdicts)
        let passed = verdicts.filter(\.passed).count
        var out = "## \(title): \(passed) of \(verdicts.count) exercises passed\n\n"
        out += "| Student | Passed | Score | Not passed |\n| --- | --- | --- | --- |\n"
        for (student, vs) in students {
            let score = vs.reduce(0) { $0 + $1.score }, max = vs.reduce(0) { $0 + $1.maxScore }
            let bad = vs.filter { !$0.passed }.map { "`\($0.exercise)` (\($0.status.rawValue))" }
            let shown = bad.prefix(10).joined(separator: ", ") + (bad.count > 10 ? ", ..." : "")
            out += "| \(Markdown.cell(student)) | \(vs.filter(\.passed).count)/\(vs.count) | \(Format.points(score))/\(Format.points(max)) | \(Markdown.cell(shown)) |\n"
        }
        let bad = sorted(verdicts).filter { !$0.passed }
        if !bad.isEmpty {
            out += "\n<details><summary>Why</summary>\n\n"
            for v in bad.prefix(100) {
                out += "- **\(Markdown.cell(v.student))** `\(v.exercise)`: \(Markdown.cell(v.message.split(separator: "\n").first.map(String.init) ?? ""))\n"
            }
            if bad.count > 100 { out += "- ... and \(bad.count - 100) more\n" }
            out += "\n</details>\n"
        }
        return out + "\n"
    }
}

/// XML 1.0 escaping. Characters XML 1.0 cannot carry at all (most C0 controls,
/// U+FFFE, U+FFFF) are written as visible `\xNN` text; `]]>` cannot close
/// anything since `>` is always escaped.
public enum XML {
    public static func text(_ s: String) -> String { escape(s, attribute: false) }
    public static func attribute(_ s: String) -> String { escape(s, attribute: true) }

    static func escape(_ s: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += attribute ? "&quot;" : "\""
            case "'": out += attribute ? "&apos;" : "'"
            // Parsers normalise raw line ends and (in attributes) tabs: keep them as references.
            case "\r": out += "&#13;"
            case "\n": out += attribute ? "&#10;" : "\n"
            case "\t": out += attribute ? "&#9;" : "\t"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF {
                    let hex = String(v, radix: 16)
                    out += "\\x" + (hex.count < 2 ? "0" : "") + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// GitHub Actions workflow command escaping (on scalars: "\r\n" is one Character).
enum GitHub {
    static func data(_ s: String) -> String { escape(s, property: false) }
    static func property(_ s: String) -> String { escape(s, property: true) }

    static func escape(_ s: String, property: Bool) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

enum Markdown {
    /// Text safe inside a table cell.
    static func cell(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case "\r", "\n": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return replacing(target, with: replacement)
    }
}
