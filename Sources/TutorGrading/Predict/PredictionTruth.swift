import TutorRuntime

/// The correct answer to a predict exercise, computed by running its program
/// on the runtime with virtual time, never typed into the manifest.
public struct PredictionTruth: Equatable, Sendable {
    public var answer: PredictSpec.Answer
    /// duration: virtual seconds.
    public var duration: Double?
    /// output: what the program prints.
    public var output: String?
    /// value: `repr()` of the variable at the end.
    public var value: String?
    /// possible: every `repr()` seen, in a stable order.
    public var possible: [String]?
    /// Set when the program did not run cleanly (an instructor problem).
    public var problem: String?

    /// The answer as a student would write it.
    public var text: String {
        switch answer {
        case .duration: return duration.map { SecondsText.format($0) } ?? "?"
        case .output: return output ?? ""
        case .value: return value ?? "?"
        case .possible: return (possible ?? []).joined(separator: ", ")
        }
    }

    /// Runs the exercise's program. `variant` 0 is the truth; verify uses other
    /// variants (different seeds) to check that the answer does not depend on them.
    public static func compute(program source: String, filename: String, spec: PredictSpec,
                               limits: RunLimitsSpec, variant: UInt64 = 0) -> PredictionTruth {
        var truth = PredictionTruth(answer: spec.answer)
        func makeRun(seed: UInt64, meanRunLength: Int? = nil) -> ProgramRun {
            var run = ProgramRun(source: source, filename: filename)
            run.timing = .scheduled(ScheduleOptions(seed: seed, meanRunLength: meanRunLength))
            run.timeLimit = limits.time
            run.outputLimit = limits.output
            if let v = spec.variable { run.inspect = [v] }
            return run
        }
        switch spec.answer {
        case .duration, .output, .value:
            let r = makeRun(seed: variant).run()
            truth.problem = RunNotes.problem(r, limits: limits)
            truth.duration = spec.answer == .duration ? r.programSeconds : nil
            truth.output = spec.answer == .output ? r.stdout : nil
            if spec.answer == .value {
                if let v = spec.variable, let repr = r.globals[v] { truth.value = repr } else if truth.problem == nil {
                    truth.problem = "the program has no global `\(spec.variable ?? "")` at the end"
                }
            }
        case .possible:
            // Short mean run lengths make threads switch often, so lost updates and
            // other interleavings show up; a few unset ones keep long runs in the mix.
            // Every fourth schedule is a PCT one, which can keep a thread preempted
            // for a long stretch (through another thread's whole start-up).
            let means: [Int?] = [1, 2, 3, 5, 8, 13, 40, nil]
            let steps = max(makeRun(seed: variant).run().steps, 1)
            var seen = Set<String>()
            for i in 0..<spec.schedules {
                let seed = variant &* 1_000_003 &+ UInt64(i) &+ 1
                var run = makeRun(seed: seed, meanRunLength: means[i % means.count])
                if i % 4 == 3 {
                    run.timing = .scheduled(ScheduleOptions(seed: seed, strategy: .pct(depth: 2 + (i / 4) % 2, expectedSteps: steps)))
                }
                let r = run.run()
                if let p = RunNotes.problem(r, limits: limits) {
                    truth.problem = p
                    break
                }
                if let v = spec.variable, let repr = r.globals[v] { seen.insert(repr) }
            }
            truth.possible = PredictAnswerText.sorted(seen)
            if seen.isEmpty && truth.problem == nil { truth.problem = "the program has no global `\(spec.variable ?? "")` at the end" }
        }
        return truth
    }

    /// The truth for a predict exercise (its `files[0]` as written in the exercise
    /// folder). Variant 0 is computed once per program text and then remembered.
    public static func compute(for exercise: Exercise, variant: UInt64 = 0) -> PredictionTruth {
        guard let spec = exercise.manifest.predict else {
            var t = PredictionTruth(answer: .output)
            t.problem = "not a predict exercise"
            return t
        }
        guard let source = exercise.starterFiles()[exercise.manifest.mainFile] else {
            var t = PredictionTruth(answer: spec.answer)
            t.problem = "\(exercise.manifest.mainFile) is missing"
            return t
        }
        if variant == 0 {
            return PredictionTruthCache.shared.truth(source: source, filename: exercise.manifest.mainFile, spec: spec,
                                                     limits: exercise.manifest.limits)
        }
        return compute(program: source, filename: exercise.manifest.mainFile, spec: spec, limits: exercise.manifest.limits, variant: variant)
    }
}
