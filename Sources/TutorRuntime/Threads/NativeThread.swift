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
}
