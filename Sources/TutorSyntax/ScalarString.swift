// Fast conversion from the lexer's scalar arrays back to Swift strings.

extension String {
    /// Builds a string from Unicode scalars by encoding UTF-8 directly; the generic
    /// `UnicodeScalarView.append(contentsOf:)` is several times slower.
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    if written < buffer.count {
                        buffer[written] = byte
                        written += 1
                    }
                }
            }
            return written
        }
    }
}
