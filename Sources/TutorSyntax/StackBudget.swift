// Keeps parsing from overflowing the caller's stack, which may be a small interpreter thread.

import Glibc

enum StackBudget {
    /// Small, shallow inputs (typical `eval` strings) are parsed on the caller's thread;
    /// anything else gets a thread of its own with a generous stack.
    static func fitsOnCallerStack(tokens: [Token], deepestNesting: Int) -> Bool {
        guard tokens.count <= 500, deepestNesting <= 8 else { return false }
        var nestingEstimate = deepestNesting
        for token in tokens {
            switch token.kind {
            case .reserved(.lambda), .reserved(.if):
                nestingEstimate += 1
            case .string(let literal) where literal.isFormatted:
                // Replacement fields are parsed recursively: count every bracket they might open.
                nestingEstimate += 4
                for scalar in literal.body.unicodeScalars where scalar == "{" || scalar == "(" || scalar == "[" {
                    nestingEstimate += 1
                }
            default:
                break
            }
        }
        return nestingEstimate <= 10
    }

    /// Runs `body` on a new thread whose stack grows with the input: a discarded partial
    /// tree is freed recursively, at most one level per token.
    static func runOnLargeStack<Value>(tokenCount: Int, _ body: @escaping () throws -> Value) throws -> Value {
        let box = ResultBox<Value>()
        let work = ThreadWork { box.result = Result { try body() } }
        let baseSize = 16 << 20
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        pthread_attr_setstacksize(&attr, min(baseSize + tokenCount * 1024, 1 << 30))
        var thread = pthread_t()
        let context = Unmanaged.passRetained(work).toOpaque()
        let rc = pthread_create(&thread, &attr, { raw in
            Unmanaged<ThreadWork>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, context)
        pthread_attr_destroy(&attr)
        if rc != 0 {
            Unmanaged<ThreadWork>.fromOpaque(context).release()
            return try body()
        }
        pthread_join(thread, nil)
        guard let result = box.result else {
            throw SyntaxErrorInfo(message: "parser thread did not finish", filename: "", line: 1, column: 1, text: "")
        }
        return try result.get()
    }
}

/// The closure a parser thread runs (type-erased: a C thread entry cannot be generic).
private final class ThreadWork {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

/// Carries a result from the parser thread back to the caller, which joins it.
private final class ResultBox<Value>: @unchecked Sendable {
    var result: Result<Value, Error>?
}
