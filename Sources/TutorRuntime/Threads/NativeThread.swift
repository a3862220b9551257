import Dispatch
import Glibc

/// OS threads for interpreter threads.
enum NativeThread {
    /// Deep recursion needs a deep native stack; the memory is only reserved.
    static let preferredStackSize = 256 << 20
    /// Used when the system refuses the preferred size (address-space limits).
    static let fallbackStackSize = 16 << 20

    /// `threading.get_ident()`: the pthread_t, as CPython reports it.
    static var currentIdent: Int { Int(bitPattern: UInt(pthread_self())) }

    /// `threading.get_native_id()`: the kernel's thread id.
    static var currentNativeID: Int {
        if let gettid = systemGettid { return Int(gettid()) }
        return Int(getpid())
    }

    private typealias GettidFunction = @convention(c) () -> Int32
    /// glibc exports gettid (2.30+) but Swift does not import it; find it at run time.
    private static let systemGettid: GettidFunction? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "gettid") else { return nil }
        return unsafeBitCast(symbol, to: GettidFunction.self)
    }()

    private final class Start {
        let body: (Int) -> Void
        let stackSize: Int
        init(_ body: @escaping (Int) -> Void, stackSize: Int) {
            self.body = body
            self.stackSize = stackSize
        }
    }

    /// Starts a detached thread running `body(stackSize)`; returns its ident, or nil
    /// when the system cannot create a thread.
    static func start(_ body: @escaping (_ stackSize: Int) -> Void) -> Int? {
        for size in [preferredStackSize, fallbackStackSize] {
            let start = Unmanaged.passRetained(Start(body, stackSize: size))
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            pthread_attr_setstacksize(&attributes, size)
            pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
            var thread = pthread_t()
            let rc = pthread_create(&thread, &attributes, { raw in
                let start = Unmanaged<Start>.fromOpaque(raw!).takeRetainedValue()
                start.body(start.stackSize)
                return nil
            }, start.toOpaque())
            pthread_attr_destroy(&attributes)
            if rc == 0 { return Int(bitPattern: UInt(thread)) }
            start.release()
        }
        return nil
    }

    /// False in a child made by fork(): Dispatch's threads stayed in the parent.
    nonisolated(unsafe) static var dispatchUsable = true

    /// Runs `body(stackSize)` on a new serial Dispatch queue labelled `label`.
    /// Serial queues are overcommitting, so every worker gets a thread of its own
    /// even while others block (on the GIL, on a queue), and a pool of N workers
    /// never starves behind Dispatch's CPU-sized width. Returns 0: the worker's
    /// ident is known only once it runs (`ThreadRecord.bindToCurrentThread`).
    static func startOnDispatch(label: String, _ body: @escaping (_ stackSize: Int) -> Void) -> Int? {
        DispatchQueue(label: label, qos: .userInitiated).async {
            body(currentStackSize)
        }
        return 0
    }

    /// The calling thread's stack size, for its recursion guard (a Dispatch thread's
    /// size is libdispatch's choice). pthread_getattr_np is a GNU extension Swift
    /// does not import: found at run time, like gettid.
    static var currentStackSize: Int {
        let fallback = 512 << 10
        guard let getattr = systemGetattr else { return fallback }
        var attributes = pthread_attr_t()
        guard getattr(pthread_self(), &attributes) == 0 else { return fallback }
        defer { pthread_attr_destroy(&attributes) }
        var size = 0
        pthread_attr_getstacksize(&attributes, &size)
        return size > 0 ? size : fallback
    }

    private typealias GetattrFunction = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
    private static let systemGetattr: GetattrFunction? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np") else { return nil }
        return unsafeBitCast(symbol, to: GetattrFunction.self)
    }()
}
