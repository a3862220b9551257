#if canImport(Glibc)
import TutorLanguage
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorGrading

/// What grading said, ready to print; nil text when the student stopped it.
struct Verdict {
    var passed: Bool
    var text: String
}

/// The shell's one door into TutorGrading: the grader for fix and write
/// exercises, the prediction judge for predict ones, and their feedback text.
enum GradingBridge {
    /// Grades the student's files in `directory` (a fix or write exercise).
    /// Nil when Ctrl-C stopped waiting for it.
    static func check(_ exercise: Exercise, directory: String, color: Bool) -> Verdict? {
        interruptible {
            let report = Grader().grade(exercise, directory: directory)
            return Verdict(passed: report.passed, text: FeedbackRenderer.render(report, color: color))
        }
    }

    /// Judges a predict exercise's answer (the truth comes from running the
    /// shipped program, not the student's copy). Nil when Ctrl-C stopped it.
    static func answer(_ exercise: Exercise, answer: String, color: Bool) -> Verdict? {
        interruptible {
            let report = Grader().gradePrediction(exercise, answer: answer)
            return Verdict(passed: report.passed, text: FeedbackRenderer.render(report, color: color))
        }
    }

    /// Runs `body` on its own thread and waits for it, unless Ctrl-C comes
    /// first: a schedules check can take seconds and the grader has no way to
    /// be cancelled, so the shell stops waiting and drops the result (the
    /// grader's runs end by their own time limits).
    static func interruptible(_ body: @escaping () -> Verdict) -> Verdict? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return body() }
        let box = VerdictBox(writeFD: fds[1])
        DetachedThread.start { box.finish(body()) }
        defer { close(fds[0]) }
        let promptFD = Interrupts.shared.promptFD
        while true {
            var polls = [pollfd(fd: fds[0], events: Int16(POLLIN), revents: 0),
                         pollfd(fd: promptFD, events: Int16(POLLIN), revents: 0)]
            let n = poll(&polls, promptFD >= 0 ? 2 : 1, -1)
            if n < 0 && errno == EINTR { continue }
            if polls[0].revents != 0 || n < 0 { return box.result }
            if Interrupts.shared.drainPromptEvents().interrupt { return nil }
        }
    }

    /// Hands the grading thread's verdict over; the thread closes the pipe's
    /// write end when done, which wakes the waiting shell.
    private final class VerdictBox: @unchecked Sendable {
        private let mutex = Lock()
        private var verdict: Verdict?
        private let writeFD: Int32

        init(writeFD: Int32) { self.writeFD = writeFD }

        func finish(_ v: Verdict) {
            mutex.withLock { verdict = v }
            close(writeFD)
        }

        var result: Verdict? { mutex.withLock { verdict } }
    }
}
