import Foundation
import TutorLanguage
@testable import TutorRuntime

/// Runs Python source in-process as `tutor run --schedule SEED` does.
func runScheduled(_ source: String, seed: UInt64, meanRunLength: Int? = nil, timeLimit: Double = 20) -> Outcome {
    let out = StringSink(limit: 10_000_000), err = StringSink(limit: 10_000_000)
    var status: Int32 = 0
    let start = Date()
    LargeStackThread.run {
        var options = Interpreter.Options()
        options.argv = ["test.py"]
        let interpreter = Interpreter(options: options, stdout: out, stderr: err, stdin: StringLineSource(""))
        Runtime.install(into: interpreter, options: ScheduleOptions(seed: seed, meanRunLength: meanRunLength))
        status = interpreter.runProgram(source: source, filename: "test.py", limits: RunLimits(timeLimit: timeLimit))
    }
    return Outcome(stdout: out.text, stderr: err.text, status: status,
                   seconds: Date().timeIntervalSince(start), gilInstalled: false)
}

/// The lectures' unlocked counter: two threads each add 1 to a global 1000 times.
let scheduleCounterProgram = """
import threading
x = 0
def increment():
    global x
    x += 1
def task(name):
    for i in range(1000):
        increment()
    print(name, "done")
t1 = threading.Thread(target=task, args=("A",))
t2 = threading.Thread(target=task, args=("B",))
t1.start()
t2.start()
t1.join()
t2.join()
print("x =", x)
"""
