import Glibc

/// Bounds the native recursion of freeing deeply nested containers.
///
/// Freeing `[[[...]]]` nested a million deep would release each level from the
/// previous level's deinit and overflow the stack. Past a small nesting depth a
/// container's deinit hands its elements to a per-thread queue instead, and the
/// outermost deinit frees the queue iteratively (CPython's "trashcan" idea).
enum Trashcan {
    final class State {
        var depth = 0
        var pending: [[Value]] = []
    }

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { raw in
            if let raw = raw { Unmanaged<State>.fromOpaque(raw).release() }
        }
        return k
    }()

    private static var state: State {
        if let p = pthread_getspecific(key) { return Unmanaged<State>.fromOpaque(p).takeUnretainedValue() }
        let s = State()
        pthread_setspecific(key, Unmanaged.passRetained(s).toOpaque())
        return s
    }

    static let maximumDepth = 64

    /// Called from a container's deinit with the values it owns.
    static func dispose(_ values: inout [Value]) {
        if values.isEmpty { return }
        let s = state
        if s.depth >= maximumDepth {
            s.pending.append(values)
            values = []
            return
        }
        s.depth += 1
        values = []
        if s.depth == 1 {
            while let next = s.pending.popLast() {
                var v = next
                v = []
                _ = v
            }
        }
        s.depth -= 1
    }
}
