import TutorLanguage
import TutorRuntime

/// Runs the programs of one grading (the student's, and the reference solution's
/// when a check compares with it) under the manifest's limits, remembering each
/// run so checks that need the same run share it.
final class RunSession {
    enum Who: Hashable { case student, solution }

    struct Request: Hashable {
        var who: Who
        var driver: String?
        var stdin: String
        var timing: RunTiming
        var inspect: [String] = []
        var timeline = false
        var interleaving = 0
    }

    let manifest: ExerciseManifest
    let student: Submission
    let solution: Submission?
    private var cache: [Request: ProgramRunResult] = [:]

    init(manifest: ExerciseManifest, student: Submission, solution: Submission?) {
        self.manifest = manifest
        self.student = student
        self.solution = solution
    }

    /// Timing of the run shared by output and exception checks.
    var mainTiming: RunTiming {
        switch manifest.run.clock {
        case .virtual: return .seeded(0)
        case .real: return .real(scale: manifest.run.timeScale)
        }
    }

    /// `tutor run` options replaying a run of this session with `timing`, or nil.
    func replayOptions(_ timing: RunTiming) -> String? {
        guard let options = timing.replayOptions else { return nil }
        return manifest.run.switchPoints == .cpython ? options + " --switch-points cpython" : options
    }

    /// The file name and source of the program a check runs.
    func program(_ who: Who, driver: String?) -> (filename: String, source: String)? {
        if let driver { return ("driver.py", driver) }
        guard let files = who == .student ? student.files : solution?.files,
              let source = files[manifest.mainFile] else { return nil }
        return (manifest.mainFile, source)
    }

    /// nil when the program's files are missing.
    func run(_ request: Request) -> ProgramRunResult? {
        if let cached = cache[request] { return cached }
        guard let files = request.who == .student ? student.files : solution?.files,
              let main = program(request.who, driver: request.driver) else { return nil }
        var run = ProgramRun(source: main.source, filename: main.filename)
        run.stdin = request.stdin
        run.timing = request.timing.programTiming
        run.switchPoints = manifest.run.switchPoints == .every ? .everyInstruction : .callsAndBackwardJumps
        run.timeLimit = manifest.limits.time
        run.outputLimit = manifest.limits.output
        run.inspect = request.inspect
        run.recordTimeline = request.timeline
        run.interleavingCapacity = request.interleaving
        // The other files (all of them, under a driver) import by stem: main.py -> main.
        for name in manifest.files where name.hasSuffix(".py") && (request.driver != nil || name != manifest.mainFile) {
            if let source = files[name] { run.modules[String(name.dropLast(3))] = (name, source) }
        }
        let result = run.run()
        cache[request] = result
        return result
    }

    func run(_ who: Who, check: CheckSpec, timing: RunTiming) -> ProgramRunResult? {
        run(Request(who: who, driver: check.driver, stdin: check.stdin, timing: timing))
    }

    /// The student's main file's lines: interleavings are shown against them
    /// (under a driver, switches in the driver's own lines are left out).
    func sourceLines(check: CheckSpec) -> [String] {
        guard let source = student.files[manifest.mainFile] else { return [] }
        return OutputText.lines(source)
    }
}
