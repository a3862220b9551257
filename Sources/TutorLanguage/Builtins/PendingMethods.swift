// TEMPORARY: replaced by the real per-type method files.
enum StrMethods { static func install() {} }
enum ListMethods { static func install() {} }
enum TupleMethods { static func install() {} }
enum DictMethods { static func install() {} }
enum SetMethods { static func install() {} }
enum NumberMethods { static func install() {} }
enum BytesMethods { static func install() {} }
enum MathModule { static func make(_ ts: ThreadState) throws -> PyModule { PyModule(name: "math") } }
