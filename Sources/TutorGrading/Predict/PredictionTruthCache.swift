#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers computed truths, so a student's second answer (or the shell
/// showing the answer) does not rerun hundreds of schedules. Keyed by the
/// program's text and everything in the manifest that changes the truth, so an
/// edited exercise is recomputed.
final class PredictionTruthCache: @unchecked Sendable {
    static let shared = PredictionTruthCache()

    // A pthread mutex rather than Foundation's NSLock (no Foundation here).
    private var mutex = pthread_mutex_t()
    private var truths: [String: PredictionTruth] = [:]

    private init() { pthread_mutex_init(&mutex, nil) }

    func truth(source: String, filename: String, spec: PredictSpec, limits: RunLimitsSpec) -> PredictionTruth {
        let key = [filename, spec.answer.rawValue, spec.variable ?? "", String(spec.schedules),
                   String(limits.time), String(limits.output), source].joined(separator: "\u{0}")
        pthread_mutex_lock(&mutex)
        let cached = truths[key]
        pthread_mutex_unlock(&mutex)
        if let cached { return cached }
        let truth = PredictionTruth.compute(program: source, filename: filename, spec: spec, limits: limits)
        pthread_mutex_lock(&mutex)
        if truths.count > 500 { truths.removeAll() }
        truths[key] = truth
        pthread_mutex_unlock(&mutex)
        return truth
    }
}
